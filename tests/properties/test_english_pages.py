"""An English visitor reads each listing in English where its owner wrote English; what exists
in Norwegian only is shown marked lang="nb", and the page says so once, not per listing."""

import io
import json
from datetime import timedelta

import pytest
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images import get_image_model

from portal.models import OutboundEmail
from properties.factories import ListingFactory
from properties.models import AlertSubscription, ListingDocument, ListingImage
from properties.services import alerts_send
from tests.html import soup_of, text_of

pytestmark = pytest.mark.django_db

NOTE = ".language-note"


@pytest.fixture
def in_english(db):
    return ListingFactory(
        title="Kontorer ved elva",
        title_en="Offices by the river",
        description_en="<p>Bright rooms with a view of the water.</p>",
    )


@pytest.fixture
def in_norwegian(db):
    return ListingFactory(title="Lager på Holmen", description="<p>Lager med to porter.</p>")


def page_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return soup_of(response)


def card_titles(soup):
    return {a.get_text(strip=True): a.get("lang") for a in soup.select(".listing-card__title a")}


def test_the_english_listing_page_is_in_english(client, in_english):
    page = page_of(client, f"/en/premises/{in_english.slug}/")
    heading = page.select_one("h1")
    assert heading.get_text(strip=True) == "Offices by the river"
    assert heading.get("lang") is None
    assert (
        page.select_one(".prose").get_text(strip=True) == "Bright rooms with a view of the water."
    )
    assert page.select_one(".prose").get("lang") is None
    assert not page.select(NOTE)
    assert "Offices by the river" in page.title.get_text()


def test_norwegian_only_text_is_marked_and_said_once(client, in_norwegian):
    page = page_of(client, f"/en/premises/{in_norwegian.slug}/")
    heading = page.select_one("h1")
    assert (heading.get_text(strip=True), heading.get("lang")) == ("Lager på Holmen", "nb")
    assert page.select_one(".prose").get("lang") == "nb"
    assert page.select_one(".prose").get_text(strip=True) == "Lager med to porter."
    assert [note.get_text(strip=True) for note in page.select(NOTE)] == [
        "The owner has described these premises in Norwegian only."
    ]
    assert text_of(client.get(f"/en/premises/{in_norwegian.slug}/")).count("Norwegian only") == 1


def test_the_norwegian_page_is_norwegian_and_unmarked(client, in_english):
    page = page_of(client, f"/lokaler/{in_english.slug}/")
    assert page.select_one("h1").get_text(strip=True) == "Kontorer ved elva"
    assert not page.select("main [lang]")
    assert not page.select(NOTE)


def test_search_results_show_english_titles_and_one_note_for_the_rest(
    client, in_english, in_norwegian
):
    page = page_of(client, "/en/premises/")
    assert card_titles(page) == {"Offices by the river": None, "Lager på Holmen": "nb"}
    assert [note.get_text(strip=True) for note in page.select(NOTE)] == [
        "Some premises are described in Norwegian only."
    ]
    points = json.loads(page.select_one("[data-map] script").string)
    assert {(p["title"], p["lang"]) for p in points} == {
        ("Offices by the river", ""),
        ("Lager på Holmen", "nb"),
    }


def test_no_note_when_every_listing_shown_has_english(client, in_english):
    assert not page_of(client, "/en/premises/").select(NOTE)
    assert not page_of(client, "/lokaler/").select(NOTE)


def test_compare_and_home_use_the_english_titles(client, in_english, in_norwegian):
    compare = page_of(client, f"/en/premises/compare/?id={in_english.pk}&id={in_norwegian.pk}")
    headings = {a.get_text(strip=True): a.get("lang") for a in compare.select("thead th a")}
    assert headings == {"Offices by the river": None, "Lager på Holmen": "nb"}
    assert len(compare.select(NOTE)) == 1


def test_the_search_finds_the_english_title(client, in_english, in_norwegian):
    assert card_titles(page_of(client, "/en/premises/?q=river")) == {"Offices by the river": None}


def test_photos_are_described_in_the_pages_language(client, in_english, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    buffer = io.BytesIO()
    PILImage.new("RGB", (960, 600), (120, 100, 90)).save(buffer, "JPEG")
    for order, english in enumerate(["The entrance from the river", ""]):
        image = get_image_model().objects.create(
            title=f"foto-{order}", file=ImageFile(buffer, name=f"foto-{order}.jpg")
        )
        ListingImage.objects.create(
            listing=in_english,
            image=image,
            alt_text=f"Norsk bilde {order}",
            alt_text_en=english,
            sort_order=order,
        )
    photos = page_of(client, f"/en/premises/{in_english.slug}/").select(".gallery img")
    assert [(img["alt"], img.get("lang")) for img in photos] == [
        ("The entrance from the river", None),
        ("Norsk bilde 1", "nb"),
    ]
    photos = page_of(client, f"/lokaler/{in_english.slug}/").select(".gallery img")
    assert [(img["alt"], img.get("lang")) for img in photos] == [
        ("Norsk bilde 0", None),
        ("Norsk bilde 1", None),
    ]


def test_documents_are_named_in_the_pages_language(client, in_english, in_norwegian):
    for listing, english in ((in_english, "Floor plan"), (in_norwegian, "")):
        ListingDocument.objects.create(
            listing=listing,
            document=Document.objects.create(title="plan", file="documents/plan.pdf"),
            title="Plantegning",
            title_en=english,
        )

    def documents(url):
        return [
            (a.get_text(strip=True), a.get("lang"))
            for a in page_of(client, url).select(".document-list a")
        ]

    assert documents(f"/en/premises/{in_english.slug}/") == [("Floor plan", None)]
    assert documents(f"/en/premises/{in_norwegian.slug}/") == [("Plantegning", "nb")]
    assert documents(f"/lokaler/{in_english.slug}/") == [("Plantegning", None)]


def test_the_english_feed_has_english_titles(client, in_english):
    feed = client.get("/en/premises/feed/").content.decode()
    assert "<title>Offices by the river</title>" in feed
    assert "Bright rooms with a view of the water." in feed


def test_an_english_alert_lists_the_english_titles(client, in_english):
    subscription = AlertSubscription.objects.create(
        email="ola@investor.example",
        query="",
        frequency="daily",
        language="en",
        confirmed_at=in_english.first_published_at - timedelta(hours=1),
    )
    assert alerts_send(now=timezone.now() + timedelta(days=1)) == 1
    body = OutboundEmail.objects.get(to=[subscription.email]).body
    assert "- Offices by the river (" in body


def test_the_api_gives_the_english_title_beside_the_norwegian(client, in_english):
    results = client.get("/api/v1/properties/").json()["results"]
    assert [(r["title"], r["title_en"]) for r in results] == [
        ("Kontorer ved elva", "Offices by the river")
    ]
    detail = client.get(f"/api/v1/properties/{in_english.pk}/").json()
    assert detail["title_en"] == "Offices by the river"
    assert detail["description_en_html"] == "<p>Bright rooms with a view of the water.</p>"
