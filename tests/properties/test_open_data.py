"""Open data: the JSON API, the Atom feed and the sitemap."""

import pytest

from properties.factories import ListingFactory
from properties.forms import ListingSearchForm
from properties.models import Facility, Listing, PropertyKind
from properties.selectors import CappedPaginator
from tests.conftest import whole_sitemap
from tests.properties.conftest import answer_with_more_listings

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
    assert client.get("/api/v1/properties/?page=abc").status_code == 400


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/api/v1/properties/?page_size=null", "page_size"),
        ("/api/v1/properties/?page_size=101", "page_size"),
        ("/api/v1/properties/?page=0", "page"),
        ("/api/v1/properties/null%2Cnull/", "listing_id"),
    ],
)
def test_bad_parameters_are_answered_with_the_documented_error(client, path, field):
    """What schemathesis once found: an undocumented 422 with a list for its detail, and a 400
    for a page the schema called valid."""
    response = client.get(path)
    assert response.status_code == 400
    body = response.json()
    assert isinstance(body["detail"], str)
    assert list(body["errors"]) == [field]
    assert all(isinstance(message, str) for message in body["errors"][field])


def test_the_schema_lists_every_search_filter_with_its_limits(client):
    schema = client.get("/api/v1/openapi.json").json()
    search = schema["paths"]["/api/v1/properties/"]["get"]
    parameters = {parameter["name"]: parameter for parameter in search["parameters"]}
    assert set(parameters) == set(ListingSearchForm().fields) | {"page", "page_size"}
    assert parameters["page"]["schema"] == {"type": "integer", "minimum": 1, "default": 1}
    assert parameters["page_size"]["schema"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 20,
    }
    assert parameters["area_min"]["schema"] == {"type": "integer", "minimum": 0}
    assert parameters["available_by"]["schema"]["format"] == "date"
    assert "kontor" in parameters["kind"]["schema"]["items"]["enum"]
    assert parameters["kind"]["explode"] is True
    assert parameters["max_distance"]["schema"]["enum"] == [500, 1000, 2000, 5000, 10000]
    assert "at least area_min" in parameters["area_max"]["description"]
    assert parameters["sort"]["allowEmptyValue"] is True  # ?sort= is the default order
    assert "allowEmptyValue" not in parameters["kind"]
    detail = schema["paths"]["/api/v1/properties/{listing_id}/"]["get"]
    assert set(search["responses"]) == {"200", "400", "503"}
    assert set(detail["responses"]) == {"200", "400", "404", "503"}


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
    path = f"/api/v1/properties/?{query}"
    response = answer_with_more_listings(client, path, django_assert_max_num_queries)
    assert response.json()["count"] == 18


def test_the_atom_feed_has_new_listings(client):
    ListingFactory(title="Nytt kontor i sentrum")
    ListingFactory(title="Kladd", live=False)
    response = client.get("/lokaler/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert b"Nytt kontor i sentrum" in response.content
    assert b"Kladd" not in response.content


def test_the_atom_feed_honours_the_search_filters(client):
    ListingFactory(title="Kontor ved elva", area_min=300, area_max=500)
    ListingFactory(title="Butikk på torget", kind=PropertyKind.objects.get(slug="handel"))
    offices = client.get("/lokaler/feed/?kind=kontor&area_min=200").content.decode()
    assert "Kontor ved elva" in offices
    assert "Butikk på torget" not in offices
    # the feed and its page are the filtered search
    assert 'href="http://testserver/lokaler/feed/?kind=kontor&amp;area_min=200"' in offices
    assert 'href="http://testserver/lokaler/?kind=kontor&amp;area_min=200"' in offices
    shops = client.get("/lokaler/feed/?q=butikk").content.decode()
    assert "Butikk på torget" in shops
    assert "Kontor ved elva" not in shops


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/lokaler/feed/?area_min=abc", "Oppgi et heltall."),
        ("/en/premises/feed/?area_min=abc", "Enter a whole number."),
    ],
)
def test_the_atom_feed_answers_bad_filters_like_the_api(client, path, message):
    response = client.get(path)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["errors"] == {"area_min": [message]}


def test_the_search_page_links_the_feed_of_its_own_search(client):
    html = client.get("/lokaler/?kind=kontor&kampanje=kontorbyen~linkedin~social").content.decode()
    assert 'href="/lokaler/feed/?kind=kontor"' in html


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


def test_a_parameter_that_takes_one_value_given_twice_is_a_400_naming_it(client):
    response = client.get("/api/v1/properties/?q=kontor&q=lager&area_min=10&area_min=20")
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "q": ["Give this parameter once."],
        "area_min": ["Give this parameter once."],
    }


def test_parameters_that_take_several_values_may_be_repeated(client):
    response = client.get("/api/v1/properties/?kind=kontor&kind=handel&district=stromso")
    assert response.status_code == 200
