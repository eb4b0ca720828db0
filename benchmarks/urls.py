"""The site's addresses plus /bench/bare: a 20 KB page made without a template or a query.

It answers through the same middleware as every page, so its cost is what Django itself costs
per request: the floor that a page served from cache should be under.
"""

from django.http import HttpResponse
from django.urls import path

from portal.urls import *  # noqa: F403 - the site's error views (handler500 …), whichever it has
from portal.urls import urlpatterns as site_urlpatterns

PARAGRAPH = (
    "<p>Drammen er den tilgjengelige byen: tog hele dagen, to flyplasser innen en time og en "
    "havn i stamnettet. Ti minutter til myndigheter, nettverk, fjord og skog.</p>\n"
)
BARE_PAGE = (
    '<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>Bare page</title>'
    "</head><body><main>" + PARAGRAPH * (20 * 1024 // len(PARAGRAPH) + 1) + "</main></body></html>"
)


def bare_page(request):
    return HttpResponse(BARE_PAGE)


urlpatterns = [path("bench/bare", bare_page, name="bench_bare"), *site_urlpatterns]
