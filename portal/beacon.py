"""Views counted by the visitor's browser, so that a page served from a shared cache still counts.

A page that counts something (a listing's views, a campaign landing) carries a tiny image whose
address names what to count: the page's path, its campaign parameters and what the page adds
(a listing, a campaign). The browser asks for it on every view, from the cache or not; the
answer is never cached. No cookie, address or identifier is involved, and robots that name
themselves are skipped as before. Receivers of `page_viewed` do the counting.

The page's path is signed by the server that renders it, so a beacon sent by hand with an
invented path counts nothing: what is counted stays one row per real page.
"""

import logging

from django.conf import settings
from django.core import signing
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal.counters import is_person
from portal.signals import page_viewed

logger = logging.getLogger(__name__)

# The parameters of the page's own address that are counted (utm_* and the carried campaign).
CARRIED_PREFIXES = ("utm_",)
CARRIED_NAMES = ("kampanje",)
PATH_MAX = 200
PATH_SALT = "portal.beacon.path"
# A transparent GIF of one pixel.
PIXEL = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


def beacon_params(request, counted):
    """What the beacon of this page sends, or {} when the page counts nothing.

    Only a page opened with GET counts, never an editor's preview or a page of the admin.
    """
    if request.method != "GET" or getattr(request, "is_preview", False):
        return {}
    if request.path.startswith(settings.PRIVATE_AREA_PREFIXES):
        return {}
    carried = {
        name: value
        for name, value in request.GET.items()
        if name.startswith(CARRIED_PREFIXES) or name in CARRIED_NAMES
    }
    if not counted and not any(name.startswith(CARRIED_PREFIXES) for name in carried):
        return {}
    path = request.path[:PATH_MAX]
    return {
        "p": path,
        "s": path_signature(path),
        **carried,
        **{k: str(v) for k, v in counted.items()},
    }


def path_signature(path):
    return signing.Signer(salt=PATH_SALT).signature(path)


def signed_path(params):
    """The page's path the beacon reports, or "" when the server did not sign it."""
    signer = signing.Signer(salt=PATH_SALT)
    try:
        return signer.unsign(f"{params.get('p', '')}{signer.sep}{params.get('s', '')}")
    except signing.BadSignature:
        return ""


@never_cache
@require_GET
def beacon(request):
    path = signed_path(request.GET)
    if is_person(request) and path.startswith("/") and path.isprintable():
        try:
            page_viewed.send(sender=None, request=request, path=path[:PATH_MAX])
        except Exception:  # counting must never show the visitor an error
            logger.exception("Could not count a page view")
    response = HttpResponse(PIXEL, content_type="image/gif")
    response["X-Robots-Tag"] = "noindex"
    return response
