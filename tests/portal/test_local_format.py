"""Dates, numbers and money in the page's language, by one helper (portal/formatting.py), and
Norwegian stand-ins on English pages marked lang="nb" with one note per page."""

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from portal.formatting import local_date, local_number, nok
from portal.localized import in_language
from portal.models import ArticlePage
from properties.factories import ListingFactory
from tests.html import soup_of

OSLO = ZoneInfo("Europe/Oslo")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nb",
            {
                "day": "24. oktober 2026",
                "month": "oktober 2026",
                "datetime": "24. oktober 2026 kl. 09:05",
                "number": "1\xa0250",
                "decimal": "98\xa0140",
                "money": "kr 8\xa0000\xa0000",
                "millions": "8 mill. kr",
                "half": "2,5 mill. kr",
            },
        ),
        (
            "en",
            {
                "day": "24 October 2026",
                "month": "October 2026",
                "datetime": "24 October 2026, 09:05",
                "number": "1,250",
                "decimal": "98,140",
                "money": "NOK 8,000,000",
                "millions": "NOK 8 million",
                "half": "NOK 2.5 million",
            },
        ),
    ],
)
def test_dates_numbers_and_money_read_as_the_page_language_writes_them(language, expected):
    with translation.override(language):
        assert {
            "day": local_date(date(2026, 10, 24)),
            "month": local_date(date(2026, 10, 24), "month"),
            "datetime": local_date(datetime(2026, 10, 24, 9, 5, tzinfo=OSLO), "datetime"),
            "number": local_number(1250),
            "decimal": local_number(Decimal("98140.00")),
            "money": nok(8_000_000),
            "millions": nok(8_000_000, "million"),
            "half": nok(2_500_000, "million"),
        } == expected


def test_nothing_to_format_is_an_empty_text():
    assert [local_date(None), local_number(None), nok(None)] == ["", "", ""]


def test_the_template_filters_are_the_same_helper():
    template = Template(
        "{% load local_format %}{{ day|local_date }} · {{ area|local_number }} m² · {{ money|nok }}"
    )
    with translation.override("en"):
        text = template.render(Context({"day": date(2026, 11, 16), "area": 1250, "money": 450000}))
    assert text == "16 November 2026 · 1,250 m² · NOK 450,000"


def render_with_request(source, **values):
    request = RequestFactory().get("/")
    template = Template("{% load language_tags %}" + source)
    return template.render(Context({"request": request, **values}))


def test_a_norwegian_stand_in_is_marked_and_the_note_said_once():
    source = (
        "{% for item in items %}<p>{% norwegian_only item %}</p>{% endfor %}"
        "{% norwegian_only_note %}{% norwegian_only_note %}"
    )
    with translation.override("en"):
        items = [in_language("Utleiesjef", ""), in_language("Daglig leder", "Managing director")]
        soup = BeautifulSoup(render_with_request(source, items=items), "html.parser")
    assert [(p.get_text(), p.span and p.span["lang"]) for p in soup("p")[:2]] == [
        ("Utleiesjef", "nb"),
        ("Managing director", None),
    ]
    assert len(soup.select(".norwegian-only-note")) == 1


def test_no_note_where_every_text_is_in_the_page_language():
    source = "<p>{% norwegian_only item %}</p>{% norwegian_only_note %}"
    with translation.override("nb"):
        html = render_with_request(source, item=in_language("Utleiesjef", "Leasing manager"))
    assert html == "<p>Utleiesjef</p>"
    with translation.override("en"):
        html = render_with_request(source, item=in_language("Utleiesjef", "Leasing manager"))
    assert html == "<p>Leasing manager</p>"


def test_a_stand_in_is_escaped_like_any_other_text():
    with translation.override("en"):
        html = render_with_request("{% norwegian_only item %}", item=in_language("<b>x</b>", ""))
    assert html == '<span lang="nb">&lt;b&gt;x&lt;/b&gt;</span>'


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"), [("nb", "16. november 2026"), ("en", "16 November 2026")]
)
def test_news_dates_in_the_page_language(client, small_site, language, expected):
    article = small_site["article"]
    ArticlePage.objects.filter(pk__in=[page.pk for page in article.values()]).update(
        date=date(2026, 11, 16)
    )
    for url in (small_site.url("news", language), small_site.url("article", language)):
        assert soup_of(client.get(url)).find("time", string=expected), url


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [("nb", "24. oktober 2026"), ("en", "24 October 2026")],
)
def test_a_listings_confirmed_date_in_the_page_language(client, small_site, language, expected):
    listing = ListingFactory(confirmed_at=datetime(2026, 10, 24, 12, tzinfo=OSLO))
    with translation.override(language):
        url = listing.get_absolute_url()
    confirmed = soup_of(client.get(url)).select_one(".listing__confirmed").get_text(" ", strip=True)
    assert confirmed.endswith(expected)
