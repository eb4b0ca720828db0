"""Varnish with the shipped VCL (deploy/varnish/default.vcl) in front of the production
gunicorn: anonymous pages come from the cache, what belongs to someone passes it, and a publish
shows on the very next request."""

import html
import re
import time

import pytest

from campaigns.measurement import OTHER
from tests.production.stage import request

# Pages an anonymous visitor opens; each must be served from the cache the second time.
ANONYMOUS_PAGES = (
    "home",
    "home-en",
    "premises",
    "premises-en",
    "premises-offices",
    "listing",
    "listing-en",
    "campaign",
    "focus-area",
    "facts",
    "news",
    "feed",
    "api-list",
)
# What belongs to someone, or must always be fresh: never from the cache (key pages by name,
# other addresses as they are).
PASSING = (
    "admin-login",
    "partner-login",
    "partner-login-en",
    "healthz",
    "/beacon?kampanje=kontorbyen",
    "/documents/1/plan.pdf",
)
LISTING_LINK = re.compile(r'href="/lokaler/([a-z0-9-]+)/')
BEACON = re.compile(r'<img class="beacon" src="([^"]+)"')
BROWSER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari"}


def cached_twice(varnish, path, **kwargs):
    """The second answer of two in a row."""
    first = varnish.get(path, **kwargs)
    assert first.status == 200, str(first)
    return varnish.get(path, **kwargs)


def describe(answer):
    cookies = answer.headers.get_all("Set-Cookie") or []
    names = ", ".join(cookie.split("=")[0] for cookie in cookies) or "none"
    return (
        f"{answer}: X-Cache {answer.headers['X-Cache']}, Age {answer.headers['Age']}, "
        f"Cache-Control {answer.headers['Cache-Control']!r}, cookies set: {names}"
    )


def assert_hit(answer):
    assert answer.headers["X-Cache"] == "HIT", describe(answer)
    assert answer.headers["Age"] is not None, describe(answer)


@pytest.mark.parametrize("name", ANONYMOUS_PAGES)
def test_an_anonymous_page_comes_from_the_cache_the_second_time(varnish, key_paths, name):
    assert_hit(cached_twice(varnish, key_paths[name]))


def test_the_cache_says_how_old_its_copy_is(varnish, key_paths):
    cached_twice(varnish, key_paths["home"])
    time.sleep(1.1)
    answer = varnish.get(key_paths["home"])
    assert int(answer.headers["Age"]) >= 1, describe(answer)


@pytest.mark.parametrize("name", PASSING)
def test_editor_partner_and_health_addresses_pass_the_cache(varnish, key_paths, name):
    path = key_paths.get(name, name)
    varnish.get(path)
    answer = varnish.get(path)
    assert answer.headers["X-Cache"] == "PASS", describe(answer)


def test_a_session_passes_the_cache(varnish, key_paths):
    cached_twice(varnish, key_paths["home"])
    answer = varnish.get(key_paths["home"], headers={"Cookie": "sessionid=abc"})
    assert answer.headers["X-Cache"] == "PASS", describe(answer)


def test_other_cookies_do_not_split_the_cache(varnish, key_paths):
    cached_twice(varnish, key_paths["home"])
    answer = varnish.get(
        key_paths["home"], headers={"Cookie": "_ga=GA1.1.1; theme=dark", "Accept-Language": "de"}
    )
    assert_hit(answer)


def test_posts_pass_the_cache(varnish, key_paths):
    answer = varnish.get(key_paths["premises"], method="POST")
    assert answer.headers["X-Cache"] == "PASS", describe(answer)


def test_only_the_purge_socket_answers_purge(varnish, key_paths):
    cached_twice(varnish, key_paths["home"])
    refused = varnish.get(key_paths["home"], method="PURGE")
    assert refused.status == 405
    assert_hit(varnish.get(key_paths["home"]))

    purged = request(varnish.purge_port, key_paths["home"], method="PURGE")
    assert purged.status == 200
    assert varnish.get(key_paths["home"]).headers["X-Cache"] == "MISS"


def title_of(answer):
    return re.search(r"<title>(.*?)</title>", answer.text, re.DOTALL).group(1)


def test_a_published_page_title_shows_on_the_next_request(varnish, key_paths, editor):
    path = key_paths["focus-area"]
    assert_hit(cached_twice(varnish, path))
    title = f"Gründer {time.time_ns()}"

    editor(f"retitle_page({path!r}, {title!r})")

    answer = varnish.get(path)
    assert title in title_of(answer), describe(answer)
    assert varnish.get(path).headers["X-Cache"] == "HIT"


def test_a_published_listing_shows_on_the_search_and_its_variants(varnish, key_paths, editor):
    search, offices = key_paths["premises"], key_paths["premises-offices"]
    for path in (search, offices):
        assert_hit(cached_twice(varnish, path))
    on_both = set(LISTING_LINK.findall(varnish.get(search).text)) & set(
        LISTING_LINK.findall(varnish.get(offices).text)
    )
    assert on_both, "no office listing on the first page of the search"
    slug = sorted(on_both)[0]
    cached_twice(varnish, f"/lokaler/{slug}/")
    title = f"Kontorer ved elva {time.time_ns()}"

    editor(f"retitle_listing({slug!r}, {title!r})")

    for path in (search, offices, f"/lokaler/{slug}/"):
        answer = varnish.get(path)
        assert title in answer.text, f"the new title is not on {describe(answer)}"


def test_a_campaign_visit_served_from_the_cache_is_counted(varnish, key_paths, editor):
    """The page comes from the cache; its beacon passes it and counts the visit (a source no
    channel names is counted among the campaign's other sources)."""
    source = f"test{time.time_ns()}"
    query = f"utm_source={source}&utm_medium=social&utm_campaign=kontorbyen"
    counted_before = int(editor(f"show_campaign_visits({OTHER!r})").split()[-1])
    landing = f"{key_paths['campaign']}?{query}"
    page = cached_twice(varnish, landing, headers=BROWSER)
    assert_hit(page)
    beacon = html.unescape(BEACON.search(page.text).group(1))

    for _visit in range(2):
        answer = varnish.get(beacon, headers=BROWSER)
        assert answer.status == 200, describe(answer)
        assert answer.headers["X-Cache"] == "PASS", describe(answer)

    assert int(editor(f"show_campaign_visits({OTHER!r})").split()[-1]) == counted_before + 2
    assert editor(f"show_campaign_visits({source!r})").split()[-1] == "0"
