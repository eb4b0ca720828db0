from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.utils import translation

from properties.models import Listing


class ListingSitemap(Sitemap):
    """Findable listings in one language (let and archived ones still answer); each page names
    its other language itself (hreflang in its head).

    One section per language rather than Django's `i18n` option, which builds the list of every
    listing in every language for each file it serves: at 100,000 listings, seconds per file.
    Paged from the database instead, a file costs one small query.
    """

    language = "nb"
    limit = 1000

    def items(self):
        return Listing.objects.findable().only("slug", "updated_at").order_by("pk")

    def location(self, listing):
        with translation.override(self.language):
            return listing.get_absolute_url()

    def lastmod(self, listing):
        return listing.updated_at

    def get_latest_lastmod(self):
        return self.items().order_by().aggregate(latest=Max("updated_at"))["latest"]


class EnglishListingSitemap(ListingSitemap):
    language = "en"
