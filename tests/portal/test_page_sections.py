"""Higher apps add their sections to a lower app's page through the `register_page_sections`
hook (portal/sections.py), never by the lower app loading their tags."""

from bs4 import BeautifulSoup
from wagtail import hooks

from portal.sections import PageSection, sections_for


def headings_in_order(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [section["aria-labelledby"] for section in soup.select("main section[aria-labelledby]")]


def test_the_home_page_draws_the_sections_of_every_app_in_their_order(client, small_site):
    response = client.get(small_site.url("home", "nb"))
    assert headings_in_order(response) == [
        "four-k-heading",
        "premises-heading",
        "campaign-heading",
        "figures-heading",
        "news-heading",
    ]


def test_the_current_campaign_and_the_figures_stand_side_by_side(client, small_site):
    soup = BeautifulSoup(client.get(small_site.url("home", "en")).content, "html.parser")
    row = soup.select_one(".section--split")
    beside = [section["aria-labelledby"] for section in row.find_all("section", recursive=False)]
    assert beside == ["campaign-heading", "figures-heading"]


def test_sections_of_one_row_are_grouped_and_others_stand_alone():
    def added():
        return [
            PageSection(place="test", template="c.html", order=3),
            PageSection(place="test", template="a.html", order=1, row="pair"),
            PageSection(place="elsewhere", template="x.html", order=2),
            PageSection(place="test", template="b.html", order=2, row="pair"),
        ]

    with hooks.register_temporarily("register_page_sections", added):
        rows = sections_for("test")
    assert [([s.template for s in row.sections], row.side_by_side) for row in rows] == [
        (["a.html", "b.html"], True),
        (["c.html"], False),
    ]


def test_a_place_nobody_adds_to_has_no_sections():
    assert sections_for("nowhere") == []
