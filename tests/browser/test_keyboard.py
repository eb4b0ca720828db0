"""Keyboard-only use: the skip link, the phone menu and its «Why Drammen» fold, and a video that
loads nothing from its host until the visitor asks for it."""

import contextlib

import pytest

from tests.browser.conftest import WIDTHS

FOCUSED_IS_VISIBLE = """() => {
    const el = document.activeElement;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 1 && box.height > 1 && box.top >= 0 && box.left >= 0
        && box.bottom <= innerHeight && box.right <= innerWidth
        && style.visibility !== "hidden" && style.opacity !== "0";
}"""

FOCUS_IS_MARKED = """() => {
    const style = getComputedStyle(document.activeElement);
    return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
        || style.boxShadow !== "none";
}"""


def active(page, expression):
    return page.evaluate(f"() => {{ const el = document.activeElement; return {expression}; }}")


@pytest.mark.parametrize("width", list(WIDTHS), ids=list(WIDTHS))
@pytest.mark.parametrize(("name", "language"), [("home", "nb"), ("home-en", "en")])
def test_first_tab_reaches_a_visible_skip_link(open_page, live_site, name, language, width):
    page = open_page(WIDTHS[width])
    page.goto(live_site(live_site.urls[name]))
    page.keyboard.press("Tab")

    assert active(page, "el.tagName") == "A"
    assert active(page, "el.getAttribute('href')") == "#main"
    assert active(page, "el.textContent.trim()") == live_site.texts[language]["skip"]
    assert page.evaluate(FOCUSED_IS_VISIBLE), "the focused skip link is not visible"
    assert page.evaluate(FOCUS_IS_MARKED), "the focused skip link has no focus indicator"

    page.keyboard.press("Enter")
    assert active(page, "el.tagName") == "MAIN"
    assert active(page, "el.id") == "main"
    page.keyboard.press("Tab")
    assert active(page, "!!el.closest('main')"), "Tab after the skip link leaves <main>"


def tab_to(page, selector, limit=25):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return True
    return False


MENU_TOGGLE = "header nav summary, header nav button"
MENU_LINK = "header nav li a"


def test_phone_menu_opens_with_the_keyboard(open_page, live_site):
    page = open_page(WIDTHS["phone"])
    page.goto(live_site("/"))
    links = page.locator(MENU_LINK)
    assert links.count() >= 4
    assert not links.first.is_visible(), "at phone width the menu should start closed"

    assert tab_to(page, MENU_TOGGLE), "the menu button cannot be reached with Tab"
    assert page.evaluate(FOCUS_IS_MARKED), "the menu button has no focus indicator"
    page.keyboard.press("Enter")
    assert links.first.is_visible(), "Enter on the menu button does not open the menu"

    assert tab_to(page, MENU_LINK, limit=5), "Tab does not lead into the open menu"
    assert page.evaluate(FOCUSED_IS_VISIBLE)
    expected = links.first.get_attribute("href")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == live_site(expected)


def test_desktop_menu_is_open_without_a_toggle(open_page, live_site):
    page = open_page(WIDTHS["desktop"])
    page.goto(live_site("/"))
    items = page.locator(f"{MENU_ITEMS} > a, {MENU_ITEMS} > details > summary")
    assert items.count() >= 4
    for index in range(items.count()):
        assert items.nth(index).is_visible()


MENU_ITEMS = "header nav .main-nav__list > li"
WHY_DRAMMEN = "header nav .main-nav__group summary"


def expanded(page, name):
    """The expanded state the browser gives assistive technology for the control named so."""
    tree = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    for node in tree:
        if node.get("name", {}).get("value") == name:
            states = {p["name"]: p["value"]["value"] for p in node.get("properties", [])}
            return states.get("expanded")
    raise AssertionError(f"no control named {name!r}")


@pytest.mark.parametrize("width", list(WIDTHS), ids=list(WIDTHS))
def test_why_drammen_opens_with_the_keyboard_and_holds_the_four_ks(open_page, live_site, width):
    page = open_page(WIDTHS[width])
    page.goto(live_site("/en/"))
    if width == "phone":
        assert tab_to(page, MENU_TOGGLE)
        page.keyboard.press("Enter")
    four_ks = page.locator("header nav .main-nav__sublist a")
    assert not four_ks.first.is_visible(), "«Why Drammen» should start closed"
    assert expanded(page, "Why Drammen") is False

    assert tab_to(page, WHY_DRAMMEN, limit=10), "«Why Drammen» cannot be reached with Tab"
    assert page.evaluate(FOCUS_IS_MARKED), "«Why Drammen» has no focus indicator"
    page.keyboard.press("Enter")
    assert expanded(page, "Why Drammen") is True
    assert four_ks.all_inner_texts() == ["Hub", "Complete", "Compact", "Competence"]
    assert all(link.is_visible() for link in four_ks.all())
    page.keyboard.press("Tab")
    assert active(page, "el.textContent.trim()") == "Hub"

    page.keyboard.press("Escape")
    assert not four_ks.first.is_visible(), "Escape does not close «Why Drammen»"
    assert active(page, "el.matches('.main-nav__group summary')"), "focus is not back on it"


def test_form_errors_take_focus_and_lead_to_the_field(open_page, live_site):
    page = open_page(WIDTHS["phone"])
    page.goto(live_site(live_site.urls["form"]))
    assert tab_to(page, "main form [type=submit]", limit=40)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert active(page, "el.getAttribute('role')") == "alert", "error summary is not focused"
    page.keyboard.press("Tab")
    target = active(page, "el.getAttribute('href')")
    assert target and target.startswith("#id_")
    page.keyboard.press("Enter")
    assert active(page, "'#' + el.id") == target


def test_home_page_asks_no_other_host_for_anything(open_page, live_site):
    for url in ("/", "/en/"):
        page = open_page(WIDTHS["desktop"])
        page.goto(live_site(url))
        page.mouse.wheel(0, 20_000)
        page.wait_for_load_state("networkidle")
        assert live_site.foreign_requests(page) == [], url
        assert any(request.startswith(live_site.url + "/static/") for request in page.requests)


def test_video_loads_nothing_from_its_host_before_play(open_page, live_site):
    if not live_site.video_urls:
        pytest.skip("no page of the demo site has a video block")
    page = open_page(WIDTHS["desktop"])
    page.goto(live_site(live_site.video_urls[0]))
    page.mouse.wheel(0, 20_000)
    page.wait_for_load_state("networkidle")
    assert live_site.foreign_requests(page) == []

    play = page.locator("[data-video-embed] a, [data-video-embed] button").first
    play.focus()
    with page.expect_request(lambda request: live_site.foreign_requests_in([request.url])):
        page.keyboard.press("Enter")  # times out, and fails, if play starts no player
    assert live_site.foreign_requests(page)


def test_the_content_security_policy_blocks_an_injected_script(open_page, live_site):
    """The policy is sent and enforced: an inline script someone slipped in does not run."""
    page = open_page(WIDTHS["desktop"])
    response = page.goto(live_site("/"))
    assert "script-src 'self'" in response.headers["content-security-policy"]
    with contextlib.suppress(Exception):  # Playwright may report the refusal itself
        page.add_script_tag(content="window.injected = true;")
    assert page.evaluate("window.injected === undefined")
    assert page.csp_violations, "the refusal is reported, so the suite can notice violations"
