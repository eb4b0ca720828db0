"""The premises pages in a real browser: the map loads tiles only when asked and its markers
every time, saved listings live in the browser and lead to the compare page."""

from urllib.parse import urlsplit

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


# A transparent 1×1 PNG: what the tile server "answers" here, so that no request fails.
BLANK_TILE = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8ffff3f0005fe02fea7d6a4c00000000049454e44ae426082"
)
MAP_OPENINGS = 10


def open_the_map(page, live_site):
    """The premises map opened as a visitor would, with every failed request, error response
    and console error it caused (the tile server answered with blank tiles)."""
    problems = []
    page.route(
        "**/*",
        lambda route: (
            route.continue_()
            if urlsplit(route.request.url).netloc == live_site.host
            else route.fulfill(status=200, content_type="image/png", body=BLANK_TILE)
        ),
    )
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.on(
        "response",
        lambda answer: (
            problems.append(f"{answer.status}: {answer.url}") if answer.status >= 400 else None
        ),
    )
    page.on(
        "console",
        lambda message: problems.append(message.text) if message.type == "error" else None,
    )
    page.goto(live_site(live_site.urls["premises"]))
    page.get_by_role("button", name="Vis på kart").click()
    page.wait_for_selector(".leaflet-marker-icon")
    page.wait_for_load_state("networkidle")
    markers = page.eval_on_selector_all(
        "img.leaflet-marker-icon", "imgs => imgs.map(img => img.complete && img.naturalWidth > 0)"
    )
    return markers, problems


def test_the_map_markers_load_every_time(open_page, live_site):
    for opening in range(MAP_OPENINGS):
        markers, problems = open_the_map(open_page(WIDTHS["desktop"]), live_site)
        assert problems == [], f"opening {opening + 1}"
        assert markers and all(markers), f"opening {opening + 1}: a marker image did not load"


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
    # Saved listings live in localStorage; no cookie at all.
    assert page.context.cookies() == []


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


def journey(page, live_site, *, home, menu, kind, district, send, thanks):
    """From the home page to a sent inquiry, as an investor would click it."""
    page.goto(live_site(home))
    # Narrow windows fold the menu (below 48rem) and the filters (below 64rem). Decided by
    # the viewport, not by visibility, which is briefly wrong while a stylesheet loads.
    width = page.viewport_size["width"]
    if width < 768:
        page.locator(".main-nav__toggle").click()
    page.get_by_role("navigation").get_by_role("link", name=menu).click()
    page.wait_for_load_state("load")
    if width < 1024:
        page.locator(".search-filters__toggle > summary").click()
    page.get_by_label(kind, exact=True).check()
    page.locator("summary", has_text=district[0]).click()
    page.get_by_label(district[1], exact=True).check()
    page.locator("#id_area_min").fill("200")
    page.locator("#id_area_max").fill("1000")
    page.locator("form.search-filters [type=submit]").first.click()
    page.wait_for_load_state()
    page.locator(".listing-card__title a").first.click()
    page.wait_for_load_state()
    title = page.locator("h1").inner_text()
    page.locator("#id_name").fill("Ola Investor")
    page.locator("#id_email").fill("ola@investor.example")
    page.locator("#id_message").fill("Vi trenger 400 m² fra våren.")
    page.locator("#id_consent").check()
    page.get_by_role("button", name=send).click()
    page.wait_for_load_state()
    assert thanks in page.locator("h1").inner_text()
    return title


def test_an_investor_finds_an_office_and_sends_an_inquiry(open_page, live_site, committed_db):
    from properties.models import Inquiry

    before = committed_db(
        lambda: Inquiry.objects.order_by("pk").values_list("pk", flat=True).last() or 0
    )
    page = open_page(WIDTHS["desktop"])
    title = journey(
        page,
        live_site,
        home="/",
        menu="Ledige lokaler",
        kind="Kontor",
        district=("Bydel", "Strømsø"),
        send="Send henvendelse",
        thanks="Takk",
    )
    page = open_page(WIDTHS["phone"])
    title_en = journey(
        page,
        live_site,
        home="/en/",
        menu="Available premises",
        kind="Office",
        district=("District", "Strømsø"),
        send="Send inquiry",
        thanks="Thank you",
    )
    sent = committed_db(
        lambda: [
            (i.listing.title, i.listing.title_en)
            for i in Inquiry.objects.filter(pk__gt=before).select_related("listing")
        ]
    )
    assert len(sent) == 2  # the English visitor read the English title of the same kind of listing
    assert title in {nb for nb, _en in sent} and title_en in {en for _nb, en in sent}


def test_on_a_desktop_a_listing_card_shows_its_photo_beside_its_text(open_page, live_site):
    page = open_page(WIDTHS["desktop"])
    page.goto(live_site(live_site.urls["premises"]))
    card = page.locator(".listing-card").first
    photo = card.locator(".listing-card__image").bounding_box()
    text = card.locator(".listing-card__body").bounding_box()
    assert card.locator("picture source").count() > 0  # a format choice, as in production
    assert photo["x"] < text["x"], "the photo is on the left"
    assert photo["y"] <= text["y"] < photo["y"] + photo["height"], "photo and text share a row"
