import sys

from django.conf import settings
from django.core.paginator import Paginator
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page

from portal.health import readiness
from portal.pagination import page_or_first
from portal.search import clean_search_query, search_groups, search_sources

SEARCH_RESULTS_PER_PAGE = 10

# Wagtail's page view; pages that take a form check its origin themselves (portal/origin.py).
serve_page = csrf_exempt(wagtail_views.serve)
SEARCH_QUERY_MAX_LENGTH = 200


@require_GET
def search(request):
    """Pages that match the visitor's words, with the groups other apps add (premises, focus
    areas: portal.search.SearchSource) above them."""
    query = request.GET.get("q", "").strip()[:SEARCH_QUERY_MAX_LENGTH]
    words = clean_search_query(query)
    sources = search_sources()
    groups, results = [], Page.objects.none()
    if words:
        groups = search_groups(words, sources)
        results = matching_pages(words, exclude_types=[t for s in sources for t in s.page_types])
    paginator = Paginator(results, SEARCH_RESULTS_PER_PAGE)
    page = page_or_first(paginator, request.GET.get("page", 1))
    context = {
        "query": query,
        "groups": groups,
        "results": page,
        "total": paginator.count + sum(group.count for group in groups),
    }
    return TemplateResponse(request, "search/search.html", context)


def matching_pages(words, *, exclude_types=()):
    """Live public pages in the active language that match the words, best first."""
    pages = Page.objects.live().public().filter(locale=Locale.get_active(), depth__gt=1)
    if exclude_types:
        pages = pages.not_type(*exclude_types)
    return pages.specific().search(words)


def database_unreachable(error):
    """Whether the error, or one it was raised from or while handling, is a lost or refused
    database connection (template rendering and prefetching libraries may wrap it)."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, OperationalError | InterfaceError):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def server_error(request):
    """500, or 503 while the database cannot be reached: the site works again once it is back.

    Pages from templates that need neither the database nor the request; the API in JSON.
    """
    unavailable = database_unreachable(sys.exc_info()[1])
    status = 503 if unavailable else 500
    if request.path.startswith(settings.OPEN_API_PREFIX):
        detail = "Unavailable just now; try again shortly." if unavailable else "Server error."
        response = JsonResponse({"detail": detail}, status=status)
    else:
        response = HttpResponse(loader.render_to_string(f"{status}.html"), status=status)
    if unavailable:
        response["Retry-After"] = "30"
    add_never_cache_headers(response)
    return response


@never_cache
def healthz(request):
    """200 when every readiness check passes, 503 naming the ones that failed (portal/health.py)."""
    checks = readiness()
    body = "".join(f"{name}: {'ok' if passed else 'FAILED'}\n" for name, passed in checks.items())
    return HttpResponse(
        body, status=200 if all(checks.values()) else 503, content_type="text/plain"
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /beacon",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
