"""Logins and forms attacked as an attacker would, against the production settings and gunicorn
with three workers on loopback: a limit kept in each worker's memory would let three times as
many through, so every count here must hold across workers.

- 30 logins for one partner at once (29 wrong passwords, one right; ten connections at a time
  over three workers) reach the password check at most five times; once paused, not even the
  right password gets in from that address, while the partner logs in from their own address.
- floods from one address of inquiries, relocation requests, alert subscriptions and partner
  and admin password resets: exactly the limit is accepted, the rest get the readable 429 with
  Retry-After, and a stranger's inbox gets one alert confirmation and at most three resets.

Its own database (`<name>_abuse`) and port; every request has a timeout, every flood a size.
"""

import json
import os
import re
import secrets
import time
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import pytest

from tests.production.stage import TIMINGS, ProductionSite, request, reserve_port, run_step

WORKERS = 3
ATTACKER = "203.0.113.7"
PARTNER_OFFICE = "198.51.100.20"
PASSWORD = secrets.token_urlsafe(12)

SETUP = """
import json
from django.contrib.auth import get_user_model
from django.utils import translation
from portal.models import RelocationFormPage
from properties.models import Listing

User = get_user_model()
User.objects.create_user("partner-a", email="partner-a@example.no", password={password!r})
listing = Listing.objects.on_the_market().order_by("pk").first()
form = RelocationFormPage.objects.live().filter(locale__language_code="nb").first()
with translation.override("en"):
    listing_en = listing.get_absolute_url()
print(json.dumps({{"listing": listing.get_absolute_url(), "listing_en": listing_en,
                  "relocation": form.url}}))
"""

COUNT_EMAIL = """
from portal.models import OutboundEmail
print(OutboundEmail.objects.filter(to=[{address!r}]).count())
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The production stage with three workers behind one trusted proxy (X-Forwarded-For says
    who the visitor is), a user `partner-a`, and the paths the floods aim at."""
    started = time.monotonic()
    folder = tmp_path_factory.mktemp("abuse")
    port, held = reserve_port(os.environ.get("GUNICORN_TEST_PORTS", "8400-8499"))
    stage = ProductionSite(
        folder,
        port,
        held=held,
        workers=WORKERS,
        database_suffix="abuse",
        extra_env={"TRUSTED_PROXY_COUNT": "1"},
    )
    try:
        run_step("building the site", stage.build)
        output = run_step(
            "creating partner-a",
            lambda: stage.manage("shell", "-v0", "-c", SETUP.format(password=PASSWORD)),
        )
        stage.paths = json.loads(output.strip().splitlines()[-1])
        run_step("starting gunicorn", stage.start)
        TIMINGS["abuse stage: setup"] = time.monotonic() - started
        yield stage
    finally:
        stage.stop()


def origin(site):
    return f"https://127.0.0.1:{site.port}"


def cookies_set(answer):
    return answer.headers.get_all("Set-Cookie") or []


def post(site, path, fields, address, cookies=""):
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Origin": origin(site),
        "Referer": origin(site) + path,
        "X-Forwarded-For": address,
        "Cookie": cookies,
    }
    return request(site.port, path, "POST", headers=headers, body=urlencode(fields), timeout=120)


def csrf_post(site, path, fields, address):
    """What a browser does with a form behind CSRF protection: fetch it, then send it."""
    form = request(site.port, path, headers={"X-Forwarded-For": address}, timeout=120)
    cookie = SimpleCookie("; ".join(cookies_set(form)))["csrftoken"].value
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    fields = {**fields, "csrfmiddlewaretoken": token}
    return post(site, path, fields, address, cookies=f"csrftoken={cookie}")


def in_parallel(count, send):
    """`count` requests, ten at a time: every worker busy, and none waits for long on a
    machine that is busy with other work."""
    with ThreadPoolExecutor(max_workers=min(count, 10)) as pool:
        return list(pool.map(send, range(count)))


def report(site, answers):
    """Every answer, then the end of gunicorn's log: what a failed count needs to be read."""
    return "\n".join([*(str(answer) for answer in answers), "gunicorn:", site.log_tail(20)])


def statuses(answers):
    return sorted(answer.status for answer in answers)


def emails_to(site, address):
    output = site.manage("shell", "-v0", "-c", COUNT_EMAIL.format(address=address))
    return int(output.strip().splitlines()[-1])


def logged_in(answer):
    return answer.status == 302 and "sessionid=" in " ".join(cookies_set(answer))


def paused(answer):
    return "Too many failed attempts" in answer.text


def log_in(site, password, address, path="/en/partner/login/"):
    return csrf_post(site, path, {"username": "partner-a", "password": password}, address)


def assert_readable_429s(answers, window):
    for answer in answers:
        if answer.status == 429:
            assert 0 < int(answer.headers["Retry-After"]) <= window, str(answer)
            assert "Too many attempts" in answer.text or "For mange forsøk" in answer.text


# Logins --------------------------------------------------------------------------------------


def test_thirty_parallel_logins_reach_the_password_check_at_most_five_times(site):
    passwords = [f"wrong-{n}" for n in range(29)] + [PASSWORD]
    answers = in_parallel(30, lambda n: log_in(site, passwords[n], ATTACKER))
    assert all(answer.status in (200, 302) for answer in answers), report(site, answers)
    checked = [answer for answer in answers if not paused(answer) or logged_in(answer)]
    # the right password may get in only as one of the first five attempts counted
    assert len(checked) <= 5 + (5 if any(map(logged_in, answers)) else 0), len(checked)
    assert sum(map(paused, answers)) >= 20


def test_once_paused_not_even_the_right_password_gets_in_from_that_address(site):
    for n in range(5):
        log_in(site, f"wrong-again-{n}", ATTACKER)
    passwords = [f"wrong-{n}" for n in range(29)] + [PASSWORD]
    answers = in_parallel(30, lambda n: log_in(site, passwords[n], ATTACKER))
    assert not any(map(logged_in, answers))
    assert all(map(paused, answers)), report(site, answers)


def test_the_partner_logs_in_from_their_own_address_while_the_attacker_is_paused(site):
    answers = [
        log_in(site, PASSWORD, ATTACKER),
        log_in(site, PASSWORD, PARTNER_OFFICE),
        log_in(site, PASSWORD, PARTNER_OFFICE, path="/partner/logg-inn/"),
    ]
    assert paused(answers[0]), report(site, answers)
    assert logged_in(answers[1]), report(site, answers)
    assert logged_in(answers[2]), report(site, answers)


# Floods from one address ---------------------------------------------------------------------


def test_fifteen_inquiries_from_one_address_five_accepted_the_rest_429(site):
    fields = {
        "name": "Flood",
        "company": "Flood AS",
        "email": "flood@example.no",
        "message": "Hei",
        "consent": "on",
    }
    path = site.paths["listing_en"] + "inquiry/"
    answers = in_parallel(15, lambda n: post(site, path, fields, "192.0.2.11"))
    assert statuses(answers) == [302] * 5 + [429] * 10, report(site, answers)
    assert_readable_429s(answers, window=600)


def test_forty_relocation_requests_from_one_address_five_accepted_the_rest_429(site):
    fields = {
        "name": "Flood",
        "company": "Flood AS",
        "email": "flood@example.no",
        "needs": "Kontor",
        "consent": "on",
    }
    answers = in_parallel(40, lambda n: post(site, site.paths["relocation"], fields, "192.0.2.12"))
    assert statuses(answers) == [302] * 5 + [429] * 35, report(site, answers)
    assert_readable_429s(answers, window=600)


def test_fifteen_alert_subscriptions_for_a_stranger_send_one_confirmation(site):
    fields = {"email": "fremmed@example.no", "frequency": "daily", "query": "kind=kontor"}
    answers = in_parallel(15, lambda n: post(site, "/lokaler/varsler/", fields, "192.0.2.13"))
    assert statuses(answers) == [302] * 5 + [429] * 10, report(site, answers)
    assert_readable_429s(answers, window=600)
    assert emails_to(site, "fremmed@example.no") == 1


def test_forty_password_resets_for_one_partner_send_at_most_three_emails(site):
    fields = {"email": "partner-a@example.no"}
    answers = in_parallel(
        40, lambda n: csrf_post(site, "/en/partner/password-reset/", fields, "192.0.2.14")
    )
    assert statuses(answers) == [302] * 5 + [429] * 35, report(site, answers)
    assert_readable_429s(answers, window=3600)
    # and from forty addresses at once: still three e-mails in the hour
    in_parallel(
        40, lambda n: csrf_post(site, "/partner/nytt-passord/", fields, f"198.18.0.{n + 1}")
    )
    assert emails_to(site, "partner-a@example.no") == 3


def test_forty_admin_password_resets_from_one_address_five_accepted_the_rest_429(site):
    fields = {"email": "nobody@example.no"}
    answers = in_parallel(
        40, lambda n: csrf_post(site, "/admin/password_reset/", fields, "192.0.2.15")
    )
    assert statuses(answers) == [302] * 5 + [429] * 35, report(site, answers)
    assert_readable_429s(answers, window=3600)
