"""Writes with side effects: inquiries, search alerts and listing views."""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from portal.counters import count_once
from portal.email import queue_email
from portal.params import database_id
from portal.ratelimit import attempts_reset, limit_exceeded
from portal.site_url import absolute_url
from properties.models import AlertSubscription, Inquiry, Listing, ListingDailyViews
from properties.selectors import search_filters_from_query, search_listings
from properties.signals import alert_confirmed, inquiry_received, listing_viewed

ALERT_INTERVALS = {
    AlertSubscription.Frequency.DAILY: timezone.timedelta(days=1),
    AlertSubscription.Frequency.WEEKLY: timezone.timedelta(days=7),
}
ALERT_MAX_LISTINGS = 20


def listing_view_record(*, listing_id, request):
    """One more view of a published listing today (its owner's statistics), then tell others."""
    listing = Listing.objects.public().filter(pk=listing_id).only("pk").first()
    if listing is None:
        return
    count_once(ListingDailyViews, listing=listing, date=timezone.localdate())
    listing_viewed.send(sender=Listing, listing=listing, request=request)


def on_page_viewed(sender, request, path, **kwargs):
    listing_id = database_id(request.GET.get("listing"))
    if listing_id is not None:
        listing_view_record(listing_id=listing_id, request=request)


def inquiry_create(*, listing, data, campaign_ref="", request=None):
    """Store an inquiry and queue the e-mail to the listing's contact, in one transaction."""
    with transaction.atomic():
        inquiry = Inquiry.objects.create(
            listing=listing,
            language=translation.get_language() or settings.LANGUAGE_CODE,
            campaign_ref=campaign_ref[:130],
            **data,
        )
        with translation.override("nb"):
            queue_email(
                to=[listing.contact.email],
                subject=_("Inquiry about %(title)s") % {"title": listing.title},
                body=render_to_string(
                    "properties/email/inquiry.txt",
                    {
                        "inquiry": inquiry,
                        "listing": listing,
                        "listing_url": absolute_url(listing.get_absolute_url()),
                    },
                ),
                reply_to=inquiry.email,
            )
    inquiry_received.send(sender=Inquiry, inquiry=inquiry, request=request)
    return inquiry


def alert_subscribe(*, email, query, frequency, campaign_ref=""):
    """Store an unconfirmed alert and send the confirmation link. Nothing else is sent first.

    One confirmation a day per address: while one waits unconfirmed, subscribing the same
    address again stores and sends nothing (returns None), so nobody can fill a stranger's
    inbox. Confirming lets the address subscribe to another search at once.
    """
    if limit_exceeded("alert_recipient", email.lower()):
        return None
    language = translation.get_language() or settings.LANGUAGE_CODE
    with transaction.atomic():
        subscription = AlertSubscription.objects.create(
            email=email,
            query=query,
            frequency=frequency,
            language=language,
            campaign_ref=campaign_ref[:130],
        )
        confirm_url = absolute_url(
            reverse("properties:alert_confirm", kwargs={"token": subscription.token})
        )
        queue_email(
            to=[email],
            subject=_("Confirm your search alert from Drammen Works"),
            body=render_to_string(
                "properties/email/alert_confirm.txt",
                {"subscription": subscription, "confirm_url": confirm_url},
            ),
        )
    return subscription


def alert_confirm(*, subscription, request=None):
    if subscription.confirmed_at is None:
        attempts_reset("alert_recipient", subscription.email.lower())
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
        alert_confirmed.send(sender=AlertSubscription, subscription=subscription, request=request)
    return subscription


def alert_unsubscribe(*, subscription):
    subscription.delete()


def alerts_due(*, now):
    for subscription in AlertSubscription.objects.filter(confirmed_at__isnull=False):
        last = subscription.last_sent_at or subscription.confirmed_at
        if now - last >= ALERT_INTERVALS[subscription.frequency]:
            yield subscription


def alerts_send(*, now=None):
    """Send each due alert the premises published since its last send. Returns e-mails sent."""
    now = now or timezone.now()
    sent = 0
    for subscription in alerts_due(now=now):
        since = subscription.last_sent_at or subscription.confirmed_at
        filters = search_filters_from_query(subscription.query)
        with transaction.atomic():
            if filters is not None:
                with translation.override(subscription.language):
                    listings = list(
                        search_listings(filters=filters, since=since, photos=False)[
                            :ALERT_MAX_LISTINGS
                        ]
                    )
                    if listings:
                        queue_alert_email(subscription=subscription, listings=listings)
                        sent += 1
            subscription.last_sent_at = now
            subscription.save(update_fields=["last_sent_at"])
    return sent


def queue_alert_email(*, subscription, listings):
    unsubscribe_url = absolute_url(
        reverse("properties:alert_unsubscribe", kwargs={"token": subscription.token})
    )
    search_url = absolute_url(reverse("properties:search")) + (
        f"?{subscription.query}" if subscription.query else ""
    )
    queue_email(
        to=[subscription.email],
        subject=_("New premises in Drammen matching your search"),
        body=render_to_string(
            "properties/email/alert.txt",
            {
                "listings": [
                    (listing, absolute_url(listing.get_absolute_url())) for listing in listings
                ],
                "search_url": search_url,
                "unsubscribe_url": unsubscribe_url,
            },
        ),
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
