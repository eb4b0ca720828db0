"""Shared fixtures: a small two-language site built once per test module.

The site is built inside a transaction that is rolled back when the module ends; every test
runs in its own savepoint inside it (pytest-django's `db`), so tests see a clean copy and the
reused test database never keeps their data.
"""

import re
import signal
import socket
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from portal.factories import (
    AccessibilityStatementPageFactory,
    ArticlePageFactory,
    ContentPageFactory,
    FourKPageFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    PrivacyStatementPageFactory,
    RelocationFormPageFactory,
    publish_translation,
    text_stream,
)


def pytest_configure(config):
    # WhiteNoise warns when collectstatic has not run; tests serve static files from finders.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


@dataclass
class SmallSite:
    """The pages of the test site by name, each as {"nb": page, "en": page}."""

    site: Site
    pages: dict = field(default_factory=dict)

    def __getitem__(self, name):
        return self.pages[name]

    def url(self, name, language="nb"):
        return self.pages[name][language].url


def translated(page, **english):
    return {"nb": page, "en": publish_translation(page, "en", **english)}


def build_small_site():
    """Home page as the default site's root (replacing Wagtail's welcome page) plus one page
    of every type, each in Norwegian and English."""
    site = Site.objects.get(is_default_site=True)
    root = Page.get_first_root_node()
    welcome = site.root_page
    site.root_page = root  # the welcome page has the slug "home"; deleting it would cascade
    site.save()
    welcome.delete()
    home = HomePageFactory(parent=root, locale=Locale.objects.get(language_code="nb"))
    site.root_page = home
    site.save()

    small = SmallSite(site=site)
    small.pages["home"] = translated(home, hero_heading="Drammen – the accessible city")
    small.pages["hub"] = translated(
        FourKPageFactory(parent=home, title="Knutepunkt", slug="knutepunkt"),
        title="Hub",
        slug="hub",
        teaser="All roads lead to Drammen.",
    )
    small.pages["about"] = translated(
        ContentPageFactory(
            parent=home,
            title="Om Drammen Works",
            slug="om-drammen-works",
            introduction="Samarbeidet om nye arbeidsplasser i elvebyen.",
            body=text_stream("Vi hjelper bedrifter med lokaler i elvebyen."),
        ),
        title="About Drammen Works",
        slug="about-drammen-works",
        introduction="The partnership for new jobs in the river city.",
        body=text_stream("We help companies find premises in the river city."),
    )
    news = NewsIndexPageFactory(parent=home)
    small.pages["news"] = translated(news, title="News", slug="news")
    small.pages["article"] = translated(
        ArticlePageFactory(parent=news, title="Kontorbyen Drammen", slug="kontorbyen-drammen"),
        title="Drammen the office city",
        slug="drammen-the-office-city",
    )
    small.pages["statement"] = translated(
        AccessibilityStatementPageFactory(parent=home, show_in_menus=False),
        title="Accessibility statement",
        slug="accessibility-statement",
        body="<h2>How we assessed the site</h2><p>We test every page type with axe-core.</p>",
    )
    small.pages["privacy"] = translated(
        PrivacyStatementPageFactory(parent=home, show_in_menus=False),
        title="Privacy statement",
        slug="privacy",
        body="<h2>Who is responsible</h2><p>Næringsvekst Drammen.</p>",
    )
    small.pages["form"] = translated(
        RelocationFormPageFactory(parent=home),
        title="Relocation help",
        slug="relocation-help",
        introduction="<p>We help companies that move to Drammen.</p>",
        thank_you_text="<p>Thank you! We answer within two working days.</p>",
        subject="New relocation request",
    )
    return small


@contextmanager
def kept_for_the_module(django_db_blocker, **overridden_settings):
    """For a module-scoped fixture: the database open to it inside one transaction that is rolled
    back when the module ends, with the settings given in force while it builds."""
    with (
        django_db_blocker.unblock(),
        override_settings(**overridden_settings),
        transaction.atomic(),
    ):
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def _small_site_in_module(django_db_setup, django_db_blocker):
    with kept_for_the_module(django_db_blocker):
        cache.clear()
        yield build_small_site()


@pytest.fixture(scope="module")
def media_root(tmp_path_factory):
    """A folder of the module's own for uploaded files, never the checkout's."""
    return tmp_path_factory.mktemp("media")


@pytest.fixture
def uploads_in_tmp(settings, media_root):
    """Uploads during the test go to the module's folder (where a module fixture that built
    images with `MEDIA_ROOT=media_root` put theirs)."""
    settings.MEDIA_ROOT = str(media_root)
    return media_root


@pytest.fixture
def small_site(_small_site_in_module, db):
    """The small site; changes a test makes are rolled back after it."""
    return _small_site_in_module


@pytest.fixture(scope="session", autouse=True)
def _every_email_queued(django_test_environment):
    """Django's test set-up swaps EMAIL_BACKEND for locmem; the site queues every e-mail as in
    production, and the worker delivers it to locmem (EMAIL_DELIVERY_BACKEND)."""
    settings.EMAIL_BACKEND = "portal.email.QueuedEmailBackend"


@pytest.fixture(autouse=True)
def _fresh_cache_and_language():
    """Wagtail caches site root paths; the active language is per thread. Reset both."""
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


def whole_sitemap(client):
    """Every section the sitemap index at /sitemap.xml lists, every page of each, as one text."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert b"<sitemapindex" in index.content
    texts = []
    for location in re.findall(r"<loc>([^<]+)</loc>", index.content.decode()):
        response = client.get(location.replace("http://testserver", ""))
        assert response.status_code == 200, location
        texts.append(response.content.decode())
    return "\n".join(texts)


@contextmanager
def _signal_handlers_kept():
    """db_worker installs its own SIGINT/SIGTERM handlers; give pytest its own back."""
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


@pytest.fixture
def run_background_worker(monkeypatch):
    """Run the real background worker (`run_worker --backend background`) until nothing is due.

    The worker calls close_old_connections() between tasks, which would drop the connection of a
    test that runs inside a transaction; inside the test, that call does nothing.
    """
    from django.core.management import call_command

    monkeypatch.setattr("portal.worker.close_old_connections", lambda: None)

    def run():
        with _signal_handlers_kept():
            call_command(
                "run_worker",
                "--batch",
                "--backend",
                "background",
                "--no-startup-delay",
                verbosity=0,
            )

    return run


def closed_port():
    """A port on this machine that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def mail_server_down(settings):
    """The worker delivers through SMTP to a server that refuses the connection; the test's
    settings, for `mail_server_back`."""
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port(), 1
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    return settings


def mail_server_back(settings):
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def purged(settings):
    """The addresses purged from the HTTP cache, once each, after the transaction commits."""
    from tests.frontend_cache import RecordingBackend

    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": "tests.frontend_cache.RecordingBackend"}}
    RecordingBackend.purged.clear()
    return RecordingBackend.purged
