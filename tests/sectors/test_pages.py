"""Focus-area pages, the facts page and the home page figures, in both languages."""

import json
import re
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from portal.factories import publish_translation, publish_under
from properties.factories import ListingFactory
from sectors.models import (
    FactsPage,
    FocusArea,
    FocusAreaIndexPage,
    FocusAreaPage,
    Initiative,
    KeyFigureSeries,
    KeyFigureValue,
    ResourceGroup,
    ResourceGroupMember,
    SuccessStory,
)
from tests.html import soup_of, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def founders(small_site):
    index = FocusAreaIndexPage(title="Satsingsområder", slug="satsingsomrader")
    publish_under(small_site["home"]["nb"], index)
    publish_translation(index, "en", title="Focus areas", slug="focus-areas")
    area = FocusArea.objects.get(slug="grunder")
    page = FocusAreaPage(
        title="Gründer",
        slug="grunder",
        focus_area=area,
        body=json.dumps([]),
        contact_name="Siri Holm",
        contact_email="siri@example.com",
    )
    publish_under(index, page)
    english = publish_translation(page, "en", title="Founders", slug="founders")
    group = ResourceGroup(
        name="Gründerforum",
        name_en="Founders' forum",
        focus_area=area,
        purpose="Samler gründere.",
        purpose_en="Brings founders together.",
    )
    group.members.add(ResourceGroupMember(name="Siri Holm", organisation="Inkubator", is_lead=True))
    group.save()
    Initiative.objects.create(
        title="Gründerlunsj",
        title_en="Founders' lunch",
        focus_area=area,
        resource_group=group,
        status=Initiative.Status.DONE,
        achieved_jobs=12,
        result="300 deltakere.",
        result_en="300 people.",
    )
    Initiative.objects.create(
        title="Investormøter",
        title_en="Investor meetings",
        focus_area=area,
        resource_group=group,
        status=Initiative.Status.IN_PROGRESS,
    )
    Initiative.objects.create(
        title="Helsetiltak",
        focus_area=FocusArea.objects.get(slug="helsenaering"),
        status=Initiative.Status.DONE,
    )
    SuccessStory.objects.create(
        company="Nordlys AS",
        focus_area=area,
        jobs_created=25,
        year=2024,
        quote="Her fant vi folk.",
        quote_en="We found people here.",
    )
    suitable = ListingFactory(title="Kontor for gründere")
    suitable.focus_areas.set([area])
    suitable.save()
    ListingFactory(title="Lager for andre")
    return {"nb": page, "en": english}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nb",
            [
                "Gründerforum",
                "Siri Holm",
                "Gründerlunsj",
                "300 deltakere.",
                "Investormøter",
                "Nordlys AS",
                "Her fant vi folk.",
                "Kontor for gründere",
            ],
        ),
        (
            "en",
            [
                "Founders' forum",
                "Founders' lunch",
                "300 people.",
                "Investor meetings",
                "Nordlys AS",
                "We found people here.",
                "Kontor for gründere",
            ],
        ),
    ],
)
def test_a_focus_area_page_shows_groups_measures_stories_and_premises(
    client, founders, language, expected
):
    response = client.get(founders[language].url)
    assert response.status_code == 200
    text = text_of(response)
    for words in expected:
        assert words in text, words
    assert "Helsetiltak" not in text  # another focus area's measure
    assert "Lager for andre" not in text  # premises not marked for this focus area
    assert f'lang="{language}"' in response.content.decode()[:200]


def test_an_english_focus_area_page_marks_each_norwegian_only_text_and_says_so_once(
    client, founders
):
    group = ResourceGroup.objects.get(name="Gründerforum")
    group.members.add(ResourceGroupMember(name="Jonas Lie", role="investor", role_en="investor"))
    group.members.add(ResourceGroupMember(name="Kari Nordby", role="forvalter"))
    group.save()
    SuccessStory.objects.filter(company="Nordlys AS").update(
        summary="Startet på Gulskogen.",
        quoted_person="Nora Lie, daglig leder",
        quoted_person_en="Nora Lie, CEO",
    )

    soup = soup_of(client.get(founders["en"].url))
    assert soup.find(string="Nora Lie, CEO")
    marked = [
        element.get_text(strip=True)
        for element in soup.select("main [lang=nb]")
        if not element.find_parent(class_="listing-card")  # premises: tests/properties
    ]
    assert marked == ["forvalter", "Startet på Gulskogen."]
    assert soup.find(string=re.compile("investor")).parent.get("lang") is None
    notes = soup.select(".norwegian-only-note")
    assert [note.get_text(strip=True) for note in notes] == [
        "Some texts are only available in Norwegian."
    ]

    soup = soup_of(client.get(founders["nb"].url))
    assert soup.find(string="Nora Lie, daglig leder")
    assert not soup.select("main [lang=nb], .norwegian-only-note")


def test_the_cached_home_page_says_once_that_a_focus_area_text_is_only_in_norwegian(
    client, founders, small_site
):
    FocusArea.objects.filter(slug="grunder").update(short_text="Nye selskaper.", short_text_en="")
    home = small_site.url("home", "en")
    for _visit in ("rendered", "from the cache"):
        soup = soup_of(client.get(home))
        assert soup.find(string="Nye selskaper.").parent.get("lang") == "nb"
        assert len(soup.select(".norwegian-only-note")) == 1


def test_measures_are_grouped_by_status(client, founders):
    soup = BeautifulSoup(client.get(founders["nb"].url).content, "html.parser")
    headings = [h.get_text(strip=True) for h in soup.select(".tracker__status")]
    assert headings == ["Pågår (1)", "Gjennomført (1)"]


def test_facts_page_and_home_headline(client, small_site):
    home = small_site["home"]["nb"]
    facts = publish_under(home, FactsPage(title="Drammen i tall", slug="drammen-i-tall"))
    for slug, values in (
        (KeyFigureSeries.POPULATION, [(2016, 1000), (2017, 1100)]),
        (KeyFigureSeries.JOBS, [(2016, 500), (2017, 560)]),
    ):
        series = KeyFigureSeries.objects.create(slug=slug, name=slug, source="Test", is_demo=True)
        for year, value in values:
            KeyFigureValue.objects.create(series=series, year=year, value=Decimal(value))
    text = text_of(client.get(facts.url))
    assert "0,60" in text  # 60 new jobs for 100 new inhabitants
    assert "demodata" in text
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.select_one(".goal-headline__figure").get_text(strip=True) == "0,60"


def test_a_story_image_needs_alternative_text():
    from django.core.exceptions import ValidationError
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="x", file=get_test_image_file())
    story = SuccessStory(company="A", focus_area=FocusArea.objects.first(), year=2024, image=image)
    with pytest.raises(ValidationError):
        story.full_clean()


def add_group_with_measures_and_story(area, number):
    group = ResourceGroup(name=f"Gruppe {number}", focus_area=area, purpose="Tiltak.")
    group.members.add(ResourceGroupMember(name=f"Medlem {number}", organisation="Firma"))
    group.save()
    for status in (Initiative.Status.PLANNED, Initiative.Status.DONE):
        Initiative.objects.create(
            title=f"Tiltak {number} {status}", focus_area=area, resource_group=group, status=status
        )
    SuccessStory.objects.create(
        company=f"Bedrift {number}", focus_area=area, jobs_created=3, year=2025, quote="Bra."
    )
    listing = ListingFactory(title=f"Lokale {number}")
    listing.focus_areas.set([area])
    listing.save()


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_focus_area_page_makes_as_many_queries_for_many_measures_as_for_few(
    client, founders, language, django_assert_max_num_queries
):
    area = FocusArea.objects.get(slug="grunder")
    url = founders[language].url
    client.get(url)  # the site chrome is built once and cached
    with django_assert_max_num_queries(100) as few:
        assert client.get(url).status_code == 200
    baseline = len(few.captured_queries)  # read now: each request clears Django's query log
    for number in range(8):
        add_group_with_measures_and_story(area, number)
    client.get(url)  # the new listings build the site chrome anew
    with django_assert_max_num_queries(baseline):
        assert client.get(url).status_code == 200
