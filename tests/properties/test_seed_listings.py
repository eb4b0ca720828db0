"""seed_listings: many synthetic listings, findable by the search like real ones."""

import pytest
from django.core.management import CommandError, call_command

from properties.factories import PartnerContactFactory
from properties.models import Facility, Listing

pytestmark = pytest.mark.django_db


def test_seeded_listings_are_published_searchable_and_not_duplicated(client):
    PartnerContactFactory()
    canteen = Facility.objects.create(name="Kantine", slug="kantine")
    Facility.objects.create(name="Heis", slug="heis")
    call_command("seed_listings", "--count", "40", verbosity=0)
    assert Listing.objects.filter(slug__startswith="seed-", live=True).count() == 40
    call_command("seed_listings", "--count", "40", verbosity=0)
    assert Listing.objects.count() == 40

    listing = Listing.objects.filter(slug__startswith="seed-").exclude(status="let").first()
    street = listing.address.rsplit(" ", 1)[0]
    response = client.get("/api/v1/properties/", {"q": f"{listing.title}", "page_size": 100})
    assert listing.pk in [item["id"] for item in response.json()["results"]], street

    with_canteen = Listing.objects.filter(facilities=canteen, status="available")
    assert 0 < with_canteen.count() < 40  # facilities too, as real listings have them
    found = client.get("/api/v1/properties/", {"facility": "kantine", "page_size": 100}).json()
    assert {item["id"] for item in found["results"]} >= set(
        with_canteen.values_list("pk", flat=True)
    )


def test_seeding_needs_an_owner():
    with pytest.raises(CommandError):
        call_command("seed_listings", "--count", "5", verbosity=0)
