"""The acceptance scenario: an investor comes from a paid LinkedIn post, opens a listing from the
showcase and sends an inquiry; the campaign's report shows one visit and one inquiry more."""

import pytest
from bs4 import BeautifulSoup
from django.db.models import Sum

from campaigns.models import CampaignConversions, CampaignVisits
from properties.models import Inquiry
from tests.visitors import Visitor

from .conftest import BROWSER, form_data
from .reporting import csv_rows, daily_table, report_url, table_after

pytestmark = pytest.mark.django_db

LANDING = "/kampanjer/kontorbyen/?utm_source=linkedin&utm_medium=paid&utm_campaign=kontorbyen"


def linkedin_paid(model, field, **filters):
    rows = model.objects.filter(
        campaign__slug="kontorbyen", source="linkedin", medium="paid", **filters
    )
    return rows.aggregate(total=Sum(field))["total"] or 0


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_from_a_linkedin_post_to_an_inquiry_and_into_the_report(world, editor_client):
    visits_before = linkedin_paid(CampaignVisits, "visits")
    inquiries_before = linkedin_paid(CampaignConversions, "count", measure="inquiries")
    investor = Visitor(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER)

    landing = investor.get(LANDING)
    assert landing.status_code == 200
    assert not landing.cookies

    first_showcase = soup(landing).select_one("main section.showcase")
    listing_address = first_showcase.select_one(".listing-card__title a")["href"]
    assert "kampanje=kontorbyen~linkedin~paid" in listing_address
    listing_page = investor.get(listing_address)
    assert listing_page.status_code == 200

    form = soup(listing_page).select_one("form.inquiry__form")
    data = form_data(form)
    assert data["campaign"] == "kontorbyen~linkedin~paid"
    assert "csrfmiddlewaretoken" not in data  # an anonymous form: no cookie, checked by origin
    data.update(
        name="Ola Investor",
        company="Nordlys AS",
        email="ola@nordlys.example",
        message="Vi vil se på 300 m² kontor ved elva.",
        consent="on",
    )
    sent = investor.post(form["action"], data, headers={"origin": "http://testserver"})
    assert sent.status_code == 302
    assert Inquiry.objects.get().campaign_ref == "kontorbyen~linkedin~paid"

    assert linkedin_paid(CampaignVisits, "visits") == visits_before + 1
    assert linkedin_paid(CampaignConversions, "count", measure="inquiries") == inquiries_before + 1

    report = editor_client.get(report_url(world.kontorbyen))
    assert report.status_code == 200
    today = daily_table(report)[-1]  # visits, listing views, inquiries, relocation, alerts
    assert today[0] == visits_before + 1
    assert today[2] == inquiries_before + 1
    assert table_after(report, "By source")["linkedin"][:2] == [1, 1]
    assert table_after(report, "By medium")["paid"][:2] == [1, 1]
    assert table_after(report, "By channel")["LinkedIn"][:2] == [1, 1]

    export = csv_rows(editor_client.get(report_url(world.kontorbyen, "csv")))
    assert [int(value) for value in export[-1][1:]] == today
