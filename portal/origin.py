"""Forms that anonymous visitors send (an inquiry, an alert, a relocation request) carry no
cookie: a page with a CSRF cookie cannot sit in a shared cache, and without a session there is
no ambient credential for a forged request to ride on. What such a request must still not be is
sent by another site's page: browsers say where a form came from (Origin, Sec-Fetch-Site), and
those forms are checked by that, by their honeypot and by rate limits instead. Django's CSRF
protection stays on everything where a session exists (the partner area, the admin, logins).
"""

from functools import wraps

from django.conf import settings
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt

SAME_SITE_FETCHES = {"same-origin", "none"}


def sent_from_this_site(request):
    """False when the browser says the form was sent from another site's page.

    A request without either header (an old browser, a script) is let through: it carries no
    credentials of the visitor, and the honeypot and rate limits still apply.
    """
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin in allowed_origins(request)
    fetch_site = request.headers.get("Sec-Fetch-Site")
    return fetch_site is None or fetch_site in SAME_SITE_FETCHES


def allowed_origins(request):
    own = f"{request.scheme}://{request.get_host()}"
    return {own, *(origin.rstrip("/") for origin in settings.CSRF_TRUSTED_ORIGINS)}


def cross_site_refusal(request):
    return TemplateResponse(request, "403_cross_site.html", {}, status=403)


def anonymous_form(view):
    """A view that takes a form from anonymous visitors: no CSRF cookie, checked by origin."""

    @csrf_exempt
    @wraps(view)
    def checked(request, *args, **kwargs):
        if request.method == "POST" and not sent_from_this_site(request):
            return cross_site_refusal(request)
        return view(request, *args, **kwargs)

    return checked
