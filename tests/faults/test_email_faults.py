"""E-mail under faults, with real processes: nothing is lost, nothing is sent twice.

- the worker killed with SIGKILL while it sends, and started again: every e-mail arrives once;
- the database connections terminated while visitors send inquiries (PostgreSQL): no accepted
  inquiry is lost, pages answer 503 (never 500), and site and worker recover without a restart;
- the mail server down: an admin password reset and a workflow notification (a partner's
  submission) arrive once it is back.
"""

import random
import re
import sqlite3
import threading
import time
from collections import Counter

import psycopg2
import pytest

from tests.faults.conftest import TIMINGS
from tests.faults.harness import post, wait_for
from tests.production.stage import request, run_step


@pytest.fixture
def worker(fault_site):
    """The supervised worker running; stopped after the test."""
    fault_site.start_worker()
    yield fault_site
    fault_site.worker.terminate()
    fault_site.worker.wait(timeout=30)


@pytest.fixture
def mail_up(mail_server):
    mail_server.start()
    yield mail_server
    mail_server.stop()


def arrived(mail_server, marker):
    return [m for m in mail_server.handler.received() if marker in m["subject"] + m["body"]]


def stored_message_ids(site, marker):
    return site.python(
        "import json; from portal.models import OutboundEmail; "
        f"print(json.dumps(sorted(OutboundEmail.objects.filter(subject__contains={marker!r})"
        ".values_list('message_id', flat=True))))"
    )


def test_a_worker_killed_while_it_sends_loses_and_doubles_nothing(fault_site, mail_up):
    count = 40
    fault_site.python(
        "from portal.email import queue_email\n"
        f"for i in range({count}):\n"
        "    queue_email(to=[f'mottaker{i}@example.no'], subject=f'Drept {i}', body='Tekst')\n"
        "print(0)"
    )
    mail_up.handler.delay = 0.15  # each conversation takes a while: a kill lands inside one
    try:
        for _ in range(3):
            fault_site.start_worker()
            sent_before = len(arrived(mail_up, "Drept "))
            run_step(
                "the worker sending",
                lambda before=sent_before: wait_for(
                    lambda: len(arrived(mail_up, "Drept ")) >= before + 2, timeout=30
                ),
            )
            time.sleep(random.uniform(0, 0.15))
            fault_site.kill_worker()
        fault_site.start_worker()
        run_step(
            "all e-mail sent after the kills",
            lambda: wait_for(
                lambda: len(arrived(mail_up, "Drept ")) >= count,
                timeout=90,
                what=f"{count} e-mails\n{fault_site.worker_log_tail()}",
            ),
        )
        time.sleep(6)  # past the lease and the task timeout: a second copy would be here now
    finally:
        mail_up.handler.delay = 0.0
        fault_site.worker.terminate()
        fault_site.worker.wait(timeout=30)

    received = Counter(m["message_id"] for m in arrived(mail_up, "Drept "))
    assert [mid for mid, n in received.items() if n > 1] == []
    assert sorted(received) == stored_message_ids(fault_site, "Drept ")
    reclaimed = fault_site.python(
        "import json; from django_tasks_db.models import DBTaskResult; "
        "print(sum(len(ids) > 1 for ids in "
        "DBTaskResult.objects.values_list('worker_ids', flat=True)))"
    )
    TIMINGS["e-mails sent once each, worker killed 3 times"] = len(received)
    TIMINGS["tasks left running by a killed worker, run again"] = reclaimed
    assert reclaimed >= 1  # the kills did land while a task was running


def test_the_worker_outlives_a_sqlite_database_locked_for_eight_seconds(
    sqlite_worker_site, mail_up
):
    site, count = sqlite_worker_site, 20
    site.python(
        "from portal.email import queue_email\n"
        f"for i in range({count}):\n"
        "    queue_email(to=[f'mottaker{i}@example.no'], subject=f'Laast {i}', body='Tekst')\n"
        "print(0)"
    )
    lock = sqlite3.connect(site.database.name, isolation_level=None)
    try:
        lock.execute("BEGIN EXCLUSIVE")  # as a long write elsewhere would hold it
        # writes wait SQLITE_TIMEOUT for the lock; here the lock outlasts the wait
        site.start_worker(SQLITE_TIMEOUT="2")
        time.sleep(8)
        assert site.worker.poll() is None
        assert arrived(mail_up, "Laast ") == []
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    try:
        run_step(
            "all e-mail sent after the lock",
            lambda: wait_for(
                lambda: len(arrived(mail_up, "Laast ")) >= count,
                timeout=60,
                what=f"{count} e-mails\n{site.worker_log_tail()}",
            ),
        )
        assert site.worker.poll() is None
    finally:
        site.worker.terminate()
        site.worker.wait(timeout=30)
    received = Counter(m["message_id"] for m in arrived(mail_up, "Laast "))
    assert sorted(received) == stored_message_ids(site, "Laast ")
    assert set(received.values()) == {1}
    assert "database is locked" in site.worker_log.read_text()


# Connections terminated under load ----------------------------------------------------------


def terminate_connections(site, stop):
    """pg_terminate_backend on every connection to the site's database, every 0.3 s."""
    terminated = 0
    connection = psycopg2.connect(site.database.admin_url)
    connection.autocommit = True
    try:
        while not stop.is_set():
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_backend_pid()",
                    [site.database.name],
                )
                terminated += cursor.fetchone()[0]
            stop.wait(0.3)
    finally:
        connection.close()
    return terminated


def send_inquiries(site, path, numbers, answers):
    for number in numbers:
        form = {
            "name": "Ola Nordmann",
            "company": "Feiltest AS",
            "email": f"ola{number}@example.no",
            "message": f"Henvendelse nr. {number} under brudd",
            "consent": "on",
        }
        # each inquiry from its own address: this test is about faults, not rate limits
        address = f"10.9.{number // 250}.{number % 250 + 1}"
        answer = post(site.port, path, form, headers={"X-Forwarded-For": address})
        answers[number] = answer.status


def read_pages(site, stop, statuses):
    """A visitor reading the listing and the search while the connections go."""
    paths = [site.listing_paths["detail"], "/lokaler/?kind=kontor"]
    while not stop.is_set():
        for path in paths:
            statuses[request(site.port, path).status] += 1


def test_terminated_database_connections_lose_no_inquiry_and_answer_503(
    fault_site, worker, mail_up
):
    if not fault_site.database.postgres:
        pytest.skip("pg_terminate_backend needs PostgreSQL (DATABASE_URL)")
    path = fault_site.listing_paths["inquiry"]
    gunicorn_pid, worker_pid = fault_site.gunicorn.pid, fault_site.worker.pid
    answers, stop, terminated = {}, threading.Event(), []
    killer = threading.Thread(
        target=lambda: terminated.append(terminate_connections(fault_site, stop))
    )
    killer.start()
    senders = [
        threading.Thread(target=send_inquiries, args=(fault_site, path, range(n, 120, 6), answers))
        for n in range(6)
    ]
    pages = Counter()
    reader = threading.Thread(target=read_pages, args=(fault_site, stop, pages))
    reader.start()
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join(timeout=120)
    stop.set()
    killer.join(timeout=10)
    reader.join(timeout=70)

    statuses = Counter(answers.values())
    TIMINGS["inquiries answered 302 / 503"] = f"{statuses[302]}/{statuses[503]}"
    TIMINGS["pages answered 200 / 503"] = f"{pages[200]}/{pages[503]}"
    TIMINGS["connections terminated"] = terminated[0]
    assert set(statuses) <= {302, 503}, f"{statuses}\n{fault_site.log_tail()}"
    assert set(pages) <= {200, 503}, f"{pages}\n{fault_site.log_tail()}"
    assert statuses[302] > 0
    accepted = sorted(n for n, status in answers.items() if status == 302)

    detail = fault_site.listing_paths["detail"]
    assert wait_for(lambda: request(fault_site.port, detail).status == 200, timeout=10)
    stored = fault_site.python(
        "import json, re; from properties.models import Inquiry; "
        "print(json.dumps(sorted(int(re.search(r'nr. (\\d+)', m).group(1)) for m in "
        "Inquiry.objects.filter(company='Feiltest AS').values_list('message', flat=True))))"
    )
    assert set(accepted) <= set(stored)  # an inquiry answered «sent» is stored
    run_step(
        "every stored inquiry's e-mail sent",
        lambda: wait_for(
            lambda: len(arrived(mail_up, "under brudd")) >= len(stored),
            timeout=60,
            what=f"{len(stored)} e-mails\n{fault_site.worker_log_tail()}",
        ),
    )
    time.sleep(3)
    numbers = Counter(
        int(re.search(r"nr\. (\d+)", m["body"]).group(1)) for m in arrived(mail_up, "under brudd")
    )
    assert sorted(numbers) == stored
    assert set(numbers.values()) == {1}
    assert fault_site.gunicorn.pid == gunicorn_pid and fault_site.gunicorn.poll() is None
    assert fault_site.worker.pid == worker_pid and fault_site.worker.poll() is None


# The mail server down -----------------------------------------------------------------------

SUBMIT_A_LISTING = """
import json
from django.contrib.auth.models import Group
from partners import services
from partners.models import PartnerMembership
from properties.factories import PartnerContactFactory, PartnerOrganisationFactory
from tests.partners.conftest import draft_listing, make_partner, make_user
organisation = PartnerOrganisationFactory(
    name="Nedetid Eiendom AS", slug="nedetid-eiendom", organisation_number="919191919"
)
contact = PartnerContactFactory(organisation=organisation, email="kontakt@nedetid.example")
partner = make_partner("nedetid-partner", organisation, PartnerMembership.Role.ADMIN)
editor = make_user("nedetid-redaktor", is_staff=True)
editor.groups.add(Group.objects.get(name="Editors"))
listing = draft_listing(organisation, contact, partner, "Nedetid Kontorhus")
services.listing_submit(listing=listing, user=partner)
print(json.dumps(editor.email))
"""


def admin_password_reset(site, address):
    """What an editor who forgot their password does on /admin/password_reset/."""
    form_page = request(site.port, "/admin/password_reset/")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', form_page.body).group(1)
    cookie = re.search(r"csrftoken=([^;]+)", form_page.headers["Set-Cookie"]).group(1)
    origin = f"https://127.0.0.1:{site.port}"
    return post(
        site.port,
        "/admin/password_reset/",
        {"csrfmiddlewaretoken": token.decode(), "email": address},
        headers={
            "Cookie": f"csrftoken={cookie}",
            "Origin": origin,
            "Referer": f"{origin}/admin/password_reset/",
        },
    )


def test_with_the_mail_server_down_a_password_reset_and_a_submission_arrive_once_it_is_back(
    fault_site, worker, mail_server
):
    editor_address = fault_site.python(SUBMIT_A_LISTING)
    assert admin_password_reset(fault_site, editor_address).status == 302

    def attempts():
        return fault_site.python(
            "import json; from portal.models import OutboundEmail; "
            f"print(json.dumps(list(OutboundEmail.objects.filter(to=[{editor_address!r}])"
            ".values_list('attempts', flat=True))))"
        )

    assert len(attempts()) == 2  # stored while the server is down: the notification, the reset
    run_step(
        "the worker tried both while the server was down",
        lambda: wait_for(
            lambda: min(attempts()) >= 1, timeout=30, interval=1, what="a failed attempt each"
        ),
    )
    mail_server.start()
    try:
        run_step(
            "both e-mails sent once the server is back",
            lambda: wait_for(
                lambda: len(to_editor(mail_server, editor_address)) >= 2,
                timeout=30,
                what=f"two e-mails to the editor\n{fault_site.worker_log_tail()}",
            ),
        )
        time.sleep(3)
        both = to_editor(mail_server, editor_address)
    finally:
        mail_server.stop()
    assert len(both) == 2
    texts = " ".join(m["subject"] + m["body"] for m in both)
    assert "Nedetid Kontorhus" in texts
    assert "/admin/password_reset/confirm/" in texts


def to_editor(mail_server, address):
    return [m for m in mail_server.handler.received() if m["to"] == [address]]
