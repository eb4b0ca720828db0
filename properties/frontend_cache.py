"""What a listing's publish, unpublish or deletion changes in the HTTP cache in front.

Its own page in both languages, the searches (the cache drops every query string of a purged
path: /lokaler/?kind=kontor with /lokaler/), the comparison, the feed, the sitemap, the API and
every page that lists premises (page models that set `shows_premises`).
"""

from functools import partial

from django.urls import reverse
from wagtail.models import Page, get_page_models

from portal.frontend_cache import (
    in_every_language,
    page_urls,
    purge_after_commit,
    site_urls,
    sitemap_paths,
)


def pages_showing_premises():
    models = [model for model in get_page_models() if getattr(model, "shows_premises", False)]
    return Page.objects.live().type(*models)


def listing_urls(*, slug, pk):
    paths = [
        *in_every_language("properties:detail", slug=slug),
        *in_every_language("properties:search"),
        *in_every_language("properties:compare"),
        *in_every_language("properties:feed"),
        *sitemap_paths("premises", "premises-en"),
        reverse("api:list_properties"),
        reverse("api:get_property", kwargs={"listing_id": pk}),
    ]
    return site_urls(paths) + page_urls(pages_showing_premises())


def purge_listing(sender, instance, **kwargs):
    # slug and pk now: a deleted listing has no pk once the transaction commits
    purge_after_commit(partial(listing_urls, slug=instance.slug, pk=instance.pk))
