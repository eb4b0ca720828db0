from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.html import format_html

from portal.beacon import beacon_params

register = template.Library()


@register.simple_tag(takes_context=True)
def view_beacon(context):
    """The image that counts this view, when the page counts something (portal/beacon.py).

    A page names what it counts in the context as `counted`, e.g. {"listing": 12}.
    """
    request = context.get("request")
    params = beacon_params(request, context.get("counted") or {}) if request else {}
    if not params:
        return ""
    url = f"{reverse('beacon')}?{urlencode(params, safe='~/')}"
    return format_html('<img class="beacon" src="{}" alt="" width="1" height="1">', url)
