"""The public partner directory: the companies behind Næringsvekst by tier, with logos that
have alternative text, their links and only their premises on the market."""

import pytest

from partners.models import PartnerDirectoryPage
from portal.factories import publish_translation, publish_under
from portal.models import PartnerOrganisation
from properties.factories import ListingFactory, PartnerContactFactory, PartnerOrganisationFactory
from properties.models import Listing
from tests.html import soup_of
from tests.images import library_image

pytestmark = pytest.mark.django_db


def organisation_with_listings(name, tier, *, listings=1):
    organisation = PartnerOrganisationFactory(
        name=name,
        tier=tier,
        website="https://example.com/",
        logo=library_image(name, "logo.png", (300, 120), "#0b5563"),
        description="Utvikler næringsbygg ved elva.",
    )
    contact = PartnerContactFactory(organisation=organisation)
    for number in range(listings):
        ListingFactory(organisation=organisation, contact=contact, title=f"{name} lokale {number}")
    return organisation


@pytest.fixture
def directory(small_site):
    page = publish_under(
        small_site["home"]["nb"], PartnerDirectoryPage(title="Partnere", slug="partnere")
    )
    return {"nb": page, "en": publish_translation(page, "en", title="Partners", slug="partners")}


def test_partners_are_grouped_by_tier_with_logos_links_and_premises_on_the_market(
    client, directory
):
    Tier = PartnerOrganisation.Tier
    main = organisation_with_listings("Hovedpartneren AS", Tier.MAIN_PARTNER)
    organisation_with_listings("Partneren AS", Tier.PARTNER, listings=0)
    ListingFactory(organisation=main, contact=main.contacts.first(), title="Utkastet", live=False)
    ListingFactory(
        organisation=main, contact=main.contacts.first(), title="Utleid", status=Listing.Status.LET
    )

    for language in ("nb", "en"):
        page = soup_of(client.get(directory[language].url))
        tiers = [
            (section.h2.get_text(strip=True), [h3.get_text(strip=True) for h3 in section("h3")])
            for section in page.select("section.partner-directory")
        ]
        assert [names for _tier, names in tiers] == [["Hovedpartneren AS"], ["Partneren AS"]]
        card = page.select_one(".partner-card")
        assert card.select_one("img")["alt"].endswith("Hovedpartneren AS")
        assert card.select_one("h3 a")["href"] == "https://example.com/"
        listed = [a.get_text(strip=True) for a in card.select(".partner-card__listings a")]
        assert listed == ["Hovedpartneren AS lokale 0"]  # not the draft, not the let one
        description = card.find(string="Utvikler næringsbygg ved elva.").parent
        assert description.get("lang") == ("nb" if language == "en" else None)


def test_english_visitors_read_a_partners_english_description_and_the_rest_marked_norwegian(
    client, directory
):
    Tier = PartnerOrganisation.Tier
    organisation_with_listings("Hovedpartneren AS", Tier.MAIN_PARTNER, listings=0)
    english = organisation_with_listings("Partneren AS", Tier.PARTNER, listings=0)
    english.description_en = "Develops commercial buildings by the river."
    english.save()

    page = soup_of(client.get(directory["en"].url))
    assert (
        page.find(string="Develops commercial buildings by the river.").parent.get("lang") is None
    )
    norwegian = page.find_all(string="Utvikler næringsbygg ved elva.")
    assert [text.parent.get("lang") for text in norwegian] == ["nb"]  # the other has English
    assert len(page.select(".norwegian-only-note")) == 1

    page = soup_of(client.get(directory["nb"].url))
    assert len(page.find_all(string="Utvikler næringsbygg ved elva.")) == 2
    assert not page.select("main [lang=nb], .norwegian-only-note")


def test_the_directory_makes_as_many_queries_for_many_partners_as_for_few(
    client, directory, django_assert_max_num_queries
):
    Tier = PartnerOrganisation.Tier
    organisation_with_listings("Første AS", Tier.MAIN_PARTNER, listings=2)
    url = directory["nb"].url
    client.get(url)  # renditions and the site chrome are made on the first visit
    with django_assert_max_num_queries(100) as few:
        assert client.get(url).status_code == 200
    baseline = len(few.captured_queries)  # read now: each request clears Django's query log
    for number in range(6):
        organisation_with_listings(f"Partner {number} AS", Tier.PARTNER, listings=3)
    client.get(url)
    with django_assert_max_num_queries(baseline):
        assert client.get(url).status_code == 200


def test_a_partner_with_many_premises_shows_the_newest_and_links_to_all_of_them(client, directory):
    from partners.selectors import DIRECTORY_LISTINGS_SHOWN as LISTINGS_SHOWN

    organisation = organisation_with_listings(
        "Storeier AS", PartnerOrganisation.Tier.MAIN_PARTNER, listings=LISTINGS_SHOWN + 3
    )
    card = soup_of(client.get(directory["nb"].url)).select_one(".partner-card")
    assert len(card.select(".partner-card__listings a")) == LISTINGS_SHOWN
    heading = card.select_one(".partner-card__listings-heading").text
    assert f"{LISTINGS_SHOWN + 3} eiendommer" in heading
    more = card.select_one(".partner-card__more a")
    assert more["href"] == f"/lokaler/?owner={organisation.slug}"

    search = client.get(more["href"])
    page = soup_of(search)
    titles = [a.get_text(strip=True) for a in page.select(".listing-card__title a")]
    assert len(titles) == LISTINGS_SHOWN + 3
    assert all(title.startswith("Storeier AS") for title in titles)
    assert "Lokaler fra Storeier AS" in page.select_one(".results-owner").text
    # the filter form keeps the owner when the visitor narrows the search further
    assert page.select_one("form.search-filters input[type=hidden][name=owner]")["value"] == (
        organisation.slug
    )
