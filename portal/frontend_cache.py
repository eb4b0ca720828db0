"""What a publish changes in the HTTP cache in front (Varnish: deploy/varnish/default.vcl).

Wagtail's frontend cache purges a published or unpublished page's own address, at once. This
adds what else shows the page: its other language, the page that lists it, the site search and
the sitemap — and the page again, after the commit, since a request in between would have put
the old version back in the cache. A purge that fails is logged, never raised into the editor's
save.
"""

from functools import partial

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished


def frontend_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_after_commit(collect_urls):
    """Purge what `collect_urls()` returns once the transaction commits; an error is logged."""
    if not frontend_cache_configured():
        return
    transaction.on_commit(lambda: PurgeBatch(collect_urls()).purge(), robust=True)


def site_urls(paths):
    """Full addresses on the default site, as Wagtail names the pages it purges."""
    root = Site.objects.get(is_default_site=True).root_url
    return [root + path for path in paths]


def in_every_language(url_name, **kwargs):
    """The path of a named URL in Norwegian and in English."""
    paths = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths.append(reverse(url_name, kwargs=kwargs))
    return paths


def page_urls(pages):
    batch = PurgeBatch()
    batch.add_pages(pages)
    return list(batch.urls)


def sitemap_paths(*sections):
    return [
        reverse("sitemap"),
        *(reverse("sitemap_section", kwargs={"section": section}) for section in sections),
    ]


def page_neighbour_urls(page):
    """A page, its translations, the page above it, the site search and the page sitemap."""
    neighbours = [page, *page.get_translations().live(), page.get_parent()]
    return page_urls(neighbours) + site_urls(
        [*in_every_language("search"), *sitemap_paths("pages")]
    )


def purge_page_neighbours(sender, instance, **kwargs):
    purge_after_commit(partial(page_neighbour_urls, instance))


def connect():
    page_published.connect(purge_page_neighbours, dispatch_uid="purge_page_neighbours")
    page_unpublished.connect(purge_page_neighbours, dispatch_uid="purge_page_unpublished")
