"""Any query string, however wrong, gets an answer and never a 500: the search page in both
languages shows the page with a clear message, and the open-data API answers with JSON.

Hypothesis builds the query strings from the search's own parameters: letters in number
filters, negative and huge numbers, impossible dates, unknown choices, very long text, SQL and
HTML fragments, and parameters given more than once.
"""

from datetime import date
from itertools import chain
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from portal.validators import has_control_characters
from tests.html import soup_of

SEARCH_PAGES = ["/lokaler/", "/en/premises/"]
BAD_ADDRESS_HEADING = {
    "/lokaler/": "Denne adressen kan ikke leses",
    "/en/premises/": "This address cannot be read",
}
API = "/api/v1/properties/"

MARKUP = [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert("xss")>',
    "'><svg onload=alert('xss')>",
    "</textarea><script>alert('xss')</script>",
    "<a href='javascript:alert(1)'>xss</a>",
]
SQL = [
    "' OR '1'='1",
    "1; DROP TABLE properties_listing; --",
    "1 UNION SELECT password FROM auth_user",
    "%",
    "_",
    "\\",
    '" OR ""="',
]
ODD_NUMBERS = [
    "",
    " ",
    "abc",
    "1e3",
    "1e309",
    "NaN",
    "-inf",
    "0x10",
    "1,5",
    "1.5",
    "١٢٣",
    "²",
    "①",
    "+5",
    "\x00",
    "1\x00",
    "\x1b[0m",
]
ODD_DATES = ["2025-02-30", "2025-13-01", "0000-00-00", "31.12.2025", "99999-01-01", "i morgen"]
HUGE = [2**31, 2**63 - 1, 2**63, 2**64, 10**30, -(2**63) - 1]

words = st.text(st.characters(codec="utf-8"), max_size=40)
LONG_MARKUP = "<b>" * 3_334
long_text = st.sampled_from(["a" * 10_000, "ø " * 5_000, LONG_MARKUP, "1" * 10_000])
integers = st.sampled_from(HUGE) | st.integers() | st.integers(min_value=-10, max_value=10_000)
numbers = integers.map(str) | st.sampled_from(ODD_NUMBERS) | st.floats().map(str) | words
dates = (
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat)
    | st.sampled_from(ODD_DATES)
    | words
)


def choices(*known):
    return st.sampled_from(known) | words | integers.map(str)


VALUES = {
    "q": words | long_text | st.sampled_from(MARKUP + SQL),
    "kind": choices("kontor", "handel", "lager-logistikk", "tomt", "ukjent"),
    "district": choices("stromso", "bragernes", "svelvik", "oslo"),
    "owner": choices("elvebyen-eiendom", "ukjent-eier"),
    "area_min": numbers,
    "area_max": numbers,
    "rent_min": numbers,
    "rent_max": numbers,
    "available_by": dates,
    "facility": choices("kantine", "elbillading", "basseng"),
    "focus": choices("grunder", "helsenaering", "ingen"),
    "max_distance": choices("500", "1000", "10000", "750", "-1"),
    "sort": choices("newest", "area", "-area", "rent", "distance", "price"),
    "page": integers.map(str) | words,
    "page_size": integers.map(str) | words,
}
anything = words | long_text | integers.map(str) | st.sampled_from(MARKUP + SQL + ODD_NUMBERS)
bad_pair = st.sampled_from(sorted(VALUES)).flatmap(
    lambda name: st.tuples(st.just(name), VALUES[name] | anything)
) | st.tuples(words, anything)

# Valid filters, so that a bad value also reaches the code behind a form that validates.
GOOD = {
    "q": st.sampled_from(["kontor", "elva", "Brakerøya"]),
    "kind": st.sampled_from(["kontor", "handel", "lager-logistikk"]),
    "district": st.sampled_from(["stromso", "bragernes"]),
    "area_min": st.integers(0, 1_000).map(str),
    "area_max": st.integers(1_000, 10_000).map(str),
    "rent_max": st.integers(500, 5_000).map(str),
    "available_by": st.dates(date(2020, 1, 1), date(2040, 1, 1)).map(date.isoformat),
    "facility": st.just("kantine"),
    "focus": st.just("grunder"),
    "max_distance": st.sampled_from(["500", "1000", "10000"]),
    "sort": st.sampled_from(["newest", "area", "-area", "rent", "distance"]),
}
good_pair = st.sampled_from(sorted(GOOD)).flatmap(lambda name: st.tuples(st.just(name), GOOD[name]))
# A parameter may come several times; most queries are valid filters plus one to three bad
# pairs, the rest are anything at all.
queries = st.builds(
    lambda good, bad: good + bad,
    st.lists(good_pair, max_size=4),
    st.lists(bad_pair, min_size=1, max_size=3),
) | st.lists(bad_pair, max_size=8)

EXAMPLES = [
    [("q", MARKUP[0])],
    [("q", "x" * 10_000)],
    [("area_min", "abc"), ("area_max", "-5")],
    [("area_min", str(2**64)), ("rent_max", str(2**63))],
    [("kind", "kontor"), ("kind", "ukjent"), ("kind", MARKUP[1])],
    [("available_by", "2025-02-30"), ("sort", MARKUP[2])],
    [("page", str(2**63)), ("page_size", "0")],
    [("kind", "kontor"), ("page", str(2**63 - 1))],
    [("page", "-1"), ("max_distance", "1e309")],
    [("focus", SQL[0]), ("facility", SQL[1]), ("district", "oslo")],
    [("q", "\x00")],
    [("page", "²"), ("page_size", "①")],
    [("area_min", "99999999999999999999999")],
]
checked = settings(
    max_examples=60,
    deadline=None,
    database=None,  # no .hypothesis folder in the project; a failure prints its example
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def with_examples(test):
    for query in EXAMPLES:
        test = example(query=query)(test)
    return test


def has_control_characters_in(query):
    return any(map(has_control_characters, chain(*query)))


def markup_in(query):
    return [value for _, value in query if value in MARKUP or value == LONG_MARKUP]


@pytest.mark.parametrize("path", SEARCH_PAGES)
@checked
@with_examples
@given(query=queries)
def test_search_page_answers_any_query_with_the_page_or_a_clear_message(
    client, market, path, query
):
    response = client.get(f"{path}?{urlencode(query)}")
    assert response.status_code in (200, 400), (query, response.status_code)
    html = response.content.decode()
    if response.status_code == 400 and has_control_characters_in(query):
        heading = soup_of(response).h1.get_text(strip=True)
        assert heading == BAD_ADDRESS_HEADING[path], query
    elif response.status_code == 400:
        assert soup_of(response).select(".error-summary li"), query
    for value in markup_in(query):
        assert value not in html, value


@checked
@with_examples
@given(query=queries)
def test_feed_answers_any_query_with_the_feed_or_a_clear_message(client, market, query):
    response = client.get(f"/lokaler/feed/?{urlencode(query)}")
    assert response.status_code in (200, 400), (query, response.status_code)
    if response.status_code == 400 and has_control_characters_in(query):
        assert soup_of(response).h1.get_text(strip=True) == BAD_ADDRESS_HEADING["/lokaler/"]
    elif response.status_code == 400:
        assert response.json()["errors"], query
    else:
        assert response["Content-Type"].startswith("application/atom+xml")


@checked
@with_examples
@given(query=queries)
def test_api_answers_any_query_with_json(client, market, query):
    response = client.get(f"{API}?{urlencode(query)}")
    assert response.status_code in (200, 400), (query, response.status_code)
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    if response.status_code == 200:
        assert isinstance(body["results"], list)
    else:
        assert body.get("detail") or body.get("errors"), body
