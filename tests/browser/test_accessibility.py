"""Every public page type of the demo site has zero axe-core violations for WCAG 2.1 A/AA, at
desktop and phone width, and asks no other host for anything."""

import pytest

from tests.browser.conftest import WIDTHS

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

PAGES = [
    ("home", 200),
    ("home-en", 200),
    ("four-k", 200),
    ("news-index", 200),
    ("article", 200),
    ("content", 200),
    ("form", 200),
    ("form-with-errors", 400),
    ("form-en-with-errors", 400),
    ("thank-you", 200),
    ("accessibility-statement", 200),
    ("search", 200),
    ("not-found", 404),
    ("premises", 200),
    ("premises-en", 200),
    ("premises-filtered", 200),
    ("premises-bad-filter", 400),
    ("listing", 200),
    ("listing-en", 200),
    ("listing-with-errors", 400),
    ("listing-let", 200),
    ("compare", 200),
    ("inquiry-sent", 200),
]


def visit(page, live_site, name):
    """Open a page of the demo site the way a visitor gets there; the response status."""
    if name.endswith("-with-errors"):
        form = name.removesuffix("-with-errors")
        page.goto(live_site(live_site.urls[form]))
        with page.expect_navigation() as navigation:
            page.locator("main form[method=post] [type=submit]").click()
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


@pytest.mark.parametrize("width", list(WIDTHS), ids=list(WIDTHS))
@pytest.mark.parametrize(("name", "status"), PAGES, ids=[name for name, _ in PAGES])
def test_no_axe_violations(open_page, live_site, axe_summary, name, status, width):
    page = open_page(WIDTHS[width], axe=True)
    assert visit(page, live_site, name) == status
    violations = run_axe(page)
    nodes = sum(len(v["nodes"]) for v in violations)
    axe_summary.append(
        f"{name:<24} {WIDTHS[width]:>5}px  {len(violations)} violations ({nodes} nodes)"
    )
    assert not violations, f"{name} at {WIDTHS[width]}px:\n{describe(violations)}"


@pytest.mark.parametrize(("name", "status"), PAGES, ids=[name for name, _ in PAGES])
def test_no_requests_to_other_hosts(open_page, live_site, name, status):
    page = open_page(WIDTHS["phone"])
    visit(page, live_site, name)
    page.mouse.wheel(0, 20_000)  # bring lazy images into view
    page.wait_for_load_state("networkidle")
    assert live_site.foreign_requests(page) == []


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
