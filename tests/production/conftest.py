"""The production stage: the README's production steps on loopback, once per session.

`make test` runs this directory as its own pytest invocation. With DATABASE_URL naming a
PostgreSQL database it works in a fresh `<name>_production` beside it; without, in a SQLite
file. Static files, uploads and logs go to a temporary folder, never into the repository.
"""

import json
import os
import time

import pytest

from tests.production.stage import (
    SLOWEST,
    TIMINGS,
    VARNISHD,
    ProductionSite,
    Varnish,
    free_port,
    reserve_port,
    run_step,
)


def pytest_terminal_summary(terminalreporter):
    if TIMINGS:
        terminalreporter.section("production stage: seconds per step")
        for name, seconds in TIMINGS.items():
            terminalreporter.write_line(f"{seconds:7.1f}  {name}")
    if SLOWEST:
        terminalreporter.section("production stage: slowest first answers")
        for answer in sorted(SLOWEST, key=lambda answer: -answer.seconds)[:8]:
            terminalreporter.write_line(str(answer))


@pytest.fixture(scope="session")
def production_site(tmp_path_factory):
    """Built, migrated, static files collected, demo content loaded, gunicorn answering."""
    started = time.monotonic()
    folder = tmp_path_factory.mktemp("production")
    port, held = reserve_port(os.environ.get("GUNICORN_TEST_PORTS", "8400-8499"))
    site = ProductionSite(folder, port, held=held)
    try:
        run_step("building the site", site.build)
        run_step("starting gunicorn", site.start)
        TIMINGS.update(site.timings)
        TIMINGS["setup in all"] = time.monotonic() - started
        yield site
    finally:
        site.stop()
        TIMINGS["production stage in all"] = time.monotonic() - started


@pytest.fixture(scope="session")
def key_paths(production_site):
    """name → path of the pages every run must answer (tests/production/key_pages.py)."""
    output = run_step(
        "reading the key pages",
        lambda: production_site.manage(
            "shell", "-v0", "-c", "from tests.production.key_pages import show; show()"
        ),
    )
    return json.loads(output.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def varnish(production_site, tmp_path_factory):
    """Varnish with the shipped VCL in front of the stage's gunicorn."""
    if not VARNISHD.exists():
        if os.environ.get("REQUIRE_VARNISH") == "1":
            pytest.fail(f"REQUIRE_VARNISH=1 but {VARNISHD} is missing (apt-get install varnish)")
        pytest.skip(f"{VARNISHD} is missing (apt-get install varnish)")
    ports = os.environ.get("VARNISH_TEST_PORTS", "6100-6199")
    port = free_port(ports)
    purge_port = free_port(f"{port + 1}-{ports.split('-')[1]}")
    cache = Varnish(tmp_path_factory.mktemp("varnish"), production_site.port, port, purge_port)
    try:
        run_step("starting varnishd", cache.start)
        yield cache
    finally:
        cache.stop()


@pytest.fixture(scope="session")
def editor(production_site, varnish):
    """Do as an editor would (tests/production/editor.py), with purges going to this Varnish;
    what the call printed."""

    def run(call):
        return run_step(
            f"editor.{call}",
            lambda: production_site.manage(
                "shell",
                "-v0",
                "-c",
                f"from tests.production import editor; editor.{call}",
                extra_env={"FRONTEND_CACHE_URL": varnish.purge_url},
            ),
        )

    return run
