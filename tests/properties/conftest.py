import pytest
from bs4 import BeautifulSoup

from properties.factories import ListingFactory, PartnerContactFactory


@pytest.fixture
def listing(db):
    return ListingFactory(title="Elvekanten kontorhus", slug="elvekanten")


@pytest.fixture
def contact(db):
    return PartnerContactFactory()


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(response):
    return soup_of(response).find("main").get_text(" ", strip=True)
