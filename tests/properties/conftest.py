import pytest

from properties.factories import ListingFactory, PartnerContactFactory


@pytest.fixture
def listing(db):
    return ListingFactory(title="Elvekanten kontorhus", slug="elvekanten")


@pytest.fixture
def contact(db):
    return PartnerContactFactory()
