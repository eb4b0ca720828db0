from django.utils import translation


class AdminLoginLanguageMiddleware:
    """The admin's login pages in the browser's language.

    Addresses without a language prefix are Norwegian for visitors; before an editor has logged
    in (and Wagtail can use their chosen language) the browser's Accept-Language decides.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/") and not request.user.is_authenticated:
            language = translation.get_language_from_request(request)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)
