from django.utils.translation import gettext_lazy as _

from partners import selectors
from portal.models import BasePage, PartnerOrganisation


class PartnerDirectoryPage(BasePage):
    """The companies behind Næringsvekst, by tier, with their premises on the market."""

    shows_premises = True

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    template = "pages/partner_directory_page.html"

    class Meta:
        verbose_name = _("partner directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisations = selectors.directory_organisations()
        context["tiers"] = [
            (label, [org for org in organisations if org.tier == tier])
            for tier, label in PartnerOrganisation.Tier.choices
        ]
        context["listings_shown"] = selectors.DIRECTORY_LISTINGS_SHOWN
        return context
