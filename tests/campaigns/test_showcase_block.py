"""The showcase block offers the premises search's own filters to the editor, and shows what
the search shows with them; content saved with the old query string keeps its filters."""

import importlib

import pytest
from bs4 import BeautifulSoup
from wagtail.blocks import StructBlockValidationError

from campaigns.blocks import ShowcaseBlock
from sectors.models import FocusArea

from .test_pages import listing_slugs, main_of

pytestmark = pytest.mark.django_db

saved_searches = importlib.import_module(
    "campaigns.migrations.0005_showcase_saved_searches_as_filters"
)


def rendered(block, value):
    return BeautifulSoup(block.render(value, context={"ref_query": ""}), "html.parser")


def showcase(**filters):
    block = ShowcaseBlock()
    value = block.to_python({"heading": "Utvalg", "listings": [], "limit": 12, **filters})
    return block, value


@pytest.mark.parametrize(
    "filters",
    [
        {"kind": ["kontor"], "district": ["stromso"]},
        {"kind": ["kontor", "lager-logistikk"]},
        {"district": ["bragernes"]},
        {"area_min": 100, "area_max": 5000, "kind": ["kontor"]},
        {"focus": "grunder"},
        {},
    ],
)
def test_a_showcase_shows_what_the_premises_search_finds_with_the_same_filters(
    world, browser, filters
):
    founders = FocusArea.objects.get(slug="grunder")
    for suitable in (world.listings["bragernes"], world.listings["lager"]):
        suitable.focus_areas.add(founders)
        suitable.save()
    block, value = showcase(**filters)

    shown = listing_slugs(rendered(block, value))
    query = block.search_query(value)
    searched = listing_slugs(main_of(browser.get(f"/lokaler/?{query}")))

    assert shown
    assert shown == searched[: len(shown)]
    assert len(shown) == min(len(searched), 12)


def test_the_showcase_links_to_the_search_with_its_filters(world):
    block, value = showcase(kind=["kontor"], district=["stromso", "bragernes"], area_min=200)
    more = rendered(block, value).select_one(".section__more a")["href"]
    assert more == "/lokaler/?kind=kontor&district=stromso&district=bragernes&area_min=200"


def test_the_editor_chooses_among_the_kinds_districts_and_focus_areas_the_search_offers(world):
    fields = ShowcaseBlock().child_blocks
    kinds = dict(fields["kind"].field.choices)
    assert kinds["kontor"] == "Kontor"
    assert "stromso" in dict(fields["district"].field.choices)
    assert "grunder" in dict(fields["focus"].field.choices)
    assert "search" not in fields


def test_an_upper_area_below_the_lower_is_refused(world):
    block, value = showcase(area_min=500, area_max=100)
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)
    assert list(refused.value.block_errors) == ["area_max"]


def test_a_saved_query_string_becomes_the_filters_it_named():
    value = {"heading": "Kontorer", "search": "kind=kontor&district=stromso&area_min=200&sort=rent"}
    saved_searches.forwards_block(value)
    assert value == {
        "heading": "Kontorer",
        "kind": ["kontor"],
        "district": ["stromso"],
        "area_min": 200,
        "area_max": None,
        "focus": "",
    }
    saved_searches.backwards_block(value)
    assert value == {"heading": "Kontorer", "search": "kind=kontor&district=stromso&area_min=200"}
