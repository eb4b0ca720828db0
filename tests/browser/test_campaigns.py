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
