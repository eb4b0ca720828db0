"""Campaign landing pages: where they live, what their blocks show, and what an ended campaign
says."""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.utils import timezone, translation

from campaigns.models import Campaign, CampaignIndexPage, CampaignPage
from portal.models import HomePage
from properties.models import Listing
from tests.html import soup_of

from .conftest import FILM_URL

pytestmark = pytest.mark.django_db


def main_of(response):
    return soup_of(response).find("main")


def listing_slugs(section):
    return [
        urlsplit(link["href"]).path.strip("/").split("/")[-1]
        for link in section.select(".listing-card__title a")
    ]


def section_headed(response, heading):
    for section in main_of(response).find_all("section"):
        title = section.find(["h2"])
        if title and title.get_text(strip=True) == heading:
            return section
    raise AssertionError(f"no section headed «{heading}»")


@pytest.mark.parametrize(
    ("language", "address"),
    [("nb", "/kampanjer/kontorbyen/"), ("en", "/en/campaigns/kontorbyen/")],
)
def test_the_landing_page_lives_under_the_campaign_index(world, browser, language, address):
    assert world.page[language].url == address
    response = browser.get(address)
    assert response.status_code == 200
    assert soup_of(response).html["lang"] == language


def test_campaign_pages_go_only_under_a_campaign_index(world):
    home = world.site["home"]["nb"]
    assert not CampaignPage.can_create_at(home)
    assert CampaignPage.can_create_at(world.index["nb"])
    assert CampaignIndexPage.can_create_at(home)
    assert HomePage in CampaignIndexPage.allowed_parent_page_models()


def test_every_block_is_shown(world, browser):
    main = main_of(browser.get("/kampanjer/kontorbyen/"))
    text = main.get_text(" ", strip=True)
    assert main.find("h1").get_text(strip=True) == "Kontorbyen Drammen"  # hero
    assert "Utviklerne viser fram prosjektene sine." in text  # text
    assert "1 000 000" in text  # key figures
    assert "i rekrutteringsområdet" in text
    assert "Ledige kontorer på Strømsø" in text  # showcase
    assert "Vi flyttet hovedkontoret til Drammen." in text  # quote
    assert "Ingrid Solberg" in text
    cta = main.find("a", string="Be om flyttehjelp")  # call to action
    assert urlsplit(cta["href"]).path == world.site.url("form")
    assert len(main.select("h1")) == 1


def test_a_filtered_showcase_shows_only_matching_premises_on_the_market(world, browser):
    response = browser.get("/kampanjer/kontorbyen/")
    showcase = section_headed(response, "Ledige kontorer på Strømsø")
    # Offices at Strømsø on the market, newest first; not Bragernes, not the warehouse, not
    # the one that is let, not the draft.
    assert listing_slugs(showcase) == ["kampanjetest-elvekanten", "kampanjetest-forhandling"]
    more = showcase.select_one(".section__more a")["href"]
    assert "kind=kontor" in more
    assert "district=stromso" in more


def test_chosen_listings_show_in_their_order_and_only_on_the_market(world, browser):
    response = browser.get("/kampanjer/kontorbyen/")
    showcase = section_headed(response, "Utvalgte lokaler")
    assert listing_slugs(showcase) == ["kampanjetest-bragernes", "kampanjetest-lager"]


def test_chosen_listings_their_owners_have_not_confirmed_for_90_days_are_left_out(world, browser):
    Listing.objects.filter(slug="kampanjetest-bragernes").update(
        confirmed_at=timezone.now() - timedelta(days=91)
    )
    showcase = section_headed(browser.get("/kampanjer/kontorbyen/"), "Utvalgte lokaler")
    assert listing_slugs(showcase) == ["kampanjetest-lager"]


def test_a_showcase_whose_premises_are_all_let_points_to_the_search(world, browser):
    for listing in world.listings.values():
        listing.status = "let"
        listing.save()
    response = browser.get("/kampanjer/kontorbyen/")
    showcase = section_headed(response, "Ledige kontorer på Strømsø")
    assert listing_slugs(showcase) == []
    assert showcase.find("a", href="/lokaler/?kampanje=kontorbyen~~")  # the journey goes on


def test_the_developer_presentation_shows_text_images_and_its_premises(world, browser):
    main = main_of(browser.get("/kampanjer/kontorbyen/"))
    developer = main.select_one("section.developer")
    text = developer.get_text(" ", strip=True)
    assert "Nye kontorer ved Elvekanten" in text
    assert "Elvebyen Utvikling AS" in text
    assert "Elvebyen Utvikling bygger seks etasjer ved elva." in text
    image = developer.find("img")
    assert image["alt"] == "Fasaden mot elva"
    assert image["src"].startswith("/media/")
    # Its own premises on the market: not the one that is let, nobody else's.
    assert sorted(listing_slugs(developer)) == ["kampanjetest-elvekanten", "kampanjetest-lager"]


def test_the_film_loads_nothing_from_the_video_host_until_a_click(world, browser):
    soup = soup_of(browser.get("/kampanjer/kontorbyen/"))
    assert not soup.find("iframe")
    for element in soup.find_all(src=True):
        assert not urlsplit(element["src"]).netloc, element
    for element in soup.find_all(srcset=True):
        assert "//" not in element["srcset"], element
    for element in soup.find_all("link", href=True):
        assert urlsplit(element["href"]).netloc in ("", "testserver"), element
    film = soup.select_one("[data-video-embed]")
    assert "DrammenFilm1" in film["data-video-embed"]
    play = film.find("a", href=True)
    assert play["href"] == FILM_URL  # without JavaScript the link leads to the film
    assert "Drammensfilmen" in play.get_text()


@pytest.mark.parametrize("language", ["nb", "en"])
def test_an_ended_campaign_says_so_and_points_to_current_premises(world, browser, language):
    response = browser.get(world.ended_page[language].url)
    assert response.status_code == 200
    with translation.override(language):
        ended = translation.gettext("This campaign has ended")
        search = "/en/premises/" if language == "en" else "/lokaler/"
    if language == "nb":
        assert ended != "This campaign has ended", "not translated into bokmål"
    main = main_of(response)
    assert ended in main.get_text(" ", strip=True)
    assert main.find("a", href=f"{search}?kampanje=grunderbyen~~")


def test_a_running_campaign_does_not_say_it_has_ended(world, browser):
    text = main_of(browser.get("/kampanjer/kontorbyen/")).get_text(" ", strip=True)
    assert "avsluttet" not in text


def test_a_campaign_ending_today_still_runs(world, browser):
    text = main_of(browser.get(world.last_day_page.url)).get_text(" ", strip=True)
    assert "avsluttet" not in text


def test_the_index_separates_running_and_ended_campaigns(world, browser):
    with translation.override("en"):
        response = browser.get("/en/campaigns/")
    main = main_of(response)
    running = main.find(id="current-heading").find_parent("section")
    earlier = main.find(id="ended-heading").find_parent("section")
    assert running.find("a", href="/en/campaigns/kontorbyen/")
    assert not running.find("a", href="/en/campaigns/grunderbyen/")
    assert earlier.find("a", href="/en/campaigns/grunderbyen/")
    assert not earlier.find("a", href="/en/campaigns/kontorbyen/")


NB_MONTHS = "januar februar mars april mai juni juli august september oktober november desember"


@pytest.mark.parametrize("language", ["nb", "en"])
def test_an_earlier_campaign_is_dated_in_the_page_language(world, browser, language):
    starts = world.ended.starts_on
    month = f"{starts:%B}" if language == "en" else NB_MONTHS.split()[starts.month - 1]
    response = browser.get(world.index[language].url)
    earlier = main_of(response).find(id="ended-heading").find_parent("section")
    assert earlier.find("p", string=f"{month} {starts.year}")


def test_a_campaign_snippet_holds_what_an_editor_plans(world):
    kontorbyen = Campaign.objects.get(slug="kontorbyen")
    field_names = {field.name for field in Campaign._meta.get_fields()}
    assert {
        "name",
        "slug",
        "purpose",
        "target_groups",
        "channels",
        "starts_on",
        "ends_on",
        "budget_nok",
        "status",
        "what_worked",
        "what_to_change",
        "target_visits",
        "target_listing_views",
        "target_inquiries",
        "target_relocation_requests",
        "target_alert_subscriptions",
    } <= field_names
    assert kontorbyen.target_for("inquiries") == 60
    assert kontorbyen.target_for("visits") == 12_000
