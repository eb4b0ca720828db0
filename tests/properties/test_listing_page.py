"""The listing page: facts, status notices, language, and 404 only for what was never
published."""

import pytest
from django.utils import translation

from properties.factories import ListingFactory
from properties.models import Facility, Listing
from tests.html import soup_of, text_of

pytestmark = pytest.mark.django_db


def test_a_live_listing_shows_its_facts_owner_and_inquiry_form(client, listing):
    response = client.get(f"/lokaler/{listing.slug}/")
    assert response.status_code == 200
    text = text_of(response)
    assert listing.title in text
    assert "300 m²" in text
    assert "Energimerke" in text
    assert "målt i luftlinje" in text  # the distance says how it was measured
    assert listing.contact.name in text
    assert listing.organisation.name in text
    assert soup_of(response).select_one("form[action$='henvendelse/#inquiry']")


def test_a_draft_is_not_found(client):
    draft = ListingFactory(live=False)
    assert client.get(f"/lokaler/{draft.slug}/").status_code == 404
    assert client.get("/lokaler/finnes-ikke/").status_code == 404


@pytest.mark.parametrize(
    ("status", "notice"),
    [(Listing.Status.LET, "leid ut eller solgt"), (Listing.Status.ARCHIVED, "arkivert")],
)
def test_let_and_archived_listings_say_so_and_take_no_inquiries(client, status, notice):
    listing = ListingFactory(status=status)
    response = client.get(f"/lokaler/{listing.slug}/")
    assert response.status_code == 200
    assert notice in text_of(response).lower()
    assert not soup_of(response).select_one("#inquiry form")


def test_facilities_are_named_in_the_pages_language(client):
    listing = ListingFactory()
    Facility.objects.create(name="Kantine", name_en="Canteen")
    Facility.objects.create(name="Badstue")  # nobody has named it in English yet
    listing.facilities.add("Kantine", "Badstue")
    listing.save()

    def facilities(url):
        return {
            li.get_text(strip=True): li.get("lang")
            for li in soup_of(client.get(url)).select(".facility-list li")
        }

    assert facilities(f"/lokaler/{listing.slug}/") == {"Kantine": None, "Badstue": None}
    assert facilities(f"/en/premises/{listing.slug}/") == {"Canteen": None, "Badstue": "nb"}


def test_similar_premises_are_of_the_same_kind(client, listing):
    same_kind = ListingFactory(title="Et annet kontor")
    ListingFactory(title="Et lager", kind_id=listing.kind_id + 2)
    similar = [
        a.get_text(strip=True)
        for a in soup_of(client.get(f"/lokaler/{listing.slug}/")).select(".listing-card__title a")
    ]
    assert similar == [same_kind.title]


def test_compare_shows_chosen_listings_side_by_side(client, listing):
    other = ListingFactory(title="Kontor nummer to")
    draft = ListingFactory(live=False, title="Hemmelig kladd")
    response = client.get(f"/lokaler/sammenlign/?id={listing.pk}&id={other.pk}&id={draft.pk}&id=x")
    assert response.status_code == 200
    headers = [th.get_text(strip=True) for th in soup_of(response).select("thead th")]
    assert headers == [listing.title, other.title]


def test_compare_with_nothing_to_compare(client):
    assert client.get("/lokaler/sammenlign/").status_code == 200
    assert client.get("/lokaler/sammenlign/?id=999999").status_code == 404


@pytest.mark.parametrize(
    ("role_en", "shown", "marked"),
    [("Leasing manager", "Leasing manager", None), ("", "Utleiesjef", "nb")],
)
def test_english_visitors_read_the_contacts_role_in_english_or_marked_norwegian(
    client, listing, role_en, shown, marked
):
    listing.contact.role_en = role_en
    listing.contact.save()
    with translation.override("en"):
        soup = soup_of(client.get(listing.get_absolute_url()))
    role = soup.select_one(".contact-card").find(string=shown)
    assert role is not None
    assert role.parent.get("lang") == marked
    if marked:  # other texts of the listing may be Norwegian-only too: still one note
        assert len(soup.select(".norwegian-only-note")) == 1
