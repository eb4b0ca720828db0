"""The reports read right in Norwegian as in English: the chart's coordinates are numbers
whatever the editor's language, figures are written in that language alike on the report and
on the comparison, and the comparison's wide table scrolls inside a labelled region instead of
breaking campaign names inside a word."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from wagtail.users.models import UserProfile

from tests.html import content_of

from .reporting import report_url

pytestmark = pytest.mark.django_db

COMPARISON = "/admin/campaigns/reports/"
COORDINATES = ("x", "y", "x1", "x2", "y1", "y2", "width", "height")
STYLESHEET = Path(settings.BASE_DIR) / "static" / "css" / "admin" / "campaign-reports.css"


@pytest.fixture
def norwegian_editor(world, editor_client):
    profile = UserProfile.get_for_user(world.editor)
    profile.preferred_language = "nb"
    profile.save()
    return editor_client


def soup_of(response):
    return BeautifulSoup(content_of(response), "html.parser")


def comparison_row(response, name):
    for row in soup_of(response).select("main table tbody tr"):
        cells = [cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])]
        if cells[0] == name:
            return cells
    raise AssertionError(f"no row for {name}")


def test_every_chart_coordinate_is_a_number_under_the_norwegian_locale(world, norwegian_editor):
    response = norwegian_editor.get(report_url(world.report))
    assert "Besøk per dag" in soup_of(response).get_text()
    svg = soup_of(response).select_one("main svg[role=img]")
    viewbox = [float(value) for value in svg["viewbox"].split()]
    assert viewbox[2:] == [720, 220]
    drawn = svg.find_all(["rect", "line", "text"])
    assert len(svg.find_all("rect")) == 5
    for element in drawn:
        for name in COORDINATES:
            if element.has_attr(name):
                assert "," not in element[name], f"{element.name} {name}={element[name]}"
                float(element[name])
    heights = [float(bar["height"]) for bar in svg.find_all("rect")]
    assert max(heights) > 0


def test_the_report_and_the_comparison_write_figures_in_norwegian_alike(world, norwegian_editor):
    report = soup_of(norwegian_editor.get(report_url(world.report))).get_text(" ")
    assert "10,0" in report  # 7 conversions per 100 visits
    assert "kr 40\xa0000" in report
    row = comparison_row(norwegian_editor.get(COMPARISON), "Rapportkampanjen")
    assert "10,0" in row
    assert "kr 40\xa0000" in row
    assert not any("10.0" in cell for cell in row)


def test_the_report_and_the_comparison_write_figures_in_english_alike(world, editor_client):
    report = soup_of(editor_client.get(report_url(world.report))).get_text(" ")
    assert "10.0" in report
    assert "NOK 40,000" in report
    row = comparison_row(editor_client.get(COMPARISON), "Rapportkampanjen")
    assert "10.0" in row
    assert "NOK 40,000" in row


def test_the_comparison_table_scrolls_inside_a_labelled_region(world, norwegian_editor):
    soup = soup_of(norwegian_editor.get(COMPARISON))
    region = soup.select_one("main .campaign-comparison")
    assert region is not None
    assert region["role"] == "region"
    assert region["aria-label"].strip()
    assert region["tabindex"] == "0"  # reachable by keyboard, to scroll
    assert region.find("table") is not None
    links = [link["href"] for link in soup.select("link[rel=stylesheet]")]
    assert any(href.endswith("css/admin/campaign-reports.css") for href in links)


def test_campaign_names_wrap_only_between_words_and_the_table_scrolls():
    css = STYLESHEET.read_text()
    assert "overflow-x: auto" in css
    assert "word-break: normal" in css
    assert "overflow-wrap: normal" in css
    assert ".listing .title" in css  # overrides Wagtail's break-word on titles
    assert "break-all" not in css
    assert "overflow-wrap: anywhere" not in css


def test_every_table_of_the_report_scrolls_inside_a_region_named_by_its_heading(
    world, norwegian_editor
):
    soup = soup_of(norwegian_editor.get(report_url(world.report)))
    tables = soup.select("main .campaign-report table")
    assert len(tables) == 5  # measures, days, channels, sources, media
    for table in tables:
        region = table.find_parent(attrs={"role": "region"})
        assert region is not None
        assert region["tabindex"] == "0"
        assert soup.find(id=region["aria-labelledby"]).name == "h2"
