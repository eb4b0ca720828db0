"""What an operator relies on: the health check, error pages that never make things worse, and
production settings that pass Django's deployment checks."""

import os
import secrets
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import OperationalError
from django.test import RequestFactory
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from portal import health
from portal.email import queue_email
from portal.views import server_error

ROOT = Path(__file__).resolve().parents[2]


def test_healthz_answers_ok(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content.decode().splitlines() == [
        "database: ok",
        "static files: ok",
        "e-mail queue: ok",
    ]
    assert response["Content-Type"].startswith("text/plain")
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_says_503_without_a_traceback_when_the_database_is_down(client, db):
    broken = mock.MagicMock()
    broken.cursor.side_effect = OperationalError("could not connect to server")
    with mock.patch("portal.health.connection", broken):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.content.decode()
    assert "database: FAILED" in body
    assert "Traceback" not in body
    assert "could not connect" not in body
    assert response["Content-Type"].startswith("text/plain")


def test_healthz_503_also_when_the_query_fails(client, db):
    broken = mock.MagicMock()
    broken.cursor.return_value.__enter__.return_value.execute.side_effect = OperationalError(
        "server closed the connection unexpectedly"
    )
    with mock.patch("portal.health.connection", broken):
        response = client.get("/healthz")
    assert response.status_code == 503


def test_healthz_answers_503_within_two_seconds_when_the_database_hangs(client, db):
    released = threading.Event()
    hanging = mock.MagicMock()
    hanging.cursor.side_effect = lambda: released.wait(10)
    started = time.monotonic()
    with mock.patch("portal.health.connection", hanging):
        response = client.get("/healthz")
        assert time.monotonic() - started < 2
        released.set()
        health._checker.submit(lambda: None).result(timeout=10)  # the hung check has ended
    assert response.status_code == 503
    assert "database: FAILED" in response.content.decode()


def test_healthz_answers_503_when_the_static_manifest_is_missing(client, db, tmp_path, settings):
    settings.STATIC_ROOT = tmp_path  # collectstatic never ran here
    manifest = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
    settings.STORAGES = {**settings.STORAGES, "staticfiles": manifest}
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "static files: FAILED" in response.content.decode()


def make_overdue(email, **times):
    DBTaskResult.objects.filter(args_kwargs__args=[email.pk]).update(**times)


def test_queued_e_mail_is_overdue_once_it_waited_past_the_threshold(db):
    email = queue_email(to=["team@drammenworks.no"], subject="Ny henvendelse", body="Hei")
    assert health.overdue_tasks() == 0  # just queued: a worker has time
    long_ago = timezone.now() - timedelta(seconds=settings.HEALTH_QUEUE_MAX_AGE + 60)
    make_overdue(email, enqueued_at=long_ago)
    assert health.overdue_tasks() == 1
    make_overdue(email, status="SUCCESSFUL")
    assert health.overdue_tasks() == 0


def test_other_background_work_waiting_does_not_make_the_queue_overdue(db):
    email = queue_email(to=["team@drammenworks.no"], subject="Ny henvendelse", body="Hei")
    long_ago = timezone.now() - timedelta(seconds=settings.HEALTH_QUEUE_MAX_AGE + 60)
    make_overdue(email, enqueued_at=long_ago, task_path="portal.renditions.make_renditions")
    assert health.overdue_tasks() == 0


def test_a_retry_planned_for_later_is_not_overdue(db):
    email = queue_email(to=["team@drammenworks.no"], subject="Ny henvendelse", body="Hei")
    make_overdue(
        email,
        enqueued_at=timezone.now() - timedelta(hours=3),
        run_after=timezone.now() + timedelta(minutes=30),
    )
    assert health.overdue_tasks() == 0
    make_overdue(email, run_after=timezone.now() - timedelta(hours=1))
    assert health.overdue_tasks() == 1


def test_healthz_answers_503_when_e_mail_waits_with_no_worker_taking_it(client, db):
    with mock.patch("portal.health.overdue_tasks", return_value=3):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert "e-mail queue: FAILED" in response.content.decode()


@pytest.mark.parametrize(("path", "heading"), [("/", "nb"), ("/en/", "en")])
def test_pages_answer_503_while_the_database_is_down_and_work_again_after(
    small_site, client, path, heading
):
    client.raise_request_exception = False
    down = OperationalError("could not connect to server: Connection refused")
    with mock.patch("wagtail.models.Page.route_for_request", side_effect=down):
        response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "private" in response["Cache-Control"]
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == heading
    with translation.override(heading):
        assert page.find("h1").get_text(strip=True) == translation.gettext(
            "The site is not available just now"
        )
    assert "Connection refused" not in response.content.decode()
    assert client.get(path).status_code == 200


def test_a_lost_connection_wrapped_by_another_error_is_still_503(small_site, client):
    client.raise_request_exception = False

    def wrapped(*args, **kwargs):
        try:
            raise OperationalError("terminating connection due to administrator command")
        except OperationalError as lost:
            raise RuntimeError("prefetch failed") from lost

    with mock.patch("wagtail.models.Page.route_for_request", side_effect=wrapped):
        response = client.get("/en/")
    assert response.status_code == 503
    assert client.get("/en/").status_code == 200


def test_the_api_answers_503_in_json_while_the_database_is_down(small_site, client):
    client.raise_request_exception = False
    down = OperationalError("could not connect to server: Connection refused")
    with mock.patch("properties.api.search_listings", side_effect=down):
        response = client.get("/api/v1/properties/")
    assert response.status_code == 503
    assert response.json() == {"detail": "Unavailable just now; try again shortly."}
    assert response["Retry-After"] == "30"


def render_server_error(language, path="/"):
    with translation.override(language):
        return server_error(RequestFactory().get(path))


@pytest.mark.parametrize(("language", "path"), [("nb", "/"), ("en", "/en/")])
def test_server_error_page_makes_no_database_queries(django_assert_num_queries, db, language, path):
    with django_assert_num_queries(0):
        response = render_server_error(language, path)
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert soup.find("main", id="main") is not None


def test_server_error_page_in_english(db):
    soup = BeautifulSoup(render_server_error("en", "/en/").content, "html.parser")
    assert soup.find("h1").get_text(strip=True) == "Something went wrong"
    assert soup.find("a", href="/en/") is not None


def test_server_error_page_in_norwegian(db):
    with translation.override("nb"):
        expected = translation.gettext("Something went wrong")
    assert expected != "Something went wrong", "the 500 page is not translated into bokmål"
    soup = BeautifulSoup(render_server_error("nb").content, "html.parser")
    assert soup.find("h1").get_text(strip=True) == expected


def test_server_error_page_works_when_the_database_is_gone(db):
    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor",
        side_effect=OperationalError("gone"),
    ):
        response = render_server_error("nb")
    assert response.status_code == 500


def test_unhandled_error_gives_the_500_page_not_a_traceback(client, db):
    client.raise_request_exception = False
    with mock.patch("portal.views.clean_search_query", side_effect=RuntimeError("boom")):
        response = client.get("/sok/?q=kontor")
    assert response.status_code == 500
    body = response.content.decode()
    assert "boom" not in body
    assert "Traceback" not in body
    assert "<h1>" in body


def production_env(**extra):
    env = {key: value for key, value in os.environ.items() if key not in {"DEBUG"}}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="drammenworks.example",
        PYTHONDONTWRITEBYTECODE="1",
        **extra,
    )
    return env


def manage(*args, env):
    return subprocess.run(  # noqa: S603 - fixed arguments, our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_settings_pass_the_deployment_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = production_env()
    del env["SECRET_KEY"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
