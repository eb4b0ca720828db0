from datetime import date, timedelta

import pytest

from properties.factories import ListingFactory, PartnerContactFactory
from properties.models import District, PropertyKind
from sectors.models import FocusArea
from tests.conftest import kept_for_the_module


@pytest.fixture
def listing(db):
    return ListingFactory(title="Elvekanten kontorhus", slug="elvekanten")


@pytest.fixture
def contact(db):
    return PartnerContactFactory()


def build_market():
    """An office with a facility and a focus area, a shop with a rent, a warehouse free in
    three months: something for every filter to find."""
    office = ListingFactory(title="Kontor ved elva", area_min=100, area_max=900)
    office.facilities.add("Kantine")
    office.focus_areas.set([FocusArea.objects.get(slug="grunder")])
    office.save()
    ListingFactory(
        title="Butikk på torget",
        kind=PropertyKind.objects.get(slug="handel"),
        district=District.objects.get(slug="bragernes"),
        area_min=150,
        rent_per_m2=3200,
    )
    ListingFactory(
        title="Lager på Brakerøya",
        kind=PropertyKind.objects.get(slug="lager-logistikk"),
        area_min=2000,
        rent_per_m2=900,
        available_from=date.today() + timedelta(days=90),
    )


@pytest.fixture(scope="module")
def _market_in_module(django_db_setup, django_db_blocker):
    with kept_for_the_module(django_db_blocker):
        yield build_market()


@pytest.fixture
def market(_market_in_module, db):
    """The market of `build_market`, built once for the module."""
    return _market_in_module


def answer_with_more_listings(client, path, django_assert_max_num_queries):
    """The answer to the path once 15 listings are added to 3, asserting that it took no more
    queries than with the 3."""
    ListingFactory.create_batch(3)
    with django_assert_max_num_queries(100) as few:
        client.get(path)
    ListingFactory.create_batch(15)
    with django_assert_max_num_queries(len(few.captured_queries)):
        return client.get(path)
