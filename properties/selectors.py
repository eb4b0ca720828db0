"""Reads of the listing that views, other apps and the API share."""

from functools import cache

from django.core.paginator import Paginator
from django.db.models import OuterRef, Prefetch, Q, Subquery
from django.http import QueryDict
from django.utils.functional import cached_property

from portal.renditions import prefetch_renditions
from portal.search import clean_search_query
from properties.fields import range_filters
from properties.freshness import is_stale
from properties.models import Facility, Listing, ListingDocument, ListingFacility, ListingImage

SORT_ORDERS = {
    "newest": ["-first_published_at", "-id"],
    "relevance": ["-first_published_at", "-id"],  # ties after the search's own ranking
    "area": ["area_min", "id"],
    "-area": ["-area_max", "id"],
    "rent": ["rent_per_m2", "id"],
    "distance": ["distance_to_station", "id"],
}

# Searches count their matches up to here and say «more than» above it.
SEARCH_COUNT_CAP = 1000

CARD_RELATED = ("kind", "district")

# The search's choices of many (ListingSearchForm): each parameter and the field it filters.
# The range filters come from properties.fields; each compared field is a FilterField.
CHOICE_FILTERS = (("kind", "kind_id"), ("district", "district_id"), ("owner", "organisation_id"))


@cache
def photos_prefetch(*picture_kinds, first_only=False):
    """A listing's photos with the renditions of these picture kinds: all of them as
    `listing.images`, or the first as `listing.card_photos`. Made once: Django copies a
    Prefetch before it uses it."""
    photos = ListingImage.objects.select_related("image").prefetch_related(
        prefetch_renditions(*picture_kinds, through="image")
    )
    if first_only:
        # A subquery, not a slice: django-modelcluster's photos cannot be prefetched sliced.
        first = ListingImage.objects.filter(listing=OuterRef("listing"))
        first = first.order_by("sort_order", "pk").values("pk")[:1]
        photos = photos.filter(pk=Subquery(first))
        return Prefetch("images", queryset=photos, to_attr="card_photos")
    return Prefetch("images", queryset=photos)


def listings_for_cards(queryset):
    """A queryset ready for listing cards: kind, district, the first photo and its renditions,
    in a fixed number of queries."""
    return queryset.select_related(*CARD_RELATED).prefetch_related(
        photos_prefetch("listing_card", first_only=True)
    )


def published_facilities():
    """Facilities of published listings: what visitors see and filter by. A new facility a
    partner writes into a draft stays out of sight until an editor approves the listing."""
    # One published listing per facility is enough. As a scalar subquery with LIMIT 1 the
    # database probes each facility's index and stops at the first; PostgreSQL turns EXISTS
    # into a join over every tagged listing (0.1 s at 100,000 listings).
    one_published = ListingFacility.objects.filter(
        tag=OuterRef("pk"), content_object__live=True
    ).values("pk")[:1]
    return Facility.objects.annotate(published_example=Subquery(one_published)).filter(
        published_example__isnull=False
    )


def searchable_listings():
    """Listings on the market whose owner has confirmed them recently enough to be found."""
    return Listing.objects.findable().exclude(status__in=Listing.OFF_MARKET)


def organisation_listings(*, organisation, limit=6):
    """An owner's newest premises that can be found."""
    return listings_for_cards(
        searchable_listings().filter(organisation=organisation).order_by("-first_published_at")
    )[:limit]


def filtered_listings(*, filters, since=None):
    """Listings on the market that match every filter of a cleaned ListingSearchForm but the
    free text, in no particular order."""
    listings = searchable_listings().order_by()
    if since is not None:
        listings = listings.filter(first_published_at__gt=since)
    for parameter, field in CHOICE_FILTERS:
        if filters.get(parameter):
            listings = listings.filter(**{f"{field}__in": [item.pk for item in filters[parameter]]})
    for limits in range_filters():
        if filters.get(limits.low) is not None:
            listings = listings.filter(**{f"{limits.low_field}__gte": filters[limits.low]})
        if filters.get(limits.high) is not None:
            listings = listings.filter(**{f"{limits.high_field}__lte": filters[limits.high]})
    if filters.get("available_by"):
        listings = listings.filter(
            Q(available_from__isnull=True) | Q(available_from__lte=filters["available_by"])
        )
    # Many-to-many filters as id subqueries: the search backend accepts filters on "id", and
    # the search index need not carry these relations.
    for facility in filters.get("facility") or ():
        tagged = ListingFacility.objects.filter(tag_id=facility.pk)
        listings = listings.filter(id__in=tagged.values("content_object_id"))
    if filters.get("focus"):
        suitable = Listing.focus_areas.through.objects.filter(focusarea_id=filters["focus"].pk)
        listings = listings.filter(id__in=suitable.values("listing_id"))
    if filters.get("max_distance"):
        listings = listings.filter(distance_to_station__lte=filters["max_distance"])
    return listings


def search_listings(*, filters, since=None, photos=True):
    """Listings on the market that match a cleaned ListingSearchForm, in the chosen order;
    ready for cards, or with `photos=False` without their photos, for readers that show none.

    Free text goes through Wagtail search (PostgreSQL full-text on PostgreSQL); every other
    filter is a declared FilterField, so the search backend applies it in the same query.
    """
    sort = filters.get("sort") or "newest"
    listings = filtered_listings(filters=filters, since=since).order_by(*SORT_ORDERS[sort])
    listings = listings_for_cards(listings) if photos else listings.select_related(*CARD_RELATED)
    query = clean_search_query(filters.get("q"))
    if query:
        # Every word must match: an investor adds words to narrow the search.
        # Newest first unless the visitor asks for the best match: ranking every match by
        # relevance costs far more than ordering by date, and dates are what investors sort by.
        relevance = sort == "relevance"
        return listings.search(query, operator="and", order_by_relevance=relevance)
    return listings


def count_search_matches(*, filters, cap=SEARCH_COUNT_CAP):
    """How many listings search_listings finds, counted up to cap + 1 and no further: more
    than cap reads as «more than cap». Counting every match of a broad search among 100,000
    listings costs more than the rest of the page together."""
    listings = filtered_listings(filters=filters)
    query = clean_search_query(filters.get("q"))
    if query:
        listings = text_matches_to_count(listings, query)
    return min(listings[: cap + 1].count(), cap + 1)


def text_matches_to_count(listings, query):
    """The listings that match every word of query, in no order, ready to be counted."""
    matches = listings.search(query, operator="and", order_by_relevance=False)
    if not hasattr(matches, "get_queryset"):  # a search engine of its own counts them itself
        return matches
    # Wagtail's database backends order unordered matches by -pk. In a capped count that
    # order makes PostgreSQL walk every listing backwards by id and test its text; without
    # it the planner may start from the GIN index on the search index, or merge the two.
    return matches.get_queryset().order_by()


class CappedPaginator(Paginator):
    """A paginator of search results whose count stops at COUNT_CAP + 1; `capped` says the
    search found more than COUNT_CAP."""

    COUNT_CAP = SEARCH_COUNT_CAP

    def __init__(self, results, per_page, *, filters, **kwargs):
        super().__init__(results, per_page, **kwargs)
        self.filters = filters

    @cached_property
    def count(self):
        if self.filters is None:  # an invalid search finds nothing
            return 0
        return count_search_matches(filters=self.filters, cap=self.COUNT_CAP)

    @property
    def capped(self):
        return self.count > self.COUNT_CAP

    @property
    def count_shown(self):
        """The count to show: exact up to COUNT_CAP, COUNT_CAP when there are more."""
        return min(self.count, self.COUNT_CAP)

    def listings_on(self, number):
        """The listings of page `number`, also past the cap, where the count cannot tell
        whether the page holds any; none past the last page of an exact count."""
        start = (number - 1) * self.per_page
        if not self.capped and start >= self.count:
            return []
        return list(self.object_list[start : start + self.per_page])


def search_filters_from_query(query_string):
    """The cleaned filters of a saved search (an alert), or None if it no longer validates."""
    from properties.forms import ListingSearchForm

    form = ListingSearchForm(QueryDict(query_string))
    return form.cleaned_data if form.is_valid() else None


def featured_listings(*, limit=3):
    """The newest premises that can be found, for the home page."""
    return listings_for_cards(searchable_listings().order_by("-first_published_at"))[:limit]


def listings_for_focus_area(*, focus_area, limit=6):
    """Premises that can be found, marked as suitable for a focus area."""
    return listings_for_cards(
        searchable_listings().filter(focus_areas=focus_area).order_by("-first_published_at")
    )[:limit]


def similar_listings(*, listing, limit=3):
    """Other premises of the same kind, closest in size first."""
    candidates = (
        searchable_listings()
        .filter(kind_id=listing.kind_id)
        .exclude(pk=listing.pk)
        .order_by("distance_to_station")
    )
    return listings_for_cards(candidates)[:limit]


def public_listing(*, slug):
    """A published listing (also when let or archived), or None."""
    return (
        Listing.objects.public()
        .select_related("kind", "district", "organisation", "organisation__logo", "contact")
        .prefetch_related(
            photos_prefetch("listing_photo", "listing_thumbnail"),
            Prefetch("documents", queryset=ListingDocument.objects.select_related("document")),
            "focus_areas",
            "facilities",
        )
        .filter(slug=slug)
        .first()
    )


def listing_detail_context(*, listing, preview=False):
    return {
        "listing": listing,
        "images": list(listing.images.all()),
        "documents": list(listing.documents.all()),
        "facilities": list(listing.facilities.all()),
        "focus_areas": list(listing.focus_areas.all()),
        "similar": [] if preview else similar_listings(listing=listing),
        "is_preview": preview,
        "stale": is_stale(listing),
    }
