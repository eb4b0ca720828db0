"""Reads of the listing that views, other apps and the API share."""

from functools import cache

from django.db.models import OuterRef, Prefetch, Q, Subquery
from django.http import QueryDict

from portal.renditions import prefetch_renditions
from portal.search import clean_search_query
from properties.freshness import is_stale, search_cutoff
from properties.models import Facility, Listing, ListingDocument, ListingFacility, ListingImage

SORT_ORDERS = {
    "newest": ["-first_published_at", "-id"],
    "relevance": ["-first_published_at", "-id"],  # ties after the search's own ranking
    "area": ["area_min", "id"],
    "-area": ["-area_max", "id"],
    "rent": ["rent_per_m2", "id"],
    "distance": ["distance_to_station", "id"],
}

CARD_RELATED = ("kind", "district")


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
    return Listing.objects.on_the_market().filter(confirmed_at__gte=search_cutoff())


def organisation_listings(*, organisation, limit=6):
    """An owner's newest premises that can be found."""
    return listings_for_cards(
        searchable_listings().filter(organisation=organisation).order_by("-first_published_at")
    )[:limit]


def search_listings(*, filters, since=None, ordered=True):
    """Listings on the market that match a cleaned ListingSearchForm, in the chosen order.

    Free text goes through Wagtail search (PostgreSQL full-text on PostgreSQL); every other
    filter is a declared FilterField, so the search backend applies it in the same query.
    """
    listings = searchable_listings()
    if since is not None:
        listings = listings.filter(first_published_at__gt=since)
    if filters.get("kind"):
        listings = listings.filter(kind_id__in=[kind.pk for kind in filters["kind"]])
    if filters.get("district"):
        listings = listings.filter(
            district_id__in=[district.pk for district in filters["district"]]
        )
    if filters.get("owner"):
        listings = listings.filter(
            organisation_id__in=[organisation.pk for organisation in filters["owner"]]
        )
    if filters.get("area_min") is not None:
        listings = listings.filter(area_max__gte=filters["area_min"])
    if filters.get("area_max") is not None:
        listings = listings.filter(area_min__lte=filters["area_max"])
    if filters.get("rent_min") is not None:
        listings = listings.filter(rent_per_m2__gte=filters["rent_min"])
    if filters.get("rent_max") is not None:
        listings = listings.filter(rent_per_m2__lte=filters["rent_max"])
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

    sort = filters.get("sort") or "newest"
    if ordered:
        listings = listings_for_cards(listings.order_by(*SORT_ORDERS[sort]))
    else:  # for counting: the database need not sort what it only counts
        listings = listings.order_by()
    query = clean_search_query(filters.get("q"))
    if query:
        # Every word must match: an investor adds words to narrow the search.
        # Newest first unless the visitor asks for the best match: ranking every match by
        # relevance costs far more than ordering by date, and dates are what investors sort by.
        relevance = ordered and sort == "relevance"
        return listings.search(query, operator="and", order_by_relevance=relevance)
    return listings


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
