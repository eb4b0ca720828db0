"""The evaluation in the admin: each measure against its target, conversion rate, cost per
inquiry, breakdowns, the written evaluation, a chart with its data table, and exports that hold
the same numbers. Only editors get there.

«Rapportkampanjen» (conftest.add_report_figures), budget 120 000 kr, four days ago to ten days
ahead:

    day        source/medium      visits  listing views  inquiries  relocation  alerts
    today-2    linkedin/paid          30                         2
    today-1    linkedin/paid          20             12
    today-1    dn/print               10                         1
    today      ambassador/share        5                                     1
    today      (none)                  5
    today      linkedin/paid                                                          3
"""

from datetime import date
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from tests.html import content_of, text_of
from tests.visitors import Visitor

from .conftest import BROWSER, make_user, visits
from .reporting import csv_rows, daily_table, report_url, table_after, xlsx_rows

pytestmark = pytest.mark.django_db

DAILY = [  # visits, listing views, inquiries, relocation requests, alert subscriptions
    [0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0],
    [30, 0, 2, 0, 0],
    [30, 12, 1, 0, 0],
    [10, 0, 0, 1, 3],
]
COMPARISON = "/admin/campaigns/reports/"


@pytest.fixture
def report_page(world, editor_client):
    response = editor_client.get(report_url(world.report))
    assert response.status_code == 200
    return response


def test_each_measure_is_shown_against_its_target(report_page):
    rows = table_after(report_page, "Measures against targets")
    assert rows["Visits"] == [70, 100, 70]
    assert rows["Listing views"] == [12, 40, 30]
    assert rows["Inquiries"] == [3, 10, 30]
    assert rows["Relocation requests"] == [1, 5, 20]
    assert rows["Alert subscriptions"] == [3, 8, 38]


def test_conversion_rate_and_cost_per_inquiry(report_page):
    rows = table_after(report_page, "Measures against targets")
    # (3 inquiries + 1 relocation request + 3 alerts) per 100 visits; 120 000 kr / 3 inquiries
    assert rows["Conversions per 100 visits"][0] == 10.0
    assert rows["Cost per inquiry"] == [40_000]


def test_without_inquiries_there_is_no_cost_per_inquiry(world, editor_client):
    response = editor_client.get(report_url(world.kontorbyen))
    rows = table_after(response, "Measures against targets")
    assert rows["Cost per inquiry"] == [None]
    assert rows["Conversions per 100 visits"] == [None]


def test_breakdowns_by_source_medium_and_channel(report_page):
    assert table_after(report_page, "By source") == {
        "linkedin": [50, 2, 5],
        "dn": [10, 1, 1],
        "ambassador": [5, 0, 1],
        "(none)": [5, 0, 0],
    }
    assert table_after(report_page, "By medium") == {
        "paid": [50, 2, 5],
        "print": [10, 1, 1],
        "share": [5, 0, 1],
        "(none)": [5, 0, 0],
    }
    # Channels from the editable list (migration 0002): dn is a newspaper.
    assert table_after(report_page, "By channel") == {
        "LinkedIn": [50, 2, 5],
        "Newspaper": [10, 1, 1],
        "Ambassadors": [5, 0, 1],
        "Other or direct": [5, 0, 0],
    }


def test_an_editor_can_map_a_new_source_to_a_channel(world, editor_client):
    from campaigns.models import Channel

    ambassadors = Channel.objects.get(slug="ambassadorer")
    ambassadors.utm_sources = "ambassador, direkte"
    ambassadors.save()
    newspaper = Channel.objects.get(slug="avis")
    newspaper.utm_sources = "dt"  # dn is no longer a newspaper source
    newspaper.save()
    rows = table_after(editor_client.get(report_url(world.report)), "By channel")
    assert rows["Other or direct"] == [15, 1, 1]
    assert "Newspaper" not in rows


def test_the_written_evaluation_is_shown(report_page):
    text = text_of(report_page)
    assert "Annonsene på LinkedIn ga mange besøk." in text
    assert "Færre avisannonser neste gang." in text
    assert "Få flere bedrifter til Drammen." in text  # the purpose


def test_the_daily_table_has_every_day_of_the_campaign_so_far(report_page):
    assert daily_table(report_page) == DAILY


def test_the_chart_is_an_svg_drawn_on_the_server_with_the_table_s_figures(report_page):
    soup = BeautifulSoup(content_of(report_page), "html.parser")
    svg = soup.select_one("main svg[role=img]")
    assert svg is not None
    assert svg.find("title").get_text(strip=True)
    assert "table" in svg.find("desc").get_text()  # points to the data table
    bars = svg.find_all("rect")
    values = [int(bar.find("title").get_text().rsplit(":", 1)[1]) for bar in bars]
    assert values == [day[0] for day in DAILY]
    heights = [float(bar["height"]) for bar in bars]
    assert heights[0] == 0
    assert heights[2] == heights[3] > heights[4] > 0
    assert heights[4] == pytest.approx(heights[2] / 3, abs=0.2)
    assert not soup.select("main script[src]")  # no charting library


def test_a_norwegian_editor_gets_the_chart_in_plain_numbers_and_the_budget_in_kroner(world):
    client = Client()
    client.force_login(make_user("norsk-redaktor", Group.objects.get(name="Editors")))
    response = client.get(report_url(world.report))
    soup = BeautifulSoup(content_of(response), "html.parser")
    coordinates = [
        value
        for element in soup.select("main svg[role=img] rect, main svg[role=img] line")
        for name, value in element.attrs.items()
        if name in {"x", "y", "width", "height", "x1", "x2", "y1", "y2"}
    ]
    assert coordinates and not [value for value in coordinates if "," in value]
    assert "kr 120\xa0000" in text_of(response)


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_the_exports_hold_the_numbers_of_the_page(world, editor_client, report_page, export):
    response = editor_client.get(report_url(world.report, export))
    assert response.status_code == 200
    rows = csv_rows(response) if export == "csv" else xlsx_rows(response, "Daily")
    header, *days = rows
    assert len(header) == 6
    assert [[int(value) for value in day[1:]] for day in days] == daily_table(report_page)
    first, last = days[0][0], days[-1][0]
    first = date.fromisoformat(str(first)[:10])  # a date in the CSV, a datetime from openpyxl
    last = date.fromisoformat(str(last)[:10])
    assert first == world.report.starts_on
    assert last == timezone.localdate()
    totals = table_after(report_page, "Measures against targets")
    assert sum(int(day[1]) for day in days) == totals["Visits"][0]
    assert sum(int(day[3]) for day in days) == totals["Inquiries"][0]


def test_the_csv_and_xlsx_headings_are_in_the_editor_s_language(world, editor_client):
    csv_header = csv_rows(editor_client.get(report_url(world.report, "csv")))[0]
    xlsx_header = xlsx_rows(editor_client.get(report_url(world.report, "xlsx")), "Daily")[0]
    expected = ["Date", "Visits", "Listing views", "Inquiries", "Relocation requests"]
    assert xlsx_header[:5] == expected
    assert csv_header[:5] == expected


def test_a_visit_after_the_end_shows_in_the_daily_figures_as_in_the_totals(world, editor_client):
    # The ended campaign's page is still live; a visit to it today is counted.
    assert Visitor(HTTP_USER_AGENT=BROWSER).get(world.ended_page["nb"].url).status_code == 200
    assert visits(campaign=world.ended, date=timezone.localdate()) == 1
    page = editor_client.get(report_url(world.ended))
    total = table_after(page, "Measures against targets")["Visits"][0]
    assert sum(day[0] for day in daily_table(page)) == total
    rows = csv_rows(editor_client.get(report_url(world.ended, "csv")))[1:]
    assert sum(int(row[1]) for row in rows) == total


def test_a_campaign_that_has_not_started_has_an_empty_report(world, editor_client):
    response = editor_client.get(report_url(world.planned))
    assert response.status_code == 200
    assert "has not started" in text_of(response)
    assert editor_client.get(report_url(world.planned, "csv")).status_code == 200


def test_an_unknown_campaign_is_404(world, editor_client):
    assert editor_client.get("/admin/campaigns/reports/999999/").status_code == 404


def test_a_demo_campaign_is_labelled_as_demo_data(world, editor_client):
    assert "Demo data" in text_of(editor_client.get(report_url(world.demo)))
    assert "Demo data" not in text_of(editor_client.get(report_url(world.report)))


# The comparison


def comparison_rows(response):
    soup = BeautifulSoup(content_of(response), "html.parser")
    rows = {}
    for row in soup.select("main table tbody tr"):
        cells = [cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])]
        rows[cells[0]] = cells[1:]
    return rows


def test_the_comparison_lists_every_campaign_side_by_side(world, editor_client):
    response = editor_client.get(COMPARISON)
    assert response.status_code == 200
    rows = comparison_rows(response)
    names = {name.split(" (")[0] for name in rows}
    assert names == {
        "Kontorbyen Drammen",
        "Gründerbyen Drammen",
        "Siste dag",
        "Rapportkampanjen",
        "Demokampanjen",
        "Planlagt kampanje",
    }
    report = rows["Rapportkampanjen"]
    assert "70 (100)" in report
    assert "12 (40)" in report
    assert "3 (10)" in report
    assert "1 (5)" in report
    assert "3 (8)" in report
    assert "NOK 40,000" in report  # the editor reads the admin in English
    soup = BeautifulSoup(content_of(response), "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in soup.select("main table a")}
    assert links["Rapportkampanjen"] == report_url(world.report)
    assert soup.find("a", href=f"{COMPARISON}?export=csv")
    assert soup.find("a", href=f"{COMPARISON}?export=xlsx")


def test_the_comparison_labels_demo_campaigns(world, editor_client):
    rows = comparison_rows(editor_client.get(COMPARISON))
    assert "Demokampanjen (demo data)" in rows
    assert "Rapportkampanjen" in rows


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_the_comparison_exports_hold_the_numbers_of_the_page(world, editor_client, export):
    response = editor_client.get(f"{COMPARISON}?export={export}")
    assert response.status_code == 200
    header, *rows = csv_rows(response) if export == "csv" else xlsx_rows(response)
    assert len(rows) == 6
    by_name = {str(row[0]): dict(zip(header, row, strict=True)) for row in rows}
    report = list(by_name["Rapportkampanjen"].values())
    # visits, target, listing views, target, inquiries, target, relocation, target, alerts, target
    assert [int(value) for value in report[5:15]] == [70, 100, 12, 40, 3, 10, 1, 5, 3, 8]
    assert float(report[15]) == 10.0
    assert int(report[16]) == 40_000
    demo = [row for name, row in by_name.items() if name.startswith("Demokampanjen")]
    assert len(demo) == 1
    assert str(list(demo[0].values())[-1]) == "True"


# Who may read the reports


@pytest.mark.parametrize(
    "address",
    ["/admin/campaigns/reports/", "/admin/campaigns/reports/?export=csv", "report", "report-csv"],
)
@pytest.mark.parametrize("who", ["anonymous", "partner", "admin_only"])
def test_only_editors_reach_the_reports(world, client, who, address):
    if address == "report":
        address = report_url(world.report)
    elif address == "report-csv":
        address = report_url(world.report, "csv")
    if who != "anonymous":
        client.force_login(getattr(world, who))
    response = client.get(address)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/campaigns/reports/" not in urlsplit(response["Location"]).path
    assert b"Rapportkampanjen" not in content_of(response)


def test_editors_get_campaign_rights_from_the_migration(world):
    for codename in ("add_campaign", "change_campaign", "view_campaign", "change_channel"):
        assert world.editor.has_perm(f"campaigns.{codename}")
    assert not world.partner.has_perm("campaigns.view_campaign")


def test_the_reports_menu_offers_the_campaign_reports(world, editor_client):
    response = editor_client.get("/admin/")
    assert COMPARISON.encode() in content_of(response)


def test_invented_sources_show_as_one_line_of_the_report(world, editor_client, browser):
    for invented in range(50):
        browser.get(f"/kampanjer/kontorbyen/?utm_campaign=kontorbyen&utm_source=fake{invented}")
    browser.get("/kampanjer/kontorbyen/?utm_campaign=kontorbyen&utm_source=linkedin")
    page = editor_client.get(report_url(world.kontorbyen))
    assert table_after(page, "By source") == {"(other sources)": [50, 0, 0], "linkedin": [1, 0, 0]}
    assert table_after(page, "By channel") == {"Other or direct": [50, 0, 0], "LinkedIn": [1, 0, 0]}
