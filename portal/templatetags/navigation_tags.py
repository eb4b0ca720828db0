from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

from portal import chrome
from portal.chrome import cached_until_published, site_chrome

register = template.Library()


def localized_home(request):
    """The site's home page in the active language, looked up once per request."""
    language = translation.get_language()
    cached = getattr(request, "_localized_home", None)
    if cached and cached[0] == language:
        return cached[1]
    site = Site.find_for_request(request)
    home = None
    if site is not None:
        home = (
            Page.objects.filter(
                translation_key=site.root_page.translation_key,
                locale__language_code=language,
            )
            .specific()
            .first()
            or site.root_page
        )
    request._localized_home = (language, home)
    return home


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current = context.get("page")
    current_path = current.url_path if isinstance(current, Page) else ""
    chrome = site_chrome(request)
    why_drammen = [(item, menu_state(item, current_path)) for item in chrome.get("why_drammen", [])]
    return {
        "why_drammen": why_drammen,
        "why_drammen_active": any(active for _item, active in why_drammen),
        "items": [(item, menu_state(item, current_path)) for item in chrome["menu"]],
        "premises_active": getattr(request.resolver_match, "namespace", "") == "properties",
        "request": request,
    }


def menu_state(item, current_path):
    """aria-current for a menu item: "page" on the page itself, "true" inside its section."""
    if current_path == item.url_path:
        return "page"
    if current_path.startswith(item.url_path):
        return "true"
    return ""


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in every site language, as dicts of code, name, url, current, translated.

    A page that has no translation in a language links to that language's home page;
    views that are not Wagtail pages translate their own URL.
    """
    request = context["request"]
    current_code = translation.get_language()
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        site = Site.find_for_request(request)
        urls, fallbacks = cached_until_published(
            f"language-links:{site.pk if site else 0}:{page.pk}:{current_code}",
            lambda: page_language_urls(request, page),
        )
    else:
        query = f"?{request.GET.urlencode()}" if request.GET else ""
        urls = {
            code: translate_url(request.path, code) + query for code, _name in settings.LANGUAGES
        }
        fallbacks = {}
    return [
        {
            "code": code,
            "name": name,
            "url": urls.get(code) or fallbacks[code],
            "current": code == current_code,
            "translated": code in urls,
        }
        for code, name in settings.LANGUAGES
        if code in urls or code in fallbacks
    ]


def page_language_urls(request, page):
    """({language: url of the page's live translation}, {language: url of that language's home
    page, where the page has no translation})."""
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    urls = {p.locale.language_code: p.get_url(request) for p in translations}
    fallbacks = {}
    home = localized_home(request)
    for locale in Locale.objects.exclude(language_code__in=urls):
        fallback = home.get_translation_or_none(locale) if home else None
        if fallback and fallback.live:
            fallbacks[locale.language_code] = fallback.get_url(request)
    return urls, fallbacks


@register.simple_tag
def content_version():
    """Changes whenever the chrome is built anew (portal.chrome): part of the key of a cached
    fragment that must change with it."""
    return chrome.version()


@register.simple_tag(takes_context=True)
def localized_home_url(context):
    return site_chrome(context["request"])["home_url"]


@register.simple_tag(takes_context=True)
def accessibility_statement(context):
    return site_chrome(context["request"])["statement"]


@register.simple_tag(takes_context=True)
def privacy_statement(context):
    # .get: a chrome cached by the version before this link was added has no "privacy".
    return site_chrome(context["request"]).get("privacy")


@register.simple_tag(takes_context=True)
def relocation_form_page(context):
    return site_chrome(context["request"])["help"]


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """Pages under the home page that are not in the main menu (about, partners …)."""
    return site_chrome(context["request"])["footer"]


@register.simple_tag(takes_context=True)
def contact_details(context):
    return site_chrome(context["request"])["contact"]
