from django.db.models import Max, Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PageSitemap(Sitemap):
    """Every live public page of the site, in every language (Wagtail's lists only one)."""

    def get_latest_lastmod(self):
        """For the sitemap index: one query, not a look at every page."""
        return self.items().order_by().aggregate(latest=Max("last_published_at"))["latest"]

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_site = Q()
        for root in roots:
            in_site |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_site)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
