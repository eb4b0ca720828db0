"""On SQLite a write waits for the one before it instead of failing with «database is locked»:
the case that failed is a transaction that reads and then writes while another one writes."""

import sqlite3
import threading
import time

import pytest
from django.conf import settings
from django.db import OperationalError, connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper

ALIAS = "sqlite_waits"


@pytest.fixture
def sqlite_file(tmp_path, django_db_blocker):
    """A SQLite file of the test's own, and a function that opens it as the settings say."""
    path = tmp_path / "db.sqlite3"
    with sqlite3.connect(path) as setup:
        setup.execute("PRAGMA journal_mode=WAL")  # as the site's first connection leaves it
        setup.execute("CREATE TABLE inquiry (name TEXT)")

    def open_with(options):
        connections[ALIAS] = DatabaseWrapper(
            {
                **connections["default"].settings_dict,
                "ENGINE": "django.db.backends.sqlite3",
                "NAME": str(path),
                "OPTIONS": options,
                "CONN_MAX_AGE": 0,
                "CONN_HEALTH_CHECKS": False,
            },
            alias=ALIAS,
        )
        connections[ALIAS].ensure_connection()
        return path

    with django_db_blocker.unblock():
        yield open_with
        connections[ALIAS].close()
        del connections[ALIAS]


def read_then_write_while_another_writes(path):
    """Our transaction reads, then writes while another process holds the write lock 0.5 s."""
    holding, done = threading.Event(), threading.Event()

    def write_slowly():
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN")
        other.execute("INSERT INTO inquiry VALUES ('first')")
        holding.set()
        time.sleep(0.5)
        other.execute("COMMIT")
        other.close()
        done.set()

    threading.Thread(target=write_slowly, daemon=True).start()
    assert holding.wait(timeout=10)
    try:
        with transaction.atomic(using=ALIAS), connections[ALIAS].cursor() as cursor:
            cursor.execute("SELECT count(*) FROM inquiry")
            cursor.execute("INSERT INTO inquiry VALUES ('second')")
        with connections[ALIAS].cursor() as cursor:
            cursor.execute("SELECT count(*) FROM inquiry")
            return cursor.fetchone()[0]
    finally:
        done.wait(timeout=10)


def test_a_transaction_that_reads_and_then_writes_waits_for_the_other_writer(sqlite_file):
    path = sqlite_file(settings.SQLITE_OPTIONS)
    assert read_then_write_while_another_writes(path) == 2


def test_with_sqlites_defaults_it_fails_so_the_test_above_can(sqlite_file):
    path = sqlite_file({"timeout": 5})
    with pytest.raises(OperationalError, match="locked"):
        read_then_write_while_another_writes(path)
