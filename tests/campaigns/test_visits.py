"""Visits counted without tracking people: one row per day × campaign × source × medium × landing
page, nothing about the visitor, no cookie, no robots, and never at the cost of the page."""

from unittest import mock

import pytest
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from campaigns.measurement import OTHER
from campaigns.models import CampaignVisits, Channel
from tests.visitors import Visitor

from .conftest import BROWSER, visits

pytestmark = pytest.mark.django_db

UTM = "utm_source=linkedin&utm_medium=paid&utm_campaign=kontorbyen"


def only_row():
    rows = list(CampaignVisits.objects.exclude(campaign__slug="rapport"))
    assert len(rows) == 1, rows
    return rows[0]


def test_a_visit_to_a_campaign_page_is_counted(world, browser):
    assert browser.get("/kampanjer/kontorbyen/").status_code == 200
    row = only_row()
    assert row.date == timezone.localdate()
    assert row.campaign == world.kontorbyen
    assert row.utm_campaign == "kontorbyen"
    assert (row.source, row.medium) == ("", "")
    assert row.landing_page == "/kampanjer/kontorbyen/"
    assert row.visits == 1


def test_utm_parameters_give_source_and_medium(world, browser):
    browser.get(f"/kampanjer/kontorbyen/?{UTM}")
    row = only_row()
    assert (row.campaign, row.source, row.medium) == (world.kontorbyen, "linkedin", "paid")


def test_the_english_page_is_counted_for_the_same_campaign(world, browser):
    browser.get("/en/campaigns/kontorbyen/")
    row = only_row()
    assert row.campaign == world.kontorbyen
    assert row.landing_page == "/en/campaigns/kontorbyen/"


def test_a_second_identical_visit_adds_to_the_same_row(world, browser):
    browser.get(f"/kampanjer/kontorbyen/?{UTM}")
    Visitor(HTTP_USER_AGENT=BROWSER).get(f"/kampanjer/kontorbyen/?{UTM}")
    assert only_row().visits == 2


def test_a_repeated_visit_is_one_update_of_its_row(world, browser):
    browser.get(f"/kampanjer/kontorbyen/?{UTM}")  # the row exists and the campaign is cached
    with CaptureQueriesContext(connection) as queries:
        browser.get(f"/kampanjer/kontorbyen/?{UTM}")
    writes = [q["sql"] for q in queries if "campaigns_campaignvisits" in q["sql"]]
    assert len(writes) == 1, writes
    assert writes[0].upper().startswith("UPDATE")
    assert only_row().visits == 2


def test_differently_written_values_count_together(world, browser):
    browser.get(f"/kampanjer/kontorbyen/?{UTM}")
    browser.get(
        "/kampanjer/kontorbyen/?utm_source=LinkedIn&utm_medium=Paid&utm_campaign=Kontorbyen"
    )
    assert only_row().visits == 2


def test_each_origin_and_landing_page_gets_its_own_row(world, browser):
    browser.get(f"/kampanjer/kontorbyen/?{UTM}")
    browser.get("/kampanjer/kontorbyen/?utm_source=dn&utm_medium=print&utm_campaign=kontorbyen")
    browser.get(f"/knutepunkt/?{UTM}")
    rows = CampaignVisits.objects.filter(campaign=world.kontorbyen)
    assert sorted(rows.values_list("source", "landing_page", "visits")) == [
        ("dn", "/kampanjer/kontorbyen/", 1),
        ("linkedin", "/kampanjer/kontorbyen/", 1),
        ("linkedin", "/knutepunkt/", 1),
    ]


def test_any_page_reached_with_utm_parameters_is_counted(world, browser):
    assert browser.get(f"/knutepunkt/?{UTM}").status_code == 200
    assert browser.get(f"/lokaler/?{UTM}").status_code == 200
    assert visits(campaign=world.kontorbyen, landing_page="/knutepunkt/") == 1
    assert visits(campaign=world.kontorbyen, landing_page="/lokaler/") == 1


def test_a_page_without_utm_parameters_is_not_counted(world, browser):
    browser.get("/knutepunkt/")
    browser.get("/lokaler/")
    assert not CampaignVisits.objects.exclude(campaign=world.report).exists()


def test_a_link_to_a_campaign_nobody_created_is_not_counted(world, browser):
    browser.get("/knutepunkt/?utm_source=dt&utm_medium=print&utm_campaign=vinterkampanje")
    browser.get("/knutepunkt/?utm_source=newsletter&utm_medium=email")  # no campaign at all
    assert not CampaignVisits.objects.exclude(campaign=world.report).exists()


def test_fifty_invented_sources_make_one_row_under_the_campaign(world, browser):
    for number in range(50):
        browser.get(
            f"/kampanjer/kontorbyen/?utm_campaign=kontorbyen&utm_source=fake{number}"
            f"&utm_medium=invented{number}"
        )
    row = only_row()
    assert (row.campaign, row.source, row.medium, row.visits) == (
        world.kontorbyen,
        OTHER,
        OTHER,
        50,
    )


def test_a_source_counts_by_name_once_an_editor_lists_it_in_a_channel(world, browser):
    channel = Channel.objects.get(slug="linkedin")
    channel.utm_sources = "linkedin, podcastnorge"
    channel.save()
    browser.get("/kampanjer/kontorbyen/?utm_campaign=kontorbyen&utm_source=podcastnorge")
    assert only_row().source == "podcastnorge"


def test_overlong_and_odd_values_are_cut_and_cleaned(world, browser):
    response = browser.get(
        "/kampanjer/kontorbyen/?utm_source=" + "x" * 500 + "&utm_medium=<b>paid</b>"
    )
    assert response.status_code == 200
    row = only_row()
    assert row.source == OTHER
    assert "<" not in row.medium


def test_nothing_about_the_visitor_is_stored(world):
    fields = {field.name for field in CampaignVisits._meta.get_fields()}
    assert fields == {
        "id",
        "date",
        "campaign",
        "utm_campaign",
        "source",
        "medium",
        "landing_page",
        "visits",
    }
    agent = BROWSER + " Unik/4711"
    Visitor(HTTP_USER_AGENT=agent, REMOTE_ADDR="203.0.113.47").get(
        f"/kampanjer/kontorbyen/?{UTM}&fbclid=IwAR0unik&gclid=Cj0unik"
    )
    row = CampaignVisits.objects.filter(campaign=world.kontorbyen).values().get()
    stored = " ".join(str(value) for value in row.values())
    for trace in ("203.0.113", "Unik", "4711", "Chrome", "IwAR0unik", "Cj0unik"):
        assert trace not in stored


@pytest.mark.parametrize(
    "address",
    ["/kampanjer/kontorbyen/", f"/kampanjer/kontorbyen/?{UTM}", "/en/campaigns/kontorbyen/"],
)
def test_no_cookie_is_set(world, address):
    client = Visitor(HTTP_USER_AGENT=BROWSER)
    response = client.get(address)
    assert response.status_code == 200
    assert not response.cookies
    assert not client.cookies
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
        "Screaming Frog SEO Spider/19.0",
        "CCBot/2.0 (https://commoncrawl.org/faq/)",
        "curl/8.5.0",
        "Wget/1.21.4",
        "python-requests/2.32.3",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    ],
)
def test_obvious_robots_are_not_counted(world, agent):
    response = Visitor(HTTP_USER_AGENT=agent).get(f"/kampanjer/kontorbyen/?{UTM}")
    assert response.status_code == 200
    assert not CampaignVisits.objects.filter(campaign=world.kontorbyen).exists()


def test_a_browser_without_a_window_is_counted_like_any_browser(world):
    """Headless Chromium names itself «HeadlessChrome» but says nothing of being a robot."""
    agent = (
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "HeadlessChrome/131.0.0.0 Safari/537.36"
    )
    Visitor(HTTP_USER_AGENT=agent).get(f"/kampanjer/kontorbyen/?{UTM}")
    assert CampaignVisits.objects.get(campaign=world.kontorbyen).visits == 1


def test_a_request_without_a_user_agent_is_not_counted(world):
    assert Visitor().get(f"/kampanjer/kontorbyen/?{UTM}").status_code == 200
    assert not CampaignVisits.objects.filter(campaign=world.kontorbyen).exists()


def test_post_and_head_are_not_counted(world, browser):
    Visitor(HTTP_USER_AGENT=BROWSER).post(f"/kampanjer/kontorbyen/?{UTM}", {})
    browser.head(f"/kampanjer/kontorbyen/?{UTM}")
    assert not CampaignVisits.objects.filter(campaign=world.kontorbyen).exists()


@pytest.mark.parametrize(
    ("address", "status"),
    [
        ("/finnes-ikke/", 404),
        ("/kampanjer/finnes-ikke/", 404),
        ("/lokaler/finnes-ikke/", 404),
        ("/lokaler/feed/", 200),  # RSS, not HTML
        ("/robots.txt", 200),
        ("/sitemap.xml", 200),
        ("/api/v1/docs", None),
        ("/api/v1/openapi.json", None),
        ("/admin/login/", 200),
        ("/static/css/base.css", None),
        ("/healthz", None),
    ],
)
def test_errors_non_html_and_technical_addresses_are_not_counted(world, browser, address, status):
    response = browser.get(f"{address}?{UTM}")
    if status is not None:
        assert response.status_code == status
    assert not CampaignVisits.objects.exclude(campaign=world.report).exists()


def test_an_editor_viewing_a_draft_is_not_counted(world, editor_client):
    page = world.page["nb"]
    response = editor_client.get(
        f"/admin/pages/{page.pk}/view_draft/?{UTM}", HTTP_USER_AGENT=BROWSER
    )
    assert response.status_code == 200
    assert not CampaignVisits.objects.filter(campaign=world.kontorbyen).exists()


def test_a_failing_count_never_breaks_the_page(world, browser):
    with mock.patch(
        "campaigns.measurement.count_once", side_effect=DatabaseError("database is locked")
    ):
        response = browser.get(f"/kampanjer/kontorbyen/?{UTM}")
    assert response.status_code == 200
    assert b"Kontorbyen Drammen" in response.content


def test_a_failing_database_write_never_breaks_the_page(world, browser):
    with (
        mock.patch.object(CampaignVisits.objects, "filter", side_effect=DatabaseError("full")),
        mock.patch.object(CampaignVisits.objects, "create", side_effect=DatabaseError("full")),
    ):
        response = browser.get(f"/kampanjer/kontorbyen/?{UTM}")
        other = browser.get(f"/knutepunkt/?{UTM}")
    assert response.status_code == 200
    assert other.status_code == 200
    assert not CampaignVisits.objects.filter(campaign=world.kontorbyen).exists()


def test_a_failing_campaign_lookup_never_breaks_the_page(world, browser):
    with mock.patch(
        "campaigns.measurement.campaign_by_slug", side_effect=RuntimeError("cache is down")
    ):
        response = browser.get(f"/knutepunkt/?{UTM}")
    assert response.status_code == 200
