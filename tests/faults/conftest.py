"""The fault tests: the site as in production on loopback (gunicorn, its own database), the
supervised e-mail worker beside it and an SMTP server in the test, with the faults made for
real: a worker killed with SIGKILL, database connections terminated, the mail server down.

`make test` runs this directory as its own pytest invocation, bounded in time. With DATABASE_URL
naming a PostgreSQL database it works in a fresh `<name>_faults` beside it; without, in a SQLite
file in a temporary folder.
"""

import os
import time

import pytest

from tests.faults.harness import FaultSite, MailServer, SqliteWorkerSite
from tests.production.stage import free_port, reserve_port, run_step

TIMINGS = {}


def pytest_terminal_summary(terminalreporter):
    if TIMINGS:
        terminalreporter.section("fault tests: figures")
        for name, value in TIMINGS.items():
            terminalreporter.write_line(f"{value:>9}  {name}")


@pytest.fixture(scope="session")
def mail_server():
    server = MailServer(free_port(os.environ.get("SMTP_TEST_PORTS", "8600-8699")), delay=0.05)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def fault_site(tmp_path_factory, mail_server):
    """Built and migrated with the demo content, gunicorn answering; no worker yet."""
    started = time.monotonic()
    folder = tmp_path_factory.mktemp("faults")
    port, held = reserve_port(os.environ.get("GUNICORN_TEST_PORTS", "8400-8499"))
    site = FaultSite(folder, port, mail_server.port, held=held)
    try:
        run_step("building the site", site.build)
        run_step("starting gunicorn", site.start)
        TIMINGS["set-up (s)"] = round(time.monotonic() - started, 1)
        yield site
    finally:
        site.stop()


@pytest.fixture(scope="session")
def sqlite_worker_site(request, tmp_path_factory, mail_server):
    """A migrated SQLite file for the worker: the site's own when it runs on SQLite, else one
    of its own with no web server."""
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        yield request.getfixturevalue("fault_site")
        return
    site = SqliteWorkerSite(tmp_path_factory.mktemp("faults-sqlite"), mail_server.port)
    run_step("migrating the SQLite file", site.build)
    yield site
    site.stop()
