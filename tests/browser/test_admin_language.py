"""The Wagtail admin speaks Norwegian to the demo editor: no screen an editor works in shows one
of Wagtail's or wagtail-localize's English source strings.

The English strings are the multi-word msgids of the installed packages' English catalogues
that Norwegian does not say the same way: untranslated ones, and any whose Norwegian the page
failed to use. Whatever the screens show of them is listed, screen by screen.
"""

import re
from functools import cache
from pathlib import Path

import pytest

from tests.browser.conftest import PARTNER, PARTNER_ORGANISATION, WIDTHS

ADMIN_PACKAGES = ("wagtail", "wagtail_localize")
EDITOR = {"username": "redaktor", "password": "changeme"}  # portal/demo/users.py
PAGE_TO_TRANSLATE = {"title": "Oversettelsesprøve", "slug": "oversettelsesprove"}
# %(name)s, %s, {name}, {{ name }} and HTML tags split a msgid into the phrases a page shows
PLACEHOLDER = re.compile(r"%\([^)]*\)[sdif]|%[sdif]|\{\{[^}]*\}\}|\{[^}]*\}|<[^>]+>")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

pytestmark = pytest.mark.browser


def site_packages():
    import django

    return Path(django.__file__).parent.parent


def catalogue_paths():
    for package in ADMIN_PACKAGES:
        yield from sorted((site_packages() / package).glob("**/locale/en/LC_MESSAGES/*.po"))


def norwegian_catalogue(domain):
    from django.utils.translation.trans_real import DjangoTranslation

    return DjangoTranslation("nb", domain=domain)._catalog


def said_the_same_in_norwegian(entry, catalogue):
    key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
    if entry.msgid_plural:
        return catalogue.get((key, 0)) == entry.msgid
    return catalogue.get(key) == entry.msgid


def phrases(msgid):
    """The multi-word runs of English text a msgid puts on a page."""
    for fragment in PLACEHOLDER.split(msgid):
        words = " ".join(fragment.split()).strip(" .,:;!?()\"'«»“”")
        if len(WORD.findall(words)) >= 2:
            yield words


@cache
def english_sources():
    """{phrase: the catalogue it comes from} for the admin packages' English source strings."""
    import polib

    sources = {}
    for path in catalogue_paths():
        catalogue = norwegian_catalogue(path.stem)
        origin = str(path.relative_to(site_packages()))
        for entry in polib.pofile(str(path)):
            if entry.obsolete or said_the_same_in_norwegian(entry, catalogue):
                continue
            for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                for phrase in phrases(msgid):
                    sources.setdefault(phrase, origin)
    return sources


@cache
def source_pattern():
    alternatives = sorted(english_sources(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, alternatives)) + r")(?![\w-])")


def english_on(page):
    """The English source strings in what the page shows, screen-reader text included."""
    page.wait_for_load_state("networkidle")
    shown = page.locator("body").inner_text()
    shown += "\n" + "\n".join(
        page.eval_on_selector_all(
            "input[placeholder], textarea[placeholder], input[type=submit][value]",
            "els => els.map(e => e.placeholder || e.value)",
        )
    )
    shown = " ".join(shown.split())
    return sorted({match.group(1) for match in source_pattern().finditer(shown)})


def listing_in_review():
    """A listing of the browser tests' partner, submitted for the editors' review."""
    from django.contrib.auth import get_user_model

    from partners.services import listing_submit
    from properties.models import Listing

    partner = get_user_model().objects.get(username=PARTNER["username"])
    listing = (
        Listing.objects.filter(organisation__slug=PARTNER_ORGANISATION, live=True)
        .order_by("pk")
        .last()
    )
    if listing.current_workflow_state is None:
        listing.save_revision(user=partner)
        listing_submit(listing=listing, user=partner)
    return listing


def admin_screens():
    """Addresses in the demo of the screens the walk opens, and a page to translate."""
    from django.urls import reverse

    from campaigns.models import Campaign
    from portal.demo.users import ensure_demo_users
    from portal.models import ArticlePage, ContentPage, HomePage
    from properties.models import Listing
    from sectors.models import FocusArea

    ensure_demo_users(log=lambda message: None)
    to_translate = ContentPage.objects.filter(slug=PAGE_TO_TRANSLATE["slug"]).first()
    home = HomePage.objects.get(locale__language_code="nb")
    if to_translate is None:
        to_translate = ContentPage(**PAGE_TO_TRANSLATE, body=[])
        home.add_child(instance=to_translate)
        to_translate.save_revision().publish()
    article = ArticlePage.objects.filter(locale=home.locale).order_by("path").first()
    report = Campaign.objects.order_by("pk").first()
    in_review = listing_in_review()
    snippets = {
        model: reverse(model.snippet_viewset.get_url_name("list"))
        for model in (Listing, Campaign, FocusArea)
    }
    return {
        "dashboard": "/admin/",
        "page explorer": f"/admin/pages/{home.pk}/",
        "page edit": f"/admin/pages/{article.pk}/edit/",
        "premises": snippets[Listing],
        "listing in review": reverse(
            Listing.snippet_viewset.get_url_name("edit"), args=[in_review.pk]
        ),
        "campaigns": snippets[Campaign],
        "focus areas": snippets[FocusArea],
        "site history": "/admin/reports/site-history/",
        "aging pages": "/admin/reports/aging-pages/",
        "workflows report": "/admin/reports/workflow/",
        "workflow tasks report": "/admin/reports/workflow_tasks/",
        "locked pages": "/admin/reports/locked/",
        "campaign report": reverse("campaign_report", args=[report.pk]),
        "translate page": f"/admin/localize/submit/page/{to_translate.pk}/",
    }


@pytest.fixture
def screens(committed_db):
    return committed_db(admin_screens)


@pytest.fixture
def editor_page(open_page, live_site, screens):
    page = open_page(WIDTHS["desktop"])
    page.goto(live_site("/admin/login/"))
    page.fill("[name=username]", EDITOR["username"])
    page.fill("[name=password]", EDITOR["password"])
    with page.expect_navigation():
        page.click("form [type=submit]")
    assert "/admin/login/" not in page.url, "the demo editor could not log in"
    return page


WITH_WORKFLOW_MENU = ("page edit", "listing in review")


def walk(page, live_site, screens):
    """{screen: English source strings it shows}, for every screen of the walk."""
    found = {}
    for name, path in screens.items():
        if name == "translate page":
            continue
        page.goto(live_site(path))
        if name in WITH_WORKFLOW_MENU:
            found[name] = english_on(page)
            page.locator("footer [data-w-dropdown-target=toggle]").first.click()
            page.locator("footer .w-dropdown__content").first.wait_for(state="visible")
            name = f"{name}, workflow menu open"
        found[name] = english_on(page)
    page.goto(live_site(screens["translate page"]))
    found["translate page"] = english_on(page)
    page.get_by_label("English").check()
    with page.expect_navigation():
        page.locator("main form [type=submit]").click()
    page.locator("main").wait_for()
    found["translation editor"] = english_on(page)
    return found


def test_the_sources_are_read_from_the_installed_catalogues():
    sources = english_sources()
    assert len(list(catalogue_paths())) > 10
    assert {"Request changes", "Approve with comment", "Site history"} <= set(sources)
    assert all(len(WORD.findall(phrase)) >= 2 for phrase in sources)


def test_the_editor_meets_no_english_source_string_in_the_admin(editor_page, live_site, screens):
    found = walk(editor_page, live_site, screens)
    assert "translation editor" in found
    report = [
        f"{screen}: {phrase}  [{english_sources()[phrase]}]"
        for screen, phrases_shown in found.items()
        for phrase in phrases_shown
    ]
    assert not report, "English on the admin screens:\n" + "\n".join(report)
