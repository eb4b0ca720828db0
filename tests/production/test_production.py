"""The site as the README's production steps make it: production settings, static files from
the manifest, gunicorn. Every page of the sitemap, the key pages, the login pages, the API, the
feed and a 404 answer without a server error, and every static file they name is there."""

import re
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.production.stage import SLOWEST, TIMINGS

NOT_FOUND = "/finnes-ikke-denne-siden/"
HASHED = re.compile(r"\.[0-9a-f]{12}\.[a-z0-9]+$")
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


def fetch_all(site, paths):
    """Two at a time, as many as gunicorn has workers."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(site.get, paths))


def failures(answers, expected=200):
    return [str(answer) for answer in answers if answer.status != expected]


def report(site, wrong):
    log = site.log_tail()
    return "\n".join([*wrong, "", "gunicorn's log ends:", log])


def path_of(location):
    parts = urlsplit(location)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def locations(answer):
    return re.findall(r"<loc>([^<]+)</loc>", answer.text)


@pytest.fixture(scope="session")
def sitemap(production_site):
    """Every address of every section of the sitemap index, as paths."""
    index = production_site.get("/sitemap.xml")
    assert index.status == 200, str(index)
    sections = [path_of(location) for location in locations(index)]
    answers = fetch_all(production_site, sections)
    assert not failures(answers), report(production_site, failures(answers))
    return {
        section: [path_of(location) for location in locations(answer)]
        for section, answer in zip(sections, answers, strict=True)
    }


@pytest.fixture(scope="session")
def pages(production_site, sitemap, key_paths):
    """The answer to every sitemap address and every key page, fetched once."""
    paths = sorted({*(path for paths in sitemap.values() for path in paths), *key_paths.values()})
    started = time.monotonic()
    answers = fetch_all(production_site, paths)
    TIMINGS[f"{len(answers)} pages, first views"] = time.monotonic() - started
    SLOWEST.extend(answers)
    return {answer.path: answer for answer in answers}


def test_collectstatic_wrote_the_manifest(production_site):
    assert (production_site.static_root / "staticfiles.json").exists()


def test_deploy_checks_pass(production_site):
    production_site.manage("check", "--deploy", "--fail-level", "WARNING")


def test_the_sitemap_lists_both_languages_and_the_premises(sitemap):
    everything = [path for paths in sitemap.values() for path in paths]
    assert {"/sitemap-pages.xml", "/sitemap-premises.xml", "/sitemap-premises-en.xml"} <= set(
        sitemap
    )
    assert "/" in everything
    assert "/en/" in everything
    assert any(path.startswith("/lokaler/") for path in sitemap["/sitemap-premises.xml"])
    assert any(path.startswith("/en/premises/") for path in sitemap["/sitemap-premises-en.xml"])


def test_every_sitemap_address_answers_200(production_site, sitemap, pages):
    answers = [pages[path] for paths in sitemap.values() for path in paths]
    assert not failures(answers), report(production_site, failures(answers))


def test_every_key_page_answers_200(production_site, key_paths, pages):
    answers = [pages[path] for path in key_paths.values()]
    assert not failures(answers), report(production_site, failures(answers))


def test_an_unknown_address_answers_the_404_page(production_site):
    answer = production_site.get(NOT_FOUND)
    assert answer.status == 404, report(production_site, [str(answer)])
    assert "<html" in answer.text


def test_plain_http_is_redirected_to_https(production_site):
    """Without the TLS proxy's X-Forwarded-Proto the production settings send visitors to https."""
    answer = production_site.get("/", headers={"X-Forwarded-Proto": None})
    assert answer.status == 301
    assert answer.headers["Location"].startswith("https://")


def test_the_api_answers_json(pages, key_paths):
    for name in ("api-list", "api-detail", "openapi"):
        answer = pages[key_paths[name]]
        assert answer.headers.get("Content-Type", "").startswith("application/json"), str(answer)


def static_references(answer):
    """The /static/ addresses a page names in link, script, img and source elements."""
    soup = BeautifulSoup(answer.body, "html.parser")
    found = set()
    for element in soup.find_all(["link", "script", "img", "source"]):
        for attribute in ("href", "src", "srcset"):
            for candidate in (element.get(attribute) or "").split(","):
                url = candidate.strip().split(" ")[0]
                if url.startswith("/static/"):
                    found.add(url)
    return found


@pytest.fixture(scope="session")
def static_files(production_site, pages):
    """Every static file the pages name, and every file their stylesheets name, fetched."""
    html = [a for a in pages.values() if a.headers.get("Content-Type", "").startswith("text/html")]
    named = {url: answer.path for answer in html for url in static_references(answer)}
    answers = {answer.path: answer for answer in fetch_all(production_site, sorted(named))}
    from_css = {
        urljoin(answer.path, url): answer.path
        for answer in answers.values()
        if answer.path.endswith(".css")
        for url in (found.split("#")[0] for found in CSS_URL.findall(answer.text))
        if url and not url.startswith("data:")
    }
    answers.update({answer.path: answer for answer in fetch_all(production_site, sorted(from_css))})
    return answers, {**from_css, **named}


def test_every_static_file_a_page_names_is_served(static_files):
    answers, named_by = static_files
    assert answers, "the pages name no static files at all"
    missing = [
        f"{answer} — named by {named_by[path]}"
        for path, answer in answers.items()
        if answer.status != 200
    ]
    assert not missing, "\n".join(missing)


def test_static_addresses_carry_the_manifest_hash(static_files):
    """Hashed names are what lets browsers and caches keep them for a year."""
    answers, named_by = static_files
    plain = [
        f"{path} — named by {named_by[path]}"
        for path in answers
        if not HASHED.search(urlsplit(path).path)
    ]
    assert not plain, "\n".join(plain)
