"""Open data: a read-only JSON API of published premises, with an OpenAPI schema.

/api/v1/properties/            list; the same filters as the search page (GET parameters)
/api/v1/properties/{id}/       one listing
/api/v1/openapi.json           the schema; /api/v1/docs is a browsable version of it
"""

from datetime import date, datetime

from django.utils import translation
from ninja import Field, NinjaAPI, Schema, Status
from ninja.errors import HttpError, ValidationError
from wagtail.rich_text import expand_db_html

from properties.forms import ListingSearchApiForm, search_errors
from properties.models import Listing
from properties.openapi import form_parameters
from properties.selectors import (
    CARD_RELATED,
    SEARCH_COUNT_CAP,
    CappedPaginator,
    search_listings,
)

SEARCH_OPERATION = "search_premises"


class PremisesApi(NinjaAPI):
    def get_openapi_schema(self, **kwargs):
        """The search's query parameters come from the form that validates them."""
        schema = super().get_openapi_schema(**kwargs)
        for path in schema["paths"].values():
            for operation in path.values():
                if operation.get("operationId") == SEARCH_OPERATION:
                    operation["parameters"] = form_parameters(ListingSearchApiForm())
        return schema


api = PremisesApi(
    title="Drammen Works – premises",
    version="1",
    description=(
        "Published commercial premises in Drammen. Read-only; no key needed. Filters are the "
        "GET parameters of the search page at /lokaler/. Licence: NLOD 2.0."
    ),
    urls_namespace="api",
)


class Taxon(Schema):
    slug: str
    name: str
    name_en: str


class ListingSummary(Schema):
    id: int
    title: str
    slug: str
    url: str
    kind: Taxon
    district: Taxon
    status: str
    address: str
    postcode: str
    latitude: float
    longitude: float
    distance_to_station_m: int
    area_min_m2: int
    area_max_m2: int
    rent_per_m2_year_nok: int | None
    sale_price_nok: int | None
    available_from: date | None
    energy_label: str
    first_published_at: datetime | None


class ListingDetail(ListingSummary):
    plot_area_m2: int | None
    shared_costs_per_m2_year_nok: int | None
    floors: int | None
    parking_spaces: int | None
    year_built: int | None
    year_renovated: int | None
    facilities: list[Taxon]
    focus_areas: list[str]
    description_html: str
    description_en_html: str
    organisation: str
    updated_at: datetime


class ListingPage(Schema):
    count: int = Field(
        description=(
            f"How many listings match, counted up to {SEARCH_COUNT_CAP}; when more match, "
            f"count is {SEARCH_COUNT_CAP} and count_capped is true. Pages past the cap still "
            "hold their listings: page on until results is empty."
        )
    )
    count_capped: bool = Field(
        description=f"True when more than {SEARCH_COUNT_CAP} listings match: count stops there."
    )
    page: int
    page_size: int
    results: list[ListingSummary]


class ErrorMessage(Schema):
    """400 names each bad parameter in errors; 404 and 503 (the database is unreachable: try
    again after Retry-After seconds) have a detail alone."""

    detail: str
    errors: dict[str, list[str]] = {}


@api.exception_handler(ValidationError)
def invalid_path_or_parameter(request, exc):
    """What ninja itself validates (the id in the path), answered like the filters."""
    errors = {}
    for error in exc.errors:
        errors.setdefault(str(error["loc"][-1]), []).append(error["msg"])
    return api.create_response(
        request, {"detail": "Invalid request.", "errors": errors}, status=400
    )


def taxon(item):
    return {"slug": item.slug, "name": item.name, "name_en": item.name_en}


def summary(listing):
    return {
        "id": listing.pk,
        "title": listing.title,
        "slug": listing.slug,
        "url": listing.get_absolute_url(),
        "kind": taxon(listing.kind),
        "district": taxon(listing.district),
        "status": listing.status,
        "address": listing.address,
        "postcode": listing.postcode,
        "latitude": float(listing.latitude),
        "longitude": float(listing.longitude),
        "distance_to_station_m": listing.distance_to_station,
        "area_min_m2": listing.area_min,
        "area_max_m2": listing.area_max,
        "rent_per_m2_year_nok": listing.rent_per_m2,
        "sale_price_nok": listing.sale_price,
        "available_from": listing.available_from,
        "energy_label": listing.energy_label,
        "first_published_at": listing.first_published_at,
    }


@api.get(
    "/properties/",
    response={200: ListingPage, 400: ErrorMessage, 503: ErrorMessage},
    summary="Search published premises",
    operation_id=SEARCH_OPERATION,
)
def list_properties(request):
    """The filters of the search page; kind, district, owner (an organisation's slug) and
    facility may be repeated. An unknown value or a range whose upper limit is below its lower
    one is answered with 400 and a message per parameter."""
    form = ListingSearchApiForm(request.GET)
    with translation.override("en"):
        if not form.is_valid():
            return Status(400, {"detail": "Invalid filter.", "errors": search_errors(form)})
    page, page_size = form.cleaned_data["page"], form.cleaned_data["page_size"]
    with translation.override("nb"):
        results = search_listings(filters=form.cleaned_data, photos=False)
        paginator = CappedPaginator(results, page_size, filters=form.cleaned_data)
        listings = paginator.listings_on(page)
    return Status(
        200,
        {
            "count": paginator.count_shown,
            "count_capped": paginator.capped,
            "page": page,
            "page_size": page_size,
            "results": [summary(listing) for listing in listings],
        },
    )


@api.get(
    "/properties/{listing_id}/",
    response={200: ListingDetail, 400: ErrorMessage, 404: ErrorMessage, 503: ErrorMessage},
    summary="One findable listing",
)
def get_property(request, listing_id: int):
    listing = (
        Listing.objects.findable()
        .select_related(*CARD_RELATED, "organisation")
        .prefetch_related("facilities", "focus_areas")
        .filter(pk=listing_id)
        .first()
    )
    if listing is None:
        raise HttpError(404, "No findable listing with that id.")
    with translation.override("nb"):
        return Status(
            200,
            {
                **summary(listing),
                "plot_area_m2": listing.plot_area,
                "shared_costs_per_m2_year_nok": listing.shared_costs_per_m2,
                "floors": listing.floors,
                "parking_spaces": listing.parking_spaces,
                "year_built": listing.year_built,
                "year_renovated": listing.year_renovated,
                "facilities": [taxon(facility) for facility in listing.facilities.all()],
                "focus_areas": [area.slug for area in listing.focus_areas.all()],
                "description_html": expand_db_html(listing.description),
                "description_en_html": expand_db_html(listing.description_en),
                "organisation": listing.organisation.name,
                "updated_at": listing.updated_at,
            },
        )
