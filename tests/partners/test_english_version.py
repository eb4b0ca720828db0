"""A partner organisation that markets in English sends no listing for approval without its
English title and description; one that does not may leave them out. A draft can always be
saved without them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import WorkflowState

from properties.models import Listing
from tests.html import soup_of

from .conftest import draft_listing, form_values, listing_post, logged_in, partner_url


@pytest.fixture
def markets_in_english(world):
    world.org_a.markets_in_english = True
    world.org_a.save()
    yield world.org_a
    world.org_a.markets_in_english = False  # the database is rolled back, the object is not


def errors_of(response):
    return {
        item["href"].removeprefix("#id_"): item.get_text(" ", strip=True)
        for item in soup_of(response).select("#error-summary li a")
    }


def in_review(listing):
    return WorkflowState.objects.for_instance(listing).filter(status="in_progress").exists()


def test_the_form_asks_for_the_english_in_a_group_of_its_own(client, world):
    page = soup_of(logged_in(client, world.admin_a).get(partner_url("listing_new")))
    group = next(
        fieldset
        for fieldset in page.select("fieldset.form-section")
        if fieldset.legend.get_text(strip=True) == "Engelsk versjon"
    )
    names = [field["name"] for field in group.select("input[name], textarea[name]")]
    assert names == ["title_en", "description_en_text"]
    photo_fields = {field["name"] for field in page.select("[name^=photos-0-]")}
    assert "photos-0-alt_text_en" in photo_fields


def test_submitting_without_english_is_refused_in_norwegian(client, world, markets_in_english):
    partner = logged_in(client, world.admin_a)
    response = partner.post(partner_url("listing_new"), listing_post(world, action="submit"))
    assert response.status_code == 400
    errors = errors_of(response)
    assert set(errors) == {"title_en", "description_en_text"}
    assert "Alfa Eiendom AS markedsfører lokalene sine på engelsk" in errors["title_en"]
    assert "engelsk tittel" in errors["title_en"]
    assert "engelsk beskrivelse" in errors["description_en_text"]
    assert not Listing.objects.filter(title="Alfa Kontorhus, nye flater").exists()


def test_the_refusal_is_in_english_on_the_english_partner_area(client, world, markets_in_english):
    partner = logged_in(client, world.admin_a)
    response = partner.post(partner_url("listing_new", "en"), listing_post(world, action="submit"))
    assert response.status_code == 400
    errors = errors_of(response)
    assert "Alfa Eiendom AS markets its premises in English" in errors["title_en"]
    assert "an English description" in errors["description_en_text"]


def test_a_draft_is_saved_without_english_all_the_same(client, world, markets_in_english):
    partner = logged_in(client, world.admin_a)
    response = partner.post(partner_url("listing_new"), listing_post(world, action="save"))
    assert response.status_code == 302
    assert Listing.objects.get(title="Alfa Kontorhus, nye flater").title_en == ""


def test_with_english_title_and_description_it_goes_for_approval(client, world, markets_in_english):
    partner = logged_in(client, world.admin_a)
    english = {"title_en": "New offices by the river", "description_en_text": "Bright offices."}
    response = partner.post(
        partner_url("listing_new"), listing_post(world, action="submit", **english)
    )
    assert response.status_code == 302
    listing = Listing.objects.get(title="Alfa Kontorhus, nye flater")
    assert (listing.title_en, listing.description_en) == (
        "New offices by the river",
        "<p>Bright offices.</p>",
    )
    assert in_review(listing)


def test_english_is_optional_where_the_partner_does_not_market_in_english(client, world):
    world.org_a.refresh_from_db()
    assert not world.org_a.markets_in_english
    partner = logged_in(client, world.admin_a)
    response = partner.post(partner_url("listing_new"), listing_post(world, action="submit"))
    assert response.status_code == 302
    assert in_review(Listing.objects.get(title="Alfa Kontorhus, nye flater"))


def test_the_dashboards_submit_button_sends_the_partner_to_the_missing_english(
    client, world, markets_in_english
):
    draft = draft_listing(world.org_a, world.contact_a, world.admin_a, "Alfa uten engelsk")
    partner = logged_in(client, world.admin_a)
    response = partner.post(partner_url("listing_submit", pk=draft.pk), follow=True)
    assert response.redirect_chain[-1][0] == partner_url("listing_edit", pk=draft.pk)
    assert "engelsk tittel" in soup_of(response).get_text()
    assert not in_review(draft)


@pytest.fixture
def publisher(world):
    user = get_user_model().objects.get(pk=world.moderator.pk)
    user.user_permissions.add(Permission.objects.get(codename="publish_listing"))
    return get_user_model().objects.get(pk=user.pk)


def admin_edit(client, editor, listing, action=None):
    """The Wagtail admin's edit form as the editor got it, sent back as it was; `action` is
    the button pressed (none: save a draft)."""
    admin = logged_in(client, editor)
    url = reverse("wagtailsnippets_properties_listing:edit", args=[listing.pk])
    data = form_values(admin.get(url), "form[data-edit-form]")
    if action:
        data[action] = action
    return admin.post(url, data)


def test_the_admin_publishes_nothing_without_the_english(
    client, world, markets_in_english, publisher
):
    response = admin_edit(client, publisher, world.draft_a, "action-publish")
    assert response.status_code == 200  # the form again, with its errors
    page = soup_of(response).get_text(" ", strip=True)
    assert "engelsk tittel" in page
    assert "engelsk beskrivelse" in page
    assert not Listing.objects.get(pk=world.draft_a.pk).live


def test_the_admin_saves_a_draft_without_the_english(client, world, markets_in_english, publisher):
    response = admin_edit(client, publisher, world.draft_a)
    assert response.status_code == 302


def test_the_admin_publishes_once_the_english_is_there(
    client, world, markets_in_english, publisher
):
    draft = world.draft_a
    draft.title_en = "Alfa draft"
    draft.description_en = "<p>A draft.</p>"
    draft.save_revision(user=world.admin_a)
    response = admin_edit(client, publisher, draft, "action-publish")
    assert response.status_code == 302
    assert Listing.objects.get(pk=draft.pk).live
