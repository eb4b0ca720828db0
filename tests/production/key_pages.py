"""The key pages of the demo site, read from the stage's database by the production settings
themselves: `manage.py shell -c "from tests.production.key_pages import show; show()"`."""

import json

from django.urls import reverse
from django.utils import translation


def first_url(model, language="nb", **filters):
    page = model.objects.live().filter(locale__language_code=language, **filters)
    return page.order_by("path").first().url


def page_paths():
    from campaigns.models import CampaignPage
    from portal.models import (
        AccessibilityStatementPage,
        NewsIndexPage,
        PrivacyStatementPage,
        RelocationFormPage,
    )
    from sectors.models import FactsPage, FocusAreaPage

    paths = {"home": "/", "home-en": "/en/"}
    for name, model in {
        "focus-area": FocusAreaPage,
        "facts": FactsPage,
        "news": NewsIndexPage,
        "relocation-form": RelocationFormPage,
        "accessibility-statement": AccessibilityStatementPage,
        "privacy-statement": PrivacyStatementPage,
    }.items():
        paths[name] = first_url(model)
        paths[f"{name}-en"] = first_url(model, "en")
    paths["campaign"] = first_url(CampaignPage, slug="kontorbyen")
    paths["campaign-en"] = first_url(CampaignPage, "en", slug="kontorbyen")
    return paths


def premises_paths():
    from properties.models import Listing

    listing = Listing.objects.on_the_market().order_by("pk").first()
    paths = {}
    for suffix, language in (("", "nb"), ("-en", "en")):
        with translation.override(language):
            paths[f"premises{suffix}"] = reverse("properties:search")
            paths[f"listing{suffix}"] = listing.get_absolute_url()
            paths[f"feed{suffix}"] = reverse("properties:feed")
            paths[f"search{suffix}"] = reverse("search") + "?q=Drammen"
            paths[f"partner-login{suffix}"] = reverse("partners:login")
    paths["premises-offices"] = paths["premises"] + "?kind=kontor"
    paths["api-list"] = reverse("api:list_properties")
    paths["api-detail"] = reverse("api:get_property", kwargs={"listing_id": listing.pk})
    return paths


def key_paths():
    return {
        **page_paths(),
        **premises_paths(),
        "admin-login": "/admin/login/",
        "openapi": "/api/v1/openapi.json",
        "api-docs": "/api/v1/docs",
        "robots": "/robots.txt",
        "healthz": "/healthz",
    }


def show():
    print(json.dumps(key_paths()))
