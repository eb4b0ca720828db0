"""Is a listing still current? Owners confirm it; stale listings say so, then leave the search."""

from datetime import timedelta

from django.utils import timezone

from portal import chrome

SHOW_LAST_CONFIRMED_AFTER = timedelta(days=60)  # and remind the owner
HIDE_FROM_SEARCH_AFTER = timedelta(days=90)


def search_cutoff(now=None):
    """Listings confirmed before this are hidden from the search until confirmed again."""
    return (now or timezone.now()) - HIDE_FROM_SEARCH_AFTER


def is_stale(listing, now=None):
    confirmed = listing.confirmed_at
    return confirmed is None or confirmed < (now or timezone.now()) - SHOW_LAST_CONFIRMED_AFTER


def listing_confirm(*, listing):
    """The owner says the listing is still current: found again where premises are listed."""
    type(listing).objects.filter(pk=listing.pk).update(
        confirmed_at=timezone.now(), reminded_at=None
    )
    chrome.rebuild()  # pages that keep their premises in the cache show it again


def on_publish_confirm(sender, instance, **kwargs):
    """An approved publication counts as confirmation."""
    listing_confirm(listing=instance)
    instance.confirmed_at = timezone.now()
