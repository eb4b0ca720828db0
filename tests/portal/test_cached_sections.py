"""The home page keeps what it shows under its hero in the cache for a minute at most, and never
past a change: a page published, a listing on the market, new renditions of a picture."""

import pytest
from bs4 import BeautifulSoup

from portal.factories import FourKPageFactory
from portal.models import HomePage
from portal.pictures import KINDS
from portal.renditions import renditions_make
from properties.factories import ListingFactory
from properties.models import ListingImage
from tests.images import library_image

pytestmark = pytest.mark.usefixtures("uploads_in_tmp")


def home_text(client):
    return BeautifulSoup(client.get("/").content, "html.parser").main.get_text(" ", strip=True)


def test_a_new_four_k_page_shows_on_the_next_view(client, small_site):
    assert "Kompakt" not in home_text(client)

    home = HomePage.objects.get(pk=small_site["home"]["nb"].pk)
    page = FourKPageFactory(parent=home, title="Kompakt", slug="kompakt", teaser="Ti minutter.")
    page.save_revision().publish()  # as an editor publishes it

    assert "Ti minutter." in home_text(client)


def test_a_new_listing_on_the_market_shows_on_the_next_view(client, small_site):
    home_text(client)

    ListingFactory(title="Nytt kontor ved elva")

    assert "Nytt kontor ved elva" in home_text(client)


def test_new_renditions_replace_the_original_on_the_kept_page(client, small_site):
    image = library_image("Fasade", "f.jpg", (800, 520), (120, 100, 90))
    ListingImage.objects.create(listing=ListingFactory(), image=image, alt_text="Fasaden")

    def card_image():
        page = BeautifulSoup(client.get("/").content, "html.parser")
        return page.select_one(".listing-card img")

    assert card_image()["src"] == image.file.url
    renditions_make(image=image, kinds=[KINDS["listing_card"]])
    assert card_image().find_parent("picture")
