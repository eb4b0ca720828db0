"""The declaration of the listing's fields (properties/fields.py) is what every surface reads:
each declared field is on the model, in the admin's edit panels and export, and a filtered one
is a search FilterField, so that free text and filters work together."""

import pytest
from wagtail.search import index

from properties.fields import FIELDS, range_filters
from properties.models import Listing
from properties.wagtail_hooks import ListingViewSet


def panel_field_names(panels):
    for panel in panels:
        if getattr(panel, "field_name", None):
            yield panel.field_name
        yield from panel_field_names(getattr(panel, "children", ()))


def test_every_declared_field_is_a_field_of_the_listing():
    model_fields = {field.name for field in Listing._meta.get_fields()}
    assert {field.name for field in FIELDS} <= model_fields


def test_every_field_a_partner_fills_in_is_in_the_admin_too():
    in_admin = set(panel_field_names(Listing.panels))
    assert {field.name for field in FIELDS if field.partner} <= in_admin | {"description"}
    assert "description" in in_admin


def test_every_filtered_field_is_a_search_filter_field():
    filter_fields = {
        field.field_name for field in Listing.search_fields if isinstance(field, index.FilterField)
    }
    compared = {name for r in range_filters() for name in (r.low_field, r.high_field)}
    assert compared
    assert compared <= filter_fields


def test_the_admin_exports_the_declared_fields():
    exported = [field.name for field in FIELDS if field.export]
    assert ListingViewSet.list_export[: len(exported)] == exported


@pytest.mark.django_db
def test_the_api_schema_names_every_declared_api_field(client):
    schemas = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    summary = set(schemas["ListingSummary"]["properties"])
    detail = set(schemas["ListingDetail"]["properties"])
    assert {field.api for field in FIELDS if field.api and field.summary} <= summary
    assert {field.api for field in FIELDS if field.api} <= detail


@pytest.mark.django_db
def test_the_search_form_and_the_api_take_every_range_filter(client):
    parameters = client.get("/api/v1/openapi.json").json()["paths"]["/api/v1/properties/"]
    names = {parameter["name"] for parameter in parameters["get"]["parameters"]}
    assert {name for r in range_filters() for name in (r.low, r.high)} <= names
