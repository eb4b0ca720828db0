"""The dates decide a campaign's life: it runs from its start to its end date. Before the start
its page may be published, for a preview or a pre-launch, but it is not listed as running and
its visits are pre-launch visits, kept apart from the campaign's results."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from campaigns.models import Campaign, CampaignVisits
from tests.html import content_of, text_of
from tests.visitors import Visitor

from .conftest import BROWSER, campaign_with_pages, visits
from .reporting import daily_table, report_url, table_after, xlsx_rows

pytestmark = pytest.mark.django_db

COMPARISON = "/admin/campaigns/reports/"


@pytest.fixture
def planned_page(world):
    return campaign_with_pages(world.index, world.planned, english=False)["nb"]


def section_titles(response, heading_id):
    soup = BeautifulSoup(content_of(response), "html.parser")
    heading = soup.find(id=heading_id)
    if heading is None:
        return []
    return [title.get_text(strip=True) for title in heading.parent.select(".teaser__title")]


def test_a_published_campaign_page_before_the_start_is_not_listed_as_running(world, planned_page):
    index = Visitor(HTTP_USER_AGENT=BROWSER).get(world.index["nb"].url)
    assert "Planlagt kampanje" not in section_titles(index, "current-heading")
    assert "Planlagt kampanje" in section_titles(index, "upcoming-heading")
    assert "Kontorbyen Drammen" in section_titles(index, "current-heading")
    assert "Gründerbyen Drammen" in section_titles(index, "ended-heading")


def test_the_page_of_a_campaign_that_has_not_started_says_when_it_starts(planned_page):
    page = Visitor(HTTP_USER_AGENT=BROWSER).get(planned_page.url)
    assert page.status_code == 200
    assert "starter" in text_of(page)  # «Denne kampanjen starter …»
    assert "er avsluttet" not in text_of(page)


def test_visits_before_the_start_are_pre_launch_and_kept_apart(world, editor_client, planned_page):
    visitor = Visitor(HTTP_USER_AGENT=BROWSER)
    assert visitor.get(planned_page.url).status_code == 200
    assert visits(campaign=world.planned) == 1  # counted, as pre-launch
    report = editor_client.get(report_url(world.planned))
    assert table_after(report, "Measures against targets")["Visits"][0] == 0
    assert table_after(report, "Before the start")["Pre-launch visits"] == [1]
    assert "has not started" in text_of(report)  # no days of its own yet


def test_a_pre_launch_visit_is_left_out_of_the_results_the_days_and_the_breakdowns(
    world, editor_client
):
    CampaignVisits.objects.create(
        date=world.report.starts_on - timedelta(days=3),
        campaign=world.report,
        utm_campaign=world.report.slug,
        source="linkedin",
        medium="paid",
        landing_page="/kampanjer/rapport/",
        visits=9,
    )
    report = editor_client.get(report_url(world.report))
    assert table_after(report, "Measures against targets")["Visits"] == [70, 100, 70]
    assert table_after(report, "By source")["linkedin"] == [50, 2, 5]
    assert sum(day[0] for day in daily_table(report)) == 70
    assert len(daily_table(report)) == 5  # from the start date, not the pre-launch visit
    assert table_after(report, "Before the start")["Pre-launch visits"] == [9]
    summary = {
        row[0]: row[1]
        for row in xlsx_rows(editor_client.get(report_url(world.report, "xlsx")), "Summary")
    }
    assert summary["Visits"] == 70
    assert summary["Pre-launch visits"] == 9


def test_a_report_without_pre_launch_figures_has_no_such_section(world, editor_client):
    assert "Before the start" not in text_of(editor_client.get(report_url(world.report)))


def comparison_status(editor_client, name):
    soup = BeautifulSoup(content_of(editor_client.get(COMPARISON)), "html.parser")
    for row in soup.select("main table tbody tr"):
        cells = [cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])]
        if cells[0] == name:
            return cells[1]
    raise AssertionError(name)


@pytest.mark.parametrize(
    ("campaign", "stored", "shown"),
    [
        ("planned", Campaign.Status.RUNNING, "Planned"),  # set to running too early
        ("kontorbyen", Campaign.Status.PLANNED, "Running"),  # started, status not updated
        ("ended", Campaign.Status.RUNNING, "Finished"),
        ("ended", Campaign.Status.EVALUATED, "Evaluated"),
    ],
)
def test_the_status_shown_follows_the_dates(world, editor_client, campaign, stored, shown):
    campaign = getattr(world, campaign)
    campaign.status = stored
    campaign.save()
    assert comparison_status(editor_client, campaign.name) == shown
    assert f"· {shown} ·" in text_of(editor_client.get(report_url(campaign)))


def test_the_campaign_list_shows_the_status_the_dates_give(world, editor_client):
    world.planned.status = Campaign.Status.RUNNING
    world.planned.save()
    soup = BeautifulSoup(
        content_of(editor_client.get("/admin/snippets/campaigns/campaign/")), "html.parser"
    )
    row = next(
        row for row in soup.select("main table tbody tr") if "Planlagt kampanje" in row.get_text()
    )
    cells = [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
    assert "Planned" in cells
    assert "Running" not in cells
