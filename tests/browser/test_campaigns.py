"""A campaign landing page, as a visitor from a campaign link meets it: no cookie and nothing from
another host until they ask for the film; then the player comes from the video host."""

import re
from urllib.parse import urlsplit

from tests.browser.conftest import WIDTHS


def test_campaign_page_sets_no_cookie_and_asks_no_other_host_before_a_click(open_page, live_site):
    page = open_page(WIDTHS["phone"])
    response = page.goto(live_site(live_site.urls["campaign"]))
    assert response.status == 200
    page.mouse.wheel(0, 20_000)  # bring lazy images into view
    page.wait_for_load_state("networkidle")

    assert page.context.cookies() == [], "the campaign page sets a cookie before any click"
    assert live_site.foreign_requests(page) == []
    assert any(request.startswith(live_site.url + "/static/") for request in page.requests)

    play = page.get_by_role("link", name=re.compile(r"^Spill av video"))
    play.scroll_into_view_if_needed()
    with page.expect_request(lambda request: "youtube-nocookie.com" in request.url):
        play.click()
    hosts = {urlsplit(url).netloc for url in live_site.foreign_requests(page)}
    assert any(host.endswith("youtube-nocookie.com") for host in hosts), hosts
    assert page.locator("iframe.video-consent__frame").count() == 1
    # the attribution rides in the address, never in a cookie
    assert page.context.cookies() == []


def test_a_linkedin_visitor_who_sends_an_inquiry_shows_in_the_campaigns_report(
    open_page, live_site, committed_db
):
    """The campaign's acceptance path, in the browser: from a paid LinkedIn link through the
    showcase to an inquiry; the report counts one visit and one inquiry under LinkedIn / paid."""
    from campaigns.models import Campaign
    from campaigns.reports import breakdown

    def linkedin_paid():
        campaign = Campaign.objects.get(slug="kontorbyen")
        source = {row["name"]: row for row in breakdown(campaign, "source")}.get("linkedin", {})
        medium = {row["name"]: row for row in breakdown(campaign, "medium")}.get("paid", {})
        return [table.get(key, 0) for table in (source, medium) for key in ("visits", "inquiries")]

    before = committed_db(linkedin_paid)
    page = open_page(WIDTHS["phone"])
    landing = urlsplit(live_site.urls["campaign"]).path
    page.goto(live_site(f"{landing}?utm_source=linkedin&utm_medium=paid&utm_campaign=kontorbyen"))
    page.locator(".listing-card__title a").first.click()
    page.wait_for_load_state()
    page.locator("#id_name").fill("Kari Leder")
    page.locator("#id_email").fill("kari@leder.example")
    page.locator("#id_message").fill("Vi vurderer å flytte 40 ansatte fra Oslo.")
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Send henvendelse").click()
    page.wait_for_load_state()
    assert "Takk" in page.locator("h1").inner_text()

    visits, inquiries, medium_visits, medium_inquiries = committed_db(linkedin_paid)
    assert (visits, inquiries) == (before[0] + 1, before[1] + 1)
    assert (medium_visits, medium_inquiries) == (before[2] + 1, before[3] + 1)


def test_a_linkedin_visitor_who_searches_before_the_inquiry_is_still_credited(
    open_page, live_site, committed_db
):
    """The whole journey by clicking: «See all available premises», a filter and a sort, a
    listing saved for comparison, then an inquiry. The campaign reference rides in every address
    on the way (never in a cookie or the browser's storage), so the report counts the inquiry
    under LinkedIn / paid."""
    from campaigns.models import Campaign
    from campaigns.reports import breakdown

    ref = "kontorbyen~linkedin~paid"

    def linkedin_paid_inquiries():
        campaign = Campaign.objects.get(slug="kontorbyen")
        source = {row["name"]: row for row in breakdown(campaign, "source")}.get("linkedin", {})
        medium = {row["name"]: row for row in breakdown(campaign, "medium")}.get("paid", {})
        return source.get("inquiries", 0), medium.get("inquiries", 0)

    before = committed_db(linkedin_paid_inquiries)
    page = open_page(WIDTHS["desktop"])
    landing = urlsplit(live_site.urls["campaign"]).path
    page.goto(live_site(f"{landing}?utm_source=linkedin&utm_medium=paid"))

    page.get_by_role("link", name="Se alle ledige lokaler").first.click()
    page.wait_for_load_state()
    page.get_by_label("Kontor", exact=True).check()
    page.locator("#id_sort").select_option(index=1)
    page.get_by_role("button", name="Vis lokaler").click()
    page.wait_for_load_state()
    assert f"kampanje={ref}" in page.url.replace("%7E", "~")

    page.locator(".listing-card__favourite").first.click()
    compare = page.locator("[data-favourites-link]").get_attribute("href")
    assert ref in compare.replace("%7E", "~"), compare  # built by the script, from the page
    page.locator(".listing-card__title a").first.click()
    page.wait_for_load_state()
    page.locator("#id_name").fill("Kari Leder")
    page.locator("#id_email").fill("kari@leder.example")
    page.locator("#id_message").fill("Vi vurderer å flytte 40 ansatte fra Oslo.")
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Send henvendelse").click()
    page.wait_for_load_state()
    assert "Takk" in page.locator("h1").inner_text()

    assert page.context.cookies() == []
    stored = page.evaluate("Object.keys(window.localStorage)")
    assert stored == ["drammenworks.favourites"]  # the saved listing, nothing about the campaign
    assert committed_db(linkedin_paid_inquiries) == (before[0] + 1, before[1] + 1)
