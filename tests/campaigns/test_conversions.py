"""Conversions: the campaign reference travels in links and hidden fields, and each listing view,
inquiry, relocation request and confirmed alert it reaches counts once for its campaign, source
and medium. Unknown or garbage references count nothing and break nothing."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from campaigns.measurement import OTHER
from campaigns.models import CampaignConversions
from properties.models import AlertSubscription, Inquiry
from tests.answers import INQUIRY, RELOCATION
from tests.html import soup_of

from .conftest import form_data

pytestmark = pytest.mark.django_db

UTM = "utm_source=linkedin&utm_medium=paid&utm_campaign=kontorbyen"
REF = "kontorbyen~linkedin~paid"

GARBAGE = [
    "<script>~~",
    "<script>alert(1)</script>~linkedin~paid",
    "~~",
    "~",
    "~~~~~~~~",
    "finnes-ikke~linkedin~paid",
    "kontorbyen'; DROP TABLE campaigns_campaign;--~x~y",
    "kontorbyen%00~linkedin",
    pytest.param("k" * 2000, id="2000-characters"),
    "ünïcødé~✓~★",
]


def ref_of(href):
    return parse_qs(urlsplit(href).query).get("kampanje", [""])[0]


def new_conversions():
    """Conversions the test made (the report campaign's known figures left out)."""
    return CampaignConversions.objects.exclude(campaign__slug="rapport")


def counted(measure):
    return list(
        new_conversions()
        .filter(measure=measure)
        .values_list("campaign__slug", "source", "medium", "count")
    )


def listing_form(client, listing, query=f"kampanje={REF}"):
    response = client.get(f"/lokaler/{listing.slug}/?{query}")
    assert response.status_code == 200
    return soup_of(response).select_one("form.inquiry__form")


def send_inquiry(client, form, **extra):
    return client.post(form["action"], {**form_data(form), **INQUIRY, **extra})


# Links and hidden fields


def test_every_link_onward_from_the_campaign_page_carries_the_reference(world, browser):
    main = soup_of(browser.get(f"/kampanjer/kontorbyen/?{UTM}")).find("main")
    listing_links = main.select(".listing-card__title a")
    assert len(listing_links) >= 4
    for link in listing_links:
        assert ref_of(link["href"]) == REF, link["href"]
    cta = main.select_one(".block-cta a")
    assert urlsplit(cta["href"]).path == world.site.url("form")
    assert ref_of(cta["href"]) == REF
    for more in main.select(".showcase .section__more a"):
        assert ref_of(more["href"]) == REF


def test_a_campaign_page_without_utm_still_refers_to_its_campaign(world, browser):
    main = soup_of(browser.get("/kampanjer/kontorbyen/")).find("main")
    first = main.select_one(".listing-card__title a")
    assert ref_of(first["href"]) == "kontorbyen~~"


def test_the_reference_survives_in_the_english_pages(world, browser):
    main = soup_of(browser.get(f"/en/campaigns/kontorbyen/?{UTM}")).find("main")
    link = main.select_one(".listing-card__title a")["href"]
    assert urlsplit(link).path.startswith("/en/premises/")
    assert ref_of(link) == REF
    form = soup_of(browser.get(link)).select_one("form.inquiry__form")
    assert form.find("input", attrs={"name": "campaign"})["value"] == REF


def test_the_inquiry_form_holds_the_reference_in_a_hidden_field(world, browser):
    form = listing_form(browser, world.listings["elvekanten"])
    field = form.find("input", attrs={"name": "campaign"})
    assert field["type"] == "hidden"
    assert field["value"] == REF


def test_a_listing_reached_with_utm_parameters_refers_to_that_campaign(world, browser):
    form = listing_form(browser, world.listings["elvekanten"], UTM)
    assert form.find("input", attrs={"name": "campaign"})["value"] == REF


def test_the_relocation_form_holds_the_reference(world, browser):
    response = browser.get(f"{world.site.url('form')}?kampanje={REF}")
    field = soup_of(response).find("input", attrs={"name": "campaign"})
    assert field["type"] == "hidden"
    assert field["value"] == REF


def test_the_alert_form_holds_the_reference_and_not_in_the_saved_search(world, browser):
    response = browser.get(f"/lokaler/?kind=kontor&kampanje={REF}")
    form = soup_of(response).select_one("form.alert-signup__form")
    data = form_data(form)
    assert data["campaign_ref"] == REF
    assert data["query"] == "kind=kontor"


# Conversions


def test_opening_a_listing_with_the_reference_counts_a_listing_view(world, browser):
    listing_form(browser, world.listings["elvekanten"])
    assert counted("listing_views") == [("kontorbyen", "linkedin", "paid", 1)]
    listing_form(browser, world.listings["forhandling"])
    assert counted("listing_views") == [("kontorbyen", "linkedin", "paid", 2)]


def test_opening_a_listing_without_the_reference_counts_nothing(world, browser):
    assert browser.get(f"/lokaler/{world.listings['elvekanten'].slug}/").status_code == 200
    assert not new_conversions().exists()


def test_a_robot_opening_a_listing_with_the_reference_counts_nothing(world):
    robot = Client(HTTP_USER_AGENT="Googlebot/2.1")
    assert (
        robot.get(f"/lokaler/{world.listings['elvekanten'].slug}/?kampanje={REF}").status_code
        == 200
    )
    assert not new_conversions().exists()


def test_an_inquiry_with_the_reference_counts_for_its_campaign_source_and_medium(world, browser):
    form = listing_form(browser, world.listings["elvekanten"])
    response = send_inquiry(browser, form)
    assert response.status_code == 302
    assert Inquiry.objects.get().campaign_ref == REF
    assert counted("inquiries") == [("kontorbyen", "linkedin", "paid", 1)]


def test_an_inquiry_without_the_reference_counts_nothing(world, browser):
    form = listing_form(browser, world.listings["elvekanten"], query="")
    assert send_inquiry(browser, form).status_code == 302
    assert Inquiry.objects.count() == 1
    assert counted("inquiries") == []


def test_an_invalid_inquiry_counts_nothing(world, browser):
    form = listing_form(browser, world.listings["elvekanten"])
    response = send_inquiry(browser, form, email="ikke-en-adresse")
    assert response.status_code == 400
    assert counted("inquiries") == []
    # The reference is kept for the next try.
    field = soup_of(response).find("input", attrs={"name": "campaign"})
    assert field["value"] == REF


def test_a_spam_inquiry_counts_nothing(world, browser):
    form = listing_form(browser, world.listings["elvekanten"])
    assert send_inquiry(browser, form, website="http://spam.example").status_code == 302
    assert counted("inquiries") == []


def test_a_relocation_request_with_the_reference_counts(world, browser):
    address = f"{world.site.url('form')}?kampanje={REF}"
    form = soup_of(browser.get(address)).select_one("main form[method=post]")
    response = browser.post(form["action"] or address, {**form_data(form), **RELOCATION})
    assert response.status_code == 302
    assert counted("relocation_requests") == [("kontorbyen", "linkedin", "paid", 1)]


def test_a_relocation_request_reached_from_the_campaign_page_counts(world, browser):
    page = soup_of(browser.get(f"/kampanjer/kontorbyen/?{UTM}"))
    address = page.select_one(".block-cta a")["href"]
    form = soup_of(browser.get(address)).select_one("main form[method=post]")
    response = browser.post(address, {**form_data(form), **RELOCATION})
    assert response.status_code == 302
    assert counted("relocation_requests") == [("kontorbyen", "linkedin", "paid", 1)]


def test_an_invalid_relocation_request_counts_nothing(world, browser):
    address = f"{world.site.url('form')}?kampanje={REF}"
    form = soup_of(browser.get(address)).select_one("main form[method=post]")
    response = browser.post(address, {**form_data(form), **RELOCATION, "email": "nei"})
    assert response.status_code == 400
    assert counted("relocation_requests") == []


def subscribe_from_search(client, query=f"kind=kontor&kampanje={REF}"):
    form = soup_of(client.get(f"/lokaler/?{query}")).select_one("form.alert-signup__form")
    data = {**form_data(form), "email": "ola@investor.example", "frequency": "weekly"}
    response = client.post(form["action"], data)
    assert response.status_code == 302
    return AlertSubscription.objects.get()


def test_an_alert_counts_only_once_confirmed(world, browser):
    subscription = subscribe_from_search(browser)
    assert subscription.campaign_ref == REF
    assert subscription.query == "kind=kontor"
    assert counted("alert_subscriptions") == []
    confirm = f"/lokaler/varsler/bekreft/{subscription.token}/"
    assert browser.get(confirm).status_code == 200
    assert counted("alert_subscriptions") == [("kontorbyen", "linkedin", "paid", 1)]
    assert browser.get(confirm).status_code == 200  # confirming twice counts once
    assert counted("alert_subscriptions") == [("kontorbyen", "linkedin", "paid", 1)]


def test_an_alert_without_the_reference_counts_nothing(world, browser):
    subscription = subscribe_from_search(browser, query="kind=kontor")
    browser.get(f"/lokaler/varsler/bekreft/{subscription.token}/")
    assert counted("alert_subscriptions") == []


def test_conversions_of_the_same_origin_and_day_share_one_row(world, browser):
    for _ in range(3):
        listing_form(browser, world.listings["elvekanten"])
    listing_form(browser, world.listings["elvekanten"], "kampanje=kontorbyen~dn~print")
    assert sorted(counted("listing_views")) == [
        ("kontorbyen", "dn", "print", 1),
        ("kontorbyen", "linkedin", "paid", 3),
    ]


# Unknown campaigns and garbage


def test_invented_sources_in_the_reference_are_counted_as_one_other_source(world, browser):
    for number in range(50):
        listing_form(browser, world.listings["elvekanten"], f"kampanje=kontorbyen~fake{number}~x")
    assert counted("listing_views") == [("kontorbyen", OTHER, OTHER, 50)]
    assert new_conversions().count() == 1


@pytest.mark.parametrize("garbage", GARBAGE)
def test_a_garbage_reference_on_a_listing_counts_nothing_and_breaks_nothing(
    world, browser, garbage
):
    listing = world.listings["elvekanten"]
    response = browser.get(f"/lokaler/{listing.slug}/", {"kampanje": garbage})
    assert response.status_code == 200
    assert b"<script>alert" not in response.content
    form = soup_of(response).select_one("form.inquiry__form")
    assert send_inquiry(browser, form).status_code == 302
    # A tampered hidden field must not cost the visitor the inquiry (they cannot see or fix it).
    assert send_inquiry(browser, form, campaign=garbage).status_code == 302
    assert Inquiry.objects.count() == 2
    assert not new_conversions().exists()


@pytest.mark.parametrize("garbage", GARBAGE)
def test_a_garbage_reference_on_the_relocation_form_counts_nothing_and_breaks_nothing(
    world, browser, garbage
):
    address = world.site.url("form")
    response = browser.get(address, {"kampanje": garbage})
    assert response.status_code == 200
    form = soup_of(response).select_one("main form[method=post]")
    assert browser.post(address, {**form_data(form), **RELOCATION}).status_code == 302
    response = browser.post(address, {**form_data(form), **RELOCATION, "campaign": garbage})
    assert response.status_code == 302
    assert FormSubmission.objects.count() == 2
    assert not new_conversions().exists()


@pytest.mark.parametrize("garbage", GARBAGE)
def test_a_garbage_reference_on_an_alert_counts_nothing_and_breaks_nothing(world, browser, garbage):
    response = browser.get("/lokaler/", {"kind": "kontor", "kampanje": garbage})
    assert response.status_code == 200
    form = soup_of(response).select_one("form.alert-signup__form")
    data = {**form_data(form), "email": "ola@investor.example", "frequency": "weekly"}
    assert browser.post(form["action"], data).status_code == 302
    # another address: one waiting confirmation per address a day
    second = {**data, "email": "kari@investor.example", "campaign_ref": garbage}
    assert browser.post(form["action"], second).status_code == 302
    assert AlertSubscription.objects.count() == 2
    for subscription in AlertSubscription.objects.all():
        assert browser.get(f"/lokaler/varsler/bekreft/{subscription.token}/").status_code == 200
    assert not new_conversions().exists()


@pytest.mark.parametrize("garbage", GARBAGE)
def test_garbage_utm_parameters_break_nothing(world, browser, garbage):
    response = browser.get(
        "/kampanjer/kontorbyen/",
        {"utm_campaign": garbage, "utm_source": garbage, "utm_medium": garbage},
    )
    assert response.status_code == 200
    assert b"<script>alert" not in response.content
    first = soup_of(response).select_one(".listing-card__title a")["href"]
    assert browser.get(first).status_code == 200
