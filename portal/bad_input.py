"""Addresses that no page can use: control characters in the path or in a query parameter.

They are refused in one place, before any view sees them, with a 400 page in the visitor's
language (JSON under the open API). Text sent in forms is checked by the forms themselves,
with the same rule (`AccessibleFormMixin` in portal/forms.py): the visitor sees the field's
error and keeps what they wrote.
"""

from django.conf import settings
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from portal.validators import has_control_characters


def address_has_control_characters(request):
    if has_control_characters(request.path):
        return True
    return any(
        has_control_characters(key) or any(has_control_characters(value) for value in values)
        for key, values in request.GET.lists()
    )


class ControlCharactersMiddleware:
    """400 for an address with control characters (NUL, escape, …) in its path or query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not address_has_control_characters(request):
            return self.get_response(request)
        if request.path.startswith(settings.OPEN_API_PREFIX):
            detail = _("The address contains control characters.")
            return JsonResponse({"detail": detail}, status=400)
        return TemplateResponse(request, "400.html", status=400).render()
