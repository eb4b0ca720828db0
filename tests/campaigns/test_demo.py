"""`load_demo` with DEBUG on: «kontorbyen Drammen» with its landing page, three earlier campaigns
with evaluations, made-up figures for all, everything marked as demo data, and nothing added by
a second run."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Max, Min, Sum
from django.test import Client
from django.utils import timezone, translation
from wagtail.models import Page
from wagtail.users.models import UserProfile

from campaigns.models import Campaign, CampaignConversions, CampaignPage, CampaignVisits
from tests.conftest import kept_for_the_module

pytestmark = pytest.mark.django_db

EARLIER = {"grunderbyen", "helsebyen", "ambassador-var"}


def load_demo():
    out = io.StringIO()
    call_command("load_demo", "--queue-renditions", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def _demo_in_module(django_db_setup, django_db_blocker, media_root):
    with kept_for_the_module(django_db_blocker, DEBUG=True, MEDIA_ROOT=str(media_root)):
        yield load_demo()


@pytest.fixture
def demo(_demo_in_module, db):
    return _demo_in_module


def body_types(page):
    return [block.block_type for block in page.body]


def test_kontorbyen_runs_now_as_demo_data(demo):
    campaign = Campaign.objects.get(slug="kontorbyen")
    assert campaign.name == "Kontorbyen Drammen"
    assert campaign.is_demo
    assert campaign.starts_on <= timezone.localdate() <= campaign.ends_on
    assert campaign.budget_nok > 0
    assert campaign.target_groups.exists()
    assert campaign.channels.exists()


@pytest.mark.parametrize("language", ["nb", "en"])
def test_kontorbyen_has_a_landing_page_with_two_developers_and_an_office_showcase(demo, language):
    page = CampaignPage.objects.get(campaign__slug="kontorbyen", locale__language_code=language)
    assert page.live
    types = body_types(page)
    assert types.count("developer") == 2
    assert "showcase" in types
    showcase = next(block.value for block in page.body if block.block_type == "showcase")
    assert showcase["kind"] == ["kontor"] or showcase["listings"]
    developers = {
        block.value["organisation"].pk for block in page.body if block.block_type == "developer"
    }
    assert len(developers) == 2


def test_the_demo_showcase_and_developers_have_premises_on_the_market(demo):
    # Read from the blocks' context: rendering the page would make every image rendition.
    page = CampaignPage.objects.get(campaign__slug="kontorbyen", locale__language_code="nb")
    for block in page.body:
        if block.block_type == "showcase":
            offices = block.block.get_context(block.value)["showcase"]
            assert offices
            assert {listing.kind.slug for listing in offices} == {"kontor"}
            assert all(listing.is_on_the_market for listing in offices)
        elif block.block_type == "developer":
            listings = block.block.get_context(block.value)["organisation_listings"]
            organisation = block.value["organisation"]
            assert listings, organisation
            assert {listing.organisation_id for listing in listings} == {organisation.pk}


def test_three_earlier_campaigns_are_finished_and_evaluated(demo):
    earlier = Campaign.objects.exclude(slug="kontorbyen")
    assert set(earlier.values_list("slug", flat=True)) == EARLIER
    for campaign in earlier:
        assert campaign.ends_on < timezone.localdate()
        assert campaign.status in (Campaign.Status.FINISHED, Campaign.Status.EVALUATED)
        assert campaign.what_worked.strip()
        assert campaign.what_to_change.strip()
        assert campaign.pages.filter(live=True).exists()


def test_every_demo_campaign_is_marked_and_has_figures_within_its_period(demo):
    assert Campaign.objects.count() == 4
    for campaign in Campaign.objects.all():
        assert campaign.is_demo
        visits = CampaignVisits.objects.filter(campaign=campaign).aggregate(
            total=Sum("visits"), first=Min("date"), last=Max("date")
        )
        assert visits["total"] > 0
        assert visits["first"] >= campaign.starts_on
        assert visits["last"] <= min(campaign.ends_on, timezone.localdate())
        measures = set(
            CampaignConversions.objects.filter(campaign=campaign).values_list("measure", flat=True)
        )
        assert {"listing_views", "inquiries"} <= measures


def test_the_reports_label_the_demo_campaigns(demo):
    user = get_user_model().objects.get(username="redaktor")
    editor = Client()
    editor.force_login(user)
    response = editor.get("/admin/campaigns/reports/")
    assert response.status_code == 200
    with translation.override(UserProfile.get_for_user(user).get_preferred_language()):
        label = f"({translation.gettext('demo data')})"
    names = [
        link.get_text(" ", strip=True)
        for link in BeautifulSoup(response.content, "html.parser").select("main table tbody a")
    ]
    assert len(names) == 4
    assert all(name.endswith(label) for name in names), names
    campaign = Campaign.objects.get(slug="kontorbyen")
    report = editor.get(f"/admin/campaigns/reports/{campaign.pk}/")
    assert report.status_code == 200
    assert b"help-warning" in report.content  # the demo-data notice


def snapshot():
    return {
        "campaigns": Campaign.objects.count(),
        "visit_rows": CampaignVisits.objects.count(),
        "visits": CampaignVisits.objects.aggregate(total=Sum("visits"))["total"],
        "conversions": CampaignConversions.objects.aggregate(total=Sum("count"))["total"],
        "pages": Page.objects.count(),
        "campaign_pages": CampaignPage.objects.count(),
    }


ENGLISH_PAGES = {
    "/en/partners/": ["Develops and lets commercial buildings along the river in central Drammen."],
    "/en/campaigns/": ["Drammen, the founders' city", "Drammen, the health city"],
    "/en/campaigns/grunderbyen/": [
        "Drammen, the founders' city",
        "The events at the coworking spaces brought many inquiries per visit.",
    ],
    "/en/campaigns/kontorbyen/": ["Property developer with office and logistics projects"],
    "/en/focus-areas/founders/": ["managing director", "Nora Lie, CEO"],
    "/en/news/": [],
}
NORWEGIAN_DEMO_TEXTS = ["daglig leder", "Utvikler og leier ut", "Gründerbyen", "Eiendomsutvikler"]


@pytest.mark.parametrize("address", ENGLISH_PAGES)
def test_the_demo_speaks_english_on_english_pages(demo, address):
    response = Client().get(address)
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").find("main")
    text = main.get_text(" ", strip=True)
    for words in ENGLISH_PAGES[address]:
        assert words in text
    for words in NORWEGIAN_DEMO_TEXTS:
        assert words not in text
    assert not re.search(r"\d\. [A-Z][a-z]+ \d{4}", text)  # «24. October 2026»


def test_running_it_again_adds_nothing(demo, settings):
    settings.DEBUG = True
    before = snapshot()
    output = load_demo()
    assert snapshot() == before
    assert "nothing changed" in output


def test_every_inquiry_a_demo_report_counts_is_an_inquiry_the_owners_see(demo):
    from properties.models import Inquiry

    for campaign in Campaign.objects.filter(is_demo=True):
        counted = CampaignConversions.objects.filter(campaign=campaign, measure="inquiries")
        sent = Inquiry.objects.filter(campaign_ref__startswith=f"{campaign.slug}~")
        assert sent.count() == counted.aggregate(total=Sum("count"))["total"] > 0, campaign.slug
        sent_on = {timezone.localtime(inquiry.created_at).date() for inquiry in sent}
        assert sent_on <= set(counted.values_list("date", flat=True)), campaign.slug


def test_the_demo_has_the_partners_the_project_has(demo):
    from portal.models import PartnerOrganisation

    tiers = list(PartnerOrganisation.objects.values_list("tier", flat=True))
    assert (tiers.count("main"), tiers.count("partner")) == (40, 15)
    names = PartnerOrganisation.objects.values_list("name", flat=True)
    assert all(name.endswith("(demo)") for name in names)
    assert not PartnerOrganisation.objects.filter(logo=None).exists()
