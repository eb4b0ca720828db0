"""Two partner organisations, A and B, with their people, listings, inquiries and views, built
once per test module (rolled back when the module ends; each test runs in a savepoint)."""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone, translation

from partners import services
from partners.models import PartnerInvitation, PartnerMembership
from properties.factories import (
    InquiryFactory,
    ListingFactory,
    PartnerContactFactory,
    PartnerOrganisationFactory,
)
from properties.models import District, Listing, ListingDailyViews, PropertyKind
from tests.conftest import kept_for_the_module
from tests.html import soup_of
from tests.images import picture_bytes

PASSWORD = "Elvebyen-2020-passord"  # test users only
INVITATION_TOKEN = "a-known-invitation-token-of-organisation-a"


@dataclass
class World:
    """What the tests share. A's objects carry «Alfa» in their texts, B's «Beta», so a page
    or export that leaks shows it."""

    org_a: object
    org_b: object
    contact_a: object
    contact_b: object
    admin_a: object
    editor_a: object
    admin_b: object
    editor_b: object
    moderator: object
    outsider: object
    live_a: Listing
    draft_a: Listing
    live_b: Listing
    image_a: object
    image_b: object
    invitation_a: PartnerInvitation
    invitation_b: PartnerInvitation

    def membership(self, user):
        return PartnerMembership.objects.get(user=user)


def make_user(username, **extra):
    return get_user_model().objects.create_user(
        username=username, email=f"{username}@example.no", password=PASSWORD, **extra
    )


def make_partner(username, organisation, role, **extra):
    user = make_user(username, **extra)
    services.membership_create(user=user, organisation=organisation, role=role)
    return user


def make_image(organisation, user, title):
    return services.partner_image_create(
        organisation=organisation,
        user=user,
        file=ContentFile(picture_bytes(), name="photo.jpg"),
        title=title,
    )


def make_invitation(organisation, email, token, invited_by):
    return PartnerInvitation.objects.create(
        organisation=organisation,
        email=email,
        role=PartnerMembership.Role.EDITOR,
        token_hash=services.token_hash(token),
        invited_by=invited_by,
        expires_at=timezone.now() + PartnerInvitation.VALID_FOR,
    )


def draft_listing(organisation, contact, user, title):
    draft = Listing(
        title=title,
        kind=PropertyKind.objects.get(slug="kontor"),
        district=District.objects.get(slug="stromso"),
        address="Bragernes torg 2",
        postcode="3017",
        latitude="59.743800",
        longitude="10.204000",
        area_min=250,
        energy_label="A",
        description="<p>Utkast.</p>",
        organisation=organisation,
        contact=contact,
    )
    services.listing_draft_save(draft=draft, user=user)
    return Listing.objects.get(pk=draft.pk)


def build_world():
    with translation.override("nb"):
        org_a = PartnerOrganisationFactory(name="Alfa Eiendom AS", slug="alfa-eiendom")
        org_b = PartnerOrganisationFactory(name="Beta Utvikling AS", slug="beta-utvikling")
        contact_a = PartnerContactFactory(
            organisation=org_a, name="Alfa Kontaktperson", email="kontakt@alfa.example"
        )
        contact_b = PartnerContactFactory(
            organisation=org_b, name="Beta Kontaktperson", email="kontakt@beta.example"
        )
        admin_a = make_partner("alfa-admin", org_a, PartnerMembership.Role.ADMIN)
        editor_a = make_partner("alfa-redaktor", org_a, PartnerMembership.Role.EDITOR)
        admin_b = make_partner("beta-admin", org_b, PartnerMembership.Role.ADMIN)
        editor_b = make_partner("beta-redaktor", org_b, PartnerMembership.Role.EDITOR)
    moderator = make_user("redaktor-drammen-works", first_name="Reidun", last_name="Redaktør")
    moderator.groups.add(Group.objects.get(name="Editors"))
    outsider = make_user("uten-organisasjon")

    live_a = ListingFactory(title="Alfa Kontorhus", slug="alfa-kontorhus", contact=contact_a)
    live_b = ListingFactory(title="Beta Lagerbygg", slug="beta-lagerbygg", contact=contact_b)
    draft_a = draft_listing(org_a, contact_a, admin_a, "Alfa Utkast")
    today = timezone.localdate()
    ListingDailyViews.objects.bulk_create(
        [
            ListingDailyViews(listing=live_a, date=today - timedelta(days=1), views=7),
            ListingDailyViews(listing=live_a, date=today, views=3),
            ListingDailyViews(listing=live_b, date=today, views=11),
        ]
    )
    InquiryFactory(
        listing=live_a,
        name="Alfa Henvender",
        company="Alfainvest AS",
        email="henvendelse@alfainvest.example",
        message="Alfa-henvendelse: vi trenger 300 m².",
    )
    InquiryFactory(
        listing=live_b,
        name="Beta Henvender",
        company="Betainvest AS",
        email="henvendelse@betainvest.example",
        message="Beta-henvendelse: vi trenger lager.",
    )
    return World(
        org_a=org_a,
        org_b=org_b,
        contact_a=contact_a,
        contact_b=contact_b,
        admin_a=admin_a,
        editor_a=editor_a,
        admin_b=admin_b,
        editor_b=editor_b,
        moderator=moderator,
        outsider=outsider,
        live_a=live_a,
        draft_a=draft_a,
        live_b=live_b,
        image_a=make_image(org_a, admin_a, "Alfa fasade"),
        image_b=make_image(org_b, admin_b, "Beta fasade"),
        invitation_a=make_invitation(org_a, "ny@alfa.example", INVITATION_TOKEN, admin_a),
        invitation_b=make_invitation(org_b, "ny@beta.example", "beta-token", admin_b),
    )


@pytest.fixture(autouse=True)
def _uploads_in_tmp(uploads_in_tmp):
    """Every test here uploads into the folder the world was built with."""


@pytest.fixture(scope="module")
def _world_in_module(django_db_setup, django_db_blocker, media_root):
    with kept_for_the_module(django_db_blocker, MEDIA_ROOT=str(media_root)):
        yield build_world()


@pytest.fixture
def world(_world_in_module, db):
    """A and B; what a test changes is rolled back after it."""
    return _world_in_module


def partner_url(name, language="nb", **kwargs):
    with translation.override(language):
        return reverse(f"partners:{name}", kwargs=kwargs or None)


def logged_in(client, user):
    client.force_login(user)
    return client


def form_values(response, selector="form.listing-form"):
    """What a browser would send for the form as rendered (files left out)."""
    form = soup_of(response).select_one(selector)
    data = {}
    for element in form.select("input, select, textarea"):
        name = element.get("name")
        if not name or element.get("type") in ("file", "submit"):
            continue
        if element.name == "textarea":
            data[name] = element.get_text()
        elif element.name == "select":
            chosen = element.select("option[selected]") or element.select("option")[:1]
            data[name] = [option.get("value", "") for option in chosen]
            if element.get("multiple") is None:
                data[name] = data[name][0] if data[name] else ""
        elif element.get("type") in ("checkbox", "radio"):
            if element.has_attr("checked"):
                data.setdefault(name, []).append(element.get("value", "on"))
        else:
            data[name] = element.get("value", "")
    return data


def new_listing_data(client, **fields):
    """The empty new-listing form filled in with a valid office listing."""
    response = client.get(partner_url("listing_new"))
    data = form_values(response)
    contacts = soup_of(response).select("select[name=contact] option[value]")
    data.update(
        {
            "title": "Nye kontorer ved elva",
            "kind": str(PropertyKind.objects.get(slug="kontor").pk),
            "status": "available",
            "address": "Tollbugata 20",
            "postcode": "3044",
            "district": str(District.objects.get(slug="stromso").pk),
            "latitude": "59.739900",
            "longitude": "10.208500",
            "area_min": "800",
            "energy_label": "A",
            "description_text": "Seks etasjer med nye kontorer ved elva.",
            "contact": next(o["value"] for o in contacts if o["value"]),
            "action": "save",
        }
    )
    data.update(fields)
    return data


def listing_post(world, **fields):
    """A complete, valid listing form as a browser sends it (no photos, no documents)."""
    return {
        "title": "Alfa Kontorhus, nye flater",
        "kind": PropertyKind.objects.get(slug="kontor").pk,
        "status": "available",
        "address": "Strømsø torg 1",
        "postcode": "3044",
        "district": District.objects.get(slug="stromso").pk,
        "latitude": "59.739600",
        "longitude": "10.205800",
        "area_min": "300",
        "energy_label": "B",
        "description_text": "Lyse kontorer ved elva.",
        "contact": world.contact_a.pk,
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "documents-TOTAL_FORMS": "0",
        "documents-INITIAL_FORMS": "0",
        "action": "save",
        **fields,
    }
