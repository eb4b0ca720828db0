"""Only case handlers (and superusers) see the establishment cases: in the menu, the listing, the
case itself, its export and the service level on the dashboard."""

import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from establishments.factories import EstablishmentCaseFactory
from establishments.models import EstablishmentCase, Stage
from properties.factories import InquiryFactory
from tests.campaigns.factories import CampaignFactory
from tests.html import soup_of
from tests.portal.test_personal_data import log_in

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_establishments_establishmentcase:list"
ADD = "wagtailsnippets_establishments_establishmentcase:add"
INSPECT = "wagtailsnippets_establishments_establishmentcase:inspect"
MENU_LABEL = "Establishment cases"
EMPTY_INLINES = {
    f"{inline}-{count}": "0"
    for inline in ("contacts", "premises")
    for count in ("TOTAL_FORMS", "INITIAL_FORMS")
}


def user_in(group, name):
    user = get_user_model().objects.create_user(name, f"{name}@drammenworks.test", "x")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(client):
    return log_in(client, user_in("Editors", "redaktor"))


@pytest.fixture
def case_handler(client):
    return log_in(client, user_in("Case handlers", "saksbehandler"))


@pytest.fixture
def case():
    return EstablishmentCaseFactory(company_name="Fjordlys AS", contact_email="kari@fjordlys.test")


def test_a_plain_editor_has_no_menu_item_and_is_refused_every_view(client, editor, case):
    assert MENU_LABEL not in client.get(reverse("wagtailadmin_home")).content.decode()
    for url in (reverse(LIST), reverse(ADD), reverse(INSPECT, args=[case.pk])):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Fjordlys" not in response.content.decode()
    export = client.get(reverse(LIST), {"export": "csv"})
    assert "kari@fjordlys.test" not in export.content.decode("utf-8", "replace")


def test_a_case_handler_finds_the_cases_in_the_menu_and_the_listing(client, case_handler, case):
    assert MENU_LABEL in client.get(reverse("wagtailadmin_home")).content.decode()
    listing = client.get(reverse(LIST), {"q": "fjordlys"})
    assert listing.status_code == 200
    assert "Fjordlys AS" in listing.content.decode()
    assert client.get(reverse(INSPECT, args=[case.pk])).status_code == 200


def test_the_listing_filters_by_stage(client, case_handler, case):
    EstablishmentCaseFactory(company_name="Elvebyen Logistikk AS", stage=Stage.MEETING)
    page = client.get(reverse(LIST), {"stage": Stage.MEETING}).content.decode()
    assert "Elvebyen Logistikk AS" in page
    assert "Fjordlys AS" not in page


def test_a_case_handler_opens_a_case_by_hand(client, case_handler):
    response = client.post(
        reverse(ADD),
        {
            "company_name": "Handel og Havn AS",
            "organisation_number": "974760673",
            "stage": Stage.CONTACTED,
            "projected_jobs": "25",
            **EMPTY_INLINES,
        },
    )
    assert response.status_code == 302
    case = EstablishmentCase.objects.get(company_name="Handel og Havn AS")
    assert case.first_response_at is not None


def test_a_wrong_organisation_number_is_answered_in_the_form(client, case_handler):
    response = client.post(
        reverse(ADD),
        {
            "company_name": "Feil AS",
            "organisation_number": "923609017",
            "stage": Stage.NEW,
            "projected_jobs": "0",
            **EMPTY_INLINES,
        },
    )
    assert response.status_code == 200
    assert "Enter a valid Norwegian organisation number" in response.content.decode()
    assert not EstablishmentCase.objects.exists()


def test_the_export_holds_the_cases_by_the_portals_csv_rules(client, case_handler, case):
    response = client.get(reverse(LIST), {"export": "csv", "separator": "semicolon"})
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    header, row = text.lstrip("\ufeff").splitlines()[:2]
    assert "Days to first response" in header
    assert row.startswith("Fjordlys AS;923609016;")


def test_the_dashboard_shows_the_service_level_to_case_handlers(client, case_handler):
    now = timezone.now()
    for hours in (2, 4, 30):
        EstablishmentCaseFactory(
            created_at=now - timedelta(days=1, hours=hours),
            first_response_at=now - timedelta(days=1),
            stage=Stage.CONTACTED,
        )
    EstablishmentCaseFactory(created_at=now - timedelta(days=200), stage=Stage.MEETING)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Establishment cases: service level" in page
    assert "4.0 hours" in page  # the median of 2, 4 and 30
    assert "12.0 hours" in page  # the mean


def test_the_dashboard_keeps_the_service_level_from_editors(client, editor):
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "service level" not in page


def test_the_listing_costs_the_same_queries_for_more_cases(client, case_handler, case):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse(LIST)).status_code == 200
        return len(captured)

    few = queries()
    campaign = CampaignFactory()
    for _ in range(8):
        EstablishmentCaseFactory(adviser=case_handler, campaign=campaign)
    assert queries() == few


def test_the_cases_export_to_a_spreadsheet(client, case_handler, case):
    response = client.get(reverse(LIST), {"export": "xlsx"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(body)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Company"
    assert rows[1][:2] == ("Fjordlys AS", "923609016")


@pytest.fixture
def superuser(client):
    admin = get_user_model().objects.create_superuser("admin-test", "a@drammenworks.test", "x")
    return log_in(client, admin)


def test_an_inquiry_the_owner_forwards_opens_a_case_with_what_it_tells(client, superuser):
    CampaignFactory(slug="kontorbyen")
    inquiry = InquiryFactory(
        company="Tollbugata Design AS",
        email="per@tollbugata.test",
        campaign_ref="kontorbyen~linkedin~paid",
    )
    inquiries = client.get(reverse("wagtailsnippets_properties_inquiry:list")).content.decode()
    assert f"{reverse(ADD)}?inquiry={inquiry.pk}" in inquiries
    form = soup_of(client.get(reverse(ADD), {"inquiry": inquiry.pk}))
    assert form.find(id="id_company_name")["value"] == "Tollbugata Design AS"
    assert form.find(id="id_contact_email")["value"] == "per@tollbugata.test"
    assert form.find(id="id_campaign_source")["value"] == "linkedin"
    assert form.find(id="id_premises-0-listing")["value"] == str(inquiry.listing_id)


def test_a_case_handler_without_access_to_inquiries_gets_nothing_from_one(client, case_handler):
    inquiry = InquiryFactory(company="Tollbugata Design AS")
    page = client.get(reverse(ADD), {"inquiry": inquiry.pk}).content.decode()
    assert "Tollbugata Design AS" not in page
