"""The site search in both languages: premises (by title, kind and district), focus areas and
pages in groups of their own, and the way on to the premises search with the same words; and the
premises search field on the home page."""

import json
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from portal.factories import ContentPageFactory, publish_translation
from properties.factories import ListingFactory
from properties.models import District, PropertyKind
from sectors.models import FocusArea, FocusAreaIndexPage, FocusAreaPage
from tests.html import soup_of

pytestmark = pytest.mark.django_db


def url_in(language, name):
    with translation.override(language):
        return reverse(name)


def site_search(client, language, words):
    response = client.get(url_in(language, "search"), {"q": words})
    assert response.status_code == 200
    return soup_of(response)


def group_links(soup, key):
    """{link text: address} of one group of results (premises, focus-areas, pages)."""
    group = soup.find(id=f"search-{key}")
    if group is None:
        return {}
    section = group.find_parent("section")
    return {a.get_text(strip=True): a["href"] for a in section.select(".search-results a")}


def group_order(soup):
    return [heading["id"] for heading in soup.select("main h2[id^=search-]")]


@pytest.fixture
def premises(small_site):
    """An office whose title does not say so, a shop in Bragernes, and two offices a visitor
    must not find: a draft and one its owner has not confirmed for months."""
    District.objects.filter(slug="bragernes").update(name_en="Bragernes riverside")
    office = ListingFactory(title="Lyse lokaler ved elva", slug="lyse-lokaler")
    shop = ListingFactory(
        title="Butikk på torget",
        slug="butikk-pa-torget",
        kind=PropertyKind.objects.get(slug="handel"),
        district=District.objects.get(slug="bragernes"),
        address="Bragernes torg 2",
        description="<p>Butikk med store vinduer.</p>",
    )
    ListingFactory(title="Kontorutkast", slug="kontorutkast", live=False)
    ListingFactory(
        title="Glemt kontor", slug="glemt-kontor", confirmed_at=timezone.now() - timedelta(days=400)
    )
    return {"office": office, "shop": shop}


@pytest.fixture
def founders_page(small_site):
    home = small_site["home"]["nb"]
    index = home.add_child(instance=FocusAreaIndexPage(title="Satsingsområder", slug="sats"))
    index.save_revision().publish()
    publish_translation(index, "en", title="Focus areas", slug="focus-areas")
    page = index.add_child(
        instance=FocusAreaPage(
            title="Gründer",
            slug="grunder",
            focus_area=FocusArea.objects.get(slug="grunder"),
            body=json.dumps([]),
        )
    )
    page.save_revision().publish()
    return {"nb": page, "en": publish_translation(page, "en", title="Founders", slug="founders")}


def test_norwegian_search_for_kontor_lists_offices_by_their_kind(client, premises):
    found = group_links(site_search(client, "nb", "kontor"), "premises")
    assert found == {"Lyse lokaler ved elva": premises["office"].get_absolute_url()}
    assert found["Lyse lokaler ved elva"].startswith("/lokaler/")


def test_english_search_for_office_lists_offices_under_english_addresses(client, premises):
    found = group_links(site_search(client, "en", "office"), "premises")
    with translation.override("en"):
        address = premises["office"].get_absolute_url()
    assert found == {"Lyse lokaler ved elva": address}
    assert address.startswith("/en/premises/")


@pytest.mark.parametrize(
    ("language", "words", "expected"),
    [
        ("nb", "Bragernes", {"Butikk på torget"}),
        ("nb", "butikk", {"Butikk på torget"}),
        ("en", "retail", {"Butikk på torget"}),
        ("en", "riverside", {"Butikk på torget"}),
        ("nb", "handel Bragernes", {"Butikk på torget"}),
        ("nb", "handel Strømsø", set()),
    ],
)
def test_premises_are_found_by_title_kind_and_district(client, premises, language, words, expected):
    assert set(group_links(site_search(client, language, words), "premises")) == expected


def test_drafts_and_unconfirmed_premises_are_never_found(client, premises):
    for language, words in (("nb", "kontor"), ("nb", "glemt"), ("nb", "kontorutkast")):
        found = group_links(site_search(client, language, words), "premises")
        assert "Glemt kontor" not in found
        assert "Kontorutkast" not in found


@pytest.mark.parametrize(
    ("language", "words", "more_text"),
    [
        ("nb", "kontor", "Se 1 lokale som passer til «kontor» i søket etter lokaler"),
        ("en", "office", "See 1 premises matching “office” in the premises search"),
    ],
)
def test_premises_lead_on_to_the_premises_search_with_the_same_words(
    client, premises, language, words, more_text
):
    soup = site_search(client, language, words)
    more = soup.select_one(".search-group__more a")
    assert more.get_text(strip=True) == more_text
    address = urlsplit(more["href"])
    assert address.path == url_in(language, "properties:search")
    assert parse_qs(address.query) == {"q": [words]}
    listing_titles = [
        a.get_text(strip=True)
        for a in soup_of(client.get(more["href"])).select(".listing-card__title a")
    ]
    assert listing_titles == ["Lyse lokaler ved elva"]


def test_the_link_on_counts_every_match(client, premises):
    for number in range(6):
        ListingFactory(title=f"Kontor nummer {number}", slug=f"kontor-{number}")
    soup = site_search(client, "en", "office")
    assert len(group_links(soup, "premises")) == 5
    more = soup.select_one(".search-group__more a").get_text(strip=True)
    assert more == "See all 7 premises matching “office” in the premises search"


@pytest.mark.parametrize(
    ("language", "words", "title"),
    [("nb", "gründer", "Gründer"), ("en", "founders", "Founders"), ("en", "Gründer", "Founders")],
)
def test_focus_areas_have_a_group_of_their_own(client, founders_page, language, words, title):
    soup = site_search(client, language, words)
    assert group_links(soup, "focus-areas") == {title: founders_page[language].url}
    assert founders_page[language].url not in group_links(soup, "pages").values()


def test_groups_stand_premises_first_then_focus_areas_then_pages(
    client, small_site, premises, founders_page
):
    ListingFactory(title="Kontor for gründer", slug="kontor-for-grunder")
    page = ContentPageFactory(parent=small_site["home"]["nb"], title="Hjelp for gründer")
    soup = site_search(client, "nb", "gründer")
    assert group_order(soup) == ["search-premises", "search-focus-areas", "search-pages"]
    assert group_links(soup, "pages") == {"Hjelp for gründer": page.url}


def test_a_search_that_finds_nothing_says_so(client, premises):
    soup = site_search(client, "nb", "sjøfly")
    assert group_order(soup) == []
    assert "0 treff" in soup.select_one('[role="status"]').get_text()


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("nb", "Finn lokaler: kontor, lager, en bydel …"),
        ("en", "Find premises: office, warehouse, a district …"),
    ],
)
def test_home_page_search_field_submits_to_the_premises_search(
    client, small_site, premises, language, label
):
    soup = soup_of(client.get(small_site.url("home", language)))
    field = soup.find("label", string=label).find_next("input")
    form = field.find_parent("form")
    assert form["action"] == url_in(language, "properties:search")
    assert form.get("method", "get").lower() == "get"
    assert field["name"] == "q"
    answer = client.get(form["action"], {field["name"]: "Bragernes"})
    titles = [a.get_text(strip=True) for a in soup_of(answer).select(".listing-card__title a")]
    assert titles == ["Butikk på torget"]
