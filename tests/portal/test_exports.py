"""Every CSV the site offers opens safely in Excel in Norwegian and in English: `;` for
Norwegian, `,` for English (the other one offered beside it), a byte order mark for æøå, and no
cell that starts a formula whichever separator the spreadsheet splits on — with hostile text in
every free-text field. Numbers stay numbers."""

import csv
import io
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st
from wagtail.contrib.redirects.models import Redirect
from wagtail.log_actions import log
from wagtail.users.models import UserProfile

from campaigns.models import Campaign
from partners.models import PartnerMembership
from portal.factories import ContentPageFactory
from portal.spreadsheets import csv_content, safe_cell
from properties.factories import (
    InquiryFactory,
    ListingFactory,
    PartnerContactFactory,
    PartnerOrganisationFactory,
)
from properties.models import ListingDailyViews
from tests.campaigns.factories import CampaignFactory
from tests.partners.conftest import make_partner, partner_url

pytestmark = pytest.mark.django_db

FORMULA_STARTS = ("=", "+", "-", "@")
HOSTILE = 'Hei;=1+1,+SUM(A1)\t-2\n@A3 ; "=HYPERLINK(""http://evil.example"")",  -4\r\n=5'
HOSTILE_START = "=1+1;@SUM(A1),-3"
SEPARATORS = (";", ",", "\t")
FORM_FIELDS = ("name", "company", "email", "phone", "needs", "campaign")


def cells_of(content, separator):
    text = content.decode("utf-8-sig")
    return [
        cell
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator)
        for cell in row
    ]


def formula_cells(content):
    """Cells that start a formula when the file is split on any separator a spreadsheet uses,
    also after leading spaces, tabs, line breaks or quotes."""
    return [
        (separator, cell)
        for separator in SEPARATORS
        for cell in cells_of(content, separator)
        if cell.lstrip(' \t\r\n"').startswith(FORMULA_STARTS)
    ]


def rows_of(response, separator):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))


@pytest.fixture
def hostile(small_site):
    """Hostile text in every free-text field an export holds."""
    organisation = PartnerOrganisationFactory(name=HOSTILE_START + " AS", slug="fiendtlig")
    contact = PartnerContactFactory(organisation=organisation, name=HOSTILE, email="k@f.example")
    listing = ListingFactory(title=HOSTILE_START, slug="fiendtlig", contact=contact)
    ListingDailyViews.objects.create(listing=listing, date=timezone.localdate(), views=12)
    InquiryFactory(
        listing=listing,
        name=HOSTILE_START,
        company=HOSTILE,
        email="=cmd@evil.example",
        phone="+47 400 00 000",
        message=HOSTILE,
        campaign_ref=HOSTILE_START,
    )
    form = small_site["form"]["nb"]
    form.get_submission_class().objects.create(
        page=form,
        form_data=dict.fromkeys(
            ("name", "company", "email", "phone", "needs", "campaign"), HOSTILE
        ),
    )
    CampaignFactory(name=HOSTILE_START, slug="fiendtlig-kampanje", budget_nok=12)
    ContentPageFactory(parent=small_site["home"]["nb"], title=HOSTILE, slug="fiendtlig-side")
    editor = admin_user("fiendtlig-redaktor", "nb")
    log(instance=listing, action="wagtail.edit", user=editor)
    Redirect.objects.create(old_path="/sum(a1);=1+1,@x", redirect_link="https://example.com/-2")
    partner = make_partner("fiendtlig-partner", organisation, PartnerMembership.Role.ADMIN)
    return {"listing": listing, "form": form, "partner": partner}


def admin_user(username, language):
    user = get_user_model().objects.create_superuser(username, f"{username}@example.no", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def admin_exports(hostile):
    campaign = Campaign.objects.get(slug="fiendtlig-kampanje")
    return [
        "/admin/snippets/properties/listing/",
        "/admin/snippets/properties/inquiry/",
        reverse("wagtailforms:list_submissions", args=[hostile["form"].pk]),
        reverse("campaign_comparison"),
        reverse("campaign_report", args=[campaign.pk]),  # dates and numbers only
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailredirects:index"),
        reverse("pages_without_english"),
    ]


def partner_exports(language):
    return [partner_url(name, language) for name in ("inquiries_csv", "statistics_csv")]


def exports(hostile, language):
    admin = client_for(admin_user(f"redaktor-{language}", language))
    partner = client_for(hostile["partner"])
    return [(admin, f"{url}?export=csv") for url in admin_exports(hostile)] + [
        (partner, url) for url in partner_exports(language)
    ]


def holds_hostile_text(content):
    return "sum(a1)" in content.decode().lower()


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("separator", ["", "&separator=semicolon", "&separator=comma"])
def test_no_export_has_a_cell_that_starts_a_formula_whichever_separator_excel_uses(
    hostile, language, separator
):
    for client, url in exports(hostile, language):
        address = url + (separator if "?" in url else separator.replace("&", "?"))
        response = client.get(address)
        assert response.status_code == 200, address
        assert response["Content-Type"].startswith("text/csv"), address
        assert response.content.startswith("\ufeff".encode()), address
        assert holds_hostile_text(response.content) or "/campaigns/reports/" in address, address
        assert formula_cells(response.content) == [], address


@pytest.mark.parametrize(("language", "separator"), [("nb", ";"), ("en", ",")])
def test_every_export_is_split_by_the_separator_excel_uses_in_the_editor_s_language(
    hostile, language, separator
):
    for client, url in exports(hostile, language):
        header, *_rows = rows_of(client.get(url), separator)
        assert len(header) > 1, f"{url} is not separated by {separator!r}"


def test_the_other_separator_is_asked_for_by_name(hostile):
    partner = client_for(hostile["partner"])
    header, *_rows = rows_of(partner.get(partner_url("statistics_csv") + "?separator=comma"), ",")
    assert header == ["Dato", "Annonse", "Visninger"]
    header, *_rows = rows_of(
        partner.get(partner_url("statistics_csv", "en") + "?separator=semicolon"), ";"
    )
    assert header == ["Date", "Listing", "Views"]


def test_a_count_stays_a_number_and_hostile_text_keeps_its_words(hostile):
    partner = client_for(hostile["partner"])
    _header, *rows = rows_of(partner.get(partner_url("statistics_csv")), ";")
    assert rows == [[timezone.localdate().isoformat(), "'=1+1;'@SUM(A1),'-3", "12"]]
    admin = client_for(admin_user("tall", "nb"))
    header, *rows = rows_of(admin.get(f"{reverse('campaign_comparison')}?export=csv"), ";")
    row = dict(zip(header, next(row for row in rows if "SUM" in row[0]), strict=True))
    assert row["Budsjett (kr)"] == "12"
    assert row["Besøk"] == "0"


def test_the_partner_pages_say_which_separator_each_link_gives(hostile):
    partner = client_for(hostile["partner"])
    links = download_links(partner.get(partner_url("dashboard")))
    statistics = partner_url("statistics_csv")
    assert "semikolonseparert" in links[statistics]
    assert links[f"{statistics}?separator=comma"].endswith("kommaseparert")
    links = download_links(partner.get(partner_url("inquiries", "en")))
    inquiries = partner_url("inquiries_csv", "en")
    assert "separated by commas" in links[inquiries]
    assert "semicolons" in links[f"{inquiries}?separator=semicolon"]


def download_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {a["href"]: a.get_text(" ", strip=True) for a in soup.select(".csv-downloads a")}


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("nb", "Last ned CSV (semikolon, for Excel på norsk)", "Last ned CSV (komma)"),
        ("en", "Download CSV (commas)", "Download CSV (semicolons, for Excel in Norwegian)"),
    ],
)
def test_the_admin_offers_both_separators_and_names_them(hostile, language, first, second):
    admin = client_for(admin_user(f"knapper-{language}", language))
    soup = BeautifulSoup(admin.get("/admin/snippets/properties/inquiry/").content, "html.parser")
    links = {a.get_text(" ", strip=True): a["href"] for a in soup.select("a[href*='export=csv']")}
    assert links[first].endswith("?export=csv")
    other = "comma" if language == "nb" else "semicolon"
    assert f"separator={other}" in links[second]
    header, *_rows = rows_of(admin.get(links[second]), "," if language == "nb" else ";")
    assert len(header) > 1


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("Hei;=1+1", "Hei;'=1+1"),
        ("=1+1", "'=1+1"),
        ("+47 400 00 000", "'+47 400 00 000"),
        ('a, "=2', "a, \"'=2"),
        ("linje\n@SUM(A1)", "linje\n'@SUM(A1)"),
        ("\tinnrykk", "'\tinnrykk"),
        ("Pris 100 kr, inkl. mva", "Pris 100 kr, inkl. mva"),
        ("e-post: ola@example.no", "e-post: ola@example.no"),
        (12, 12),
        (Decimal("12.5"), Decimal("12.5")),
        (None, ""),
    ],
)
def test_the_guard_marks_only_what_could_start_a_formula(value, cell):
    assert safe_cell(value) == cell


def test_decimals_take_the_decimal_comma_in_the_semicolon_file():
    assert safe_cell(Decimal("12.5"), ";") == "12,5"
    assert safe_cell(10.0, ";") == "10,0"
    assert safe_cell(10.0, ",") == 10.0


@given(texts=st.lists(st.text(alphabet="=+-@;,\t\r\n \"'ab1", max_size=12), max_size=4))
def test_no_text_becomes_a_formula_cell_in_either_file(texts):
    for separator in (";", ","):
        content = csv_content(["heading"], [texts], separator).encode()
        assert formula_cells(content) == [], (separator, texts)
