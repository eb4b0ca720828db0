from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from campaigns.blocks import CampaignBodyBlock
from portal.attribution import campaign_ref_of
from portal.blocks import BodyBlock
from portal.models import BasePage


class CampaignIndexPage(BasePage):
    """/kampanjer/: the campaigns running now, those about to start and those that have ended."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["campaigns.CampaignPage", "campaigns.AmbassadorPage"]
    template = "pages/campaign_index_page.html"

    class Meta:
        verbose_name = _("campaign index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = (
            CampaignPage.objects.child_of(self)
            .live()
            .public()
            .select_related("campaign")
            .order_by("-campaign__starts_on")
        )
        context["current"] = [page for page in pages if page.campaign.is_running]
        context["upcoming"] = [page for page in pages if not page.campaign.has_started]
        context["ended"] = [page for page in pages if page.campaign.has_ended]
        context["ambassador_pages"] = AmbassadorPage.objects.child_of(self).live().public()
        return context


class CampaignPage(BasePage):
    """A campaign's landing page. Visits to it are counted for the campaign."""

    shows_premises = True  # the developers' showcases

    campaign = models.ForeignKey(
        "campaigns.Campaign",
        on_delete=models.PROTECT,
        related_name="pages",
        verbose_name=_("campaign"),
    )
    body = StreamField(CampaignBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("campaign"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []
    template = "pages/campaign_page.html"

    class Meta:
        verbose_name = _("campaign page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        request.campaign_ref = campaign_ref_of(request, self.campaign.slug)  # portal/journey.py
        context["has_ended"] = self.campaign.has_ended
        context["starts_on"] = None if self.campaign.has_started else self.campaign.starts_on
        context["counted"] = {"campaign": self.campaign.slug}  # a visit, by the page's beacon
        return context


class AmbassadorPage(BasePage):
    """For people from Drammen who work elsewhere: how to tell colleagues about the city."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["campaigns.CampaignIndexPage", "portal.HomePage"]
    subpage_types = []
    template = "pages/ambassador_page.html"

    class Meta:
        verbose_name = _("ambassador page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaign_pages"] = (
            CampaignPage.objects.live()
            .public()
            .filter(
                locale=self.locale,
                campaign__starts_on__lte=timezone.localdate(),
                campaign__ends_on__gte=timezone.localdate(),
            )
            .select_related("campaign")
        )
        return context
