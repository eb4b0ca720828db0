"""A campaign world built once per test module on top of the small site (rolled back when the
module ends; every test runs in a savepoint):

- «kontorbyen», running, with a landing page at /kampanjer/kontorbyen/ (and in English) whose
  body has every block: hero, text, key figures, a filtered showcase, a chosen-listings
  showcase, a developer presentation, a film, a quote and a call to action to the relocation form;
- «grunderbyen», ended yesterday, and «siste-dag», ending today, each with a landing page;
- «rapport», with known visits and conversions for the evaluation report, and a demo campaign;
- listings on and off the market, a developer organisation, an editor and a partner.
"""

import json
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Sum
from django.test import Client
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from campaigns.models import Campaign, CampaignConversions, CampaignVisits
from partners import services as partner_services
from partners.models import PartnerMembership
from portal.factories import publish_translation
from properties.factories import ListingFactory, PartnerContactFactory, PartnerOrganisationFactory
from properties.models import District, Listing, PropertyKind
from tests.conftest import kept_for_the_module
from tests.images import library_image
from tests.visitors import Visitor

from .factories import (
    CampaignFactory,
    CampaignIndexPageFactory,
    CampaignPageFactory,
    days_from_today,
    text_block,
)

BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0 Safari/537.36"
)
PASSWORD = "Kampanje-2020-passord"  # test users only
FILM_URL = "https://www.youtube.com/watch?v=DrammenFilm1"
OFFICES_AT_STROMSO = {"kind": ["kontor"], "district": ["stromso"]}


@dataclass
class CampaignWorld:
    site: object
    index: dict  # {"nb": page, "en": page}
    kontorbyen: Campaign
    page: dict  # kontorbyen's landing page, {"nb": …, "en": …}
    ended: Campaign
    ended_page: dict
    last_day: Campaign
    last_day_page: object
    report: Campaign
    demo: Campaign
    planned: Campaign
    developer: object
    listings: dict  # by short name
    editor: object
    partner: object
    admin_only: object
    image: object


def make_user(username, *groups):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.no", password=PASSWORD
    )
    user.groups.add(*groups)
    return user


def english_admin_user(username, *groups):
    user = make_user(username, *groups)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def make_listings(developer_contact):
    kind = {slug: PropertyKind.objects.get(slug=slug) for slug in ("kontor", "lager-logistikk")}
    district = {slug: District.objects.get(slug=slug) for slug in ("stromso", "bragernes")}
    now = timezone.now()

    def listing(short, *, kind_slug="kontor", district_slug="stromso", age=1, **fields):
        return ListingFactory(
            title=f"Kampanjetest {short}",
            slug=f"kampanjetest-{short}",
            kind=kind[kind_slug],
            district=district[district_slug],
            first_published_at=now - timedelta(days=age),
            **fields,
        )

    return {
        # Newest first: the filtered showcase shows «elvekanten» first.
        "elvekanten": listing("elvekanten", age=1, contact=developer_contact),
        "forhandling": listing("forhandling", age=2, status=Listing.Status.UNDER_NEGOTIATION),
        "bragernes": listing("bragernes", district_slug="bragernes", age=3),
        "lager": listing("lager", kind_slug="lager-logistikk", age=4, contact=developer_contact),
        "utleid": listing("utleid", age=5, status=Listing.Status.LET, contact=developer_contact),
        "utkast": listing("utkast", age=6, live=False),
    }


def kontorbyen_body(listings, developer, image, form_page):
    return [
        {
            "type": "hero",
            "value": {
                "heading": "Kontorbyen Drammen",
                "text": "Kontorer ved elva, 35 minutter fra Oslo S.",
                "image": None,
                "image_alt": "",
            },
        },
        text_block("Utviklerne viser fram prosjektene sine."),
        {
            "type": "key_figures",
            "value": {
                "heading": "Drammen i tall",
                "figures": [
                    {"number": "1 000 000", "unit": "", "label": "i rekrutteringsområdet"},
                    {"number": "35", "unit": "min", "label": "til Oslo S"},
                ],
            },
        },
        {
            "type": "showcase",
            "value": {
                "heading": "Ledige kontorer på Strømsø",
                "listings": [],
                **OFFICES_AT_STROMSO,
                "limit": 6,
            },
        },
        {
            "type": "showcase",
            "value": {
                "heading": "Utvalgte lokaler",
                "listings": [
                    listings["bragernes"].pk,
                    listings["utleid"].pk,
                    listings["utkast"].pk,
                    listings["lager"].pk,
                ],
                "limit": 6,
            },
        },
        {
            "type": "developer",
            "value": {
                "organisation": developer.pk,
                "heading": "Nye kontorer ved Elvekanten",
                "text": "<p>Elvebyen Utvikling bygger seks etasjer ved elva.</p>",
                "images": [
                    {"image": image.pk, "alt_text": "Fasaden mot elva", "caption": "Elvekanten"}
                ],
                "show_listings": True,
            },
        },
        {
            "type": "film",
            "value": {
                "url": FILM_URL,
                "title": "Drammensfilmen",
                "poster": None,
                "transcript": "<p>Filmen viser elva og togene.</p>",
            },
        },
        {
            "type": "quote",
            "value": {
                "quote": "Vi flyttet hovedkontoret til Drammen.",
                "attribution": "Ingrid Solberg",
                "role": "daglig leder",
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "heading": "Vil dere se på kontorer i Drammen?",
                "text": "Vi setter dere i kontakt med utviklerne.",
                "page": form_page.pk,
                "url": "",
                "link_text": "Be om flyttehjelp",
            },
        },
    ]


def campaign_with_pages(index, campaign, body=None, english=True):
    page = CampaignPageFactory(
        parent=index["nb"], campaign=campaign, **({"body": json.dumps(body)} if body else {})
    )
    pages = {"nb": page}
    if english:
        pages["en"] = publish_translation(page, "en", title=f"{campaign.name} (EN)")
    return pages


def add_report_figures(campaign):
    """Known figures: 70 visits, 12 listing views, 3 inquiries, 1 relocation request, 3 alert
    subscriptions, spread over three days and four origins (see test_reports.py)."""
    today = timezone.localdate()
    landing = f"/kampanjer/{campaign.slug}/"

    def visit(days_ago, source, medium, visits):
        return CampaignVisits(
            date=today - timedelta(days=days_ago),
            campaign=campaign,
            utm_campaign=campaign.slug,
            source=source,
            medium=medium,
            landing_page=landing,
            visits=visits,
        )

    def conversion(days_ago, source, medium, measure, count):
        return CampaignConversions(
            date=today - timedelta(days=days_ago),
            campaign=campaign,
            source=source,
            medium=medium,
            measure=measure,
            count=count,
        )

    CampaignVisits.objects.bulk_create(
        [
            visit(2, "linkedin", "paid", 30),
            visit(1, "linkedin", "paid", 20),
            visit(1, "dn", "print", 10),
            visit(0, "ambassador", "share", 5),
            visit(0, "", "", 5),
        ]
    )
    CampaignConversions.objects.bulk_create(
        [
            conversion(2, "linkedin", "paid", "inquiries", 2),
            conversion(1, "linkedin", "paid", "listing_views", 12),
            conversion(1, "dn", "print", "inquiries", 1),
            conversion(0, "ambassador", "share", "relocation_requests", 1),
            conversion(0, "linkedin", "paid", "alert_subscriptions", 3),
        ]
    )


def build_campaign_world(small_site, media_root):
    developer = PartnerOrganisationFactory(name="Elvebyen Utvikling AS", slug="elvebyen-utvikling")
    developer_contact = PartnerContactFactory(organisation=developer, name="Elvebyen Kontakt")
    listings = make_listings(developer_contact)
    image = library_image("Elvekanten fasade", "elvekanten.jpg")

    home = small_site["home"]["nb"]
    index_nb = CampaignIndexPageFactory(parent=home)
    index = {"nb": index_nb, "en": publish_translation(index_nb, "en", slug="campaigns")}

    kontorbyen = CampaignFactory(
        name="Kontorbyen Drammen",
        slug="kontorbyen",
        budget_nok=450_000,
        target_visits=12_000,
        target_inquiries=60,
    )
    body = kontorbyen_body(listings, developer, image, small_site["form"]["nb"])
    page = campaign_with_pages(index, kontorbyen, body)

    ended = CampaignFactory(
        name="Gründerbyen Drammen",
        slug="grunderbyen",
        starts_on=days_from_today(-60),
        ends_on=days_from_today(-1),
        status=Campaign.Status.FINISHED,
    )
    last_day = CampaignFactory(name="Siste dag", slug="siste-dag", ends_on=days_from_today(0))

    report = CampaignFactory(
        name="Rapportkampanjen",
        slug="rapport",
        starts_on=days_from_today(-4),
        ends_on=days_from_today(10),
        budget_nok=120_000,
        target_visits=100,
        target_listing_views=40,
        target_inquiries=10,
        target_relocation_requests=5,
        target_alert_subscriptions=8,
        what_worked="Annonsene på LinkedIn ga mange besøk.",
        what_to_change="Færre avisannonser neste gang.",
    )
    add_report_figures(report)
    demo = CampaignFactory(name="Demokampanjen", slug="demokampanjen", is_demo=True)
    planned = CampaignFactory(
        name="Planlagt kampanje",
        slug="planlagt",
        starts_on=days_from_today(20),
        ends_on=days_from_today(50),
        status=Campaign.Status.PLANNED,
    )

    editors = Group.objects.get(name="Editors")
    admin_access = Group.objects.create(name="Bare admintilgang")
    admin_access.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    partner = make_user("kampanje-partner")
    with translation.override("nb"):
        partner_services.membership_create(
            user=partner, organisation=developer, role=PartnerMembership.Role.ADMIN
        )
    return CampaignWorld(
        site=small_site,
        index=index,
        kontorbyen=kontorbyen,
        page=page,
        ended=ended,
        ended_page=campaign_with_pages(index, ended),
        last_day=last_day,
        last_day_page=campaign_with_pages(index, last_day, english=False)["nb"],
        report=report,
        demo=demo,
        planned=planned,
        developer=developer,
        listings=listings,
        editor=english_admin_user("kampanje-redaktor", editors),
        partner=partner,
        admin_only=english_admin_user("kampanje-bare-admin", admin_access),
        image=image,
    )


@pytest.fixture(autouse=True)
def _uploads_in_tmp(uploads_in_tmp):
    """Every test here uploads into the folder the campaign world was built with."""


@pytest.fixture(scope="module")
def _campaign_world_in_module(_small_site_in_module, django_db_blocker, media_root):
    with kept_for_the_module(django_db_blocker, MEDIA_ROOT=str(media_root)):
        yield build_campaign_world(_small_site_in_module, media_root)


@pytest.fixture
def world(_campaign_world_in_module, small_site):
    """The campaign world; what a test changes is rolled back after it."""
    return _campaign_world_in_module


@pytest.fixture
def browser():
    """A visitor's browser: a person's user agent, CSRF checks on as in real life."""
    return Visitor(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER)


@pytest.fixture
def editor_client(world):
    client = Client()
    client.force_login(world.editor)
    return client


def visits(**filters):
    return CampaignVisits.objects.filter(**filters).aggregate(total=Sum("visits"))["total"] or 0


def conversions(**filters):
    total = CampaignConversions.objects.filter(**filters).aggregate(total=Sum("count"))["total"]
    return total or 0


def form_data(form):
    """What a browser sends for a rendered form: hidden and text values as they are."""
    data = {}
    for element in form.select("input, textarea, select"):
        name = element.get("name")
        if not name or element.get("type") in ("submit", "file"):
            continue
        if element.get("type") in ("checkbox", "radio"):
            if element.has_attr("checked"):
                data[name] = element.get("value", "on")
        elif element.name == "textarea":
            data[name] = element.get_text()
        elif element.name == "select":
            chosen = element.select_one("option[selected]")
            data[name] = chosen.get("value", "") if chosen else ""
        else:
            data[name] = element.get("value", "")
    return data
