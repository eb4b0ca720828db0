"""Rate limits on every public form that writes or sends e-mail: counted in the database, so
every app server shares them; a flood from one address gets the readable 429 page in the
visitor's language with Retry-After; third parties cannot be mail-bombed."""

import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from portal.models import OutboundEmail, Throttle
from portal.ratelimit import attempt_count, limit_exceeded, recipient_counters
from properties.factories import ListingFactory
from properties.models import AlertSubscription, Inquiry
from tests.answers import RELOCATION
from tests.html import page_text_of

from .test_personal_data import ERASE, SEARCH, log_in

TOO_MANY = {"nb": "For mange forsøk", "en": "Too many attempts"}


def assert_readable_429(response, language, window):
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= window
    assert TOO_MANY[language] in page_text_of(response)
    assert response.context["LANGUAGE_CODE"] == language


# The counter ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_counter_counts_within_its_window_and_starts_again_after_it(settings):
    settings.RATE_LIMITS = {"test": (2, 60)}
    assert [limit_exceeded("test", "a") for _attempt in range(2)] == [0, 0]
    assert 55 <= limit_exceeded("test", "a") <= 60
    assert limit_exceeded("test", "b") == 0  # someone else has their own count
    Throttle.objects.update(window_ends=int(time.time()) - 1)
    assert limit_exceeded("test", "a") == 0


@pytest.mark.django_db
def test_counters_whose_window_ended_are_deleted_when_a_new_window_starts(settings):
    settings.RATE_LIMITS = {"test": (2, 60)}
    for visitor in range(5):
        attempt_count("test", visitor)
    Throttle.objects.update(window_ends=int(time.time()) - 1)
    attempt_count("test", "someone new")
    assert Throttle.objects.count() == 1


# Relocation help -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nb", "en"])
def test_relocation_requests_from_one_address_stop_at_five(small_site, language):
    client = Client()
    answers = [client.post(small_site.url("form", language), RELOCATION) for _n in range(6)]
    assert [answer.status_code for answer in answers] == [302] * 5 + [429]
    assert_readable_429(answers[-1], language, window=600)
    assert FormSubmission.objects.count() == 5


def test_a_bot_filling_in_the_honeypot_is_thanked_and_nothing_is_stored_or_sent(small_site):
    response = Client().post(
        small_site.url("form"), {**RELOCATION, "website": "https://spam.example"}
    )
    assert response.status_code == 302
    assert response["Location"].endswith("/thanks/")
    assert not FormSubmission.objects.exists()
    assert not OutboundEmail.objects.exists()


def test_the_honeypot_is_hidden_from_people_and_assistive_technology(small_site):
    soup = BeautifulSoup(Client().get(small_site.url("form")).content, "html.parser")
    honeypot = soup.find("input", attrs={"name": "website"})
    wrapper = honeypot.find_parent(class_="honeypot")
    assert wrapper["aria-hidden"] == "true"
    assert honeypot["tabindex"] == "-1"


def test_a_person_who_leaves_the_honeypot_empty_is_stored_without_it(small_site):
    assert Client().post(small_site.url("form"), RELOCATION).status_code == 302
    assert "website" not in FormSubmission.objects.get().form_data
    assert "Leave this field empty" not in OutboundEmail.objects.get().body


# Inquiries -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_inquiries_beyond_five_get_the_429_page_in_english_under_en():
    listing = ListingFactory()
    data = {"name": "Ola", "company": "AS", "email": "ola@nordlys.example", "consent": "on"}
    data["message"] = "Vi trenger kontor."
    client = Client()
    answers = [client.post(f"/en/premises/{listing.slug}/inquiry/", data) for _n in range(6)]
    assert [answer.status_code for answer in answers] == [302] * 5 + [429]
    assert_readable_429(answers[-1], "en", window=600)
    assert Inquiry.objects.count() == 5


@pytest.mark.django_db
def test_a_visitor_correcting_an_inquiry_many_times_is_not_limited_for_it():
    listing = ListingFactory()
    data = {"name": "Ola", "company": "AS", "email": "ola@nordlys.example", "consent": "on"}
    client = Client()
    mistakes = [client.post(f"/lokaler/{listing.slug}/henvendelse/", data) for _n in range(8)]
    sent = client.post(f"/lokaler/{listing.slug}/henvendelse/", {**data, "message": "Kontor?"})
    assert {answer.status_code for answer in mistakes} == {400}
    assert sent.status_code == 302
    assert Inquiry.objects.count() == 1


# Alerts --------------------------------------------------------------------------------------


def subscribe(email, address):
    return Client().post(
        "/lokaler/varsler/",
        {"email": email, "frequency": "daily", "query": "kind=kontor"},
        REMOTE_ADDR=address,
    )


@pytest.mark.django_db
def test_a_strangers_address_gets_one_confirmation_a_day_however_often_it_is_subscribed():
    for number in range(15):
        assert subscribe("fremmed@example.no", f"192.0.2.{number + 1}").status_code == 302
    assert OutboundEmail.objects.filter(to=["fremmed@example.no"]).count() == 1
    assert AlertSubscription.objects.count() == 1


@pytest.mark.django_db
def test_after_confirming_the_address_may_subscribe_to_another_search():
    subscribe("ola@investor.example", "192.0.2.1")
    subscription = AlertSubscription.objects.get()
    Client().get(f"/lokaler/varsler/bekreft/{subscription.token}/")
    subscribe("ola@investor.example", "192.0.2.1")
    assert OutboundEmail.objects.filter(to=["ola@investor.example"]).count() == 2


@pytest.mark.django_db
def test_alert_subscriptions_from_one_address_stop_at_five():
    answers = [subscribe(f"person-{n}@example.no", "192.0.2.9") for n in range(6)]
    assert [answer.status_code for answer in answers] == [302] * 5 + [429]
    assert_readable_429(answers[-1], "nb", window=600)


# The admin's password reset ------------------------------------------------------------------


def admin_reset(email, address, language="nb"):
    return Client().post(
        "/admin/password_reset/",
        {"email": email},
        REMOTE_ADDR=address,
        headers={"accept-language": language},
    )


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "redaktor", email="redaktor@drammenworks.example", password="x", is_staff=True
    )


@pytest.mark.parametrize("language", ["nb", "en"])
def test_admin_password_resets_from_one_address_stop_at_five_in_the_admins_language(
    editor, language
):
    answers = [admin_reset(f"person-{n}@example.no", "192.0.2.9", language) for n in range(6)]
    assert [answer.status_code for answer in answers] == [302] * 5 + [429]
    assert_readable_429(answers[-1], language, window=3600)


def test_an_editor_gets_at_most_three_admin_reset_emails_an_hour_whoever_asks(editor, mailoutbox):
    for number in range(10):
        assert admin_reset(editor.email, f"192.0.2.{number + 1}").status_code == 302
    sent = [*mailoutbox, *OutboundEmail.objects.filter(to=[editor.email])]
    assert len(sent) == 3


# The data subject's rights -------------------------------------------------------------------


@pytest.fixture
def privacy_officer(client, db):
    user = get_user_model().objects.create_user("personvern", password="x")
    user.groups.add(Group.objects.get(name="Privacy officers"))
    return log_in(client, user)


def test_counts_of_email_to_an_address_are_found_and_deleted_with_its_other_data(
    client, privacy_officer
):
    subscribe("ola@investor.example", "192.0.2.1")
    subscribe("kari@investor.example", "192.0.2.1")
    found = client.post(SEARCH, {"email": "OLA@investor.example"})
    assert "Counts of password-reset and alert e-mail sent to an address" in page_text_of(found)
    assert "1 e-mail counted" in page_text_of(found)

    client.post(ERASE, {"email": "ola@investor.example", "confirm": "yes"})
    assert not recipient_counters("ola@investor.example").exists()
    assert recipient_counters("kari@investor.example").exists()
    # a confirmation may go to the address again
    subscribe("ola@investor.example", "192.0.2.2")
    assert OutboundEmail.objects.filter(to=["ola@investor.example"]).count() == 2
