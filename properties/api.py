"""Open data: a read-only JSON API of published premises, with an OpenAPI schema.

/api/v1/properties/            list; the same filters as the search page (GET parameters)
/api/v1/properties/{id}/       one listing
/api/v1/openapi.json           the schema; /api/v1/docs is a browsable version of it
"""

from datetime import date, datetime

from django.utils import translation
from ninja import Field, NinjaAPI, Schema, Status
from ninja.errors import HttpError, ValidationError
from pydantic import ConfigDict, create_model
from wagtail.rich_text import expand_db_html

from properties.fields import FIELDS
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
        "GET parameters of the search page at /lokaler/. Texts are in Norwegian; title_en and "
        "description_en_html hold the owner's English, empty where there is none. "
        "Licence: NLOD 2.0."
    ),
    urls_namespace="api",
)


class Taxon(Schema):
    slug: str
    name: str
    name_en: str


# Empty in the database only until the listing is saved: Listing.save fills it in.
ALWAYS_SET = {"area_max"}


def api_type(name):
    """The API's type of a listing field, read off the model field."""
    model_field = Listing._meta.get_field(name)
    kind = {
        "DecimalField": float,
        "DateField": date,
        "DateTimeField": datetime,
        "CharField": str,
        "URLField": str,
    }.get(model_field.get_internal_type(), int)
    return kind | None if model_field.null and name not in ALWAYS_SET else kind


def declared_fields(*, summary):
    """The fields the declaration (properties.fields) puts in the API's list (`summary`) or
    in the detail alone, under their API names."""
    return {
        field.api: (api_type(field.name), Field(alias=field.name))
        for field in FIELDS
        if field.api and field.summary == summary
    }


class ListingSummaryBase(Schema):
    # Read from the listing by the model's names; made (and checked again) by the API's names.
    model_config = ConfigDict(populate_by_name=True)

    id: int = Field(alias="pk")
    slug: str
    url: str = Field(alias="get_absolute_url")
    kind: Taxon
    district: Taxon
    first_published_at: datetime | None


ListingSummary = create_model(
    "ListingSummary", __base__=ListingSummaryBase, **declared_fields(summary=True)
)


class ListingDetailBase(ListingSummary):
    facilities: list[Taxon]
    focus_areas: list[str]
    description_html: str
    description_en_html: str
    organisation: str = Field(alias="organisation.name")
    updated_at: datetime

    @staticmethod
    def resolve_focus_areas(listing):
        return [area.slug for area in listing.focus_areas.all()]

    @staticmethod
    def resolve_description_html(listing):
        return expand_db_html(listing.description)

    @staticmethod
    def resolve_description_en_html(listing):
        return expand_db_html(listing.description_en)


ListingDetail = create_model(
    "ListingDetail", __base__=ListingDetailBase, **declared_fields(summary=False)
)


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
            "results": [ListingSummary.from_orm(listing) for listing in listings],
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
        return Status(200, ListingDetail.from_orm(listing))
