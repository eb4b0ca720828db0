"""Anonymous pages carry no cookie and say that a shared cache may keep them; nothing personal
or private is ever marked shareable; the private areas stay out of search engines."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from properties.factories import ListingFactory
from properties.models import AlertSubscription

PAGES = ["home", "hub", "about", "news", "article", "statement", "privacy", "form"]


@pytest.fixture
def listing(small_site):
    return ListingFactory(slug="elvekanten")


def public_addresses(small_site):
    pages = [small_site.url(name, language) for name in PAGES for language in ("nb", "en")]
    return [
        *pages,
        "/lokaler/",
        "/en/premises/",
        "/lokaler/?kind=kontor&sort=newest",
        "/lokaler/elvekanten/",
        "/en/premises/elvekanten/",
        "/lokaler/?utm_source=linkedin&utm_medium=paid&utm_campaign=kontorbyen",
        "/sok/?q=kontor",
        "/lokaler/feed/",
        "/api/v1/properties/",
        "/sitemap.xml",
    ]


def test_anonymous_public_pages_set_no_cookie_and_may_be_shared(small_site, listing):
    for address in public_addresses(small_site):
        response = Client().get(address)
        assert response.status_code == 200, address
        assert not response.cookies, address
        cache_control = response["Cache-Control"]
        assert "public" in cache_control, address
        assert "s-maxage=" in cache_control, address


def test_public_answers_take_their_language_from_the_address_alone(small_site, listing):
    for address in ["/", "/en/", "/lokaler/", "/en/premises/elvekanten/", "/api/v1/properties/"]:
        response = Client().get(address, headers={"accept-language": "en"})
        assert "accept-language" not in response.get("Vary", "").lower(), address
        expected = "en" if address.startswith("/en/") else "nb"
        assert response["Content-Language"] == expected, address


def test_the_admin_login_follows_the_browsers_language(small_site):
    response = Client().get("/admin/login/", headers={"accept-language": "en"})
    assert response["Content-Language"] == "en"
    assert "accept-language" in response["Vary"].lower()


def test_a_missing_page_may_be_shared_too(small_site):
    response = Client().get("/finnes-ikke/")
    assert response.status_code == 404
    assert "public" in response["Cache-Control"]


def test_a_logged_in_visitor_gets_private_pages(small_site, listing):
    user = get_user_model().objects.create_user("redaktor", password="x")
    client = Client()
    client.force_login(user)
    for address in ["/", "/lokaler/", "/lokaler/elvekanten/"]:
        cache_control = client.get(address)["Cache-Control"]
        assert "private" in cache_control, address
        assert "public" not in cache_control, address


def test_an_alert_confirmation_is_never_cached(small_site):
    subscription = AlertSubscription.objects.create(
        email="ola@nordlys.example", query="kind=kontor", frequency="daily"
    )
    for name in ["properties:alert_confirm", "properties:alert_unsubscribe"]:
        address = reverse(name, kwargs={"token": subscription.token})
        response = Client().get(address)
        assert response.status_code == 200, address
        cache_control = response["Cache-Control"]
        assert "no-store" in cache_control and "private" in cache_control, address


def test_answers_to_forms_and_the_health_check_are_not_shared(small_site, listing):
    assert "public" not in Client().post("/lokaler/varsler/", {})["Cache-Control"]
    assert "no-store" in Client().get("/healthz")["Cache-Control"]
    assert "no-store" in Client().get("/beacon?p=/")["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["/partner/logg-inn/", "/en/partner/login/", "/admin/login/"])
def test_private_areas_are_not_shared_nor_indexed(address):
    response = Client().get(address)
    assert response.status_code == 200
    assert "public" not in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_public_pages_are_indexed(small_site):
    assert "X-Robots-Tag" not in Client().get("/")


def test_every_answer_switches_off_browser_features_the_site_does_not_use(small_site):
    policy = Client().get("/")["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in policy
    assert 'fullscreen=(self "https://www.youtube-nocookie.com"' in policy


def test_the_open_api_may_be_read_from_any_site_without_credentials(small_site):
    response = Client().get("/api/v1/properties/", headers={"origin": "https://data.example"})
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert "origin" not in response.get("Vary", "").lower()
    preflight = Client().options(
        "/api/v1/properties/",
        headers={"origin": "https://data.example", "access-control-request-method": "GET"},
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"


def test_nothing_outside_the_api_is_open_to_other_sites(small_site):
    for address in ["/", "/lokaler/", "/admin/login/"]:
        response = Client().get(address, headers={"origin": "https://data.example"})
        assert "Access-Control-Allow-Origin" not in response, address


def test_the_api_docs_keep_the_content_security_policy(small_site):
    response = Client().get("/api/v1/docs")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert not response.cookies
