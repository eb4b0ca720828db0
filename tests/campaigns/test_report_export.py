"""The XLSX of a campaign's report is the report: a named sheet for the summary against
targets, the days, the channels, sources and media, the conversions, the written evaluation
and the method, each with the very figures the page shows. Numbers are numbers, text is text."""

import pytest
from bs4 import BeautifulSoup
from wagtail.users.models import UserProfile

from tests.html import content_of

from .reporting import daily_table, report_url, table_after, xlsx_book, xlsx_rows

pytestmark = pytest.mark.django_db

SHEETS = [
    "Summary",
    "Daily",
    "Channels",
    "Sources",
    "Media",
    "Conversions",
    "Evaluation",
    "Method",
]


@pytest.fixture
def page(world, editor_client):
    return editor_client.get(report_url(world.report))


@pytest.fixture
def workbook(world, editor_client):
    response = editor_client.get(report_url(world.report, "xlsx"))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlsx"')
    return response


def by_name(rows):
    """{first cell: the other cells} for the rows under the header."""
    return {row[0]: row[1:] for row in rows[1:]}


def test_the_workbook_has_a_named_sheet_for_each_part_of_the_report(workbook):
    assert xlsx_book(workbook).sheetnames == SHEETS


def test_the_summary_sheet_holds_the_page_s_measures_against_targets(page, workbook):
    on_page = table_after(page, "Measures against targets")
    summary = by_name(xlsx_rows(workbook, "Summary"))
    for measure in ("Visits", "Listing views", "Inquiries", "Relocation requests"):
        assert summary[measure][:3] == on_page[measure], measure
    assert summary["Alert subscriptions"][:3] == on_page["Alert subscriptions"]
    assert summary["Conversions per 100 visits"][0] == on_page["Conversions per 100 visits"][0]
    assert summary["Cost per inquiry (NOK)"][0] == on_page["Cost per inquiry"][0] == 40_000
    assert summary["Budget (NOK)"][0] == 120_000


def test_the_daily_sheet_holds_the_page_s_daily_table(page, workbook):
    header, *days = xlsx_rows(workbook, "Daily")
    assert header[:2] == ["Date", "Visits"]
    assert [day[1:] for day in days] == daily_table(page)


@pytest.mark.parametrize(
    ("sheet", "heading"),
    [("Channels", "By channel"), ("Sources", "By source"), ("Media", "By medium")],
)
def test_the_breakdown_sheets_hold_the_page_s_breakdowns(page, workbook, sheet, heading):
    assert by_name(xlsx_rows(workbook, sheet)) == {
        name: list(values) for name, values in table_after(page, heading).items()
    }


def test_the_conversions_sheet_adds_up_to_the_page_s_totals(page, workbook):
    header, *rows = xlsx_rows(workbook, "Conversions")
    assert header == ["Date", "Measure", "Source (utm_source)", "Medium (utm_medium)", "Count"]
    totals = table_after(page, "Measures against targets")
    for measure in ("Listing views", "Inquiries", "Relocation requests", "Alert subscriptions"):
        assert sum(row[4] for row in rows if row[1] == measure) == totals[measure][0]


def test_the_evaluation_and_the_method_are_in_the_workbook(page, workbook):
    evaluation = by_name(xlsx_rows(workbook, "Evaluation"))
    assert evaluation["What worked"] == ["Annonsene på LinkedIn ga mange besøk."]
    assert evaluation["What to change next time"] == ["Færre avisannonser neste gang."]
    method = xlsx_rows(workbook, "Method")[1][0]
    soup = BeautifulSoup(content_of(page), "html.parser")
    assert method == soup.find("h2", string="How the figures are counted").find_next("p").text


def test_numbers_are_numbers_with_a_format_and_text_is_never_a_formula(world, editor_client):
    world.report.what_worked = '=HYPERLINK("http://example.com")'
    world.report.save()
    book = xlsx_book(editor_client.get(report_url(world.report, "xlsx")))
    visits = book["Summary"]["B2"]
    assert visits.value == 70
    assert visits.data_type == "n"
    assert visits.number_format == "#,##0"
    assert book["Daily"]["A2"].is_date
    answer = book["Evaluation"]["B3"]
    assert answer.value.startswith("=HYPERLINK")
    assert answer.data_type == "s"  # stored as text: Excel shows it, never runs it


def test_sheet_names_and_headings_follow_the_editor_s_language(world, editor_client):
    profile = UserProfile.get_for_user(world.editor)
    profile.preferred_language = "nb"
    profile.save()
    book = xlsx_book(editor_client.get(report_url(world.report, "xlsx")))
    assert book.sheetnames[:2] == ["Sammendrag", "Daglig"]
    assert book["Daglig"]["A1"].value == "Dato"
