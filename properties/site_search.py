"""Premises in the site search: the first matches, and a link to the premises search with the
same words for all of them (portal.search.SearchSource)."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext

from portal.search import SearchGroup, SearchHit
from properties.selectors import count_search_matches, search_listings

PREMISES_SHOWN = 5


def premises_matching(words):
    """The premises the premises search finds for the words (title, address, description, kind
    and district in both languages), or None when it finds none."""
    filters = {"q": words, "sort": "relevance"}
    count = count_search_matches(filters=filters)
    if not count:
        return None
    listings = search_listings(filters=filters, photos=False)[:PREMISES_SHOWN]
    more_text = ngettext(
        "See %(count)s premises matching “%(words)s” in the premises search",
        "See all %(count)s premises matching “%(words)s” in the premises search",
        count,
    ) % {"count": count, "words": words}
    return SearchGroup(
        key="premises",
        heading=gettext("Premises"),
        hits=[premises_hit(listing) for listing in listings],
        count=count,
        more_url=f"{reverse('properties:search')}?{urlencode({'q': words})}",
        more_text=more_text,
    )


def premises_hit(listing):
    # Listing titles are written in Norwegian.
    return SearchHit(
        title=listing.title,
        url=listing.get_absolute_url(),
        summary=f"{listing.kind.label} · {listing.district.label}",
        lang="nb" if translation.get_language() != "nb" else "",
    )
