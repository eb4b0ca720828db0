from django.contrib.syndication.views import Feed
from django.http import JsonResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from properties.forms import ListingSearchForm, search_errors
from properties.selectors import search_listings

FEED_SIZE = 30


class InvalidFilters(Exception):
    def __init__(self, form):
        self.form = form


class NewListingsFeed(Feed):
    """The newest premises that match the same filters as the search page (GET parameters),
    newest first whatever the sort; bad filters are answered like the API answers them."""

    feed_type = Atom1Feed
    title = _("New premises in Drammen – Drammen Works")
    subtitle = _("Offices, shops, warehouses and plots newly on the market in Drammen.")

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except InvalidFilters as invalid:
            body = {"detail": str(_("Invalid filter.")), "errors": search_errors(invalid.form)}
            return JsonResponse(body, status=400, json_dumps_params={"ensure_ascii": False})

    def get_object(self, request):
        form = ListingSearchForm(request.GET)
        if not form.is_valid():
            raise InvalidFilters(form)
        return {
            "filters": {**form.cleaned_data, "sort": "newest"},
            "query": request.GET.urlencode(),
        }

    def link(self, search):
        return with_query(reverse("properties:search"), search["query"])

    def feed_url(self, search):
        return with_query(reverse("properties:feed"), search["query"])

    def items(self, search):
        return search_listings(filters=search["filters"], photos=False)[:FEED_SIZE]

    def item_title(self, item):
        return item.localized_title

    def item_description(self, item):
        return (
            f"{item.kind.label}, {item.area_label}, {item.district.label}. "
            + strip_tags(item.localized_description)[:400]
        )

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.updated_at


def with_query(url, query):
    return f"{url}?{query}" if query else url
