"""What a shared cache (Varnish, a CDN) may keep: anonymous pages, for a while; nothing personal.

A response may be shared when it was asked for without a login, sets no cookie, is not in the
admin or the partner area, and its view said nothing about caching itself. Everything else is
marked private.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

SHAREABLE_STATUS_CODES = {200, 203, 300, 301, 404, 410}


def is_shareable(request, response):
    return (
        request.method in ("GET", "HEAD")
        and response.status_code in SHAREABLE_STATUS_CODES
        and not response.cookies
        and not request.path.startswith(settings.PRIVATE_PATH_PREFIXES)
        and not request.user.is_authenticated
    )


class SharedCacheMiddleware:
    """Cache-Control for every response that has none yet: public for what anyone may see.

    It must stand above the session, CSRF and message middleware, so that it sees the cookies
    they set.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if is_shareable(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.BROWSER_CACHE_SECONDS,
                s_maxage=settings.SHARED_CACHE_SECONDS,
            )
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response
