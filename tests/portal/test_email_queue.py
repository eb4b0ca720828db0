"""One queue for every e-mail the site sends: the portal's own and Wagtail's, stored with what
caused them, sent by the worker once, with the same Message-ID on every attempt."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.db import transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from portal.email import (
    check_email_goes_through_the_queue,
    queue_email,
    send_queued_emails,
    send_stored_email,
)
from portal.models import OutboundEmail
from tests.conftest import mail_server_back


def test_send_mail_stores_everything_and_sends_nothing_inside_the_request(db):
    message = EmailMultiAlternatives(
        subject="Ny søknad",
        body="Tekst",
        from_email="Redaksjonen <redaksjon@drammenworks.no>",
        to=["a@example.no"],
        cc=["b@example.no"],
        bcc=["c@example.no"],
        reply_to=["d@example.no", "e@example.no"],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative("<p>Tekst</p>", "text/html")
    assert message.send() == 1

    assert mail.outbox == []
    email = OutboundEmail.objects.get()
    assert (email.from_email, email.to, email.cc, email.bcc) == (
        "Redaksjonen <redaksjon@drammenworks.no>",
        ["a@example.no"],
        ["b@example.no"],
        ["c@example.no"],
    )
    assert email.reply_to == "d@example.no, e@example.no"
    assert email.html_body == "<p>Tekst</p>"
    assert email.headers == {"Auto-Submitted": "auto-generated"}
    assert email.message_id.startswith("<") and email.message_id.endswith("@drammenworks.no>")
    assert DBTaskResult.objects.get().args_kwargs["args"] == [email.pk]


def test_the_worker_sends_the_message_as_it_was_written(db, run_background_worker):
    message = EmailMultiAlternatives(
        "Ny søknad", "Tekst", "x@drammenworks.no", ["a@example.no"], cc=["b@example.no"]
    )
    message.attach_alternative("<p>Tekst</p>", "text/html")
    message.send()
    run_background_worker()

    [sent] = mail.outbox
    assert sent.from_email == "x@drammenworks.no"
    assert (sent.to, sent.cc, sent.subject, sent.body) == (
        ["a@example.no"],
        ["b@example.no"],
        "Ny søknad",
        "Tekst",
    )
    assert sent.alternatives[0][0] == "<p>Tekst</p>"
    assert sent.message()["Message-ID"] == OutboundEmail.objects.get().message_id


def test_an_email_whose_cause_is_rolled_back_is_never_sent(db, run_background_worker):
    with pytest.raises(RuntimeError), transaction.atomic():
        send_mail("Hei", "Tekst", None, ["a@example.no"])
        raise RuntimeError("the form submission failed after the e-mail was written")
    run_background_worker()
    assert not OutboundEmail.objects.exists()
    assert not DBTaskResult.objects.exists()
    assert mail.outbox == []


def test_every_attempt_carries_the_same_message_id(db, mail_server_down):
    email = queue_email(to=["a@example.no"], subject="Hei", body="Tekst")
    assert send_stored_email(email=email) is False
    mail_server_back(mail_server_down)
    email.refresh_from_db()
    assert send_stored_email(email=email) is True
    [sent] = mail.outbox
    assert sent.message()["Message-ID"] == email.message_id
    assert OutboundEmail.objects.get().attempts == 2


def test_an_email_being_sent_by_the_worker_is_not_sent_by_the_nightly_command(db):
    email = queue_email(to=["a@example.no"], subject="Hei", body="Tekst")
    OutboundEmail.objects.filter(pk=email.pk).update(
        claimed_until=timezone.now() + timezone.timedelta(minutes=2)
    )
    assert send_queued_emails() == (0, 0)
    assert mail.outbox == []
    OutboundEmail.objects.filter(pk=email.pk).update(
        claimed_until=timezone.now() - timezone.timedelta(seconds=1)
    )
    assert send_queued_emails() == (1, 0)  # the worker died: its lease ran out


def test_a_sent_email_is_never_sent_again_by_any_sender(db, run_background_worker):
    email = queue_email(to=["a@example.no"], subject="Hei", body="Tekst")
    assert send_queued_emails() == (1, 0)
    run_background_worker()
    assert send_stored_email(email=email) is None
    assert len(mail.outbox) == 1


def test_a_lease_held_by_another_sender_makes_the_worker_look_again_later(
    db, run_background_worker
):
    email = queue_email(to=["a@example.no"], subject="Hei", body="Tekst")
    until = timezone.now() + timezone.timedelta(minutes=2)
    OutboundEmail.objects.filter(pk=email.pk).update(claimed_until=until)
    run_background_worker()
    assert mail.outbox == []
    later = DBTaskResult.objects.get(status="READY")
    assert later.run_after == until


# Wagtail's own e-mail -----------------------------------------------------------------------


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "redaktor", email="redaktor@drammenworks.no", password="x", is_staff=True
    )


def test_an_admin_password_reset_during_a_mail_outage_is_sent_once_the_server_is_back(
    client, editor, mail_server_down, run_background_worker
):
    response = client.post("/admin/password_reset/", {"email": editor.email})
    assert response.status_code == 302
    email = OutboundEmail.objects.get(to=[editor.email])

    run_background_worker()
    email.refresh_from_db()
    assert email.sent_at is None
    assert email.attempts == 1

    mail_server_back(mail_server_down)
    assert send_queued_emails() == (1, 0)
    [sent] = mail.outbox
    assert sent.to == [editor.email]
    assert "/admin/password_reset/" in sent.body
    assert send_queued_emails() == (0, 0)


def test_an_html_only_message_is_stored_with_a_plain_text_copy(db):
    message = EmailMultiAlternatives("Hei", "<p>Velkommen <b>inn</b></p>", None, ["a@example.no"])
    message.content_subtype = "html"
    message.send()
    email = OutboundEmail.objects.get()
    assert (email.body, email.html_body) == ("Velkommen inn", "<p>Velkommen <b>inn</b></p>")


def test_the_checks_refuse_a_worker_that_would_queue_instead_of_send(settings):
    assert check_email_goes_through_the_queue(None) == []
    settings.EMAIL_DELIVERY_BACKEND = "portal.email.QueuedEmailBackend"
    assert [problem.id for problem in check_email_goes_through_the_queue(None)] == ["portal.E010"]
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    assert [problem.id for problem in check_email_goes_through_the_queue(None)] == ["portal.W010"]
