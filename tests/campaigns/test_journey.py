"""A visitor from a campaign link keeps its reference on every page of the journey — the search
(filters, sort, pagination, the map), listings, compare, the language switcher, the relocation
form and alerts — until an inquiry, a relocation request or an alert, with nothing stored on the
device; a visitor who came some other way gets addresses without it, and links to other sites
never carry it."""

from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.db.models import Sum
from django.urls import reverse
from django.utils import translation

from campaigns.models import CampaignConversions
from properties.models import AlertSubscription, Inquiry
from tests.html import soup_of
from tests.visitors import Visitor

from .conftest import BROWSER, form_data
from .reporting import report_url, table_after

pytestmark = pytest.mark.django_db

REF = "kontorbyen~linkedin~paid"
LANDING = "/kampanjer/kontorbyen/?utm_source=linkedin&utm_medium=paid"
NOT_PAGES = ("/static/", "/media/", "/documents/", "/admin/", "/partner/", "/api/", "/en/partner/")
INQUIRY = {
    "name": "Ola Investor",
    "company": "Nordlys AS",
    "email": "ola@nordlys.example",
    "message": "Vi vil se på 300 m² kontor ved elva.",
    "consent": "on",
}


def ref_of(url):
    return parse_qs(urlsplit(url).query).get("kampanje", [""])[0]


def is_journey_page(link):
    href = link["href"]
    if link.has_attr("type") or link.has_attr("download"):
        return False
    if href.startswith("?"):
        return True
    return href.startswith("/") and not href.startswith(("//", *NOT_PAGES))


def journey_pages(world):
    elvekanten = world.listings["elvekanten"]
    return [
        "/kampanjer/kontorbyen/",
        "/",
        "/lokaler/",
        "/lokaler/?kind=kontor&sort=newest",
        elvekanten.get_absolute_url(),
        f"/en/premises/{elvekanten.slug}/",
        f"{reverse('properties:compare')}?id={elvekanten.pk}",
        world.site.url("form"),
        reverse("properties:alert_pending"),
        reverse("properties:inquiry_sent", kwargs={"slug": elvekanten.slug}),
    ]


def arriving_with(path, ref):
    return f"{path}{'&' if '?' in path else '?'}kampanje={ref}"


def test_every_link_and_form_of_the_journey_carries_the_reference(world, browser):
    for path in journey_pages(world):
        page = soup_of(browser.get(arriving_with(path, REF)))
        links = page.select("a[href]")
        assert links, path
        for link in links:
            expected = REF if is_journey_page(link) else ""
            assert ref_of(link["href"]) == expected, (path, link)
        for form in page.select("form"):
            if form.get("method", "get").lower() == "post":
                assert ref_of(form["action"]) == REF, (path, form)
            else:
                assert form_data(form)["kampanje"] == REF, (path, form)
        assert page.body["data-campaign-ref"] == REF  # for the links the scripts build


def test_a_visitor_who_came_another_way_gets_addresses_without_it(world, browser):
    for path in journey_pages(world)[1:]:  # the campaign page itself is a campaign's landing
        page = soup_of(browser.get(path))
        assert not any(ref_of(a["href"]) for a in page.select("a[href]")), path
        assert not any(ref_of(form.get("action", "")) for form in page.select("form")), path
        assert not page.select("input[name=kampanje]"), path
        assert not page.body.has_attr("data-campaign-ref"), path


def test_links_to_other_sites_never_carry_it(world, browser):
    page = soup_of(browser.get(LANDING))
    external = [a["href"] for a in page.select("a[href]") if a["href"].startswith("http")]
    assert external  # the film and the share links
    assert not any("kampanje=" in unquote(href) for href in external)


def test_the_language_switcher_keeps_the_reference(world, browser):
    listing = world.listings["elvekanten"]
    page = soup_of(browser.get(arriving_with(listing.get_absolute_url(), REF)))
    english = page.select_one(".language-switcher a[lang=en]")["href"]
    assert english == f"/en/premises/{listing.slug}/?kampanje={REF}"


def test_the_map_finds_the_reference_for_its_links(world, browser):
    page = soup_of(browser.get(arriving_with("/lokaler/", REF)))
    assert page.select_one("[data-map]")
    assert page.body["data-campaign-ref"] == REF


def linkedin_paid_inquiries():
    rows = CampaignConversions.objects.filter(
        campaign__slug="kontorbyen", source="linkedin", medium="paid", measure="inquiries"
    )
    return rows.aggregate(total=Sum("count"))["total"] or 0


def see_all_premises_link(landing):
    with translation.override("nb"):
        text = translation.gettext("See all available premises")
    return next(a for a in soup_of(landing).select("main a") if a.get_text(strip=True) == text)


def test_see_all_then_a_filter_then_a_listing_then_an_inquiry_is_credited(world, editor_client):
    before = linkedin_paid_inquiries()
    investor = Visitor(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER)

    landing = investor.get(LANDING)
    search = investor.get(see_all_premises_link(landing)["href"])
    filters = soup_of(search).select_one("form.search-filters")
    results = investor.get(filters["action"], {**form_data(filters), "kind": "kontor"})
    assert results.status_code == 200
    listing_address = soup_of(results).select_one(".listing-card__title a")["href"]
    inquiry = soup_of(investor.get(listing_address)).select_one("form.inquiry__form")
    sent = investor.post(
        inquiry["action"],
        {**form_data(inquiry), **INQUIRY},
        headers={"origin": "http://testserver"},
    )

    assert sent.status_code == 302
    assert Inquiry.objects.get().campaign_ref == REF
    assert ref_of(sent["Location"]) == REF  # the thank-you page goes on with it
    assert linkedin_paid_inquiries() == before + 1
    report = editor_client.get(report_url(world.kontorbyen))
    assert table_after(report, "By source")["linkedin"][1] == 1  # visits, inquiries
    assert table_after(report, "By medium")["paid"][1] == 1


def test_an_alert_keeps_the_reference_to_its_confirmation_and_beyond(world, browser):
    search = soup_of(browser.get(arriving_with("/lokaler/?kind=kontor", REF)))
    form = search.select_one("form.alert-signup__form")
    data = {**form_data(form), "email": "ola@investor.example", "frequency": "weekly"}
    pending = browser.post(form["action"], data)
    assert ref_of(pending["Location"]) == REF

    subscription = AlertSubscription.objects.get()
    assert subscription.campaign_ref == REF
    confirmed = browser.get(reverse("properties:alert_confirm", args=[subscription.token]))
    search_again = soup_of(confirmed).select_one("main a[href^='/lokaler/']")["href"]
    assert ref_of(search_again) == REF  # the e-mail's link carries nothing; the page goes on
    counted = CampaignConversions.objects.get(
        measure="alert_subscriptions", campaign__slug="kontorbyen"
    )
    assert (counted.source, counted.medium, counted.count) == ("linkedin", "paid", 1)


def test_a_page_with_the_reference_is_shared_by_caches_and_sets_no_cookie(world, browser):
    response = browser.get(arriving_with("/lokaler/?kind=kontor", REF))
    assert not response.cookies
    assert "public" in response["Cache-Control"]
