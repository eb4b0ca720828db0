from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from properties.selectors import searchable_listings

FEED_SIZE = 30


class NewListingsFeed(Feed):
    feed_type = Atom1Feed
    title = _("New premises in Drammen – Drammen Works")
    subtitle = _("Offices, shops, warehouses and plots newly on the market in Drammen.")

    def link(self):
        return reverse("properties:search")

    def items(self):
        return (
            searchable_listings()
            .select_related("kind", "district")
            .order_by("-first_published_at")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return (
            f"{item.kind.label}, {item.area_label}, {item.district.label}. "
            + strip_tags(item.localized_description)[:400]
        )

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.updated_at
