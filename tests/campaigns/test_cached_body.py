"""The campaign page keeps its body in the cache for a minute at most and never past a change:
a listing withdrawn, the page published again, new renditions of its pictures; each visitor's
campaign reference gets links of its own, and a preview is never kept."""

import json

import pytest

from campaigns.models import CampaignPage
from portal.pictures import KINDS
from portal.renditions import renditions_make
from tests.html import soup_of

from .test_pages import listing_slugs, section_headed

pytestmark = pytest.mark.django_db

URL = "/kampanjer/kontorbyen/"


def fresh_page(world):
    return CampaignPage.objects.get(pk=world.page["nb"].pk)


def with_heading(page, heading):
    raw = [dict(block) for block in page.body.raw_data]
    raw[0]["value"] = {**raw[0]["value"], "heading": heading}
    page.body = json.dumps(raw)
    return page


def test_a_withdrawn_listing_leaves_the_page_at_once(world, browser):
    assert "kampanjetest-bragernes" in listing_slugs(
        section_headed(browser.get(URL), "Utvalgte lokaler")
    )

    world.listings["bragernes"].unpublish()

    chosen = section_headed(browser.get(URL), "Utvalgte lokaler")
    assert listing_slugs(chosen) == ["kampanjetest-lager"]


def test_the_page_published_again_shows_its_new_body(world, browser):
    browser.get(URL)

    with_heading(fresh_page(world), "Kontorbyen ved elva").save_revision().publish()

    assert soup_of(browser.get(URL)).find("h1").get_text(strip=True) == "Kontorbyen ved elva"


def test_each_campaign_reference_gets_links_of_its_own(world, browser):
    linkedin = soup_of(browser.get(f"{URL}?utm_source=linkedin&utm_medium=paid"))
    newspaper = soup_of(browser.get(f"{URL}?utm_source=dn&utm_medium=print"))

    assert "kampanje=kontorbyen~linkedin~paid" in linkedin.select_one(".listing-card a")["href"]
    assert "kampanje=kontorbyen~dn~print" in newspaper.select_one(".listing-card a")["href"]


def test_a_preview_shows_the_draft_and_is_never_kept(world, browser):
    browser.get(URL)

    preview = with_heading(fresh_page(world), "Utkast til ny overskrift").make_preview_request()

    assert "Utkast til ny overskrift" in preview.content.decode()
    assert soup_of(browser.get(URL)).find("h1").get_text(strip=True) == "Kontorbyen Drammen"


def test_new_renditions_replace_the_original_on_the_kept_page(world, browser):
    def developer_image():
        return soup_of(browser.get(URL)).select_one(".developer__images img")

    assert developer_image()["src"] == world.image.file.url

    renditions_make(image=world.image, kinds=[KINDS["body_image"]])

    assert developer_image()["src"] != world.image.file.url
    assert developer_image().find_parent("picture")
