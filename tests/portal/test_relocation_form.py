"""The relocation-help form: bad input answered per field in the visitor's language, every request
stored before any e-mail is tried, and e-mail that survives a mail-server outage."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission

from portal.email import send_queued_emails
from portal.models import OutboundEmail
from tests.answers import RELOCATION
from tests.conftest import mail_server_back
from tests.html import soup_of

REQUIRED = ["name", "company", "email", "needs", "consent"]
CONSENT_ERROR = "We need your consent to store and answer your request."

# What a browser sends when the visitor presses "send" without filling in anything.
EMPTY = {"name": "", "company": "", "email": "", "phone": "", "needs": ""}


def field_errors(response):
    """The error shown under each field, by field name (what the visitor reads)."""
    soup = soup_of(response)
    errors = {}
    for name in RELOCATION:
        element = soup.find(id=f"id_{name}_error")
        if element is not None:
            errors[name] = element.get_text(" ", strip=True)
    return errors


def translated(message, language):
    with translation.override(language):
        return translation.gettext(message)


@pytest.mark.parametrize("language", ["nb", "en"])
def test_empty_form_is_answered_per_field_in_the_page_language(client, small_site, language):
    response = client.post(small_site.url("form", language), EMPTY)
    assert response.status_code == 400
    soup = soup_of(response)
    assert soup.html["lang"] == language
    errors = field_errors(response)
    assert set(errors) == set(REQUIRED)  # phone is optional
    required = translated("This field is required.", language)
    if language == "nb":
        assert required != "This field is required."
    for name in ("name", "company", "email", "needs"):
        assert errors[name] == required
    consent = translated(CONSENT_ERROR, language)
    if language == "nb":
        assert consent != CONSENT_ERROR, "the consent message is not translated into bokmål"
    assert errors["consent"] == consent
    assert not FormSubmission.objects.exists()
    assert not OutboundEmail.objects.exists()


def test_post_without_any_field_is_refused(client, small_site):
    response = client.post(small_site.url("form"), {})
    assert response.status_code == 400
    assert set(field_errors(response)) == set(REQUIRED)


def test_errors_are_tied_to_their_fields_and_summarised(client, small_site):
    soup = soup_of(client.post(small_site.url("form"), EMPTY))
    for name in REQUIRED:
        field = soup.find(attrs={"name": name})
        assert field["aria-invalid"] == "true"
        assert f"id_{name}_error" in field["aria-describedby"].split()
    summary_links = [a["href"] for a in soup.select('[role="alert"] a')]
    assert summary_links == [f"#id_{name}" for name in REQUIRED]
    assert soup.title.get_text().startswith(translated("Error", "nb"))


@pytest.mark.parametrize("language", ["nb", "en"])
def test_invalid_email_and_phone_are_answered_per_field(client, small_site, language):
    data = {**RELOCATION, "email": "kari-at-fjordlys", "phone": "ring meg"}
    response = client.post(small_site.url("form", language), data)
    assert response.status_code == 400
    errors = field_errors(response)
    assert set(errors) == {"email", "phone"}
    assert errors["email"] == translated("Enter a valid email address.", language)
    phone_message = (
        "Enter a phone number with 8 to 15 digits, for example 400 00 000 or +47 400 00 000."
    )
    assert errors["phone"] == translated(phone_message, language)
    if language == "nb":
        assert errors["phone"] != phone_message, "the phone message is not translated"


def test_what_the_visitor_typed_is_kept_when_the_form_is_sent_back(client, small_site):
    data = {**RELOCATION, "email": "kari-at-fjordlys"}
    soup = soup_of(client.post(small_site.url("form"), data))
    assert soup.find(attrs={"name": "name"})["value"] == RELOCATION["name"]
    assert soup.find(attrs={"name": "company"})["value"] == RELOCATION["company"]
    assert soup.find(attrs={"name": "email"})["value"] == "kari-at-fjordlys"
    assert soup.find("textarea", attrs={"name": "needs"}).get_text().strip() == RELOCATION["needs"]


def test_overlong_input_is_refused_without_error_pages(client, small_site):
    data = {**RELOCATION, "name": "K" * 10_000, "needs": "x" * 100_000}
    response = client.post(small_site.url("form"), data)
    assert response.status_code == 400
    assert set(field_errors(response)) == {"name", "needs"}


@pytest.mark.parametrize("language", ["nb", "en"])
def test_valid_request_is_stored_and_queued_then_redirected(client, small_site, language):
    page = small_site["form"][language]
    response = client.post(page.url, RELOCATION)

    assert response.status_code == 302
    assert response["Location"] == page.url + "thanks/"
    submission = FormSubmission.objects.get(page=page)
    assert submission.form_data["email"] == RELOCATION["email"]
    assert submission.form_data["needs"] == RELOCATION["needs"]

    email = OutboundEmail.objects.get()
    assert email.to == [page.to_address]
    assert email.reply_to == RELOCATION["email"]
    assert email.subject == page.subject
    assert RELOCATION["company"] in email.body
    assert email.sent_at is None
    assert email.attempts == 0

    task = DBTaskResult.objects.get()
    assert task.task_path == "portal.email.deliver_email"
    assert task.backend_name == "background"
    assert task.status == "READY"
    assert task.args_kwargs["args"] == [email.pk]
    assert mail.outbox == []  # nothing is sent inside the visitor's request


def test_several_recipients_each_get_the_email(client, small_site):
    page = small_site["form"]["nb"]
    page.to_address = "a@drammenworks.test, b@drammenworks.test"
    page.save()
    client.post(page.url, RELOCATION)
    assert OutboundEmail.objects.get().to == ["a@drammenworks.test", "b@drammenworks.test"]


@pytest.mark.parametrize("language", ["nb", "en"])
def test_thank_you_page_after_the_redirect(client, small_site, language):
    page = small_site["form"][language]
    response = client.post(page.url, RELOCATION, follow=True)
    assert response.redirect_chain == [(page.url + "thanks/", 302)]
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.html["lang"] == language
    heading = translated("Thank you – we have received your request", language)
    assert soup.find("h1").get_text(strip=True) == heading
    expected = BeautifulSoup(page.thank_you_text, "html.parser").get_text(strip=True)
    assert expected in soup.find("main").get_text(" ", strip=True)


@pytest.fixture
def run_worker(run_background_worker):
    """The real background worker, run until the queue holds nothing that is due."""
    return run_background_worker


def test_worker_sends_the_email_with_the_visitor_as_reply_to(client, small_site, run_worker):
    page = small_site["form"]["en"]
    client.post(page.url, RELOCATION)
    run_worker()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [page.to_address]
    assert message.reply_to == [RELOCATION["email"]]
    assert message.subject == page.subject
    assert RELOCATION["needs"] in message.body
    email = OutboundEmail.objects.get()
    assert email.sent_at is not None
    assert email.attempts == 1
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_mail_server_down_loses_nothing(client, small_site, run_worker, mail_server_down):
    page = small_site["form"]["nb"]

    response = client.post(page.url, RELOCATION, follow=True)
    assert response.redirect_chain == [(page.url + "thanks/", 302)]
    assert response.status_code == 200
    assert FormSubmission.objects.filter(page=page).count() == 1

    before = timezone.now()
    run_worker()
    email = OutboundEmail.objects.get()
    assert email.sent_at is None
    assert email.attempts == 1
    assert email.last_error
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.task_path == "portal.email.deliver_email"
    assert retry.args_kwargs["args"] == [email.pk]
    assert retry.run_after > before

    # The retry is not due yet: another worker run leaves it alone.
    run_worker()
    assert OutboundEmail.objects.get().attempts == 1

    # The mail server is back: the operator sends what waits.
    mail_server_back(mail_server_down)
    assert send_queued_emails() == (1, 0)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].reply_to == [RELOCATION["email"]]
    email.refresh_from_db()
    assert email.sent_at is not None
    assert email.attempts == 2


def test_send_queued_email_command_sends_what_waits(client, small_site, mail_server_down):
    client.post(small_site.url("form", "en"), RELOCATION)
    call_command("send_queued_email", stdout=io.StringIO())
    email = OutboundEmail.objects.get()
    assert email.sent_at is None
    assert email.attempts == 1

    mail_server_back(mail_server_down)
    call_command("send_queued_email", stdout=io.StringIO())
    assert len(mail.outbox) == 1
    email.refresh_from_db()
    assert email.sent_at is not None


def test_due_retry_after_an_outage_sends_once(client, small_site, run_worker, mail_server_down):
    client.post(small_site.url("form"), RELOCATION)
    run_worker()
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    mail_server_back(mail_server_down)
    run_worker()
    assert len(mail.outbox) == 1
    # The e-mail already went: a later run (or `send_queued_email`) sends nothing again.
    assert send_queued_emails() == (0, 0)
    assert len(mail.outbox) == 1
