"""Facilities are tags named in both languages: partners add them, editors name them in English,
and visitors read them in the page's language."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from properties.factories import ListingFactory
from properties.models import Facility
from tests.html import soup_of

pytestmark = pytest.mark.django_db


def test_an_editor_gives_a_partners_new_facility_its_english_name(client):
    facility = Facility.objects.create(name="Badstue")
    editor = get_user_model().objects.create_user("redaktor-test", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    index = client.get("/admin/snippets/properties/facility/")
    assert index.status_code == 200
    assert "Badstue" in index.content.decode()
    edit_url = f"/admin/snippets/properties/facility/edit/{facility.pk}/"
    response = client.post(edit_url, {"name": "Badstue", "name_en": "Sauna", "slug": "badstue"})
    assert response.status_code == 302, soup_of(response).select(".error-message")
    facility.refresh_from_db()
    assert facility.name_en == "Sauna"


def test_the_search_filter_names_facilities_in_the_pages_language_and_order(client):
    listing = ListingFactory()
    listing.facilities.add(
        Facility.objects.create(name="Heis", name_en="Lift"),
        Facility.objects.create(name="Kantine", name_en="Canteen"),
    )
    listing.save()
    Facility.objects.create(name="Badstue", name_en="Sauna")  # on no listing: no filter

    def labels(url):
        form = soup_of(client.get(url))
        return [label.get_text(strip=True) for label in form.select("[for^=id_facility_]")]

    assert labels("/lokaler/") == ["Heis", "Kantine"]
    assert labels("/en/premises/") == ["Canteen", "Lift"]


def test_the_search_offers_a_facility_as_soon_as_a_listing_has_it_and_its_new_name(client):
    def labels():
        form = soup_of(client.get("/en/premises/"))
        return [label.get_text(strip=True) for label in form.select("[for^=id_facility_]")]

    listing = ListingFactory()
    assert labels() == []  # the choices are kept in the cache from here

    listing.facilities.add(Facility.objects.create(name="Takterrasse"))
    listing.save()
    assert labels() == ["Takterrasse"]

    facility = Facility.objects.get(name="Takterrasse")
    facility.name_en = "Roof terrace"
    facility.save()
    assert labels() == ["Roof terrace"]
