"""Forms anonymous visitors send carry no cookie and are refused when another site sends them;
everything with a session keeps Django's CSRF protection."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation
from wagtail.contrib.forms.models import FormSubmission

from properties.factories import ListingFactory
from properties.models import AlertSubscription, Inquiry
from tests.answers import INQUIRY, RELOCATION

ALERT = {"email": "ola@nordlys.example", "frequency": "daily", "query": "kind=kontor"}
OWN_SITE = {"origin": "http://testserver", "sec-fetch-site": "same-origin"}
CROSS_SITE = [
    {"origin": "https://evil.example", "sec-fetch-site": "cross-site"},
    {"origin": "https://evil.example"},  # an older browser: Origin only
    {"sec-fetch-site": "cross-site"},  # Origin removed by a privacy tool
    {"origin": "null"},  # a sandboxed frame or data: page
    {"origin": "http://testserver.evil.example"},
]


@pytest.fixture
def forms(small_site):
    """(address, data, what it stores) of each anonymous form, by language."""
    listing = ListingFactory(slug="elvekanten")
    return {
        "relocation": (lambda lang: small_site.url("form", lang), RELOCATION, FormSubmission),
        "inquiry": (
            lambda lang: (
                "/en/premises/elvekanten/inquiry/"
                if lang == "en"
                else f"/lokaler/{listing.slug}/henvendelse/"
            ),
            INQUIRY,
            Inquiry,
        ),
        "alert": (
            lambda lang: "/en/premises/alerts/" if lang == "en" else "/lokaler/varsler/",
            ALERT,
            AlertSubscription,
        ),
    }


FORMS = ["relocation", "inquiry", "alert"]


@pytest.mark.parametrize("name", FORMS)
@pytest.mark.parametrize("headers", CROSS_SITE)
def test_a_form_sent_from_another_site_is_refused_and_nothing_stored(forms, name, headers):
    address, data, model = forms[name]
    response = Client().post(address("nb"), data, headers=headers)
    assert response.status_code == 403
    assert not model.objects.exists()


@pytest.mark.parametrize("name", FORMS)
@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_refusal_says_what_to_do_in_the_visitors_language(forms, name, language):
    address, data, _model = forms[name]
    response = Client().post(address(language), data, headers=CROSS_SITE[0])
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == language
    with translation.override(language):
        expected = translation.gettext("The form could not be sent")
    assert page.find("h1").get_text(strip=True) == expected
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("name", FORMS)
@pytest.mark.parametrize("headers", [OWN_SITE, {"sec-fetch-site": "same-origin"}, {}])
def test_a_form_from_the_site_itself_or_without_browser_headers_is_taken(forms, name, headers):
    address, data, model = forms[name]
    response = Client(enforce_csrf_checks=True).post(address("nb"), data, headers=headers)
    assert response.status_code == 302, response.content[:500]
    assert model.objects.count() == 1


def test_an_origin_the_operator_trusts_is_taken(forms, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://www.drammenworks.no"]
    address, data, model = forms["inquiry"]
    response = Client().post(address("nb"), data, headers={"origin": "https://www.drammenworks.no"})
    assert response.status_code == 302
    assert model.objects.count() == 1


@pytest.mark.parametrize("name", FORMS)
def test_the_form_pages_set_no_cookie_and_carry_no_csrf_token(forms, name, small_site):
    pages = {
        "relocation": small_site.url("form"),
        "inquiry": "/lokaler/elvekanten/",
        "alert": "/lokaler/",
    }
    response = Client().get(pages[name])
    assert response.status_code == 200
    assert not response.cookies
    assert b"csrfmiddlewaretoken" not in response.content


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["/partner/logg-inn/", "/en/partner/login/", "/admin/login/"])
def test_logins_still_demand_a_csrf_token(address):
    get_user_model().objects.create_user("ola", password="Fjordlys-2026-passord")
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        address, {"username": "ola", "password": "Fjordlys-2026-passord"}, headers=OWN_SITE
    )
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session
