"""The beacon: the image through which a browser reports a view, so that pages kept in a shared
cache still count. It never fails, never sets a cookie, and is never cached."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.beacon import path_signature
from portal.signals import page_viewed
from portal.validators import has_control_characters
from properties.factories import ListingFactory
from properties.models import ListingDailyViews
from tests.visitors import Visitor, beacon_src

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"


@pytest.fixture
def reported():
    views = []

    def receive(sender, request, path, **kwargs):
        views.append((path, dict(request.GET.items())))

    page_viewed.connect(receive, dispatch_uid="test_reported")
    yield views
    page_viewed.disconnect(dispatch_uid="test_reported")


def test_a_page_that_counts_nothing_has_no_beacon(small_site):
    for address in ["/", "/lokaler/", small_site.url("hub", "en")]:
        assert beacon_src(Client().get(address)) is None, address


def test_a_page_opened_from_a_campaign_link_reports_its_path_and_parameters(small_site, reported):
    address = "/knutepunkt/?utm_source=linkedin&utm_medium=paid&utm_campaign=kontorbyen&x=1"
    Visitor(HTTP_USER_AGENT=BROWSER).get(address)
    assert reported == [
        (
            "/knutepunkt/",
            {
                "p": "/knutepunkt/",
                "s": path_signature("/knutepunkt/"),
                "utm_source": "linkedin",
                "utm_medium": "paid",
                "utm_campaign": "kontorbyen",
            },
        )
    ]


def test_a_listing_page_counts_a_view_of_its_listing(small_site):
    listing = ListingFactory(slug="elvekanten")
    visitor = Visitor(HTTP_USER_AGENT=BROWSER)
    visitor.get("/lokaler/elvekanten/")
    visitor.get("/en/premises/elvekanten/")
    assert ListingDailyViews.objects.get(listing=listing).views == 2


def test_the_beacon_is_a_tiny_image_never_cached_and_sets_no_cookie(small_site):
    response = Client(HTTP_USER_AGENT=BROWSER).get("/beacon?p=/lokaler/&listing=1")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert len(response.content) < 100
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies


def test_robots_and_posts_report_nothing(small_site, reported):
    Client(HTTP_USER_AGENT="Googlebot/2.1").get("/beacon?p=/&utm_source=x")
    Client().get("/beacon?p=/&utm_source=x")
    assert Client(HTTP_USER_AGENT=BROWSER).post("/beacon?p=/&utm_source=x").status_code == 405
    assert reported == []


def test_an_error_page_reached_from_a_campaign_link_has_no_beacon(small_site):
    response = Client().get("/finnes-ikke/?utm_source=linkedin")
    assert response.status_code == 404
    assert beacon_src(response) is None


def test_a_beacon_with_an_invented_or_unsigned_path_counts_nothing(small_site, reported):
    visitor = Client(HTTP_USER_AGENT=BROWSER)
    for number in range(20):
        visitor.get(f"/beacon?p=/invented-{number}/&utm_campaign=kontorbyen&utm_source=x")
    forged = path_signature("/knutepunkt/")
    visitor.get(f"/beacon?p=/invented/&s={forged}&utm_campaign=kontorbyen")
    assert reported == []
    visitor.get(f"/beacon?p=/knutepunkt/&s={forged}&utm_campaign=kontorbyen")
    assert [path for path, _params in reported] == ["/knutepunkt/"]


def test_a_listing_that_is_not_published_is_not_counted(small_site):
    draft = ListingFactory(live=False)
    signature = path_signature("/lokaler/x/")
    Client(HTTP_USER_AGENT=BROWSER).get(f"/beacon?p=/lokaler/x/&s={signature}&listing={draft.pk}")
    assert not ListingDailyViews.objects.exists()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    params=st.dictionaries(
        st.sampled_from(["p", "listing", "campaign", "utm_source", "kampanje", "other"]),
        st.text(max_size=300),
    )
)
def test_any_beacon_address_answers_the_image(small_site, params):
    response = Client(HTTP_USER_AGENT=BROWSER).get("/beacon", params)
    if any(map(has_control_characters, [*params, *params.values()])):
        assert response.status_code == 400  # as every address with control characters
        return
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
