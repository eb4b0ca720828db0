"""Is a listing still current? After 60 days without the owner's confirmation it says when it
was last confirmed and the owner is reminded once; after 90 days it can no longer be found
until it is confirmed again, though its own address still answers."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from portal.models import OutboundEmail
from properties.factories import ListingFactory
from properties.models import Listing
from tests.conftest import whole_sitemap
from tests.html import soup_of, text_of

from .conftest import logged_in, partner_url


def confirmed_days_ago(listing, days):
    Listing.objects.filter(pk=listing.pk).update(
        confirmed_at=timezone.now() - timedelta(days=days), reminded_at=None
    )
    return Listing.objects.get(pk=listing.pk)


def remind():
    out = io.StringIO()
    call_command("send_freshness_reminders", stdout=out)
    return out.getvalue()


def reminders_for(listing):
    return OutboundEmail.objects.filter(subject__contains=listing.title)


@pytest.mark.parametrize(
    ("days", "says"),
    [(10, "Bekreftet aktuell av eieren"), (70, "Sist bekreftet av eieren")],
)
def test_the_listing_page_says_when_the_owner_last_confirmed_it(client, world, days, says):
    listing = confirmed_days_ago(world.live_a, days)
    confirmed = soup_of(client.get(listing.get_absolute_url())).select_one(".listing__confirmed")
    assert confirmed.get_text(strip=True).startswith(says)


def test_the_owner_is_reminded_once_after_60_days_and_again_after_confirming(client, world):
    stale = confirmed_days_ago(world.live_a, 61)
    fresh = confirmed_days_ago(world.live_b, 59)

    assert "Queued 1 reminder" in remind()
    assert remind().startswith("Queued 0")  # not every day until it is confirmed
    (reminder,) = reminders_for(stale)
    assert world.contact_a.email in reminder.to
    assert world.admin_a.email in reminder.to  # the organisation's partner admins too
    assert world.editor_a.email not in reminder.to
    assert stale.get_absolute_url() in reminder.body
    assert not reminders_for(fresh).exists()

    logged_in(client, world.editor_a)
    client.post(partner_url("listing_confirm", pk=stale.pk))
    assert remind().startswith("Queued 0")  # confirmed: nothing to remind of
    confirmed_days_ago(stale, 61)
    remind()
    assert reminders_for(stale).count() == 2


def test_drafts_and_let_listings_are_not_reminded(world):
    confirmed_days_ago(world.draft_a, 61)
    let = ListingFactory(organisation=world.org_a, contact=world.contact_a, status="let")
    confirmed_days_ago(let, 61)
    assert remind().startswith("Queued 0")


def test_after_90_days_a_listing_cannot_be_found_until_it_is_confirmed(client, world, small_site):
    hidden = confirmed_days_ago(world.live_a, 91)
    title = hidden.title

    def findable():
        places = {
            "search": text_of(client.get("/lokaler/")),
            "api": client.get("/api/v1/properties/").content.decode(),
            "feed": client.get("/lokaler/feed/").content.decode(),
            "home": text_of(client.get("/")),
        }
        return {place for place, text in places.items() if title in text}

    assert findable() == set()
    page = client.get(hidden.get_absolute_url())
    assert page.status_code == 200  # a saved link still works and says how old it is
    assert page["X-Robots-Tag"] == "noindex"  # and search engines leave it out too
    assert "Sist bekreftet av eieren" in text_of(page)

    logged_in(client, world.admin_a)
    client.post(partner_url("listing_confirm", pk=hidden.pk))
    client.logout()
    assert findable() == {"search", "api", "feed", "home"}
    assert "X-Robots-Tag" not in client.get(hidden.get_absolute_url())


def test_after_90_days_a_listing_is_out_of_the_sitemap_the_api_and_compare(client, world):
    hidden, shown = confirmed_days_ago(world.live_a, 91), world.live_b
    sitemap = whole_sitemap(client)
    assert hidden.get_absolute_url() not in sitemap
    assert shown.get_absolute_url() in sitemap
    assert client.get(f"/api/v1/properties/{hidden.pk}/").status_code == 404
    assert client.get(f"/api/v1/properties/{shown.pk}/").status_code == 200

    compare = client.get(f"/lokaler/sammenlign/?id={hidden.pk}&id={shown.pk}")
    assert compare.status_code == 200
    text = text_of(compare)
    assert shown.title in text
    assert hidden.title not in text
    assert "1 av lokalene du valgte, vises ikke lenger" in text
    only_hidden = client.get(f"/en/premises/compare/?id={hidden.pk}")
    assert only_hidden.status_code == 404
    assert "1 of the premises you chose is no longer shown" in text_of(only_hidden)

    logged_in(client, world.admin_a)
    client.post(partner_url("listing_confirm", pk=hidden.pk))
    client.logout()
    assert hidden.get_absolute_url() in whole_sitemap(client)
    assert client.get(f"/api/v1/properties/{hidden.pk}/").status_code == 200
    assert hidden.title in text_of(client.get(f"/lokaler/sammenlign/?id={hidden.pk}"))
