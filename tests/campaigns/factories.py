"""Campaigns and their pages for the campaign tests (the app has no factories.py of its own)."""

import json
from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from campaigns.models import Campaign, CampaignIndexPage, CampaignPage


def days_from_today(days):
    return timezone.localdate() + timedelta(days=days)


class CampaignFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kampanje {n}")
    slug = factory.Sequence(lambda n: f"kampanje-{n}")
    purpose = "Få flere bedrifter til Drammen."
    starts_on = factory.LazyFunction(lambda: days_from_today(-10))
    ends_on = factory.LazyFunction(lambda: days_from_today(30))
    budget_nok = 100_000
    status = Campaign.Status.RUNNING

    class Meta:
        model = Campaign


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kampanjer"
    slug = "kampanjer"
    introduction = "Kampanjene til Drammen Works."

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda page: page.campaign.name)
    slug = factory.LazyAttribute(lambda page: page.campaign.slug)
    introduction = "Kontorer ved elva."
    campaign = factory.SubFactory(CampaignFactory)
    body = factory.LazyFunction(lambda: json.dumps([text_block("Om kampanjen.")]))

    class Meta:
        model = CampaignPage


def text_block(*paragraphs):
    return {"type": "text", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}
