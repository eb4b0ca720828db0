from django.contrib.sitemaps import Sitemap

from properties.models import Listing


class ListingSitemap(Sitemap):
    """Published listings in both languages (let and archived ones still answer)."""

    i18n = True
    languages = ["nb", "en"]
    alternates = True
    limit = 5000

    def items(self):
        return Listing.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, listing):
        return listing.updated_at
