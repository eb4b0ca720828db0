"""Guessing passwords and flooding e-mail from the partner area, as an attacker would: nobody is
locked out from another address, one address cannot try many accounts, no account name is
stored, and reset e-mail and invitations are limited however many ask."""

import pytest
from django.test import Client, override_settings

from portal.models import OutboundEmail, Throttle
from tests.html import text_of

from .conftest import PASSWORD, logged_in, partner_url
from .test_people_and_login import ADDRESS_PAUSED, LOCKED, is_logged_in, log_in

ATTACKER = "203.0.113.7"
PARTNER_OFFICE = "198.51.100.20"


def admin_log_in(username, password, address):
    client = Client()
    response = client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )
    return client, response


def fail_five_times(username, address=ATTACKER):
    for attempt in range(5):
        log_in(Client(), username, f"feil-{attempt}", address=address)


# Lock-out ------------------------------------------------------------------------------------


def test_an_attacker_cannot_lock_a_partner_out_from_another_address(world):
    fail_five_times("alfa-admin")
    assert LOCKED["nb"] in text_of(log_in(Client(), "alfa-admin", PASSWORD, address=ATTACKER))

    client = Client()
    response = log_in(client, "alfa-admin", PASSWORD, address=PARTNER_OFFICE)
    assert response.status_code == 302
    assert is_logged_in(client)


def test_an_attacker_cannot_lock_an_editor_out_of_the_admin_from_another_address(world):
    for _attempt in range(5):
        admin_log_in("redaktor-drammen-works", "feil", ATTACKER)
    _client, response = admin_log_in("redaktor-drammen-works", PASSWORD, ATTACKER)
    assert LOCKED["nb"] in response.content.decode()

    client, response = admin_log_in("redaktor-drammen-works", PASSWORD, PARTNER_OFFICE)
    assert response.status_code == 302
    assert is_logged_in(client)


@pytest.mark.parametrize("language", ["nb", "en"])
def test_one_address_trying_many_usernames_is_paused_for_every_account(world, language):
    for number in range(20):
        log_in(Client(), f"gjetning-{number}", "feil", language, address=ATTACKER)
    # a real account with its right password, from the same address: paused too
    client = Client()
    response = log_in(client, "alfa-admin", PASSWORD, language, address=ATTACKER)
    assert ADDRESS_PAUSED[language] in text_of(response)
    assert not is_logged_in(client)
    # everyone else logs in as usual
    assert log_in(Client(), "alfa-admin", PASSWORD, address=PARTNER_OFFICE).status_code == 302


def test_usernames_that_are_no_account_are_never_stored(world):
    for number in range(40):
        log_in(Client(), f"finnes-ikke-{number}", "feil", address=ATTACKER)
    # one counter for the address, none per name tried
    assert Throttle.objects.count() == 1
    assert Throttle.objects.get().hits == 40


def test_counters_keep_neither_username_nor_address_readable(world):
    fail_five_times("alfa-admin")
    stored = " ".join(f"{row.key} {row.hits} {row.window_ends}" for row in Throttle.objects.all())
    assert Throttle.objects.count() == 2  # the account from this address, and the address
    assert "alfa" not in stored
    assert ATTACKER not in stored


def test_a_successful_login_does_not_count_against_its_address(world):
    for _attempt in range(25):
        assert log_in(Client(), "alfa-admin", PASSWORD, address=PARTNER_OFFICE).status_code == 302
    assert log_in(Client(), "alfa-admin", "feil", address=PARTNER_OFFICE).status_code == 200
    assert log_in(Client(), "alfa-admin", PASSWORD, address=PARTNER_OFFICE).status_code == 302


def test_attempts_while_paused_are_refused_before_the_password_is_checked(world, monkeypatch):
    fail_five_times("alfa-admin")
    checked = []
    monkeypatch.setattr(
        "django.contrib.auth.forms.authenticate",
        lambda *args, **kwargs: checked.append(kwargs) or None,
    )
    for _attempt in range(10):
        log_in(Client(), "alfa-admin", PASSWORD, address=ATTACKER)
    assert checked == []


# Password reset ------------------------------------------------------------------------------


def reset(language="nb", email="alfa-admin@example.no", address=ATTACKER):
    return Client().post(
        partner_url("password_reset", language), {"email": email}, REMOTE_ADDR=address
    )


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_flood_of_reset_requests_from_one_address_gets_the_readable_429(world, language):
    answers = [reset(language, email=f"person-{n}@example.no").status_code for n in range(8)]
    assert answers == [302] * 5 + [429] * 3
    response = reset(language)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    expected = "For mange forsøk" if language == "nb" else "Too many attempts"
    assert expected in text_of(response)


def test_one_partner_gets_at_most_three_reset_emails_an_hour_whoever_asks(world):
    for number in range(10):
        assert reset(address=f"192.0.2.{number + 1}").status_code == 302
    assert OutboundEmail.objects.filter(to=["alfa-admin@example.no"]).count() == 3


@override_settings(ALLOWED_HOSTS=["*"], WAGTAILADMIN_BASE_URL="https://drammenworks.example")
def test_the_reset_link_is_the_sites_address_whatever_host_the_request_names(world):
    Client().post(
        partner_url("password_reset", "en"),
        {"email": "alfa-admin@example.no"},
        headers={"host": "evil.example"},
    )
    body = OutboundEmail.objects.get(to=["alfa-admin@example.no"]).body
    assert "https://drammenworks.example/en/partner/password-reset/" in body
    assert "evil.example" not in body


# Invitations ---------------------------------------------------------------------------------


def test_a_partner_admin_can_send_twenty_invitations_an_hour(world, settings):
    client = logged_in(Client(), world.admin_a)
    answers = [
        client.post(
            partner_url("invite"), {"email": f"kollega-{n}@alfa.example", "role": "editor"}
        ).status_code
        for n in range(22)
    ]
    assert answers == [302] * 20 + [429] * 2
    assert OutboundEmail.objects.filter(to__0__startswith="kollega-").count() == 20
