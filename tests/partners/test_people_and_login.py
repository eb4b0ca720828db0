"""Partner people: logging in and out, the lock-out after five failures (also in the Wagtail
admin), password reset by e-mail, invitations that work once for seven days, removal."""

import re
import time
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from partners.models import PartnerInvitation, PartnerMembership
from portal.models import OutboundEmail, Throttle
from tests.html import soup_of, text_of

from .conftest import PASSWORD, logged_in, partner_url

LOCKED = {
    "nb": "innlogging på denne kontoen fra nettverket ditt er satt på pause i 15 minutter",
    "en": "logging in to this account from your network is paused for 15 minutes",
}
ADDRESS_PAUSED = {
    "nb": "For mange mislykkede forsøk fra nettverket ditt",
    "en": "Too many failed attempts from your network",
}


def log_in(client, username, password, language="nb", address="127.0.0.1"):
    return client.post(
        partner_url("login", language),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def is_logged_in(client):
    return "_auth_user_id" in client.session


def link_in(email):
    return re.search(r"http://testserver(\S+)", email.body).group(1)


# Log in and out -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_partner_logs_in_and_out(client, world, language):
    response = log_in(client, "alfa-admin", PASSWORD, language)
    assert response.status_code == 302
    dashboard = client.get(partner_url("dashboard", language))
    assert dashboard.status_code == 200
    assert "Alfa Kontorhus" in text_of(dashboard)
    response = client.post(partner_url("logout", language))
    assert response.status_code == 302
    assert response["Location"] == partner_url("login", language)
    assert not is_logged_in(client)
    assert client.get(partner_url("dashboard", language)).status_code == 302


def test_log_in_returns_to_the_page_asked_for(client, world):
    statistics = partner_url("listing_statistics", pk=world.live_a.pk)
    login = client.get(statistics)["Location"]
    response = client.post(
        login, {"username": "alfa-redaktor", "password": PASSWORD, "next": statistics}
    )
    assert response["Location"] == statistics


def test_a_wrong_password_is_answered_in_the_users_language(client, world):
    response = log_in(client, "alfa-admin", "feil", "en")
    assert response.status_code == 200
    assert "Please enter a correct username and password" in text_of(response)
    assert not is_logged_in(client)


# Lock-out -------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nb", "en"])
def test_five_failures_lock_the_account_for_fifteen_minutes(client, world, language):
    for attempt in range(4):
        response = log_in(client, "alfa-admin", f"feil-{attempt}", language)
        assert LOCKED[language] not in text_of(response)
    response = log_in(client, "ALFA-admin ", "feil-5", language)
    assert LOCKED[language] in text_of(response)
    windows = Throttle.objects.values_list("window_ends", flat=True)
    assert all(abs(ends - (time.time() + 15 * 60)) < 30 for ends in windows)

    # Even the right password does not open a locked account.
    response = log_in(client, "alfa-admin", PASSWORD, language)
    assert LOCKED[language] in text_of(response)
    assert not is_logged_in(client)

    # Fifteen minutes later it opens again.
    Throttle.objects.update(window_ends=int(time.time()) - 1)
    assert log_in(client, "alfa-admin", PASSWORD, language).status_code == 302
    assert is_logged_in(client)


def test_a_success_before_the_fifth_failure_starts_the_count_again(client, world):
    for _attempt in range(4):
        log_in(Client(), "alfa-admin", "feil")
    assert log_in(Client(), "alfa-admin", PASSWORD).status_code == 302
    for _attempt in range(4):
        log_in(Client(), "alfa-admin", "feil")
    assert log_in(client, "alfa-admin", PASSWORD).status_code == 302


def admin_log_in(client, username, password, **headers):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, headers=headers
    )


@pytest.mark.parametrize(("language", "accept"), [("nb", "nb"), ("en", "en")])
def test_the_wagtail_admin_login_locks_out_too(client, world, language, accept):
    for _attempt in range(4):
        admin_log_in(client, "redaktor-drammen-works", "feil", **{"accept-language": accept})
    response = admin_log_in(client, "redaktor-drammen-works", "feil", **{"accept-language": accept})
    assert LOCKED[language] in response.content.decode(), f"no lock-out message in {language}"
    response = admin_log_in(
        client, "redaktor-drammen-works", PASSWORD, **{"accept-language": accept}
    )
    assert response.status_code == 200
    assert LOCKED[language] in response.content.decode()
    assert not is_logged_in(client)


def test_the_admin_login_works_for_an_editor_who_is_not_locked(client, world):
    response = admin_log_in(client, "redaktor-drammen-works", PASSWORD)
    assert response.status_code == 302
    assert is_logged_in(client)


def test_failures_in_the_partner_area_lock_the_admin_login_as_well(client, world):
    for _attempt in range(5):
        log_in(client, "alfa-admin", "feil")
    response = admin_log_in(Client(), "alfa-admin", PASSWORD)
    assert LOCKED["nb"] in response.content.decode()


# Password reset -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_partner_resets_the_password_by_email(client, world, language):
    response = client.post(
        partner_url("password_reset", language), {"email": "ALFA-admin@example.no"}
    )
    assert response.status_code == 302
    assert response["Location"] == partner_url("password_reset_sent", language)
    email = OutboundEmail.objects.filter(to=["alfa-admin@example.no"]).get()
    assert "alfa-admin" in email.body
    link = link_in(email)
    assert link.startswith(partner_url("password_reset", language))

    form = client.get(link, follow=True)
    assert form.status_code == 200
    set_password = form.redirect_chain[-1][0]
    response = client.post(
        set_password, {"new_password1": "Ny-Elv-2027-x", "new_password2": "Ny-Elv-2027-x"}
    )
    assert response.status_code == 302
    assert response["Location"] == partner_url("password_reset_complete", language)
    assert log_in(Client(), "alfa-admin", PASSWORD).status_code == 200
    assert log_in(Client(), "alfa-admin", "Ny-Elv-2027-x").status_code == 302
    # The link works once.
    assert "set-password" not in client.get(link).get("Location", "")


def test_a_reset_for_an_unknown_address_looks_the_same_and_sends_nothing(client, world):
    response = client.post(partner_url("password_reset"), {"email": "ukjent@example.no"})
    assert response.status_code == 302
    assert response["Location"] == partner_url("password_reset_sent")
    assert not OutboundEmail.objects.filter(to=["ukjent@example.no"]).exists()


# Invitations ------------------------------------------------------------------------------------


def invite(client, email="kollega@alfa.example", role="editor"):
    response = client.post(partner_url("invite"), {"email": email, "role": role})
    assert response.status_code == 302
    return OutboundEmail.objects.filter(to=[email]).latest("pk")


def accept_data(username="kari-kollega"):
    return {
        "first_name": "Kari",
        "last_name": "Kollega",
        "username": username,
        "password1": "Elva-renner-2020",
        "password2": "Elva-renner-2020",
    }


@pytest.mark.parametrize("role", ["admin", "editor"])
def test_an_invitation_by_email_makes_a_colleague(client, world, role):
    email = invite(logged_in(client, world.admin_a), role=role)
    assert email.subject == "Invitasjon til Alfa Eiendom AS på Drammen Works"
    invitation = PartnerInvitation.objects.get(email="kollega@alfa.example")
    expected_expiry = timezone.now() + timedelta(days=7)
    assert abs(invitation.expires_at - expected_expiry) < timedelta(minutes=1)
    link = link_in(email)
    assert invitation.token_hash not in link

    visitor = Client()
    assert visitor.get(link).status_code == 200
    response = visitor.post(link, accept_data())
    assert response.status_code == 302
    assert response["Location"] == partner_url("login")
    user = get_user_model().objects.get(username="kari-kollega")
    assert user.email == "kollega@alfa.example"
    membership = PartnerMembership.objects.get(user=user)
    assert (membership.organisation, membership.role) == (world.org_a, role)
    assert log_in(visitor, "kari-kollega", "Elva-renner-2020").status_code == 302
    assert "Alfa Kontorhus" in text_of(visitor.get(partner_url("dashboard")))


def test_an_invitation_link_works_once(client, world):
    link = link_in(invite(logged_in(client, world.admin_a)))
    assert Client().post(link, accept_data()).status_code == 302
    again = Client()
    assert again.get(link).status_code == 404
    assert again.post(link, accept_data("en-til")).status_code == 404
    assert not get_user_model().objects.filter(username="en-til").exists()


def test_an_invitation_expires_after_seven_days(client, world):
    link = link_in(invite(logged_in(client, world.admin_a)))
    PartnerInvitation.objects.filter(email="kollega@alfa.example").update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    visitor = Client()
    assert visitor.get(link).status_code == 404
    assert visitor.post(link, accept_data()).status_code == 404
    assert not get_user_model().objects.filter(username="kari-kollega").exists()


def test_a_withdrawn_invitation_no_longer_works(client, world):
    admin = logged_in(client, world.admin_a)
    link = link_in(invite(admin))
    invitation = PartnerInvitation.objects.get(email="kollega@alfa.example")
    assert "kollega@alfa.example" in text_of(admin.get(partner_url("people")))
    response = admin.post(partner_url("invitation_revoke", pk=invitation.pk))
    assert response.status_code == 302
    assert "kollega@alfa.example" not in text_of(admin.get(partner_url("people")))
    assert Client().get(link).status_code == 404


def test_a_made_up_invitation_token_is_404(client, world):
    assert client.get(partner_url("invitation_accept", token="gjettet")).status_code == 404


def test_someone_already_in_the_organisation_cannot_be_invited_again(client, world):
    logged_in(client, world.admin_a)
    response = client.post(
        partner_url("invite"), {"email": "ALFA-redaktor@example.no", "role": "editor"}
    )
    assert response.status_code == 400
    assert soup_of(response).select_one("#id_email_error")
    assert not OutboundEmail.objects.filter(to=["alfa-redaktor@example.no"]).exists()


def test_a_bad_invitation_form_is_answered_in_the_form(client, world):
    logged_in(client, world.admin_a)
    response = client.post(partner_url("invite"), {"email": "ikke-en-adresse", "role": "eier"})
    assert response.status_code == 400
    assert soup_of(response).select_one("#id_email_error")
    assert (
        not PartnerInvitation.objects.filter(organisation=world.org_a)
        .exclude(pk=world.invitation_a.pk)
        .exists()
    )


def test_accepting_needs_a_good_password_and_a_free_username(client, world):
    link = link_in(invite(logged_in(client, world.admin_a)))
    visitor = Client()
    response = visitor.post(link, {**accept_data("alfa-admin"), "password2": "annet"})
    assert response.status_code == 400
    page = soup_of(response)
    assert page.select_one("#id_username_error")
    assert page.select_one("#id_password2_error")
    response = visitor.post(link, {**accept_data(), "password1": "123", "password2": "123"})
    assert response.status_code == 400
    assert soup_of(response).select_one("#id_password1_error")
    assert visitor.get(link).status_code == 200  # still usable


# Removing people --------------------------------------------------------------------------------


def test_a_removed_colleague_loses_access_at_once(client, world):
    colleague = logged_in(Client(), world.editor_a)
    assert colleague.get(partner_url("dashboard")).status_code == 200
    admin = logged_in(client, world.admin_a)
    membership = world.membership(world.editor_a)
    response = admin.post(partner_url("member_remove", pk=membership.pk))
    assert response.status_code == 302
    assert not PartnerMembership.objects.filter(pk=membership.pk).exists()
    assert "alfa-redaktor@example.no" not in text_of(admin.get(partner_url("people")))
    assert colleague.get(partner_url("dashboard")).status_code == 302
    assert log_in(Client(), "alfa-redaktor", PASSWORD).status_code == 200


def test_a_partner_admin_cannot_remove_themselves(client, world):
    logged_in(client, world.admin_a)
    client.post(partner_url("member_remove", pk=world.membership(world.admin_a).pk))
    assert PartnerMembership.objects.filter(user=world.admin_a).exists()
    assert get_user_model().objects.get(pk=world.admin_a.pk).is_active
