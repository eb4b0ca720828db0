from django.conf import settings
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import cc_delim_re


class AddressLanguageMiddleware(LocaleMiddleware):
    """The address decides the language: nb at /, en at /en/, nb for addresses outside the two
    trees (the API, sitemaps, the health check). Only the admin follows the browser (below).

    So no public answer varies on Accept-Language, and a shared cache keeps one copy of each.
    """

    def process_request(self, request):
        super().process_request(request)
        if not is_admin(request) and not translation.get_language_from_path(request.path_info):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if not is_admin(request):
            drop_vary(response, "Accept-Language")
        return response


def is_admin(request):
    return request.path.startswith("/admin/")


def drop_vary(response, header):
    kept = [
        value
        for value in cc_delim_re.split(response.get("Vary", ""))
        if value and value.lower() != header.lower()
    ]
    if kept:
        response["Vary"] = ", ".join(kept)
    elif response.has_header("Vary"):
        del response["Vary"]


class AdminLoginLanguageMiddleware:
    """The admin's login pages in the browser's language.

    Addresses without a language prefix are Norwegian for visitors; before an editor has logged
    in (and Wagtail can use their chosen language) the browser's Accept-Language decides.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_admin(request) and not request.user.is_authenticated:
            language = translation.get_language_from_request(request)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)


class OpenApiCorsMiddleware:
    """The open API may be read from any site: `Access-Control-Allow-Origin: *` on its answers.

    The same header for every origin, so the answer does not vary on Origin and a shared cache
    keeps one copy of it. No credentials are allowed, and the API takes no writes.
    """

    ALLOWED_METHODS = "GET, HEAD, OPTIONS"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(settings.OPEN_API_PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = self.ALLOWED_METHODS
            response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, Content-Type"
            response["Access-Control-Max-Age"] = "86400"
        else:
            response = self.get_response(request)
        if request.method in ("GET", "HEAD", "OPTIONS"):
            response["Access-Control-Allow-Origin"] = "*"
        return response


class NoIndexPrivateAreasMiddleware:
    """The admin and the partner area (their login pages included) stay out of search engines."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(settings.PRIVATE_AREA_PREFIXES):
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response
