"""The open-data API keeps to its OpenAPI schema, as schemathesis checks it: every status it
answers is documented with the body it really has, what the schema calls valid is accepted and
what it calls invalid is refused — every built-in check, on data that fits the schema and on data
that does not, in process through the WSGI application."""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from properties.forms import ListingSearchForm

SCHEMA = "/api/v1/openapi.json"


@pytest.fixture
def in_process_requests():
    """The WSGI application's requests run inside the test's transaction: Django must not
    close the connection at the end of each, as its own test client also prevents."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(market, in_process_requests):
    """The schema as the API serves it; its choices come from the database, so it is loaded
    inside the test's transaction."""
    schema = schemathesis.openapi.from_wsgi(SCHEMA, get_wsgi_application())
    schema.config.checks.update(included_check_names=["all"])
    return schema


@pytest.mark.parametrize("mode", list(GenerationMode), ids=str)
@settings(
    max_examples=150,
    deadline=None,
    database=None,  # no .hypothesis folder in the project; a failure prints its example
    suppress_health_check=list(HealthCheck),
)
@given(data=st.data())
def test_the_api_keeps_to_its_schema(api_schema, mode, data):
    case = data.draw(api_schema.as_strategy(generation_mode=mode), label="case")
    if mode.is_positive:
        # what the schema says in words only: a range's upper limit is at least its lower one
        assume(not inverted_range(case.query or {}))
    case.call_and_validate()


def inverted_range(query):
    return any(
        isinstance(query.get(low), int)
        and isinstance(query.get(high), int)
        and query[low] > query[high]
        for low, high in ListingSearchForm.RANGES
    )
