"""Premises at scale: SQL queries per page and latency with many listings.

Fills the database named by DATABASE_URL with generated listings (use a database of its own),
then requests the search page, filtered and free-text searches, a listing page and the API,
and prints queries per request and p50/p95 latency. Run from the project folder:

    createdb -h 127.0.0.1 -U postgres drammenworks_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/drammenworks_bench \\
        .venv/bin/python benchmarks/premises.py --listings 100000

Figures, not a test: nothing here fails on a slow machine.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django

django.setup()

from django.core.management import call_command
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from properties.geo import distance_to_station_m
from properties.models import District, Listing, PropertyKind

WORDS = [
    "lyse",
    "kontorer",
    "lager",
    "butikk",
    "elva",
    "stasjonen",
    "moderne",
    "fleksible",
    "kantine",
    "parkering",
    "utsikt",
    "fjorden",
    "sentrum",
    "industri",
    "logistikk",
]
BATCH = 2000


def fill(count):
    from portal.models import PartnerOrganisation

    existing = Listing.objects.filter(slug__startswith="bench-").count()
    if existing >= count:
        print(f"{existing} generated listings already present")
        return
    call_command("load_demo", "--skip-users", verbosity=0)
    organisation = PartnerOrganisation.objects.first()
    contact = organisation.contacts.first()
    kinds = list(PropertyKind.objects.all())
    districts = list(District.objects.all())
    rng = random.Random(42)
    now = timezone.now()
    started = time.perf_counter()
    for start in range(existing, count, BATCH):
        batch = []
        for number in range(start, min(count, start + BATCH)):
            lat = 59.70 + rng.random() * 0.08
            lng = 10.05 + rng.random() * 0.25
            area = rng.randint(20, 8000)
            kind = rng.choice(kinds)
            batch.append(
                Listing(
                    title=f"{kind.name} {number}",
                    slug=f"bench-{number}",
                    kind=kind,
                    district=rng.choice(districts),
                    address=f"Testgata {number}",
                    postcode="3040",
                    latitude=round(lat, 6),
                    longitude=round(lng, 6),
                    distance_to_station=distance_to_station_m(lat, lng),
                    area_min=area,
                    area_max=area + rng.choice([0, 0, 200, 1000]),
                    rent_per_m2=rng.randint(700, 4000),
                    energy_label=rng.choice("ABCDEFG") if kind.is_building else "",
                    description="<p>" + " ".join(rng.choices(WORDS, k=30)) + "</p>",
                    organisation=organisation,
                    contact=contact,
                    live=True,
                    first_published_at=now - timezone.timedelta(minutes=number),
                )
            )
        Listing.objects.bulk_create(batch)
        print(f"  {min(count, start + BATCH)} listings", end="\r", flush=True)
    print(f"\nCreated {count - existing} listings in {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    print(f"Search index built in {time.perf_counter() - started:.0f} s")


def measure(client, url, repeat):
    timings, queries = [], 0
    for _ in range(repeat):
        reset_queries()
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
    parser.add_argument("--listings", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    fill(args.listings)
    slug = Listing.objects.filter(slug__startswith="bench-").values_list("slug", flat=True)[0]
    pages = [
        ("search, no filter", "/lokaler/"),
        ("search, page 200", "/lokaler/?page=200"),
        (
            "kind + district + area",
            "/lokaler/?kind=kontor&district=stromso&area_min=200&area_max=2000",
        ),
        ("rent + distance, by rent", "/lokaler/?rent_max=1500&max_distance=2000&sort=rent"),
        ("free text", "/lokaler/?q=kantine+utsikt"),
        ("free text + filters", "/lokaler/?q=lager&kind=lager-logistikk&sort=distance"),
        ("listing page", f"/lokaler/{slug}/"),
        ("API list, filtered", "/api/v1/properties/?kind=kontor&rent_max=2000"),
        ("home page", "/"),
    ]
    client = Client()
    total = Listing.objects.count()
    print(f"\n{total} listings, {connection.vendor}, {args.repeat} requests each\n")
    print(f"{'page':28} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8}")
    for name, url in pages:
        queries, p50, p95 = measure(client, url, args.repeat)
        print(f"{name:28} {queries:>7} {p50:>8.1f} {p95:>8.1f}")


if __name__ == "__main__":
    main()
