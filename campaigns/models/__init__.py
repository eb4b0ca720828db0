"""Campaigns, their landing pages, and what they brought, counted without tracking people."""

from .campaign import Campaign, Measure
from .measurement import CampaignConversions, CampaignVisits
from .pages import AmbassadorPage, CampaignIndexPage, CampaignPage
from .taxonomy import Channel, TargetGroup

__all__ = [
    "AmbassadorPage",
    "Campaign",
    "CampaignConversions",
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignVisits",
    "Channel",
    "Measure",
    "TargetGroup",
]
