"""The campaign page, where paid ads lead, never waits on pictures: its hero is fetched first,
every picture it shows is declared (so the worker makes it ahead), and a first view makes none."""

import json

import pytest
from wagtail.images import get_image_model

from campaigns.models import CampaignPage
from portal.pictures import KINDS
from portal.renditions import make_missing_renditions, renditions_needed
from tests.html import soup_of

pytestmark = pytest.mark.django_db


def with_hero_image(world):
    page = CampaignPage.objects.get(pk=world.page["nb"].pk)
    raw = [dict(block) for block in page.body.raw_data]
    raw[0]["value"] = {**raw[0]["value"], "image": world.image.pk, "image_alt": "Elva"}
    page.body = json.dumps(raw)
    page.save_revision().publish()
    return page


def rendition_count():
    return get_image_model().get_rendition_model().objects.count()


def test_every_picture_on_the_campaign_page_is_declared(world):
    with_hero_image(world)

    needed, undeclared = renditions_needed()

    assert not undeclared
    assert {KINDS["hero"], KINDS["body_image"]} <= needed[world.image.pk]


def test_a_first_view_makes_no_rendition(world, browser):
    with_hero_image(world)
    before = rendition_count()

    response = browser.get(world.page["nb"].url)

    assert response.status_code == 200
    assert rendition_count() == before
    hero = soup_of(response).select_one(".hero img")
    assert hero["src"] == world.image.file.url  # the original until the worker has made them


def test_the_hero_is_fetched_first_and_never_lazy(world, browser):
    with_hero_image(world)
    make_missing_renditions()

    page = soup_of(browser.get(world.page["nb"].url))

    hero = page.select_one(".hero picture img")
    assert hero["fetchpriority"] == "high"
    assert not hero.has_attr("loading")
    assert [s["type"] for s in page.select(".hero picture source")] == ["image/avif", "image/webp"]
    assert page.select_one(".developer__images img")["loading"] == "lazy"
