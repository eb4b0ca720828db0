"""What every page shows around its content — menu, footer links, contact details, language
links — built once per site and language and cached, so it costs no queries per page.
Publishing, unpublishing, moving or deleting a page or a listing, saving the contact details,
a partner, a campaign, a focus area or a key figure, or new renditions of a picture build it
anew; reads and fragments that depend on those can be kept until then (`version()`,
`cached_until_published`, the `content_version` template tag)."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

CACHE_SECONDS = 600
VERSION_KEY = "site-chrome-version"


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    url_path: str = ""


def site_chrome(request):
    """The chrome for this request's site in the active language, from the cache if there."""
    cached = getattr(request, "_site_chrome", None)
    language = translation.get_language()
    if cached and cached["language"] == language:
        return cached
    site = Site.find_for_request(request)
    key = f"site-chrome:{version()}:{site.pk if site else 0}:{language}"
    chrome = cache.get(key)
    if chrome is None:
        chrome = build(site, language, request)
        cache.set(key, chrome, CACHE_SECONDS)
    request._site_chrome = chrome
    return chrome


def build(site, language, request):
    from portal.models import (
        AccessibilityStatementPage,
        ContactSettings,
        FourKPage,
        PrivacyStatementPage,
        RelocationFormPage,
    )

    home = None
    if site is not None:
        home = (
            Page.objects.filter(
                translation_key=site.root_page.translation_key, locale__language_code=language
            ).first()
            or site.root_page
        )
    children = list(home.get_children().live().public()) if home else []
    statement = AccessibilityStatementPage.objects.live().filter(locale__language_code=language)
    help_page = RelocationFormPage.objects.live().filter(locale__language_code=language).first()
    statement = statement.first()
    privacy = PrivacyStatementPage.objects.live().filter(locale__language_code=language).first()
    in_own_place = {page.pk for page in (statement, privacy) if page}
    in_menu = [page for page in children if page.show_in_menus]

    def link(page):
        return Link(page.title, page.get_url(request), page.url_path) if page else None

    contact = ContactSettings.objects.filter(site=site).first() if site else None
    return {
        "language": language,
        "home_url": home.get_url(request) if home else "/",
        # The four K's stand together under «Why Drammen»; the other menu pages on their own.
        "why_drammen": [link(page) for page in in_menu if page.specific_class is FourKPage],
        "menu": [link(page) for page in in_menu if page.specific_class is not FourKPage],
        "footer": [
            link(page)
            for page in children
            if not page.show_in_menus and page.pk not in in_own_place
        ],
        "statement": link(statement),
        "privacy": link(privacy),
        "help": link(help_page),
        "contact": {
            "organisation": contact.organisation,
            "address": contact.address,
            "email": contact.email,
            "phone": contact.phone,
            "social_links": contact.social_links,
        }
        if contact
        else {},
    }


_MISSING = object()


def cached_until_published(key, build):
    """What `build()` returns, kept until the chrome is next built anew (a page published,
    unpublished, moved or deleted …) or for CACHE_SECONDS, whichever comes first."""
    full_key = f"published:{version()}:{key}"
    value = cache.get(full_key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(full_key, value, CACHE_SECONDS)
    return value


def version():
    current = cache.get(VERSION_KEY)
    if current is None:
        cache.add(VERSION_KEY, 1, None)
        current = cache.get(VERSION_KEY, 1)
    return current


def rebuild(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


def rebuild_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        rebuild()


def connect():
    from portal.models import ContactSettings, PartnerOrganisation

    page_published.connect(rebuild, dispatch_uid="chrome_published")
    page_unpublished.connect(rebuild, dispatch_uid="chrome_unpublished")
    post_page_move.connect(rebuild, dispatch_uid="chrome_moved")
    post_delete.connect(rebuild_on_page_delete, dispatch_uid="chrome_deleted")
    post_save.connect(rebuild, sender=ContactSettings, dispatch_uid="chrome_contact")
    post_save.connect(rebuild, sender=Site, dispatch_uid="chrome_site")
    post_save.connect(rebuild, sender=PartnerOrganisation, dispatch_uid="chrome_partner")
    post_delete.connect(rebuild, sender=PartnerOrganisation, dispatch_uid="chrome_partner_gone")
