"""No address of the public site answers 5xx, whatever is put in its path or its parameters:
control characters, Unicode digits («²», «①», «١٢٣»), numbers beyond any id column, markup,
SQL, very long text — in every page, form, token, id and slug the site reads, in both
languages, and in the logins of the partner area and the admin.

Hypothesis builds the values; the examples are the ones that once answered 500.
"""

from urllib.parse import quote, urlencode

import pytest
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from properties.factories import ListingFactory

HOLE = "HOLE"  # where a value goes in an address made with reverse()

CONTROL = ["\x00", "a\x00b", "\x01", "\x1b[0m", "\x7f", "\x85", "\t", "\n"]
DIGITS = ["²", "①", "١٢٣", "٣", "𝟘", "1²"]
HUGE = [str(2**31), str(2**63 - 1), str(2**63), str(2**64), "9" * 23, "-" + "9" * 23]
ODD = ["", " ", "..", "%", "%00", "'", '"', "<script>", "' OR '1'='1", "ø" * 300, "x" * 2_000]
values = (
    st.sampled_from(CONTROL + DIGITS + HUGE + ODD)
    | st.text(st.characters(codec="utf-8"), max_size=30)
    | st.integers().map(str)
    | st.lists(st.sampled_from(CONTROL + DIGITS + HUGE + ["a", "1"]), max_size=4).map("".join)
)
ANSWERED_500 = ["\x00", "²", "①", "9" * 23, str(2**63)]

PATHS = {  # name, its kwargs with the hole
    "properties:detail": {"slug": HOLE},
    "properties:inquiry": {"slug": HOLE},
    "properties:inquiry_sent": {"slug": HOLE},
    "properties:alert_confirm": {"token": HOLE},
    "properties:alert_unsubscribe": {"token": HOLE},
    "partners:invitation_accept": {"token": HOLE},
    "partners:password_reset_confirm": {"uidb64": HOLE, "token": "set-password"},
}
OTHER_PATHS = [
    f"/api/v1/properties/{HOLE}/",
    f"/sitemap-{HOLE}.xml",
    f"/documents/{HOLE}/brosjyre.pdf",
    f"/{HOLE}/",
    f"/en/{HOLE}/",
    f"/lokaler/{HOLE}/{HOLE}/",
]
PARAMETERS = {  # address: the parameters it reads (and one it does not)
    "search": ["q", "page", "other"],
    "properties:search": ["q", "page", "kind", "area_min", "owner", "sort"],
    "properties:compare": ["id", "id"],
    "properties:feed": ["kind", "q"],
    "partners:login": ["next"],
    "partners:password_reset": ["other"],
}
OTHER_PARAMETERS = {
    "/api/v1/properties/": ["page", "page_size", "q", "area_max"],
    "/beacon": ["p", "listing", "utm_source", "kampanje"],
    "/sitemap-premises.xml": ["p"],
    "/admin/login/": ["next"],
    "/robots.txt": ["x"],
}
checked = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def in_both_languages(name, **kwargs):
    addresses = []
    for language in ("nb", "en"):
        with translation.override(language):
            addresses.append(reverse(name, kwargs=kwargs or None))
    return addresses


def path_templates():
    templates = [t for name, kw in PATHS.items() for t in in_both_languages(name, **kw)]
    return templates + OTHER_PATHS


def parameter_addresses():
    addresses = {a: names for name, names in PARAMETERS.items() for a in in_both_languages(name)}
    return {**addresses, **OTHER_PARAMETERS}


def with_examples(test):
    for value in ANSWERED_500:
        test = example(value=value)(test)
    return test


@pytest.fixture
def a_listing(small_site):
    return ListingFactory(title="Kontor ved elva", slug="kontor-ved-elva")


def assert_answered(response, address):
    assert response.status_code < 500, (address, response.status_code)


@pytest.mark.parametrize("template", path_templates())
@checked
@with_examples
@given(value=values)
def test_any_value_in_a_path_gets_an_answer_below_500(client, a_listing, template, value):
    address = template.replace(HOLE, quote(value, safe="") or "x")
    assert_answered(client.get(address), address)
    if "henvendelse" in address or "inquiry" in address or "avslutt" in address:
        assert_answered(client.post(address, {"name": value, "message": value}), address)


@pytest.mark.parametrize("address", sorted(parameter_addresses()))
@checked
@with_examples
@given(value=values)
def test_any_value_in_a_parameter_gets_an_answer_below_500(client, a_listing, address, value):
    names = parameter_addresses()[address]
    query = urlencode([(name, value) for name in names] + [(value, value)])
    assert_answered(client.get(f"{address}?{query}"), address)


@pytest.mark.parametrize("page", ["home", "news", "article", "form"])
@checked
@with_examples
@given(value=values)
def test_any_value_in_a_pages_parameters_gets_an_answer_below_500(client, small_site, page, value):
    for language in ("nb", "en"):
        address = small_site.url(page, language)
        query = urlencode({"page": value, "q": value, "utm_source": value, value: "1"})
        assert_answered(client.get(f"{address}?{query}"), address)
