from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from portal.models import BasePage, PartnerOrganisation
from properties.models import Listing


class PartnerDirectoryPage(BasePage):
    """The companies behind Næringsvekst, by tier, with their premises on the market."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    template = "pages/partner_directory_page.html"

    class Meta:
        verbose_name = _("partner directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisations = (
            PartnerOrganisation.objects.select_related("logo")
            .prefetch_related(
                Prefetch(
                    "listings",
                    queryset=Listing.objects.on_the_market().order_by("title"),
                    to_attr="live_listings",
                )
            )
            .order_by("name")
        )
        context["tiers"] = [
            (label, [org for org in organisations if org.tier == tier])
            for tier, label in PartnerOrganisation.Tier.choices
        ]
        return context
