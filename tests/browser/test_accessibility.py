"""Every public page type of the demo site in both languages, every page of the partner area and
the forms sent with errors have zero axe-core violations for WCAG 2.2 A/AA and axe's best-practice
rules at desktop and phone width, and ask no other host for anything."""

from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import PARTNER, WIDTHS, log_in

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]

# Every public page type, each in Norwegian and in English; «-with-errors» is the page's first
# form sent empty (conftest.demo_urls names the pages).
PAGE_TYPES = [
    ("home", 200),
    ("four-k", 200),
    ("news-index", 200),
    ("article", 200),
    ("content", 200),
    ("form", 200),
    ("form-with-errors", 400),
    ("thank-you", 200),
    ("accessibility-statement", 200),
    ("privacy-statement", 200),
    ("search", 200),
    ("not-found", 404),
    ("premises", 200),
    ("premises-filtered", 200),
    ("premises-one-owner", 200),
    ("premises-bad-filter", 400),
    ("premises-no-results", 200),
    ("alert-with-errors", 400),
    ("listing", 200),
    ("listing-with-errors", 400),
    ("listing-let", 200),
    ("compare", 200),
    ("inquiry-sent", 200),
    ("campaign", 200),
    ("campaign-index", 200),
    ("ambassador", 200),
    ("partners", 200),
    ("focus-areas", 200),
    ("focus-area", 200),
    ("facts", 200),
    ("partner-login", 200),
    ("partner-login-with-wrong-password", 200),
]
VARIANTS = ("-with-errors", "-with-wrong-password")


def in_english(name):
    """The name of a page's English twin: «form-with-errors» → «form-en-with-errors»."""
    for variant in VARIANTS:
        if name.endswith(variant):
            return f"{name.removesuffix(variant)}-en{variant}"
    return f"{name}-en"


PAGES = [
    page for name, status in PAGE_TYPES for page in ((name, status), (in_english(name), status))
]

# The partner area, seen by a partner logged in through the real form (conftest.partner_session).
PARTNER_PAGES = [
    ("partner-dashboard", 200),
    ("partner-dashboard-en", 200),
    ("partner-listing-new", 200),
    ("partner-listing-new-with-errors", 400),
    ("partner-listing-new-en-with-errors", 400),
    ("partner-listing-edit", 200),
    ("partner-listing-preview", 200),
    ("partner-listing-history", 200),
    ("partner-listing-statistics", 200),
    ("partner-listing-delete", 200),
    ("partner-inquiries", 200),
    ("partner-people", 200),
    ("partner-invite", 200),
    ("partner-invite-with-errors", 400),
]


def visit(page, live_site, name):
    """Open a page of the demo site the way a visitor gets there; the response status."""
    if name.endswith("-with-wrong-password"):
        login = name.removesuffix("-with-wrong-password")
        return log_in(page, live_site, PARTNER["username"], "not-the-password", login=login)
    if name.endswith("-with-errors"):
        form = name.removesuffix("-with-errors")
        page.goto(live_site(live_site.urls[form]))
        with page.expect_navigation() as navigation:
            # not the log-out button in the partner area's band: that would end the session
            submit = "main form[method=post]:not(.partner-nav__logout) [type=submit]"
            page.locator(submit).first.click()
        return navigation.value.status
    return page.goto(live_site(live_site.urls[name])).status


def run_axe(page):
    return page.evaluate(
        """async (tags) => {
            const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return results.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map((n) => ({
                    target: n.target.join(" "), summary: n.failureSummary,
                })),
            }));
        }""",
        AXE_TAGS,
    )


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} "
            f"[{violation['helpUrl']}]"
        )
        for node in violation["nodes"][:10]:
            summary = " ".join((node["summary"] or "").split())
            lines.append(f"    {node['target']}  — {summary[:300]}")
    return "\n".join(lines)


def check(page, live_site, axe_summary, name, width):
    """No axe violations; at phone width (where the page loads its smallest images) also no
    request to another host, once the whole page has been scrolled through. One visit does both,
    which keeps the suite fast."""
    violations = run_axe(page)
    nodes = sum(len(v["nodes"]) for v in violations)
    axe_summary.append(
        f"{name:<32} {WIDTHS[width]:>5}px  {len(violations)} violations ({nodes} nodes)"
    )
    assert not violations, f"{name} at {WIDTHS[width]}px:\n{describe(violations)}"
    if width == "phone":
        page.mouse.wheel(0, 20_000)  # bring lazy images into view
        page.wait_for_load_state("networkidle")
        assert live_site.foreign_requests(page) == [], f"{name} asks another host"
        assert page.csp_violations == [], f"{name} breaks its content security policy"


@pytest.mark.parametrize("width", list(WIDTHS), ids=list(WIDTHS))
@pytest.mark.parametrize(("name", "status"), PAGES, ids=[name for name, _ in PAGES])
def test_no_axe_violations_and_no_other_hosts(
    open_page, live_site, axe_summary, name, status, width
):
    page = open_page(WIDTHS[width], axe=True)
    assert visit(page, live_site, name) == status
    check(page, live_site, axe_summary, name, width)


@pytest.mark.parametrize("width", list(WIDTHS), ids=list(WIDTHS))
@pytest.mark.parametrize(("name", "status"), PARTNER_PAGES, ids=[name for name, _ in PARTNER_PAGES])
def test_partner_area_has_no_axe_violations_and_no_other_hosts(
    open_page, live_site, partner_session, axe_summary, name, status, width
):
    page = open_page(WIDTHS[width], axe=True, storage_state=partner_session)
    assert visit(page, live_site, name) == status
    # still logged in: not sent to the log-in form (the preview is the public page, without
    # the partner area's band)
    assert urlsplit(page.url).path == live_site.urls[name.removesuffix("-with-errors")]
    check(page, live_site, axe_summary, name, width)


@pytest.mark.parametrize(("name", "language"), [("home", "nb"), ("home-en", "en")])
def test_pages_declare_their_language(open_page, live_site, name, language):
    page = open_page()
    page.goto(live_site(live_site.urls[name]))
    assert page.locator("html").get_attribute("lang") == language


def test_axe_finds_a_planted_violation(open_page, live_site):
    """The harness can fail: an image without alternative text is reported."""
    page = open_page(axe=True)
    page.goto(live_site("/"))
    page.evaluate("() => document.querySelector('main').append(document.createElement('img'))")
    assert "image-alt" in [violation["id"] for violation in run_axe(page)]
