"""The premises pages in a real browser: the map loads tiles only when asked, saved listings
live in the browser and lead to the compare page."""

from tests.browser.conftest import WIDTHS


def test_the_map_asks_the_tile_server_only_after_the_button(open_page, live_site):
    page = open_page(WIDTHS["desktop"])
    page.goto(live_site(live_site.urls["premises"]))
    page.wait_for_load_state("networkidle")
    assert live_site.foreign_requests(page) == []

    page.get_by_role("button", name="Vis på kart").click()
    page.wait_for_selector(".leaflet-marker-icon")
    assert page.locator(".leaflet-marker-icon").count() >= 3
    assert any(request.endswith("/static/vendor/leaflet/leaflet.js") for request in page.requests)
    assert any("openstreetmap" in url for url in live_site.foreign_requests(page))


def test_saved_listings_are_kept_and_compared(open_page, live_site):
    page = open_page(WIDTHS["phone"])
    page.goto(live_site(live_site.urls["premises"]))
    saves = page.locator("[data-favourite]")
    first_title = page.locator(".listing-card__title a").nth(0).inner_text()
    second_title = page.locator(".listing-card__title a").nth(1).inner_text()
    saves.nth(0).click()
    saves.nth(1).click()
    assert saves.nth(0).get_attribute("aria-pressed") == "true"

    page.reload()
    assert page.locator("[data-favourite][aria-pressed=true]").count() == 2
    link = page.locator("[data-favourites-link]")
    assert link.is_visible()
    link.click()
    page.wait_for_load_state()
    headers = page.locator(".compare-table thead th").all_inner_texts()
    assert set(headers) == {first_title, second_title}
    # Saved listings live in localStorage; the only cookie is the CSRF token of the forms.
    assert {cookie["name"] for cookie in page.context.cookies()} <= {"csrftoken"}


def test_a_filter_search_works_without_javascript(browser, live_site):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto(live_site(live_site.urls["premises"]))
    page.get_by_label("Lager og logistikk").check()
    page.get_by_role("button", name="Vis lokaler").click()
    page.wait_for_load_state()
    assert "kind=lager-logistikk" in page.url
    cards = page.locator(".listing-card__meta").all_inner_texts()
    assert cards and all(text.startswith("Lager og logistikk") for text in cards)
    context.close()
