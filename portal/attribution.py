"""Which campaign brought a visitor, carried in links and forms, never stored on the device.

A visitor who lands with utm_* parameters (or on a campaign page) gets links that carry a
campaign reference, «kampanje=<campaign>~<source>~<medium>»; forms keep it in a hidden field.
When the visitor sends an inquiry, a relocation request or subscribes to alerts, the reference
tells which campaign, source and medium led there. portal/journey.py puts it on every page.
"""

import re

from django import forms

REF_PARAM = "kampanje"
PART = re.compile(r"[^a-z0-9._-]+")
PART_MAX = 40


def clean_part(value):
    return PART.sub("-", (value or "").strip().lower())[:PART_MAX].strip("-")


def make_ref(campaign_slug, source="", medium=""):
    parts = [clean_part(campaign_slug), clean_part(source), clean_part(medium)]
    return "~".join(parts) if parts[0] else ""


def parse_ref(value):
    """(campaign slug, source, medium) from a reference; empty strings when missing."""
    parts = [clean_part(part) for part in (value or "").split("~")[:3]]
    parts += [""] * (3 - len(parts))
    return tuple(parts)


def campaign_ref_of(request, campaign_slug=""):
    """The reference for links on this page: from utm_* parameters, or one passed along."""
    get = request.GET
    carried = parse_ref(get.get(REF_PARAM, ""))
    if campaign_slug and carried[0] == clean_part(campaign_slug) and not get.get("utm_source"):
        return make_ref(*carried)  # back on the campaign page through one of its own links
    if campaign_slug or get.get("utm_campaign") or get.get("utm_source"):
        return make_ref(
            campaign_slug or get.get("utm_campaign", ""),
            get.get("utm_source", ""),
            get.get("utm_medium", ""),
        )
    return make_ref(*carried)


class CampaignRefField(forms.CharField):
    """A hidden form field that carries the reference; anything odd in it is cleaned away,
    never shown to the visitor as an error they cannot fix."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.pop("max_length", None)
        super().__init__(**kwargs)

    def clean(self, value):
        return make_ref(*parse_ref(str(value or "")[:500]))
