from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from portal.models import BasePage, PartnerOrganisation
from properties.selectors import searchable_listings


class PartnerDirectoryPage(BasePage):
    """The companies behind Næringsvekst, by tier, with their premises on the market."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    template = "pages/partner_directory_page.html"

    class Meta:
        verbose_name = _("partner directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisations = directory_organisations()
        context["tiers"] = [
            (label, [org for org in organisations if org.tier == tier])
            for tier, label in PartnerOrganisation.Tier.choices
        ]
        context["listings_shown"] = LISTINGS_SHOWN
        return context


LISTINGS_SHOWN = 5  # per organisation; the rest are a link to the search away


def directory_organisations():
    """Every partner organisation with the number of its premises that can be found and the
    newest few of them: the same two queries whether it has five listings or five thousand."""
    findable = searchable_listings()
    counts = (
        findable.filter(organisation=OuterRef("pk"))
        .order_by()
        .values("organisation")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return list(
        PartnerOrganisation.objects.select_related("logo")
        .annotate(listing_count=Coalesce(Subquery(counts), 0))
        .prefetch_related(
            Prefetch(
                "listings",
                queryset=findable.only(
                    "slug", "title", "organisation_id", "first_published_at"
                ).order_by("-first_published_at", "-pk")[:LISTINGS_SHOWN],
                to_attr="newest_listings",
            )
        )
        .order_by("name")
    )
