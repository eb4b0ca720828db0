"""SQLite, the zero-setup default, under the demo's concurrency: the site as `make run` starts it
(runserver, a thread per request, and the e-mail worker beside it) takes 200 inquiries sent at
once, stores every one and answers every one with the thank-you redirect — no «database is
locked», no 500.

It runs on loopback in a SQLite file of its own in a temporary folder, whatever DATABASE_URL
says, and stops within a bounded time. Each inquiry comes from another visitor (X-Forwarded-For
behind one trusted proxy), so that the rate limit per address is not what answers.
"""

import http.client
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest

from tests.production.stage import (
    BASE_DIR,
    PROJECT_VARIABLES,
    TIMINGS,
    StageError,
    free_port,
    request,
    stop_process,
    tail,
)

INQUIRIES = 200
AT_ONCE = 100
ATTEMPTS = 5  # runserver's listen queue holds 10: a connection beyond it is reset unanswered
SECONDS_FOR_ALL = 120  # bounded: a request left waiting longer fails the test
SLUG = "samtidige-kontorer"
A_LISTING_ON_THE_MARKET = (
    f"from properties.factories import ListingFactory; ListingFactory(slug={SLUG!r})"
)
INQUIRY_COUNT = "from properties.models import Inquiry; print(Inquiry.objects.count())"


class DemoSite:
    """`make run` on a SQLite file of its own: runserver and the e-mail worker."""

    def __init__(self, folder, port):
        self.folder = folder
        self.port = port
        self.processes = []
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in PROJECT_VARIABLES},
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
            "MEDIA_ROOT": str(folder / "media"),
            "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
            "TRUSTED_PROXY_COUNT": "1",
        }

    def manage(self, *args):
        done = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if done.returncode != 0:
            raise StageError(f"manage.py {args[0]}:\n{tail(done.stdout)}\n{tail(done.stderr)}")
        return done.stdout

    def build(self):
        self.manage("migrate", "--no-input", "-v0")
        self.manage("shell", "-v0", "-c", A_LISTING_ON_THE_MARKET)

    def start(self):
        self.spawn("worker", "db_worker", "--backend", "background", "--interval", "1")
        self.spawn(
            "runserver", "runserver", "--noreload", "--skip-checks", f"127.0.0.1:{self.port}"
        )
        deadline = time.monotonic() + 60
        while request(self.port, "/healthz", timeout=5).status != 200:
            if time.monotonic() > deadline or self.processes[-1].poll() is not None:
                raise StageError(f"runserver did not answer:\n{self.log_tail('runserver')}")
            time.sleep(0.2)

    def spawn(self, name, *args):
        log = (self.folder / f"{name}.log").open("w")
        self.processes.append(
            subprocess.Popen(  # noqa: S603 - our own manage.py with fixed arguments
                [
                    sys.executable,
                    "manage.py",
                    *args,
                    *(["--no-reload"] if name == "worker" else []),
                ],
                cwd=BASE_DIR,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )

    def log_tail(self, name, lines=40):
        return tail((self.folder / f"{name}.log").read_text(errors="replace"), lines)

    def stop(self):
        for process in reversed(self.processes):
            stop_process(process)


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sqlite-concurrency")
    site = DemoSite(folder, free_port(os.environ.get("SQLITE_TEST_PORTS", "8500-8599")))
    started = time.monotonic()
    try:
        site.build()
        site.start()
        TIMINGS["SQLite demo site ready"] = time.monotonic() - started
        yield site
    except StageError as error:
        pytest.fail(f"starting the site on SQLite: {error}", pytrace=False)
    finally:
        site.stop()


def send_inquiry(port, number):
    body = urlencode(
        {
            "name": f"Besøkende {number}",
            "company": "Samtidig AS",
            "email": f"besokende{number}@example.com",
            "message": "Vi vil gjerne se lokalene.",
            "consent": "on",
        }
    )
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Forwarded-For": f"10.0.{number // 250}.{number % 250 + 1}",  # one visitor each
    }
    for _attempt in range(ATTEMPTS):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=SECONDS_FOR_ALL)
        try:
            connection.request("POST", f"/lokaler/{SLUG}/henvendelse/", body=body, headers=headers)
            return connection.getresponse().status
        except ConnectionResetError:
            time.sleep(0.2)  # as a browser would, again; the count below shows nothing doubled
        except (OSError, http.client.HTTPException) as error:
            return type(error).__name__
        finally:
            connection.close()
    return "ConnectionResetError"


def test_two_hundred_inquiries_at_once_are_all_stored_and_none_gets_a_500(demo_site):
    stored_before = int(demo_site.manage("shell", "-v0", "-c", INQUIRY_COUNT))
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=AT_ONCE) as pool:
        answers = list(
            pool.map(lambda number: send_inquiry(demo_site.port, number), range(INQUIRIES))
        )
    TIMINGS[f"{INQUIRIES} inquiries at once on SQLite"] = time.monotonic() - started

    tally = {answer: answers.count(answer) for answer in set(answers)}
    assert tally == {302: INQUIRIES}, f"{tally}\n{demo_site.log_tail('runserver')}"
    stored = int(demo_site.manage("shell", "-v0", "-c", INQUIRY_COUNT))
    assert stored - stored_before == INQUIRIES
    assert "database is locked" not in demo_site.log_tail("runserver", lines=100_000)
    assert "database is locked" not in demo_site.log_tail("worker", lines=100_000)
