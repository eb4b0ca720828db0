from django import template

from portal.blocks import video_embed_url
from properties import facts, selectors
from properties.facts import km

register = template.Library()

# Result cards whose photos are in view as the search opens, on a wide screen: not lazy.
CARDS_IN_VIEW = 3


@register.simple_tag
def featured_listings(limit=3):
    return selectors.featured_listings(limit=limit)


@register.filter
def photo_loading(position):
    """How the photo of the card at `position` (1, 2, …) in the results loads: the first cards
    are in view as the page opens, and lazy loading would only hold them back. Cards in other
    lists (below a hero) have no position and load lazily."""
    return None if position and position <= CARDS_IN_VIEW else "lazy"


@register.filter
def photo_fetchpriority(position):
    """The first result's photo is the largest thing in view: fetched first."""
    return "high" if position == 1 else None


register.filter("km", km)


@register.simple_tag
def listing_facts(listing):
    """The facts table of a listing's own page."""
    return facts.page_facts(listing)


@register.simple_tag
def compared_facts(listings):
    return facts.compare_facts(listings)


@register.simple_tag
def card_facts(listing):
    return facts.card_facts(listing)


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


@register.filter
def any_shown_in_norwegian(listings):
    """True when an English visitor reads some of these listings' own words in Norwegian."""
    return any(listing.shown_in_norwegian for listing in listings)
