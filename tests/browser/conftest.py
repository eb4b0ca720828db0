"""Headless Chromium against the demo site served by a live server thread.

Run this directory as its own pytest invocation (`make test` does): it loads the demo into its
own test database (suffix `_browser`) and never flushes it, because Wagtail's root page, the
locales and the default site come from data migrations.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"  # axe-core 4.14.1, see vendor/README.md
WIDTHS = {"desktop": 1280, "phone": 375}
BROWSER_DIR = Path(__file__).parent

AXE_SUMMARY = []


def browser_missing_reason():
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is missing (pip install -e '.[dev]')"
    return None


def pytest_collection_modifyitems(config, items):
    ours = [item for item in items if BROWSER_DIR in Path(item.fspath).parents]
    for item in ours:
        item.add_marker(pytest.mark.browser)
    if ours and len(ours) != len(items):
        # One test database per invocation: the browser tests commit the demo into theirs.
        skip = pytest.mark.skip(reason="run tests/browser as its own pytest invocation")
        for item in ours:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter):
    if AXE_SUMMARY:
        terminalreporter.section("axe-core (WCAG 2.2 A/AA and best practice) per page")
        for line in AXE_SUMMARY:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session", autouse=True)
def _require_browser():
    reason = browser_missing_reason()
    if reason is None:
        return
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    pytest.skip(f"browser tests skipped: {reason}")


@pytest.fixture(scope="session")
def django_db_setup(
    django_test_environment,
    django_db_blocker,
    django_db_modify_db_settings,
    django_db_createdb,
    django_db_keepdb,
):
    """The browser test database, always: pytest-django sets up only the databases that tests
    marked django_db ask for, and none of these is (their ORM calls run in other threads)."""
    from django.test.utils import setup_databases, teardown_databases

    keepdb = django_db_keepdb and not django_db_createdb
    with django_db_blocker.unblock():
        config = setup_databases(verbosity=0, interactive=False, keepdb=keepdb, aliases={"default"})
    yield
    if not keepdb:
        with django_db_blocker.unblock():
            teardown_databases(config, verbosity=0)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """A test database of their own, so the demo they commit never reaches the unit tests'."""
    database = settings.DATABASES["default"]
    test = database.setdefault("TEST", {})
    if database["ENGINE"] == "django.db.backends.sqlite3":
        # next to the unit tests' file (TEST NAME), so a settings module of one's own that moves
        # that file moves this one too
        test["NAME"] = f"{test.get('NAME') or settings.BASE_DIR / 'test-db.sqlite3'}-browser"
    else:
        test["NAME"] = f"{test.get('NAME') or 'test_' + database['NAME']}_browser"


def demo_urls():
    """The address of one page of every public page type of the demo site, in Norwegian under
    its own name and in English under the name with «-en»."""
    urls = {}
    for language, suffix in (("nb", ""), ("en", "-en")):
        names = {
            **page_urls(language),
            **premises_urls(language),
            **campaign_and_sector_urls(language),
        }
        urls.update({f"{name}{suffix}": url for name, url in names.items()})
    return urls


def first_live(model, language, **filters):
    return (
        model.objects.live()
        .filter(locale__language_code=language, **filters)
        .order_by("path")
        .first()
        .url
    )


def page_urls(language):
    from django.urls import reverse
    from django.utils import translation

    from portal.demo import content
    from portal.models import (
        AccessibilityStatementPage,
        ArticlePage,
        ContentPage,
        FourKPage,
        NewsIndexPage,
        PrivacyStatementPage,
        RelocationFormPage,
    )

    form = first_live(RelocationFormPage, language)
    newest_article = (
        ArticlePage.objects.live()
        .filter(locale__language_code=language)
        .order_by("-date", "path")
        .first()
    )
    with translation.override(language):
        search = reverse("search")
    return {
        "home": "/" if language == "nb" else f"/{language}/",
        "four-k": first_live(FourKPage, language),
        "news-index": first_live(NewsIndexPage, language),
        "article": newest_article.url,
        "content": first_live(ContentPage, language, slug=content.ABOUT[language]["slug"]),
        "form": form,
        "thank-you": form + "thanks/",
        "accessibility-statement": first_live(AccessibilityStatementPage, language),
        "privacy-statement": first_live(PrivacyStatementPage, language),
        "search": search + "?q=Drammen",
        "not-found": "/finnes-ikke/" if language == "nb" else f"/{language}/does-not-exist/",
    }


def campaign_and_sector_urls(language):
    """Campaigns, partners, focus areas and figures: where the «kontorbyen» campaign leads."""
    from campaigns.models import AmbassadorPage, CampaignIndexPage, CampaignPage
    from partners.models import PartnerDirectoryPage
    from sectors.models import FactsPage, FocusAreaIndexPage, FocusAreaPage

    campaign = first_live(CampaignPage, language, slug="kontorbyen")
    return {
        "campaign": campaign
        + "?utm_source=linkedin&utm_medium=social&utm_campaign=kontorbyen&utm_content=film",
        "campaign-index": first_live(CampaignIndexPage, language),
        "ambassador": first_live(AmbassadorPage, language),
        "partners": first_live(PartnerDirectoryPage, language),
        "focus-areas": first_live(FocusAreaIndexPage, language),
        "focus-area": first_live(FocusAreaPage, language),
        "facts": first_live(FactsPage, language),
    }


PARTNER = {"username": "browser-partner", "password": "Kontorbyen-2026-browser"}
PARTNER_ORGANISATION = "elvebyen-eiendom"
DRAFT_COPIES = ("kind", "district", "address", "postcode", "latitude", "longitude", "area_min")


def partner_user_and_urls():
    """A partner user of their own (the session loads the demo without users), and the partner
    area's pages for one listing of the user's organisation."""
    from django.contrib.auth import get_user_model
    from django.utils import translation

    from partners.services import membership_create
    from portal.models import PartnerOrganisation
    from properties.models import Listing

    organisation = PartnerOrganisation.objects.get(slug=PARTNER_ORGANISATION)
    user = get_user_model().objects.filter(username=PARTNER["username"]).first()
    if user is None:
        user = get_user_model().objects.create_user(
            username=PARTNER["username"],
            email="browser-partner@example.com",
            password=PARTNER["password"],
            first_name="Berit",
            last_name="Nettleser",
        )
        with translation.override("nb"):
            membership_create(user=user, organisation=organisation, role="admin")
    listing = Listing.objects.filter(organisation=organisation).order_by("pk").first()
    # a draft that was never published, which its owner may delete
    draft, _created = Listing.objects.get_or_create(
        slug="utkast-fra-nettleseren",
        defaults={
            **{field: getattr(listing, field) for field in DRAFT_COPIES},
            "title": "Utkast fra nettleseren",
            "organisation": organisation,
            "contact": listing.contact,
            "energy_label": "C",
            "live": False,
        },
    )
    urls = {}
    for language, suffix in (("nb", ""), ("en", "-en")):
        with translation.override(language):
            urls.update(
                {f"{name}{suffix}": url for name, url in partner_area_urls(listing, draft).items()}
            )
    return urls


def partner_area_urls(listing, draft):
    from django.urls import reverse

    return {
        "partner-dashboard": reverse("partners:dashboard"),
        "partner-listing-new": reverse("partners:listing_new"),
        "partner-listing-edit": reverse("partners:listing_edit", args=[listing.pk]),
        "partner-listing-preview": reverse("partners:listing_preview", args=[listing.pk]),
        "partner-listing-history": reverse("partners:listing_history", args=[listing.pk]),
        "partner-listing-statistics": reverse("partners:listing_statistics", args=[listing.pk]),
        "partner-listing-delete": reverse("partners:listing_delete", args=[draft.pk]),
        "partner-inquiries": reverse("partners:inquiries"),
        "partner-people": reverse("partners:people"),
        "partner-invite": reverse("partners:invite"),
        "partner-login": reverse("partners:login"),
    }


def premises_urls(language):
    from django.urls import reverse
    from django.utils import translation

    from properties.models import Listing

    available = Listing.objects.on_the_market().order_by("pk")
    listing = available[0 if language == "nb" else 1]
    let = Listing.objects.public().filter(status=Listing.Status.LET).first()
    with translation.override(language):
        search = reverse("properties:search")
        compare = reverse("properties:compare")
        sent = reverse("properties:inquiry_sent", kwargs={"slug": listing.slug})
        listing_url, let_url = listing.get_absolute_url(), let.get_absolute_url()
    ids = "&".join(f"id={item.pk}" for item in available[:3])
    return {
        "premises": search,
        "premises-filtered": search + "?kind=kontor&sort=rent",
        "premises-one-owner": f"{search}?owner={available[0].organisation.slug}",
        "premises-bad-filter": search + "?area_min=abc",
        "premises-no-results": search + "?q=ingenting+her+finnes+xyz",
        "alert": search + "?kind=kontor",  # its first form is the alert subscription
        "listing": listing_url,
        "listing-let": let_url,
        "compare": f"{compare}?{ids}",
        "inquiry-sent": sent,
    }


def pages_with_video():
    """Pages with a video block; the demo has none, so the session adds one of its own."""
    import json

    from portal.models import ArticlePage, ContentPage, FourKPage, HomePage

    if not ContentPage.objects.filter(slug="video-test").exists():
        home = HomePage.objects.get(locale__language_code="nb")
        video = {"url": "https://www.youtube.com/watch?v=abcdefghijk", "title": "Filmen om Drammen"}
        page = ContentPage(
            title="Film", slug="video-test", body=json.dumps([{"type": "video", "value": video}])
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    urls = []
    for model in (HomePage, FourKPage, ContentPage, ArticlePage):
        for page in model.objects.live():
            if any(block.block_type == "video" for block in page.body):
                urls.append(page.url)
    return urls


class LiveSite:
    def __init__(self, url, urls, video_urls, texts):
        self.url = url
        self.urls = urls
        self.video_urls = video_urls
        self.texts = texts
        self.host = urlsplit(url).netloc

    def __call__(self, path):
        return self.url + path

    def foreign_requests(self, page):
        """Requests the page made to any host but the live server."""
        return self.foreign_requests_in(page.requests)

    def foreign_requests_in(self, urls):
        return [
            url
            for url in urls
            if urlsplit(url).scheme not in {"data", "blob", "about"}
            and urlsplit(url).netloc != self.host
        ]


def assert_test_database():
    from django.db import connection

    name = str(connection.settings_dict["NAME"])
    if not name.endswith(("-browser", "_browser")):
        pytest.exit(f"refusing to load the demo into {name!r}: not the browser test database")


@pytest.fixture(scope="session")
def live_site(_require_browser, django_db_setup, django_db_blocker):
    """The demo site on a live server thread, for the whole session, never flushed."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.management import call_command
    from django.test.testcases import LiveServerThread
    from django.utils import translation

    with django_db_blocker.unblock():
        assert_test_database()
        call_command("load_demo", "--skip-users", verbosity=0)
        urls, video_urls = demo_urls(), pages_with_video()
        urls.update(partner_user_and_urls())
        texts = {}
        for language in ("nb", "en"):
            with translation.override(language):
                texts[language] = {"skip": translation.gettext("Skip to content")}
        server = LiveServerThread("127.0.0.1", StaticFilesHandler)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        try:
            yield LiveSite(f"http://127.0.0.1:{server.port}", urls, video_urls, texts)
        finally:
            server.terminate()


@pytest.fixture(scope="session")
def browser(live_site):
    """Chromium from the system (never `playwright install`), started after the demo loaded."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser, live_site):
    """A fresh page at a given width that records every request and never leaves the machine."""
    contexts = []

    def open_(width=WIDTHS["desktop"], axe=False, storage_state=None):
        context = browser.new_context(
            viewport={"width": width, "height": 900},
            locale="nb-NO",
            service_workers="block",
            storage_state=storage_state,
        )
        context.set_default_timeout(15_000)
        if axe:
            context.add_init_script(path=str(AXE))
        context.route("**/*", lambda route: keep_local(route, live_site.host))
        contexts.append(context)
        page = context.new_page()
        page.requests = []
        page.on("request", lambda request: page.requests.append(request.url))
        page.csp_violations = []
        page.on(
            "console",
            lambda message: (
                page.csp_violations.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )
        return page

    yield open_
    for context in contexts:
        context.close()


def keep_local(route, host):
    if urlsplit(route.request.url).netloc == host:
        route.continue_()
    else:
        route.abort()


def log_in(page, live_site, username, password, login="partner-login"):
    """Through the partner area's own log-in form, as a partner would; the response status."""
    page.goto(live_site(live_site.urls[login]))
    page.locator("main form [name=username]").fill(username)
    page.locator("main form [name=password]").fill(password)
    with page.expect_navigation() as navigation:
        page.locator("main form [type=submit]").click()
    return navigation.value.status


@pytest.fixture(scope="session")
def partner_session(browser, live_site):
    """The cookies of a partner logged in through the real form, for new contexts to start with."""
    context = browser.new_context(locale="nb-NO", service_workers="block")
    context.route("**/*", lambda route: keep_local(route, live_site.host))
    page = context.new_page()
    log_in(page, live_site, PARTNER["username"], PARTNER["password"])
    assert page.url == live_site(live_site.urls["partner-dashboard"]), "the log-in failed"
    state = context.storage_state()
    context.close()
    return state


@pytest.fixture
def axe_summary():
    return AXE_SUMMARY


@pytest.fixture
def committed_db(live_site, django_db_blocker):
    """Read what the live server committed, from a test that drives the browser.

    Playwright's sync API runs an event loop in this thread, which Django's ORM refuses by
    default; the call runs in a worker thread instead.
    """
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connections

    def read(query):
        def run():
            with django_db_blocker.unblock():
                try:
                    return query()
                finally:
                    connections.close_all()

        with ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(run).result()

    return read


@pytest.fixture(autouse=True)
def _a_new_visitor(committed_db):
    """Every browser test comes from 127.0.0.1: the attempts earlier tests made there (forms
    sent, logins) are forgotten, as for a visitor of their own."""
    from portal.models import Throttle

    committed_db(lambda: Throttle.objects.all().delete())
