"""Addresses no page can use get a readable 400 in the visitor's language, never a 500: control
characters in a path or a parameter, Unicode digits and numbers no id column can hold. Forms
refuse control characters in text with a message beside the field."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from properties.factories import ListingFactory
from tests.html import soup_of

from ..partners.conftest import form_values
from .test_beacon import BROWSER

pytestmark = pytest.mark.django_db

CONTROL_CHARACTERS = ["%00", "%01", "%1B", "%7F", "%C2%85", "a%00b"]
ADDRESSES_WITH_A_PARAMETER = [
    "/sok/?q={}",
    "/en/search/?q={}",
    "/lokaler/?q={}",
    "/lokaler/?kind={}",
    "/lokaler/sammenlign/?id={}",
    "/lokaler/feed/?q={}",
    "/partner/logg-inn/?next={}",
    "/admin/login/?next={}",
]
ADDRESSES_WITH_A_PATH_PART = [
    "/lokaler/varsler/bekreft/{}/",
    "/lokaler/varsler/avslutt/{}/",
    "/en/premises/alerts/confirm/{}/",
    "/lokaler/{}/",
    "/lokaler/{}/henvendelse/",
    "/partner/invitasjon/{}/",
    "/{}/",
]


@pytest.mark.parametrize("character", CONTROL_CHARACTERS)
@pytest.mark.parametrize("address", ADDRESSES_WITH_A_PARAMETER + ADDRESSES_WITH_A_PATH_PART)
def test_a_control_character_anywhere_in_the_address_gets_the_400_page(client, address, character):
    response = client.get(address.format(character))
    assert response.status_code == 400, (address, character)


def test_the_400_page_speaks_the_language_of_the_address(client):
    norwegian = client.get("/sok/?q=%00")
    english = client.get("/en/search/?q=%00")
    assert soup_of(norwegian).h1.get_text(strip=True) == "Denne adressen kan ikke leses"
    assert soup_of(english).h1.get_text(strip=True) == "This address cannot be read"
    assert soup_of(english).html["lang"] == "en"


def test_the_open_api_answers_a_control_character_in_json(client):
    response = client.get("/api/v1/properties/?q=%00")
    assert response.status_code == 400
    assert response.json()["detail"]


def test_tabs_and_line_breaks_are_text_not_control_characters(client):
    assert client.get("/lokaler/?q=kontor%09ved%0Aelva").status_code == 200


@pytest.mark.parametrize(
    "value",
    [
        "%C2%B2",  # ²
        "%E2%91%A0",  # ①
        "%D9%A1%D9%A2",  # Arabic-Indic 12
        "99999999999999999999999",
        str(2**63),
        str(2**63 - 1),
        "-1",
        "0",
        "1e3",
        "",
    ],
)
def test_compare_takes_only_ids_and_finds_nothing_for_the_rest(client, value):
    listing = ListingFactory()
    response = client.get(f"/lokaler/sammenlign/?id={value}&id={listing.pk}")
    assert response.status_code == 200
    assert listing.title in response.content.decode()
    alone = client.get(f"/lokaler/sammenlign/?id={value}")
    assert alone.status_code in (200, 404), value


@pytest.mark.parametrize("value", ["%C2%B2", "%E2%91%A0", "99999999999999999999999"])
def test_a_listing_view_beacon_with_no_id_counts_nothing_and_fails_nothing(value, caplog):
    visitor = Client(HTTP_USER_AGENT=BROWSER)
    assert visitor.get(f"/beacon?p=/lokaler/x/&listing={value}").status_code == 200
    assert "Could not count" not in caplog.text


def test_a_control_character_in_a_form_field_is_refused_beside_the_field(client):
    listing = ListingFactory()
    response = client.post(
        f"/en/premises/{listing.slug}/inquiry/",
        {"name": "Kari\x1b[31m", "email": "kari@example.com", "message": "Hei\x00"},
        HTTP_ORIGIN="http://testserver",
    )
    assert response.status_code == 400
    soup = soup_of(response)
    assert "control characters" in soup.select_one("#id_name_error").get_text()
    assert soup.select_one("#id_message_error") is not None


def test_an_editor_typing_a_control_character_in_a_listings_title_gets_a_message(client):
    listing = ListingFactory(title="Kontorhuset", slug="kontorhuset")
    client.force_login(get_user_model().objects.create_superuser("r", "r@example.com", "x"))
    url = f"/admin/snippets/properties/listing/edit/{listing.pk}/"
    data = form_values(client.get(url), "form#w-editor-form")
    response = client.post(url, {**data, "title": "Kontor\x0bhuset", "address": "Gate\x01 1"})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"title", "address"}
    listing.refresh_from_db()
    assert listing.title == "Kontorhuset"
    assert client.get("/lokaler/feed/").status_code == 200
