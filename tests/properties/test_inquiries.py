"""Inquiries: stored first, then the contact is e-mailed; spam and floods are kept out."""

import pytest
from django.core import mail
from django.test import Client

from portal.email import send_queued_emails
from portal.models import OutboundEmail
from properties.factories import ListingFactory
from properties.models import Inquiry, Listing
from tests.answers import INQUIRY
from tests.conftest import mail_server_back
from tests.html import soup_of, text_of

pytestmark = pytest.mark.django_db


def inquire(client, listing, data=INQUIRY, language=""):
    prefix = "/en/premises" if language == "en" else "/lokaler"
    suffix = "inquiry/" if language == "en" else "henvendelse/"
    return client.post(f"{prefix}/{listing.slug}/{suffix}", data)


def test_an_inquiry_is_stored_and_the_contact_emailed(client, listing):
    response = inquire(client, listing)
    assert response.status_code == 302
    assert response["Location"] == f"/lokaler/{listing.slug}/henvendelse-sendt/"
    inquiry = Inquiry.objects.get()
    assert inquiry.listing == listing
    assert inquiry.message == INQUIRY["message"]
    email = OutboundEmail.objects.get()
    assert email.to == [listing.contact.email]
    assert email.reply_to == INQUIRY["email"]
    assert INQUIRY["message"] in email.body
    assert listing.contact.name in text_of(client.get(response["Location"]))


def test_a_mail_server_outage_loses_no_inquiry(client, listing, mail_server_down):
    assert inquire(client, listing).status_code == 302
    sent, failed = send_queued_emails()
    assert (sent, failed) == (0, 1)
    assert Inquiry.objects.count() == 1
    mail_server_back(mail_server_down)
    assert send_queued_emails() == (1, 0)
    assert mail.outbox[0].to == [listing.contact.email]


@pytest.mark.parametrize("language", ["nb", "en"])
def test_bad_input_is_answered_per_field_and_nothing_is_stored(client, listing, language):
    response = inquire(
        client, listing, {"email": "ikke-en-adresse", "move_in": "2001-01-01"}, language
    )
    assert response.status_code == 400
    errors = {element["id"] for element in soup_of(response).select(".field__error")}
    assert {
        "id_name_error",
        "id_email_error",
        "id_message_error",
        "id_consent_error",
        "id_move_in_error",
    } <= errors
    required = "This field is required." if language == "en" else "Dette feltet er påkrevd."
    assert required in text_of(response)
    assert not Inquiry.objects.exists()
    assert not OutboundEmail.objects.exists()


def test_a_filled_honeypot_looks_sent_but_stores_nothing(client, listing):
    response = inquire(client, listing, {**INQUIRY, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not Inquiry.objects.exists()
    assert not OutboundEmail.objects.exists()


def test_too_many_inquiries_from_one_address_get_a_readable_429(client, listing, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "inquiry": (2, 600)}
    assert inquire(client, listing).status_code == 302
    assert inquire(client, listing).status_code == 302
    response = inquire(client, listing)
    assert response.status_code == 429
    assert "For mange forsøk" in text_of(response)
    assert Inquiry.objects.count() == 2


def test_inquiries_sent_from_another_site_are_refused(listing):
    forged = Client(enforce_csrf_checks=True, headers={"origin": "https://evil.example"})
    assert inquire(forged, listing).status_code == 403
    assert not Inquiry.objects.exists()


@pytest.mark.parametrize("status", [Listing.Status.LET, Listing.Status.ARCHIVED])
def test_no_inquiries_to_premises_off_the_market(client, status):
    listing = ListingFactory(status=status)
    assert inquire(client, listing).status_code == 302
    assert not Inquiry.objects.exists()


def test_no_inquiries_to_drafts(client):
    draft = ListingFactory(live=False)
    assert inquire(client, draft).status_code == 404


def test_the_campaign_reference_is_kept(client, listing):
    inquire(client, listing, {**INQUIRY, "campaign": "kontorbyen"})
    assert Inquiry.objects.get().campaign_ref == "kontorbyen~~"
