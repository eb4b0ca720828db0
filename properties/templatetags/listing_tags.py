from django import template
from django.contrib.humanize.templatetags.humanize import intcomma

from portal.blocks import video_embed_url
from properties import selectors

register = template.Library()


@register.simple_tag
def featured_listings(limit=3):
    return selectors.featured_listings(limit=limit)


@register.filter
def km(metres):
    """1234 → «1,2 km» in the active language; under a kilometre in metres."""
    if metres is None:
        return ""
    if metres < 1000:
        return f"{round(metres, -1):.0f} m"
    return f"{intcomma(round(metres / 1000, 1))} km"


@register.filter
def nok(amount):
    return f"{intcomma(amount)} kr" if amount is not None else ""


@register.simple_tag
def video_context(url, title):
    """What components/blocks/video.html needs for a plain video address."""
    embed = video_embed_url(url)
    return {
        "value": {"url": url, "title": title},
        "embed_url": embed,
        "host_name": "Vimeo" if embed and "vimeo" in embed else "YouTube",
    }


@register.simple_tag
def listings_for_focus_area(focus_area, limit=6):
    return selectors.listings_for_focus_area(focus_area=focus_area, limit=limit)
