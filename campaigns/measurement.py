"""Counting what campaigns bring: one upsert per landing, nothing about the visitor.

A visit is a page view that lands with utm_* parameters or on a campaign page. Conversions are
counted when a visitor who followed a campaign link (its reference travels in the links and in a
hidden form field, see portal/attribution.py) views a listing, sends an inquiry or a relocation
request, or confirms a search alert.
"""

import logging

from django.core.cache import cache
from django.utils import timezone

from campaigns.models import Campaign, CampaignConversions, CampaignVisits, Measure
from portal.attribution import campaign_ref_of, clean_part, parse_ref
from portal.counters import count_once, is_person

logger = logging.getLogger(__name__)

NOT_COUNTED_PREFIXES = ("/admin/", "/static/", "/media/", "/documents/", "/api/", "/healthz")
CAMPAIGN_CACHE_SECONDS = 300


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


def is_landing(request, response):
    return (
        is_person(request)
        and response.status_code == 200
        and response.get("Content-Type", "").startswith("text/html")
        and not request.path.startswith(NOT_COUNTED_PREFIXES)
        and (getattr(request, "campaign", None) or any(k.startswith("utm_") for k in request.GET))
    )


def record_campaign_visit(request, response):
    if not is_landing(request, response):
        return
    page_campaign = getattr(request, "campaign", None)
    slug = clean_part(request.GET.get("utm_campaign")) or (
        page_campaign.slug if page_campaign else ""
    )
    count_once(
        CampaignVisits,
        field="visits",
        date=timezone.localdate(),
        utm_campaign=slug,
        source=clean_part(request.GET.get("utm_source")),
        medium=clean_part(request.GET.get("utm_medium")),
        landing_page=request.path[:200],
        defaults={"campaign_id": campaign_by_slug(slug)},
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
        source=source,
        medium=medium,
        measure=measure,
    )


class CampaignVisitMiddleware:
    """Counts campaign landings after the page is made; a failure never reaches the visitor."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        try:
            record_campaign_visit(request, response)
        except Exception:  # counting must never break a page
            logger.exception("Could not count a campaign visit")
        return response


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


def connect():
    from django.db.models.signals import post_delete, post_save

    from portal.signals import relocation_requested
    from properties.signals import alert_confirmed, inquiry_received, listing_viewed

    listing_viewed.connect(on_listing_viewed, dispatch_uid="campaigns_listing_viewed")
    inquiry_received.connect(on_inquiry_received, dispatch_uid="campaigns_inquiry")
    relocation_requested.connect(on_relocation_requested, dispatch_uid="campaigns_relocation")
    alert_confirmed.connect(on_alert_confirmed, dispatch_uid="campaigns_alert")
    post_save.connect(forget_campaign_slug, sender=Campaign, dispatch_uid="campaigns_slug_saved")
    post_delete.connect(forget_campaign_slug, sender=Campaign, dispatch_uid="campaigns_slug_gone")
