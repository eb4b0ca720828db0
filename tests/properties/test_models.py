"""What the listing model refuses and what it works out by itself."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from portal.validators import organisation_number_is_valid
from properties.factories import ListingFactory, PartnerContactFactory
from properties.geo import DRAMMEN_STATION, distance_m
from properties.models import PropertyKind


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("974760673", True),  # Brønnøysundregistrene
        ("923609016", True),
        ("974 760 673", True),
        ("974760674", False),  # wrong check digit
        ("97476067", False),
        ("9747606730", False),
        ("abcdefghi", False),
        ("", False),
    ],
)
def test_organisation_numbers_are_checked_with_modulus_11(number, valid):
    assert organisation_number_is_valid(number) is valid


def errors_of(listing):
    with pytest.raises(ValidationError) as caught:
        listing.full_clean()
    return caught.value.message_dict


@pytest.mark.django_db
def test_a_building_needs_an_energy_label_but_a_plot_does_not():
    office = ListingFactory.build(energy_label="", contact=PartnerContactFactory())
    assert "energy_label" in errors_of(office)

    plot = ListingFactory(energy_label="", kind=PropertyKind.objects.get(slug="tomt"))
    plot.full_clean()


@pytest.mark.django_db
def test_the_contact_must_work_for_the_owner():
    listing = ListingFactory()
    listing.contact = PartnerContactFactory()  # another organisation's person
    assert "contact" in errors_of(listing)


@pytest.mark.django_db
def test_area_range_and_reserved_addresses_are_refused():
    listing = ListingFactory(area_min=500)
    listing.area_max = 100
    listing.slug = "sammenlign"
    errors = errors_of(listing)
    assert "area_max" in errors
    assert "slug" in errors


@pytest.mark.django_db
def test_only_video_hosts_that_load_on_click_are_accepted():
    listing = ListingFactory()
    listing.video_url = "https://example.com/film.mp4"
    assert "video_url" in errors_of(listing)
    listing.video_url = "https://www.youtube.com/watch?v=abc123"
    listing.full_clean()


@pytest.mark.django_db
def test_distance_to_the_station_is_worked_out_on_save():
    at_the_station = ListingFactory(
        latitude=Decimal(str(DRAMMEN_STATION[0])), longitude=Decimal(str(DRAMMEN_STATION[1]))
    )
    assert at_the_station.distance_to_station == 0

    bragernes_torg = ListingFactory(latitude=Decimal("59.743900"), longitude=Decimal("10.204200"))
    # 0.00332° of latitude is about 370 m
    assert 350 < bragernes_torg.distance_to_station < 390


def test_distance_is_symmetric_and_about_right():
    oslo_s = (59.9111, 10.7528)
    assert distance_m(DRAMMEN_STATION, oslo_s) == distance_m(oslo_s, DRAMMEN_STATION)
    assert 35_000 < distance_m(DRAMMEN_STATION, oslo_s) < 37_000  # about 36 km


@pytest.mark.django_db
def test_undivided_premises_get_one_area():
    listing = ListingFactory(area_min=420, area_max=None)
    assert listing.area_max == 420
    assert listing.area_label == "420 m²"
    listing.area_max = 1200
    assert listing.area_label == "420–1\xa0200 m²"
