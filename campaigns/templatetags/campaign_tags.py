from urllib.parse import quote, urlencode

from django import template
from django.utils import timezone

from campaigns.models import CampaignPage

register = template.Library()


@register.inclusion_tag("components/share_links.html", takes_context=True)
def share_links(context, page, level=2):
    """Plain share links (no third-party script) that tell the report an ambassador shared."""
    request = context["request"]
    params = urlencode(
        {
            "utm_source": "ambassador",
            "utm_medium": "share",
            "utm_campaign": page.campaign.slug,
        }
    )
    url = f"{request.build_absolute_uri(page.url)}?{params}"
    subject = page.title
    return {
        "url": url,
        # mailto: reads «+» as a plus sign (RFC 6068), so spaces must be %20
        "mailto": "mailto:?"
        + urlencode({"subject": subject, "body": f"{subject}\n\n{url}"}, quote_via=quote),
        "linkedin": "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
        "title": page.title,
        "id": page.pk,
        "level": level,
    }


@register.simple_tag(takes_context=True)
def current_campaign_page(context):
    """The landing page of the newest running campaign in the visitor's language, or None."""
    from django.utils import translation

    return (
        CampaignPage.objects.live()
        .public()
        .filter(
            locale__language_code=translation.get_language(),
            campaign__starts_on__lte=timezone.localdate(),
            campaign__ends_on__gte=timezone.localdate(),
        )
        .select_related("campaign")
        .order_by("-campaign__starts_on")
        .first()
    )
