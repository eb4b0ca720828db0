"""The campaign reference carried through the whole visit, on every page, by one middleware.

A page answered for a visitor who came from a campaign (portal/attribution.py) has the reference
added to every link and form that stays on the journey: internal links get «kampanje=…» in their
address, GET forms a hidden field, POST forms it in their action, a redirect in its Location, and
the page's scripts find it in `<body data-campaign-ref>` for the links they build. Links to other
sites, to files, feeds and the private areas carry nothing. Nothing is stored on the device: the
address alone carries it, so a shared cache keeps one copy per address as before.

A page that knows its campaign better than its address does (a campaign's landing page) sets
`request.campaign_ref` while it is made.
"""

import html
import re

from django.conf import settings

from portal.attribution import REF_PARAM, campaign_ref_of

NOT_CARRIED_PREFIXES = ("/static/", "/media/", "/api/", "/beacon", "/healthz")
ANCHOR = re.compile(r"<a\b[^>]*>", re.IGNORECASE)
FORM = re.compile(r"<form\b[^>]*>", re.IGNORECASE)
BODY = re.compile(r"<body\b", re.IGNORECASE)
HREF = re.compile(r'(\shref=")([^"]*)(")', re.IGNORECASE)
ACTION = re.compile(r'(\saction=")([^"]*)(")', re.IGNORECASE)
POST_METHOD = re.compile(r'\smethod="?post\b', re.IGNORECASE)
# A link to another kind of document (a feed, a download) says so with one of these.
TYPED = re.compile(r'\s(?:type="|download[\s=>])', re.IGNORECASE)


def journey_ref(request):
    """The reference this request's page carries on, or ""."""
    carried = getattr(request, "campaign_ref", None)
    return carried if carried is not None else campaign_ref_of(request)


def stays_on_journey(url):
    """An address on this site that a visitor reads as a page (not a file, feed or login)."""
    if url.startswith("?"):
        return True
    if not url.startswith("/") or url.startswith("//"):
        return False
    return not url.startswith((*NOT_CARRIED_PREFIXES, *settings.PRIVATE_PATH_PREFIXES))


def with_ref(url, ref):
    """The address with «kampanje=<ref>» as its only reference, before any #fragment."""
    address, hash_mark, fragment = url.partition("#")
    path, _, query = address.partition("?")
    kept = [part for part in query.split("&") if part and not part.startswith(f"{REF_PARAM}=")]
    query = "&".join([*kept, f"{REF_PARAM}={ref}"])
    return f"{path}?{query}{hash_mark}{fragment}"


def carried_attribute(tag, pattern, ref):
    def replace(match):
        url = html.unescape(match.group(2))
        if not stays_on_journey(url):
            return match.group(0)
        return match.group(1) + html.escape(with_ref(url, ref)) + match.group(3)

    return pattern.sub(replace, tag, count=1)


def carried_anchor(match, ref):
    tag = match.group(0)
    return tag if TYPED.search(tag) else carried_attribute(tag, HREF, ref)


def carried_form(match, ref):
    tag = match.group(0)
    if POST_METHOD.search(tag):
        return carried_attribute(tag, ACTION, ref)
    action = ACTION.search(tag)
    if action and action.group(2) and not stays_on_journey(html.unescape(action.group(2))):
        return tag
    return f'{tag}<input type="hidden" name="{REF_PARAM}" value="{ref}">'


def html_with_ref(content, ref):
    """The page with the reference on every link and form that stays on the journey."""
    content = ANCHOR.sub(lambda match: carried_anchor(match, ref), content)
    content = FORM.sub(lambda match: carried_form(match, ref), content)
    return BODY.sub(f'<body data-campaign-ref="{ref}"', content, count=1)


def is_page(response):
    return not response.streaming and response.get("Content-Type", "").startswith("text/html")


class CampaignRefMiddleware:
    """Adds the visitor's campaign reference to the page's links, forms and redirects.

    It stands last, so that it sees the page as rendered (cached fragments included) before
    anything measures its length.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(settings.PRIVATE_PATH_PREFIXES):
            return response
        ref = journey_ref(request)
        if not ref:
            return response
        if response.has_header("Location") and stays_on_journey(response["Location"]):
            response["Location"] = with_ref(response["Location"], ref)
        elif is_page(response) and response.content:
            charset = response.charset
            response.content = html_with_ref(response.content.decode(charset), ref).encode(charset)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
