"""Synthetic listings for benchmarks: many, fast, and searchable.

Listings are bulk-inserted with varied, realistic text. On PostgreSQL their search-index
entries are built in one SQL statement (the same columns Wagtail's index fills, from the same
fields), because indexing 100,000 objects one by one through Python takes minutes; on other
databases Wagtail's own indexer is used.
"""

import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from wagtail.search.backends import get_search_backend

from portal.models import PartnerContact
from properties.geo import distance_to_station_m
from properties.models import District, Facility, Listing, ListingFacility, PropertyKind

BATCH = 5000
SLUG_PREFIX = "seed-"

STREETS = [
    "Tollbugata",
    "Nedre Storgate",
    "Øvre Storgate",
    "Kirkegata",
    "Engene",
    "Grønland",
    "Strømsø torg",
    "Bragernes torg",
    "Brakerøyaveien",
    "Gulskogen allé",
    "Ytre Ringvei",
    "Industriveien",
    "Fjellsveien",
    "Konnerudgata",
    "Danvikgata",
    "Holmen",
    "Strandveien",
    "Rosenkrantzgata",
    "Schwenckegata",
    "Tordenskiolds gate",
    "Kobbervikdalen",
    "Svelviksveien",
    "Lierstranda",
    "Krokstadveien",
    "Mjøndalsveien",
    "Vinjesgate",
    "Haugesgate",
    "Skolegata",
]
QUALITIES = [
    "lyse",
    "moderne",
    "nyoppussede",
    "fleksible",
    "effektive",
    "representative",
    "rimelige",
    "romslige",
    "særpregede",
    "energieffektive",
    "klimavennlige",
    "tilpasningsdyktige",
]
FEATURES = [
    "kantine",
    "takterrasse",
    "elbillading",
    "sykkelparkering",
    "garderobe med dusj",
    "fiber",
    "varemottak",
    "kjøling",
    "heis",
    "møterom",
    "resepsjon",
    "treningsrom",
    "felles lounge",
    "portrom",
    "kranbane",
    "høy takhøyde",
    "butikkvindu",
    "utsikt over elva",
    "fjordutsikt",
    "parkeringskjeller",
    "trinnfri adkomst",
    "solceller",
    "fjernvarme",
    "ventilasjon",
]
PLACES = [
    "stasjonen",
    "elva",
    "torget",
    "fjorden",
    "E18",
    "havna",
    "universitetet",
    "sykehuset",
    "bussterminalen",
    "marka",
    "sentrum",
    "kjøpesenteret",
    "motorveien",
    "gågata",
]


def description(rng):
    quality, other = rng.sample(QUALITIES, 2)
    features = rng.sample(FEATURES, 3)
    place = rng.choice(PLACES)
    return (
        f"<p>{quality.capitalize()} og {other} lokaler nær {place}. "
        f"Her er {features[0]}, {features[1]} og {features[2]}. "
        f"Kort vei til {rng.choice(PLACES)} og {rng.choice(PLACES)}.</p>"
    )


class Command(BaseCommand):
    help = "Create N synthetic listings quickly (bulk inserts) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, required=True)
        parser.add_argument("--seed", type=int, default=2016)

    def handle(self, *args, count, seed, **options):
        contact = PartnerContact.objects.select_related("organisation").first()
        if contact is None:
            raise CommandError("Run `manage.py load_demo` first: listings need an owner.")
        existing = Listing.objects.filter(slug__startswith=SLUG_PREFIX).count()
        if existing >= count:
            self.stdout.write(f"{existing} synthetic listings already present.")
            return
        started = time.perf_counter()
        rng = random.Random(seed + existing)  # noqa: S311 - made-up data, not secrets
        first_id = self.insert(contact, range(existing, count), rng)
        self.stdout.write(
            f"Created {count - existing} listings in {time.perf_counter() - started:.0f} s."
        )
        started = time.perf_counter()
        self.index(first_id)
        self.stdout.write(f"Indexed them for search in {time.perf_counter() - started:.0f} s.")

    def insert(self, contact, numbers, rng):
        kinds = list(PropertyKind.objects.all())
        districts = list(District.objects.all())
        facilities = list(Facility.objects.values_list("pk", flat=True))
        now = timezone.now()
        first_id = None
        batch, tagged = [], []
        for number in numbers:
            kind = rng.choice(kinds)
            street = rng.choice(STREETS)
            lat, lng = 59.70 + rng.random() * 0.08, 10.05 + rng.random() * 0.25
            area = rng.choice([40, 80, 150, 250, 400, 800, 1500, 3000, 6000]) + rng.randint(0, 99)
            batch.append(
                Listing(
                    title=f"{kind.name} i {street} {number}",
                    slug=f"{SLUG_PREFIX}{number}",
                    kind=kind,
                    district=rng.choice(districts),
                    address=f"{street} {rng.randint(1, 120)}",
                    postcode=f"30{rng.randint(10, 60)}",
                    latitude=round(lat, 6),
                    longitude=round(lng, 6),
                    distance_to_station=distance_to_station_m(lat, lng),
                    area_min=area,
                    area_max=area + rng.choice([0, 0, 0, 200, 1000]),
                    rent_per_m2=rng.randint(600, 4500) if kind.is_building else None,
                    sale_price=None if kind.is_building else area * rng.randint(1500, 4000),
                    energy_label=rng.choice("ABCDEFG") if kind.is_building else "",
                    status=rng.choice(["available"] * 8 + ["negotiating", "let"]),
                    description=description(rng),
                    organisation_id=contact.organisation_id,
                    contact=contact,
                    live=True,
                    first_published_at=now - timezone.timedelta(minutes=number),
                    confirmed_at=now,
                )
            )
            tagged.append(rng.sample(facilities, min(len(facilities), rng.randint(0, 4))))
            if len(batch) == BATCH:
                saved_from = self.save(batch, tagged)
                first_id = first_id or saved_from
                batch, tagged = [], []
        if batch:
            saved_from = self.save(batch, tagged)
            first_id = first_id or saved_from
        return first_id

    def save(self, batch, tagged):
        """The listings and, for each, the ids of its facilities."""
        with transaction.atomic():
            created = Listing.objects.bulk_create(batch)
            ListingFacility.objects.bulk_create(
                ListingFacility(content_object_id=listing.pk, tag_id=facility)
                for listing, facilities in zip(created, tagged, strict=True)
                for facility in facilities
            )
        self.stdout.write(f"  {created[-1].slug}", ending="\r")
        self.stdout.flush()
        return created[0].pk

    def index(self, first_id):
        if connection.vendor != "postgresql":
            index = get_search_backend().get_index_for_model(Listing)
            queryset = Listing.get_indexed_objects().filter(pk__gte=first_id).order_by("pk")
            for start in range(0, queryset.count(), 1000):
                index.add_items(Listing, list(queryset[start : start + 1000]))
            return
        config = get_search_backend().config
        config_sql = f"'{config}'::regconfig, " if config else ""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT id FROM django_content_type WHERE app_label = 'properties' "
                "AND model = 'listing'"
            )
            content_type_id = cursor.fetchone()[0]
            body_text = (
                "l.address || ' ' || regexp_replace(l.description, '<[^>]+>', ' ', 'g') || ' ' "
                "|| d.name || ' ' || k.name || ' ' || k.name_en || ' ' || o.name"
            )
            # Only the search configuration name (from settings) is formatted into the SQL.
            cursor.execute(
                f"""
                INSERT INTO wagtailsearch_indexentry
                    (content_type_id, object_id, title_norm, title, autocomplete, body,
                     title_text, body_text)
                SELECT %s, l.id::text, 1.0,
                    setweight(to_tsvector({config_sql}l.title), 'A'),
                    to_tsvector('simple', l.title),
                    setweight(to_tsvector({config_sql}l.address), 'B')
                        || to_tsvector({config_sql}{body_text}),
                    l.title, {body_text}
                FROM properties_listing l
                JOIN properties_district d ON d.id = l.district_id
                JOIN properties_propertykind k ON k.id = l.kind_id
                JOIN portal_partnerorganisation o ON o.id = l.organisation_id
                WHERE l.id >= %s
                ON CONFLICT (content_type_id, object_id) DO NOTHING
                """,
                [content_type_id, first_id],
            )
            cursor.execute("ANALYZE properties_listing")
            cursor.execute("ANALYZE wagtailsearch_indexentry")
            cursor.execute("ANALYZE properties_listingfacility")
