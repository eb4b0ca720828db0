"""The moving parts of the fault tests: the production stage's site (gunicorn on loopback, its
own database) with the supervised e-mail worker beside it, and an SMTP server on loopback that
records what it accepts and can be stopped and started again (the mail server down, then back)."""

import asyncio
import json
import signal
import subprocess
import sys
import threading
import time
from email import message_from_bytes
from urllib.parse import urlencode

from aiosmtpd.controller import Controller

from tests.production.stage import (
    BASE_DIR,
    ProductionSite,
    StageError,
    request,
    stop_process,
    tail,
)

# Short enough for a test, long enough that a live sender is never overtaken.
FAST_QUEUE = {
    "BACKGROUND_TASK_TIMEOUT": "4",
    "EMAIL_SEND_LEASE": "4",
    "EMAIL_RETRY_SECONDS": "2,2,2,2,2,2,2,2,2,2",
    "EMAIL_TIMEOUT": "2",
    "TRUSTED_PROXY_COUNT": "1",
    "DB_CONN_MAX_AGE": "60",
}


class RecordingHandler:
    """Keeps each accepted message; `delay` makes each conversation take a while, so that a
    worker killed at a random moment is often in the middle of one."""

    def __init__(self, delay=0.0):
        self.delay = delay
        self.lock = threading.Lock()
        self.messages = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        await asyncio.sleep(self.delay)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content)
        with self.lock:
            self.messages.append(
                {
                    "message_id": message["Message-ID"],
                    "to": list(envelope.rcpt_tos),
                    "subject": str(message["Subject"]),
                    "body": message.get_payload(decode=False),
                }
            )
        return "250 Message accepted for delivery"

    def received(self):
        with self.lock:
            return list(self.messages)


class MailServer:
    """An SMTP server on 127.0.0.1:port that can be down and come back on the same port."""

    def __init__(self, port, delay=0.0):
        self.port = port
        self.handler = RecordingHandler(delay)
        self.controller = None

    def start(self):
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


ONE_LISTING = """
import json
from django.urls import reverse
from django.utils import translation
from properties.factories import ListingFactory
listing = ListingFactory(title="Feiltest Kontorhus", slug="feiltest-kontorhus")
with translation.override("nb"):
    print(json.dumps({
        "detail": listing.get_absolute_url(),
        "inquiry": reverse("properties:inquiry", kwargs={"slug": listing.slug}),
    }))
"""


class FaultSite(ProductionSite):
    """The production stage in a database of its own (`<name>_faults`), mail to MailServer."""

    def __init__(self, folder, port, smtp_port, *, held=None):
        super().__init__(folder, port, database_suffix="faults", held=held)
        self.env.update(
            FAST_QUEUE,
            SECURE_SSL_REDIRECT="0",
            EMAIL_DELIVERY_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(smtp_port),
        )
        self.worker = None
        self.worker_log = folder / "worker.log"
        self.worker_starts = 0

    def build(self):
        """migrate, collectstatic beside it, and one listing on the market to inquire about
        (the demo content would take a minute more and is not needed here)."""
        self.database.create()
        with self.collectstatic_beside():
            self.manage("migrate", "--no-input", "-v0")
            self.listing_paths = self.python(ONE_LISTING)

    def start_worker(self, **env):
        if self.gunicorn is not None and self.gunicorn.poll() is not None:
            raise StageError(f"gunicorn exited {self.gunicorn.returncode}:\n{self.log_tail()}")
        self.worker_starts += 1
        self.worker = subprocess.Popen(  # noqa: S603 - our own manage.py with fixed arguments
            [
                sys.executable,
                "manage.py",
                "run_worker",
                "--backend",
                "background",
                "--interval",
                "0.2",
                "--housekeeping-interval",
                "1",
                "--no-startup-delay",
                "--worker-id",
                f"fault-worker-{self.worker_starts}",
            ],
            cwd=BASE_DIR,
            env={**self.env, **env},
            stdout=self.worker_log.open("a"),
            stderr=subprocess.STDOUT,
        )
        return self.worker

    def kill_worker(self):
        """SIGKILL: no handler runs, whatever it was sending stays half done."""
        self.worker.send_signal(signal.SIGKILL)
        self.worker.wait(timeout=10)

    def worker_log_tail(self, lines=40):
        return tail(self.worker_log.read_text(errors="replace"), lines)

    def python(self, code, timeout=120):
        """Run code in a manage.py shell against the site's database; the JSON it prints last."""
        output = self.manage("shell", "-v0", "-c", code, timeout=timeout)
        return json.loads(output.strip().splitlines()[-1])

    def stop(self):
        stop_process(self.worker)
        super().stop()


def wait_for(condition, *, timeout, interval=0.2, what="the condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise StageError(f"{what}: not within {timeout} s")


def post(port, path, form, headers=None, timeout=60):
    """A form POST to 127.0.0.1:port as the TLS proxy in front would pass it on (https)."""
    sent = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
    return request(port, path, "POST", sent, timeout, body=urlencode(form).encode())


class SqliteWorkerSite(FaultSite):
    """The worker alone on a SQLite file (the zero-setup default), whatever DATABASE_URL says."""

    def __init__(self, folder, smtp_port):
        super().__init__(folder, 0, smtp_port)
        self.database.postgres = False
        self.database.name = str(folder / "db.sqlite3")
        self.database.url = f"sqlite:///{self.database.name}"
        self.env["DATABASE_URL"] = self.database.url

    def build(self):
        self.manage("migrate", "--no-input", "-v0")
