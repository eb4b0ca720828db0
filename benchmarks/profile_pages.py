"""CPU per request, SQL queries and a cProfile of the pages visitors open first.

Runs the pages through Django's WSGI handler in this process, as gunicorn calls it (not the test
client, whose template instrumentation costs more than some pages), with the settings it is
given (production-like: DEBUG off). CPU time is this process's, so other work on the machine
hardly moves it. By hand, after `load_demo`:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/drammenworks DEBUG=0 \\
        .venv/bin/python benchmarks/profile_pages.py --repeat 50
    ... benchmarks/profile_pages.py --profile /kampanjer/kontorbyen/   # the 25 costliest calls

Figures, not a test: nothing here fails on a slow machine.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DEBUG", "0")

from django.core.handlers.wsgi import WSGIHandler
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

import benchmarks.standalone  # noqa: F401 - Django set up before the models below
from properties.models import Listing

PAGES = [
    ("home", "/"),
    ("search", "/lokaler/"),
    ("listing", None),
    ("campaign", "/kampanjer/kontorbyen/"),
]


def listing_url():
    listing = Listing.objects.on_the_market().order_by("pk").first()
    return listing.get_absolute_url()


class Visitor:
    """Requests over HTTPS through a proxy, answered by the WSGI handler. Without a user agent,
    as a load tester sends them: the visit counters take it for a robot and write nothing."""

    def __init__(self):
        self.handler = WSGIHandler()
        self.requests = RequestFactory(headers={"x-forwarded-proto": "https"})

    def get(self, url):
        response = self.handler.get_response(self.requests.get(url))
        response.close()
        return response


def measure(client, url, repeat):
    """(queries, median CPU ms, median wall ms) after one warm-up request."""
    client.get(url)
    cpu, wall, queries = [], [], 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            cpu_started, wall_started = time.process_time(), time.perf_counter()
            response = client.get(url)
            cpu.append((time.process_time() - cpu_started) * 1000)
            wall.append((time.perf_counter() - wall_started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured)
    return queries, statistics.median(cpu), statistics.median(wall)


def profile(client, url, limit=25):
    client.get(url)
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for _ in range(10):
        client.get(url)
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(limit)
    stats.sort_stats("tottime").print_stats(limit)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--profile", metavar="URL", help="profile ten requests of this page")
    args = parser.parse_args()
    client = Visitor()
    if args.profile:
        profile(client, args.profile)
        return
    print(f"{args.repeat} requests per page after one warm-up; medians")
    print(f"{'page':10} {'queries':>7} {'CPU ms':>8} {'wall ms':>8}")
    for name, url in PAGES:
        queries, cpu, wall = measure(client, url or listing_url(), args.repeat)
        print(f"{name:10} {queries:>7} {cpu:>8.1f} {wall:>8.1f}")


if __name__ == "__main__":
    main()
