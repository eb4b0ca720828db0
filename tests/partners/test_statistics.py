"""Statistics: views counted on the server without tracking anyone, inquiries, days live, and
the CSV exports, each holding only the organisation's own data."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

from properties.factories import InquiryFactory, ListingFactory
from properties.models import Listing, ListingDailyViews
from tests.html import soup_of, text_of
from tests.visitors import Visitor

from .conftest import logged_in, partner_url

BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Safari"
ROBOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0)",
    "curl/8.5.0",
    "python-requests/2.32",
    "facebookexternalhit/1.1",
    "",
]


def views_today(listing):
    row = ListingDailyViews.objects.filter(listing=listing, date=timezone.localdate()).first()
    return row.views if row else 0


def rows_of(response, separator):
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=separator))


# Counting ---------------------------------------------------------------------------------------


def test_each_view_of_a_listing_is_counted_without_a_cookie_or_an_address(world):
    listing = world.live_b
    before, sessions = views_today(listing), Session.objects.count()
    visitor = Visitor(headers={"user-agent": BROWSER}, REMOTE_ADDR="203.0.113.9")
    for _visit in range(3):
        response = visitor.get(listing.get_absolute_url())
        assert response.status_code == 200
        assert not response.cookies
    assert views_today(listing) == before + 3  # the same visitor again: no cookie tells
    assert Session.objects.count() == sessions
    stored = {field.name for field in ListingDailyViews._meta.get_fields()}
    assert stored == {"id", "listing", "date", "views"}


@pytest.mark.parametrize("agent", ROBOTS)
def test_robots_are_not_counted(world, agent):
    listing = world.live_b
    before = views_today(listing)
    response = Visitor(headers={"user-agent": agent}).get(listing.get_absolute_url())
    assert response.status_code == 200
    assert views_today(listing) == before


def test_a_preview_by_the_partner_is_not_counted(client, world):
    logged_in(client, world.admin_a)
    before = views_today(world.live_a)
    client.get(partner_url("listing_preview", pk=world.live_a.pk), headers={"user-agent": BROWSER})
    assert views_today(world.live_a) == before


# What the partner sees ------------------------------------------------------------------------


def key_figures(response):
    page = soup_of(response)
    return [figure.get_text(strip=True) for figure in page.select(".key-figure__value")]


def test_a_listings_statistics_show_views_per_day_inquiries_and_days_live(client, world):
    Listing.objects.filter(pk=world.live_a.pk).update(
        first_published_at=timezone.now() - timedelta(days=12, hours=1)
    )
    ListingDailyViews.objects.create(
        listing=world.live_a, date=timezone.localdate() - timedelta(days=45), views=500
    )
    logged_in(client, world.editor_a)
    response = client.get(partner_url("listing_statistics", pk=world.live_a.pk))
    assert response.status_code == 200
    assert key_figures(response) == ["10", "1", "12"]  # 7 + 3 in the last 30 days
    table = soup_of(response).select(".views-table tbody tr")
    assert len(table) == 30
    days = [(row.time["datetime"], row.select("td")[1].get_text()) for row in table]
    assert days[-1] == (timezone.localdate().isoformat(), "3")
    assert days[-2] == ((timezone.localdate() - timedelta(days=1)).isoformat(), "7")
    assert "Alfa Henvender" in text_of(response)
    assert "Beta Henvender" not in text_of(response)


def test_a_draft_has_no_days_live(client, world):
    logged_in(client, world.admin_a)
    response = client.get(partner_url("listing_statistics", pk=world.draft_a.pk))
    assert key_figures(response) == ["0", "0", "0"]


def test_the_dashboard_shows_views_and_inquiries_per_listing(client, world):
    InquiryFactory(listing=world.live_a, name="Andre Henvender")
    logged_in(client, world.admin_a)
    page = soup_of(client.get(partner_url("dashboard")))
    link = page.find("a", href=partner_url("listing_edit", pk=world.live_a.pk))
    cells = [cell.get_text(strip=True) for cell in link.find_parent("tr").select("td")]
    assert cells[1:3] == ["10", "2"]


def test_the_inquiries_page_lists_the_organisations_own(client, world):
    other = ListingFactory(title="Alfa Nummer to", contact=world.contact_a)
    InquiryFactory(listing=other, name="Tredje Henvender")
    logged_in(client, world.editor_a)
    text = text_of(client.get(partner_url("inquiries")))
    assert "Alfa Henvender" in text
    assert "Tredje Henvender" in text
    assert "Beta Henvender" not in text


# Exports --------------------------------------------------------------------------------------


def test_the_inquiries_export(client, world):
    logged_in(client, world.admin_a)
    response = client.get(partner_url("inquiries_csv"))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert "alfa-eiendom-inquiries-" in response["Content-Disposition"]
    header, *rows = rows_of(response, ";")  # Excel in Norwegian splits on semicolons
    assert header[:3] == ["Sendt", "Annonse", "Navn"]
    assert len(rows) == 1
    assert rows[0][1:5] == [
        "Alfa Kontorhus",
        "Alfa Henvender",
        "Alfainvest AS",
        "henvendelse@alfainvest.example",
    ]
    assert rows[0][-1] == "Alfa-henvendelse: vi trenger 300 m²."


def test_the_views_export(client, world):
    logged_in(client, world.admin_a)
    response = client.get(partner_url("statistics_csv", "en"))
    assert response.status_code == 200
    header, *rows = rows_of(response, ",")
    assert header == ["Date", "Listing", "Views"]
    today = timezone.localdate()
    assert rows == [
        [today.isoformat(), "Alfa Kontorhus", "3"],
        [(today - timedelta(days=1)).isoformat(), "Alfa Kontorhus", "7"],
    ]


def test_a_formula_in_an_inquiry_is_not_run_by_a_spreadsheet(client, world):
    """CSV injection: a cell that starts with = + - @ must not reach Excel as a formula."""
    InquiryFactory(
        listing=world.live_a,
        name='=HYPERLINK("http://evil.example","Klikk")',
        company="+47 Firma",
        message="@SUM(1+1)",
    )
    logged_in(client, world.admin_a)
    _header, *rows = rows_of(client.get(partner_url("inquiries_csv")), ";")
    cells = [cell for row in rows for cell in row]
    assert not any(cell[:1] in ("=", "+", "-", "@") for cell in cells if cell), cells


# Size ---------------------------------------------------------------------------------------------


def add_listings_with_inquiries(world, count):
    for _ in range(count):
        listing = ListingFactory(organisation=world.org_a, contact=world.contact_a)
        listing.save_revision(user=world.admin_a)
        InquiryFactory(listing=listing)
        ListingDailyViews.objects.create(listing=listing, date=timezone.localdate(), views=4)


@pytest.mark.parametrize(
    "name", ["dashboard", "inquiries", "inquiries_csv", "statistics_csv", "people"]
)
def test_partner_pages_make_as_many_queries_for_many_listings_as_for_few(
    client, world, name, django_assert_max_num_queries
):
    partner = logged_in(client, world.admin_a)
    add_listings_with_inquiries(world, 2)
    with django_assert_max_num_queries(100) as few:
        assert partner.get(partner_url(name)).status_code == 200
    add_listings_with_inquiries(world, 12)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert partner.get(partner_url(name)).status_code == 200
