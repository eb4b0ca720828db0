"""Counting what campaigns bring: one upsert per landing, nothing about the visitor.

A visit is a page view that lands with utm_* parameters or on a campaign page, reported by the
page's beacon (portal/beacon.py) so that pages served from a shared cache count too. Conversions are
counted when a visitor who followed a campaign link (its reference travels in the links and in a
hidden form field, see portal/attribution.py) views a listing, sends an inquiry or a relocation
request, or confirms a search alert.

Rows are made only for campaigns and sources editors created: a link to a campaign that does
not exist is not counted, and a utm_source that no channel lists (Campaigns → Channels) or a
utm_medium not in KNOWN_MEDIUMS is counted under the campaign as OTHER, one row whatever
was invented. Add a new source to its channel before the links go out.
"""

import logging

from django.core.cache import cache
from django.utils import timezone

from campaigns.models import Campaign, CampaignConversions, CampaignVisits, Channel, Measure
from portal.attribution import campaign_ref_of, clean_part, parse_ref
from portal.counters import count_once

logger = logging.getLogger(__name__)

NOT_COUNTED_PREFIXES = ("/admin/", "/static/", "/media/", "/documents/", "/api/", "/healthz")
CAMPAIGN_CACHE_SECONDS = 300
SOURCES_CACHE_KEY = "campaign-sources"
# What a utm_source or utm_medium nobody created is counted as (never a cleaned value).
OTHER = "~other"
KNOWN_MEDIUMS = frozenset(
    {
        "affiliate",
        "banner",
        "cpc",
        "display",
        "email",
        "event",
        "newsletter",
        "organic",
        "outdoor",
        "paid",
        "podcast",
        "print",
        "qr",
        "referral",
        "share",
        "sms",
        "social",
        "video",
    }
)


def campaign_by_slug(slug):
    """The campaign with this slug, or None; cached, because it is asked on every landing."""
    if not slug:
        return None
    key = f"campaign-id:{slug}"
    campaign_id = cache.get(key)
    if campaign_id is None:
        campaign_id = Campaign.objects.filter(slug=slug).values_list("pk", flat=True).first() or 0
        cache.set(key, campaign_id, CAMPAIGN_CACHE_SECONDS)
    return campaign_id or None


def known_sources():
    """The utm_source values of every channel; cached, because it is asked on every landing."""
    sources = cache.get(SOURCES_CACHE_KEY)
    if sources is None:
        sources = {source for channel in Channel.objects.all() for source in channel.sources}
        cache.set(SOURCES_CACHE_KEY, sources, CAMPAIGN_CACHE_SECONDS)
    return sources


def counted_source(value):
    """The source a count is kept under: an editor's, none, or OTHER."""
    source = clean_part(value)
    return source if not source or source in known_sources() else OTHER


def counted_medium(value):
    medium = clean_part(value)
    return medium if not medium or medium in KNOWN_MEDIUMS else OTHER


def is_landing(request):
    """A view reported by the page's beacon that came from a campaign link or a campaign page."""
    params = request.GET
    return bool(params.get("campaign")) or any(name.startswith("utm_") for name in params)


def record_campaign_visit(request, path):
    """Count a landing; `request` is the beacon's, whose GET holds the page's utm_* values."""
    params = request.GET
    slug = clean_part(params.get("utm_campaign")) or clean_part(params.get("campaign"))
    campaign_id = campaign_by_slug(slug)
    if campaign_id is None:
        return
    count_once(
        CampaignVisits,
        field="visits",
        date=timezone.localdate(),
        utm_campaign=slug,
        source=counted_source(params.get("utm_source")),
        medium=counted_medium(params.get("utm_medium")),
        landing_page=path,
        defaults={"campaign_id": campaign_id},
    )


def record_conversion(ref, measure):
    slug, source, medium = parse_ref(ref)
    campaign_id = campaign_by_slug(slug)
    if campaign_id is None:
        return
    count_once(
        CampaignConversions,
        field="count",
        date=timezone.localdate(),
        campaign_id=campaign_id,
        source=counted_source(source),
        medium=counted_medium(medium),
        measure=measure,
    )


def on_page_viewed(sender, request, path, **kwargs):
    if is_landing(request) and not path.startswith(NOT_COUNTED_PREFIXES):
        record_campaign_visit(request, path)


def on_listing_viewed(sender, listing, request, **kwargs):
    ref = campaign_ref_of(request)
    if ref:
        record_conversion(ref, Measure.LISTING_VIEWS)


def on_inquiry_received(sender, inquiry, **kwargs):
    record_conversion(inquiry.campaign_ref, Measure.INQUIRIES)


def on_relocation_requested(sender, campaign_ref, **kwargs):
    record_conversion(campaign_ref, Measure.RELOCATION_REQUESTS)


def on_alert_confirmed(sender, subscription, **kwargs):
    record_conversion(subscription.campaign_ref, Measure.ALERT_SUBSCRIPTIONS)


def forget_campaign_slug(sender, instance, **kwargs):
    cache.delete(f"campaign-id:{instance.slug}")


def forget_sources(sender, **kwargs):
    cache.delete(SOURCES_CACHE_KEY)


def connect():
    from django.db.models.signals import post_delete, post_save

    from portal.signals import page_viewed, relocation_requested
    from properties.signals import alert_confirmed, inquiry_received, listing_viewed

    page_viewed.connect(on_page_viewed, dispatch_uid="campaigns_page_viewed")
    listing_viewed.connect(on_listing_viewed, dispatch_uid="campaigns_listing_viewed")
    inquiry_received.connect(on_inquiry_received, dispatch_uid="campaigns_inquiry")
    relocation_requested.connect(on_relocation_requested, dispatch_uid="campaigns_relocation")
    alert_confirmed.connect(on_alert_confirmed, dispatch_uid="campaigns_alert")
    post_save.connect(forget_campaign_slug, sender=Campaign, dispatch_uid="campaigns_slug_saved")
    post_delete.connect(forget_campaign_slug, sender=Campaign, dispatch_uid="campaigns_slug_gone")
    post_save.connect(forget_sources, sender=Channel, dispatch_uid="campaigns_sources_saved")
    post_delete.connect(forget_sources, sender=Channel, dispatch_uid="campaigns_sources_gone")
