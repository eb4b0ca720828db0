"""A listing's address comes from its title under /lokaler/ (/en/premises/); a title that would
take the address of one of the section's own pages gets a message on the form, not an error
while saving — in the partner area and in the admin alike."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import URLPattern, get_resolver
from django.utils import translation

from properties.factories import ListingFactory
from properties.models import Listing
from properties.models.listings import RESERVED_SLUGS
from tests.html import soup_of

from .conftest import form_values, logged_in, new_listing_data, partner_url


def section_page_names(language):
    """The first part of every address of the premises section that is not a listing."""
    with translation.override(language):
        section = namespace_resolver(get_resolver(), "properties")
        names = set()
        for pattern in section.url_patterns:
            assert isinstance(pattern, URLPattern)
            first = str(pattern.pattern).split("/")[0]
            if first and "<" not in first:
                names.add(first)
        return names


def namespace_resolver(resolver, namespace):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLPattern):
            continue
        if pattern.namespace == namespace:
            return pattern
        if found := namespace_resolver(pattern, namespace):
            return found
    return None


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_page_of_the_premises_section_is_an_address_no_listing_may_take(language):
    names = section_page_names(language)
    assert "feed" in names
    assert names <= RESERVED_SLUGS


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("title", ["Feed", "Sammenlign", "compare", "VARSLER", "Alerts!"])
def test_a_partner_titling_a_listing_like_a_section_page_gets_a_message(
    client, world, title, language
):
    partner = logged_in(client, world.admin_a)
    with translation.override(language):
        data = new_listing_data(partner, title=title)
    response = partner.post(partner_url("listing_new", language), data)
    assert response.status_code == 400
    error = soup_of(response).select_one("#id_title_error").get_text(" ", strip=True)
    assert f"«{title}»" in error
    assert ("section's own pages" in error) == (language == "en")
    assert not Listing.objects.filter(title=title).exists()


def test_a_longer_title_with_the_same_word_is_taken(client, world):
    partner = logged_in(client, world.admin_a)
    data = new_listing_data(partner, title="Feed-huset på Strømsø")
    assert partner.post(partner_url("listing_new"), data).status_code == 302
    assert Listing.objects.get(title="Feed-huset på Strømsø").slug.startswith("feed-huset-")


@pytest.mark.django_db
@pytest.mark.parametrize("slug", sorted(RESERVED_SLUGS))
def test_an_editor_giving_a_listing_a_section_pages_slug_gets_a_message(client, slug):
    listing = ListingFactory(title="Kontorhuset", slug="kontorhuset")
    client.force_login(get_user_model().objects.create_superuser("r", "r@example.com", "x"))
    url = f"/admin/snippets/properties/listing/edit/{listing.pk}/"
    data = form_values(client.get(url), "form#w-editor-form")
    response = client.post(url, {**data, "slug": slug, "title": slug.title()})
    assert response.status_code == 200
    assert f"/lokaler/{slug}/" in " ".join(response.context["form"].errors["slug"])
    listing.refresh_from_db()
    assert listing.slug == "kontorhuset"
