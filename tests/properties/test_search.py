"""The investor's search at /lokaler/: every filter narrows, bad input is answered, and the
number of queries does not grow with the number of listings."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from properties.factories import ListingFactory
from properties.models import District, Listing, PropertyKind
from properties.selectors import CappedPaginator
from sectors.models import FocusArea
from tests.html import soup_of, text_of
from tests.properties.conftest import answer_with_more_listings

pytestmark = pytest.mark.django_db

SEARCH = "/lokaler/"


def found(client, query=""):
    response = client.get(f"{SEARCH}?{query}")
    assert response.status_code == 200, response.content[:500]
    titles = [a.get_text(strip=True) for a in soup_of(response).select(".listing-card__title a")]
    return titles


@pytest.fixture
def market():
    """Five listings that differ in one way each from the first."""
    office = ListingFactory(title="Kontor ved elva", area_min=300, rent_per_m2=2000)
    shop = ListingFactory(
        title="Butikk på torget",
        kind=PropertyKind.objects.get(slug="handel"),
        district=District.objects.get(slug="bragernes"),
        area_min=150,
        rent_per_m2=3200,
    )
    big = ListingFactory(
        title="Stort lager",
        kind=PropertyKind.objects.get(slug="lager-logistikk"),
        area_min=2000,
        area_max=6000,
        rent_per_m2=900,
        latitude=Decimal("59.754200"),
        longitude=Decimal("10.242100"),
    )
    later = ListingFactory(title="Ledig til sommeren", available_from=date.today() + timedelta(120))
    later.facilities.add("Kantine")
    later.save()
    office.focus_areas.set([FocusArea.objects.get(slug="grunder")])
    office.save()
    return {"office": office, "shop": shop, "big": big, "later": later}


def test_all_listings_on_the_market_are_shown_with_a_count(client, market):
    response = client.get(SEARCH)
    assert "4 lokaler funnet" in text_of(response)


def test_drafts_let_and_archived_listings_are_not_in_the_search(client, market):
    ListingFactory(title="Kladd", live=False)
    ListingFactory(title="Utleid", status=Listing.Status.LET)
    ListingFactory(title="Arkivert", status=Listing.Status.ARCHIVED)
    titles = found(client)
    assert not {"Kladd", "Utleid", "Arkivert"} & set(titles)
    assert len(titles) == 4


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=handel", {"Butikk på torget"}),
        ("kind=handel&kind=lager-logistikk", {"Butikk på torget", "Stort lager"}),
        ("district=bragernes", {"Butikk på torget"}),
        ("area_min=1000", {"Stort lager"}),
        ("area_min=5000&area_max=5500", {"Stort lager"}),  # divisible 2000–6000 overlaps
        ("area_max=200", {"Butikk på torget"}),
        ("rent_max=1000", {"Stort lager"}),
        ("rent_min=3000", {"Butikk på torget"}),
        ("facility=kantine", {"Ledig til sommeren"}),
        ("focus=grunder", {"Kontor ved elva"}),
        ("max_distance=1000", {"Kontor ved elva", "Butikk på torget", "Ledig til sommeren"}),
        ("q=lager", {"Stort lager"}),
        ("q=torget&kind=handel", {"Butikk på torget"}),
    ],
)
def test_each_filter_narrows_the_result(client, market, query, expected):
    assert set(found(client, query)) == expected


def test_available_by_keeps_what_is_free_by_then(client, market):
    soon = (date.today() + timedelta(30)).isoformat()
    titles = found(client, f"available_by={soon}")
    assert "Ledig til sommeren" not in titles
    assert len(titles) == 3
    assert "Ledig til sommeren" in found(client, f"available_by={date.today() + timedelta(200)}")


def test_sorting(client, market):
    assert found(client, "sort=rent")[0] == "Stort lager"
    assert found(client, "sort=-area")[0] == "Stort lager"
    assert found(client, "sort=area")[0] == "Butikk på torget"
    assert found(client, "sort=distance")[-1] == "Stort lager"
    Listing.objects.filter(pk=market["shop"].pk).update(
        first_published_at=timezone.now() + timedelta(minutes=1)
    )
    assert found(client, "sort=newest")[0] == "Butikk på torget"


@pytest.mark.parametrize(
    "query",
    [
        "area_min=abc",
        "area_min=500&area_max=100",
        "kind=finnes-ikke",
        "available_by=31.02.2027",
        "sort=cheapest",
        "max_distance=7",
        "rent_max=-5",
        f"q={'x' * 500}",
    ],
)
def test_bad_filters_are_answered_with_a_message_and_400(client, market, query):
    response = client.get(f"{SEARCH}?{query}")
    assert response.status_code == 400
    soup = soup_of(response)
    assert soup.select(".error-summary li"), "the visitor is told what is wrong"


def test_errors_are_in_the_page_language(client, market):
    nb = client.get(f"{SEARCH}?area_min=abc")
    en = client.get("/en/premises/?area_min=abc")
    assert "Oppgi et heltall" in text_of(nb)
    assert "Enter a whole number" in text_of(en)


def test_a_search_is_a_shareable_address_and_pages_keep_it(client, market):
    for number in range(25):
        ListingFactory(title=f"Kontor {number}")
    response = client.get(f"{SEARCH}?kind=kontor&sort=rent")
    next_link = soup_of(response).select_one("a[rel=next]")["href"]
    assert "kind=kontor" in next_link
    assert "sort=rent" in next_link
    assert "page=2" in next_link
    assert client.get(f"{SEARCH}?kind=kontor&page=999").status_code == 200
    assert client.get(f"{SEARCH}?page=abc").status_code == 200


def test_the_map_loads_nothing_until_asked(client, market):
    soup = soup_of(client.get(SEARCH))
    map_block = soup.select_one("[data-map]")
    assert map_block is not None
    assert "tile.openstreetmap.org" not in str(soup.select("img, script[src], link[href]"))


@pytest.mark.parametrize("query", ["kind=kontor", "q=kontorlokale", "q=kontorlokale&sort=rent"])
def test_query_count_does_not_grow_with_the_number_of_listings(
    client, django_assert_max_num_queries, query
):
    response = answer_with_more_listings(client, f"{SEARCH}?{query}", django_assert_max_num_queries)
    assert response.status_code == 200


def test_a_broad_search_says_more_than_the_cap_instead_of_counting_everything(client, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "COUNT_CAP", 3)
    ListingFactory.create_batch(5)
    assert "Mer enn 3 lokaler funnet" in text_of(client.get(SEARCH))
    assert "Mer enn 3 lokaler funnet" in text_of(client.get(f"{SEARCH}?q=kontorlokale"))
    ListingFactory(title="Særegent loft")
    assert "1 lokale funnet" in text_of(client.get(f"{SEARCH}?q=s%C3%A6regent"))


def test_a_text_search_just_below_the_cap_counts_every_match(client, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "COUNT_CAP", 3)
    for title in ("Loft med takterrasse", "Kontor, takterrasse og heis", "Takterrasse i sentrum"):
        ListingFactory(title=title)
    ListingFactory(title="Loft med takterrasse, utleid", status=Listing.Status.LET)
    ListingFactory(title="Loft med takterrasse, kladd", live=False)
    ListingFactory.create_batch(2)
    assert "3 lokaler funnet" in text_of(client.get(f"{SEARCH}?q=takterrasse"))
    assert "1 lokale funnet" in text_of(client.get(f"{SEARCH}?q=takterrasse+heis"))
    ListingFactory(title="Lager med takterrasse")
    assert "Mer enn 3 lokaler funnet" in text_of(client.get(f"{SEARCH}?q=takterrasse"))


def test_a_text_search_counts_its_matches_without_ordering_them(client):
    """Ordered, the capped count walks every listing by id and tests its text (PostgreSQL)."""
    ListingFactory.create_batch(2)
    with CaptureQueriesContext(connection) as captured:
        client.get(f"{SEARCH}?q=kontorlokale")
    counts = [query["sql"] for query in captured if "COUNT(" in query["sql"].upper()]
    assert len(counts) == 1
    assert "ORDER BY" not in counts[0].upper()


@pytest.mark.parametrize("query", ["", "area_min=abc"])
def test_the_search_page_keeps_to_html(client, market, query):
    """What the Nu HTML Checker found: a live region inside the count's heading, and a number
    field that cannot hold the text it must show back."""
    soup = soup_of(client.get(f"{SEARCH}?{query}"))
    assert not soup.select(":is(h1, h2, h3, h4, h5, h6) [role], :is(h1, h2, h3, h4, h5, h6)[role]")
    area_min = soup.select_one("input[name=area_min]")
    assert area_min["type"] == "text"
    assert area_min["inputmode"] == "numeric"
    assert area_min.get("value", "") == ("abc" if query else "")
