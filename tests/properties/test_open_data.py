"""Open data: the JSON API, the Atom feed and the sitemap."""

import pytest

from properties.factories import ListingFactory
from properties.models import Facility, Listing, PropertyKind
from properties.selectors import CappedPaginator
from tests.conftest import whole_sitemap

pytestmark = pytest.mark.django_db


def test_the_api_lists_published_premises_with_the_search_filters(client):
    office = ListingFactory(title="Kontor A", rent_per_m2=1500)
    ListingFactory(title="Butikk", kind=PropertyKind.objects.get(slug="handel"))
    ListingFactory(title="Kladd", live=False)
    ListingFactory(title="Utleid", status=Listing.Status.LET)

    data = client.get("/api/v1/properties/").json()
    assert data["count"] == 2
    assert {item["title"] for item in data["results"]} == {"Kontor A", "Butikk"}

    data = client.get("/api/v1/properties/?kind=kontor&rent_max=2000").json()
    assert [item["id"] for item in data["results"]] == [office.pk]
    assert data["results"][0]["url"] == f"/lokaler/{office.slug}/"


def test_api_detail_and_errors(client):
    listing = ListingFactory(description="<p>Lyse lokaler.</p>")
    Facility.objects.create(name="Heis", slug="heis", name_en="Lift")
    listing.facilities.add("Heis")
    listing.save()
    draft = ListingFactory(live=False)
    detail = client.get(f"/api/v1/properties/{listing.pk}/")
    assert detail.status_code == 200
    assert detail.json()["facilities"] == [{"slug": "heis", "name": "Heis", "name_en": "Lift"}]
    assert detail.json()["description_html"] == "<p>Lyse lokaler.</p>"
    assert detail.json()["organisation"] == listing.organisation.name
    assert client.get(f"/api/v1/properties/{draft.pk}/").status_code == 404

    bad = client.get("/api/v1/properties/?area_min=abc")
    assert bad.status_code == 400
    assert bad.json()["errors"]["area_min"] == ["Enter a whole number."]
    assert client.get("/api/v1/properties/?page_size=1000").status_code == 400
    assert client.get("/api/v1/properties/?page=abc").status_code in (400, 422)


def test_the_schema_documents_the_api(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/properties/" in schema["paths"]
    assert "/api/v1/properties/{listing_id}/" in schema["paths"]


def test_the_schema_says_the_count_is_capped(client):
    page = client.get("/api/v1/openapi.json").json()["components"]["schemas"]["ListingPage"]
    assert {"count", "count_capped"} <= set(page["required"])
    assert page["properties"]["count_capped"]["type"] == "boolean"
    assert "counted up to 1000" in page["properties"]["count"]["description"]


def test_the_api_counts_up_to_the_cap_and_says_so(client, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "COUNT_CAP", 3)
    ListingFactory.create_batch(5)
    ListingFactory(title="Butikk", kind=PropertyKind.objects.get(slug="handel"))

    data = client.get("/api/v1/properties/?page_size=2").json()
    assert (data["count"], data["count_capped"]) == (3, True)
    data = client.get("/api/v1/properties/?q=kontorlokale").json()
    assert (data["count"], data["count_capped"]) == (3, True)
    data = client.get("/api/v1/properties/?kind=handel").json()
    assert (data["count"], data["count_capped"]) == (1, False)

    # Past the cap the pages still hold the listings; past the end they are empty.
    pages = [client.get(f"/api/v1/properties/?page_size=2&page={n}").json() for n in (3, 4)]
    assert [len(page["results"]) for page in pages] == [2, 0]


def test_text_search_in_the_api_counts_every_match_below_the_cap(client, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "COUNT_CAP", 3)
    for title in ("Loft med takterrasse", "Kontor, takterrasse og heis", "Takterrasse i sentrum"):
        ListingFactory(title=title)
    ListingFactory.create_batch(2)
    data = client.get("/api/v1/properties/?q=takterrasse&page_size=2").json()
    assert (data["count"], data["count_capped"], len(data["results"])) == (3, False, 2)


@pytest.mark.parametrize("query", ["", "kind=kontor&rent_max=2000", "q=kontorlokale"])
def test_api_queries_do_not_grow_with_the_number_of_listings(
    client, django_assert_max_num_queries, query
):
    ListingFactory.create_batch(3)
    with django_assert_max_num_queries(100) as few:
        client.get(f"/api/v1/properties/?{query}")
    ListingFactory.create_batch(15)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(f"/api/v1/properties/?{query}")
    assert response.json()["count"] == 18


def test_the_atom_feed_has_new_listings(client):
    ListingFactory(title="Nytt kontor i sentrum")
    ListingFactory(title="Kladd", live=False)
    response = client.get("/lokaler/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert b"Nytt kontor i sentrum" in response.content
    assert b"Kladd" not in response.content


def test_listings_are_in_the_sitemap_in_both_languages(client):
    listing = ListingFactory()
    ListingFactory(slug="kladd", live=False)
    content = whole_sitemap(client)
    assert f"/lokaler/{listing.slug}/" in content
    assert f"/en/premises/{listing.slug}/" in content
    assert "/lokaler/kladd/" not in content


def test_many_listings_are_split_over_sitemap_files_the_index_lists(client, monkeypatch):
    from properties.sitemaps import ListingSitemap

    monkeypatch.setattr(ListingSitemap, "limit", 2)
    listings = ListingFactory.create_batch(5)
    index = client.get("/sitemap.xml").content.decode()
    assert "/sitemap-premises.xml?p=3</loc>" in index
    content = whole_sitemap(client)
    for listing in listings:
        assert f"/en/premises/{listing.slug}/" in content
