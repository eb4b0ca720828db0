"""Every admin listing with a search box answers a search on SQLite and PostgreSQL alike,
whatever is typed, with the listing and what matched."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.snippets.models import get_snippet_models

from portal.models import PartnerOrganisation
from properties.factories import ListingFactory

pytestmark = pytest.mark.django_db

# Wagtail's own listings that take ?q=, beside every snippet's (read from the registry)
WAGTAIL_LISTINGS = [
    "/admin/pages/search/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/users/",
    "/admin/groups/",
    "/admin/redirects/",
    "/admin/forms/",
    "/admin/reports/site-history/",
    "/admin/reports/locked/",
    "/admin/reports/aging-pages/",
    "/admin/workflows/list/",
    "/admin/workflows/tasks/index/",
    "/admin/collections/",
    "/admin/locales/",
]
QUERIES = [
    "anything",
    "Tollbugata",
    "ø",
    "'\"%_\\",
    '"',
    '"Elvebyen Eiendom"',
    "kontor OR NOT lager",
    "title:x (y) ^z*",
    "a" * 300,
    "1",
    "*",
]


def snippet_listings():
    return [
        f"/admin/snippets/{model._meta.app_label}/{model._meta.model_name}/"
        for model in get_snippet_models()
    ]


@pytest.fixture
def superuser_client(client):
    client.force_login(get_user_model().objects.create_superuser("sok", "sok@example.com", "x"))
    return client


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("address", snippet_listings() + WAGTAIL_LISTINGS)
def test_every_admin_listing_answers_a_search(superuser_client, address, query):
    response = superuser_client.get(address, {"q": query})
    assert response.status_code == 200, (address, query, response.status_code)


def test_the_listing_search_finds_a_listing_by_its_title_and_by_its_address(superuser_client):
    ListingFactory(title="Kontorhuset ved elva", address="Tollbugata 20")
    ListingFactory(title="Lager på Holmen", address="Holmenveien 3")
    for query in ("Kontorhuset", "Tollbugata"):
        response = superuser_client.get("/admin/snippets/properties/listing/", {"q": query})
        html = response.content.decode()
        assert "Kontorhuset ved elva" in html, query
        assert "Lager på Holmen" not in html, query


def test_the_partner_search_finds_an_organisation_by_its_number(superuser_client):
    PartnerOrganisation.objects.create(
        name="Søkbar Eiendom AS", slug="sokbar", organisation_number="974760673"
    )
    response = superuser_client.get("/admin/snippets/portal/partnerorganisation/", {"q": "974760"})
    assert "Søkbar Eiendom AS" in response.content.decode()
