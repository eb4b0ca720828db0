"""Focus areas in the site search: their pages, found by their text or by the focus area's name
and short text in either language (portal.search.SearchSource)."""

from functools import reduce
from operator import and_

from django.db.models import Q
from django.utils.translation import gettext
from wagtail.models import Locale

from portal.search import SearchGroup, SearchHit
from sectors.models import FocusArea, FocusAreaPage

NAMED_IN = ("name", "name_en", "short_text", "short_text_en")


def focus_areas_matching(words):
    """The focus-area pages in the visitor's language that match the words, or None."""
    pages = FocusAreaPage.objects.live().public().filter(locale=Locale.get_active())
    found = {page.pk for page in pages.search(words)}
    found.update(pages.filter(focus_area__in=focus_areas_named(words)).values_list("pk", flat=True))
    if not found:
        return None
    matches = pages.filter(pk__in=found).select_related("focus_area")
    matches = matches.order_by("focus_area__sort_order", "title")
    return SearchGroup(
        key="focus-areas",
        heading=gettext("Focus areas"),
        hits=[
            SearchHit(title=page.title, url=page.url, summary=page.focus_area.short_text_label)
            for page in matches
        ],
        count=len(found),
    )


def focus_areas_named(words):
    """Focus areas whose names or short texts, in either language, hold every word."""
    every_word = [
        reduce(lambda a, b: a | b, (Q(**{f"{field}__icontains": word}) for field in NAMED_IN))
        for word in words.split()
    ]
    return FocusArea.objects.filter(reduce(and_, every_word))
