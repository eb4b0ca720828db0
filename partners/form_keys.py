"""A new-listing form carries a key, also in its address (site.js puts it there); the listing it
made is remembered in the session. After saving, the Back button or the same form sent again
leads to that listing instead of making a copy."""

import re

NEW_LISTING_KEYS = "partners_new_listings"
NEW_LISTING_KEYS_KEPT = 20

FORM_KEY = re.compile(r"[0-9a-f]{32}")  # what uuid4().hex makes; anything else is ignored


def form_key_of(request):
    key = request.POST.get("form_key") or request.GET.get("form_key") or ""
    return key if FORM_KEY.fullmatch(key) else ""


def listing_made_by_form(request):
    return request.session.get(NEW_LISTING_KEYS, {}).get(form_key_of(request))


def remember_listing_made_by_form(request, listing):
    if key := form_key_of(request):
        made = request.session.get(NEW_LISTING_KEYS, {})
        made[key] = listing.pk
        request.session[NEW_LISTING_KEYS] = dict(list(made.items())[-NEW_LISTING_KEYS_KEPT:])
