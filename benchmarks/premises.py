"""Premises at scale: SQL queries per page and server time with many listings.

`make bench` runs it against PostgreSQL after `seed_listings --count 100000`. By hand:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/drammenworks_bench \\
        .venv/bin/python benchmarks/premises.py --repeat 30

Figures, not a test: nothing here fails on a slow machine.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import benchmarks.standalone  # noqa: F401 - Django set up before the models below
from properties.models import Listing

CASES = [
    ("filters: none (newest first)", "/lokaler/"),
    ("filters: kind+district+area", "/lokaler/?kind=kontor&district=stromso&area_max=1000"),
    ("filters: rent+available, by rent", "/lokaler/?rent_max=1500&available_by=2027-06-01"),
    ("filters: sorted by distance", "/lokaler/?kind=lager-logistikk&sort=distance"),
    ("filters: deep page", "/lokaler/?page=200"),
    ("filters: two facilities", "/lokaler/?facility=kantine&facility=heis&kind=kontor"),
    ("text: one word", "/lokaler/?q=takterrasse"),
    ("text: two words", "/lokaler/?q=fjordutsikt+kantine"),
    ("text: street and number", "/lokaler/?q=Tollbugata+17"),
    ("text + filters", "/lokaler/?q=elbillading&kind=kontor&area_min=200"),
    ("text + filters, by distance", "/lokaler/?q=varemottak&sort=distance&max_distance=5000"),
    ("listing page", None),
    ("API: list, no filters", "/api/v1/properties/"),
    ("API: filtered list", "/api/v1/properties/?kind=kontor&rent_max=2000"),
    ("API: text search", "/api/v1/properties/?q=heis+fiber"),
    ("API: detail", None),
    # pages that show premises among other things
    ("home page", "/"),
    ("campaign page", "/kampanjer/kontorbyen/"),
    ("focus-area page", "/satsingsomrader/eiendomsutvikling/"),
    ("partner directory", "/partnere/"),
    ("search: one owner", "/lokaler/?owner=elvebyen-eiendom"),
    ("sitemap index", "/sitemap.xml"),
    ("sitemap: premises, page 40", "/sitemap-premises.xml?p=40"),
]


def measure(client, url, repeat):
    client.get(url)  # warm caches (renditions, site root paths) as in a running server
    timings, queries = [], 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured)
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    return queries, statistics.median(timings), p95


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    listing = Listing.objects.filter(slug__startswith="seed-").order_by("pk").first()
    client = Client()
    total = Listing.objects.count()
    print(f"\n{total:,} listings on {connection.vendor}; {args.repeat} requests per case")
    print("server time inside Django (test client), after one warm-up request\n")
    print(f"{'case':36} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8}")
    for name, url in CASES:
        if name == "listing page":
            url = listing.get_absolute_url()
        elif name == "API: detail":
            url = f"/api/v1/properties/{listing.pk}/"
        queries, p50, p95 = measure(client, url, args.repeat)
        print(f"{name:36} {queries:>7} {p50:>8.1f} {p95:>8.1f}")


if __name__ == "__main__":
    main()
