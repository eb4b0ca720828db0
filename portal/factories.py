"""Factories for the site-wide page types, for tests and quick experiments in the shell."""

import json
from datetime import date, timedelta

import factory
import wagtail_factories
from wagtail.models import Locale

from portal.models import (
    AccessibilityStatementPage,
    ArticlePage,
    ContentPage,
    FourKPage,
    HomePage,
    NewsIndexPage,
    PrivacyStatementPage,
    RelocationFormPage,
)


def text_stream(*paragraphs):
    """A body StreamField value with one text block, as the raw JSON Wagtail accepts."""
    html = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return json.dumps([{"type": "text", "value": html}])


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Drammen Works"
    slug = "home"
    hero_heading = "Drammen – den tilgjengelige byen"
    introduction = "Vi hjelper bedrifter som vil etablere seg i Drammen."

    class Meta:
        model = HomePage


class FourKPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Knutepunkt {n}")
    teaser = "Alle veier fører til Drammen."
    introduction = "Drammen ligger der transportårene møtes."
    show_in_menus = True
    body = factory.LazyFunction(lambda: text_stream("Togene går hele dagen."))

    class Meta:
        model = FourKPage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Innholdsside {n}")
    introduction = "En side med tekst."
    show_in_menus = True
    body = factory.LazyFunction(lambda: text_stream("Brødtekst."))

    class Meta:
        model = ContentPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nyheter"
    slug = "nyheter"
    introduction = "Nytt fra Drammen Works."
    show_in_menus = True

    class Meta:
        model = NewsIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nyhet {n}")
    introduction = "Kort om saken."
    date = factory.Sequence(lambda n: date(2026, 1, 1) + timedelta(days=n))
    body = factory.LazyFunction(lambda: text_stream("Mer om saken."))

    class Meta:
        model = ArticlePage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Tilgjengelighetserklæring"
    slug = "tilgjengelighetserklaering"
    feedback_email = "tilgjengelighet@example.com"
    body = "<h2>Slik har vi vurdert nettstedet</h2><p>Vi tester hver sidetype med axe-core.</p>"

    class Meta:
        model = AccessibilityStatementPage


class PrivacyStatementPageFactory(wagtail_factories.PageFactory):
    title = "Personvernerklæring"
    slug = "personvern"
    contact_email = "personvern@example.com"
    body = "<h2>Hvem som er ansvarlig</h2><p>Næringsvekst Drammen.</p>"

    class Meta:
        model = PrivacyStatementPage


class RelocationFormPageFactory(wagtail_factories.PageFactory):
    title = "Flyttehjelp"
    slug = "flyttehjelp"
    introduction = "<p>Vi hjelper bedrifter som vil flytte til Drammen.</p>"
    thank_you_text = "<p>Takk! Vi svarer innen to arbeidsdager.</p>"
    to_address = "team@drammenworks.test"
    from_address = "post@drammenworks.test"
    subject = "Ny forespørsel om flyttehjelp"
    show_in_menus = True

    class Meta:
        model = RelocationFormPage


def publish_under(parent, page):
    """Add the page below the parent and publish it."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def publish_translation(page, language_code, **fields):
    """Translate a page into another locale (its parent must be translated) and publish it."""
    translated = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated
