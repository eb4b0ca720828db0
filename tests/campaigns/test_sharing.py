"""Ambassadors share campaign pages with plain links that carry utm_source=ambassador; a visit
through such a link is counted under that source. No third-party script."""

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from portal.factories import publish_under
from tests.html import soup_of
from tests.visitors import Visitor

from .conftest import BROWSER, visits

pytestmark = pytest.mark.django_db


def share_links(response):
    """The copy-able address, the mailto: link and the LinkedIn link of the share section."""
    section = soup_of(response).select_one("main section.share")
    assert section is not None
    copy = section.find("input", attrs={"readonly": True})
    links = [link["href"] for link in section.find_all("a", href=True)]
    mailto = next(link for link in links if link.startswith("mailto:"))
    linkedin = next(link for link in links if urlsplit(link).netloc.endswith("linkedin.com"))
    return copy["value"], mailto, linkedin


def mailto_fields(mailto):
    """The fields of a mailto: link as a mail client reads them (RFC 6068: «+» is a plus)."""
    query = urlsplit(mailto).query
    return {
        unquote(name): unquote(value)
        for name, value in (part.split("=", 1) for part in query.split("&"))
    }


def assert_ambassador_url(url, path, slug):
    parts = urlsplit(url)
    assert parts.scheme in ("http", "https")
    assert parts.path == path
    query = parse_qs(parts.query)
    assert query["utm_source"] == ["ambassador"]
    assert query["utm_campaign"] == [slug]


@pytest.mark.parametrize(
    ("language", "path"), [("nb", "/kampanjer/kontorbyen/"), ("en", "/en/campaigns/kontorbyen/")]
)
def test_every_campaign_page_has_plain_share_links(world, browser, language, path):
    url, mailto, linkedin = share_links(browser.get(path))
    assert_ambassador_url(url, path, "kontorbyen")
    assert url in mailto_fields(mailto)["body"]
    assert_ambassador_url(parse_qs(urlsplit(linkedin).query)["url"][0], path, "kontorbyen")
    assert urlsplit(linkedin).scheme == "https"


def test_the_mail_subject_reads_as_the_page_title(world, browser):
    _url, mailto, _linkedin = share_links(browser.get("/kampanjer/kontorbyen/"))
    assert mailto_fields(mailto)["subject"] == "Kontorbyen Drammen"


def test_share_links_load_no_third_party_script(world, browser):
    soup = soup_of(browser.get("/kampanjer/kontorbyen/"))
    for script in soup.find_all("script"):
        assert not urlsplit(script.get("src", "")).netloc, script
        assert "linkedin" not in script.get_text().lower()
    assert not soup.find("iframe")


def test_a_visit_through_a_share_link_counts_under_ambassador(world, browser):
    url, _mailto, _linkedin = share_links(browser.get("/kampanjer/kontorbyen/"))
    parts = urlsplit(url)
    colleague = Visitor(HTTP_USER_AGENT=BROWSER)
    assert colleague.get(f"{parts.path}?{parts.query}").status_code == 200
    assert visits(campaign=world.kontorbyen, source="ambassador") == 1
    # … and what the colleague opens next is attributed to the ambassador.
    response = colleague.get(f"{parts.path}?{parts.query}")
    first = soup_of(response).select_one(".listing-card__title a")["href"]
    assert "kampanje=kontorbyen~ambassador~share" in first


def test_the_ambassador_page_offers_share_links_for_running_campaigns(world, browser):
    from campaigns.models import AmbassadorPage

    publish_under(world.index["nb"], AmbassadorPage(title="Bli ambassadør", slug="ambassador"))
    response = browser.get("/kampanjer/ambassador/")
    assert response.status_code == 200
    urls = [
        field["value"] for field in soup_of(response).select("main section.share input[readonly]")
    ]
    campaigns = {parse_qs(urlsplit(url).query)["utm_campaign"][0] for url in urls}
    assert "kontorbyen" in campaigns
    assert "grunderbyen" not in campaigns  # ended
