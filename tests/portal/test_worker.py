"""The supervised worker (`run_worker`): what a dead worker left behind is picked up again.

That it outlives a terminated database connection and a locked SQLite file is shown with real
processes in tests/faults/.
"""

from datetime import timedelta
from unittest import mock

from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from portal import health
from portal.email import queue_email
from portal.models import OutboundEmail


def left_running_by_a_dead_worker(email, *, started):
    DBTaskResult.objects.filter(args_kwargs__args=[email.pk]).update(
        status="RUNNING", started_at=started, worker_ids=["dead-worker"]
    )


def test_a_task_a_dead_worker_left_running_is_run_again_after_the_timeout(
    db, settings, run_background_worker
):
    email = queue_email(to=["a@example.no"], subject="Hei", body="Tekst")
    long_ago = timezone.now() - timedelta(seconds=settings.BACKGROUND_TASK_TIMEOUT + 5)
    left_running_by_a_dead_worker(email, started=long_ago)
    run_background_worker()
    assert len(mail.outbox) == 1
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_a_task_still_within_its_timeout_is_left_to_its_worker(db, run_background_worker):
    email = queue_email(to=["a@example.no"], subject="Hei", body="Tekst")
    left_running_by_a_dead_worker(email, started=timezone.now() - timedelta(seconds=5))
    run_background_worker()
    assert mail.outbox == []
    assert DBTaskResult.objects.get().status == "RUNNING"


def test_an_unsent_email_whose_task_failed_on_the_database_gets_a_new_task(
    db, run_background_worker
):
    email = queue_email(to=["a@example.no"], subject="Hei", body="Tekst")
    DBTaskResult.objects.update(status="FAILED", finished_at=timezone.now())
    run_background_worker()
    assert [message.to for message in mail.outbox] == [["a@example.no"]]
    assert OutboundEmail.objects.get(pk=email.pk).sent_at is not None


def test_healthz_reports_a_task_left_running_long_past_its_timeout(client, db, settings):
    email = queue_email(to=["a@example.no"], subject="Hei", body="Tekst")
    assert health.abandoned_tasks() == 0
    timed_out = timezone.now() - timedelta(seconds=settings.BACKGROUND_TASK_TIMEOUT + 5)
    left_running_by_a_dead_worker(email, started=timed_out)
    assert health.abandoned_tasks() == 0  # a live worker has time to put it back
    limit = settings.BACKGROUND_TASK_TIMEOUT + settings.HEALTH_QUEUE_MAX_AGE
    left_running_by_a_dead_worker(email, started=timezone.now() - timedelta(seconds=limit + 5))
    assert health.abandoned_tasks() == 1
    # /healthz checks on a connection of its own, which cannot see this test's transaction
    with mock.patch("portal.health.abandoned_tasks", return_value=1):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert "e-mail queue: FAILED" in response.content.decode()
