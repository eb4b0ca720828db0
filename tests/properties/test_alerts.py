"""Search alerts: double opt-in, only new matches, one-click unsubscribe that deletes."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from portal.models import OutboundEmail
from properties.factories import ListingFactory
from properties.models import AlertSubscription, District
from properties.services import alerts_send
from tests.html import text_of

pytestmark = pytest.mark.django_db


def subscribe(client, query="kind=kontor", frequency="daily", email="ola@investor.example"):
    return client.post(
        "/lokaler/varsler/", {"email": email, "frequency": frequency, "query": query}
    )


def confirm(client):
    subscription = AlertSubscription.objects.get()
    response = client.get(f"/lokaler/varsler/bekreft/{subscription.token}/")
    assert response.status_code == 200
    subscription.refresh_from_db()
    return subscription


def test_subscribing_sends_only_the_confirmation(client):
    ListingFactory()
    response = subscribe(client)
    assert response.status_code == 302
    subscription = AlertSubscription.objects.get()
    assert subscription.confirmed_at is None
    email = OutboundEmail.objects.get()
    assert email.to == ["ola@investor.example"]
    assert f"/lokaler/varsler/bekreft/{subscription.token}/" in email.body
    assert alerts_send(now=timezone.now() + timedelta(days=8)) == 0
    assert OutboundEmail.objects.count() == 1


def test_a_confirmed_alert_gets_new_matches_once(client):
    subscribe(client)
    subscription = confirm(client)
    ListingFactory(
        title="Gammelt kontor", first_published_at=subscription.confirmed_at - timedelta(days=1)
    )
    ListingFactory(
        title="Nytt kontor", first_published_at=subscription.confirmed_at + timedelta(hours=1)
    )
    ListingFactory(
        title="Nytt lager",
        kind_id=3,
        first_published_at=subscription.confirmed_at + timedelta(hours=1),
    )
    OutboundEmail.objects.all().delete()

    assert alerts_send(now=subscription.confirmed_at + timedelta(hours=2)) == 0  # not due
    assert alerts_send(now=subscription.confirmed_at + timedelta(days=1, hours=1)) == 1
    body = OutboundEmail.objects.get().body
    assert "Nytt kontor" in body
    assert "Gammelt kontor" not in body
    assert "Nytt lager" not in body
    assert f"/lokaler/varsler/avslutt/{subscription.token}/" in body
    headers = OutboundEmail.objects.get().headers
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    assert alerts_send(now=subscription.confirmed_at + timedelta(days=3)) == 0  # nothing new


def test_weekly_alerts_wait_a_week(client):
    subscribe(client, frequency="weekly")
    subscription = confirm(client)
    ListingFactory(first_published_at=subscription.confirmed_at + timedelta(hours=1))
    assert alerts_send(now=subscription.confirmed_at + timedelta(days=3)) == 0
    assert alerts_send(now=subscription.confirmed_at + timedelta(days=7, hours=1)) == 1


def test_unsubscribing_deletes_the_address(client):
    subscribe(client)
    subscription = confirm(client)
    response = client.get(f"/lokaler/varsler/avslutt/{subscription.token}/")
    assert response.status_code == 200
    assert "meldt av" in text_of(response)
    assert not AlertSubscription.objects.exists()
    again = client.get(f"/lokaler/varsler/avslutt/{subscription.token}/")
    assert again.status_code == 200


def test_mail_clients_can_unsubscribe_with_one_post(client):
    subscribe(client)
    token = AlertSubscription.objects.get().token
    response = client.post(f"/lokaler/varsler/avslutt/{token}/", {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not AlertSubscription.objects.exists()


def test_an_unknown_token_is_not_found(client):
    assert client.get("/lokaler/varsler/bekreft/feil/").status_code == 404


@pytest.mark.parametrize(
    "data",
    [
        {"email": "ikke-epost", "frequency": "daily", "query": ""},
        {"email": "a@b.example", "frequency": "hourly", "query": ""},
        {"email": "a@b.example", "frequency": "daily", "query": "area_min=abc"},
    ],
)
def test_bad_subscriptions_are_refused_with_400(client, data):
    response = client.post("/lokaler/varsler/", data)
    assert response.status_code == 400
    assert not AlertSubscription.objects.exists()


def test_the_cron_command_sends_and_forgets_unconfirmed_addresses(client):
    subscribe(client, query=f"district={District.objects.first().slug}")
    AlertSubscription.objects.update(created_at=timezone.now() - timedelta(days=31))
    call_command("send_property_alerts")
    assert not AlertSubscription.objects.exists()
