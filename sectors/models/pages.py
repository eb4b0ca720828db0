from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from portal.blocks import BodyBlock
from portal.models import BasePage


class FocusAreaIndexPage(BasePage):
    """The four focus areas of Næringsvekst."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["sectors.FocusAreaPage"]
    template = "pages/focus_area_index_page.html"

    class Meta:
        verbose_name = _("focus area index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["areas"] = (
            FocusAreaPage.objects.child_of(self)
            .live()
            .public()
            .select_related("focus_area")
            .order_by("focus_area__sort_order")
        )
        return context


class FocusAreaPage(BasePage):
    """One focus area: its resource groups, measures, success stories and suitable premises."""

    shows_premises = True

    focus_area = models.ForeignKey(
        "sectors.FocusArea",
        on_delete=models.PROTECT,
        related_name="pages",
        verbose_name=_("focus area"),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_role = models.CharField(_("role"), max_length=120, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=30, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("focus_area"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_role"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Contact"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["sectors.FocusAreaIndexPage"]
    subpage_types = []
    template = "pages/focus_area_page.html"

    class Meta:
        verbose_name = _("focus area page")

    def get_context(self, request, *args, **kwargs):
        from sectors.selectors import focus_area_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(focus_area_overview(focus_area=self.focus_area))
        return context


class FactsPage(BasePage):
    """Key figures and the jobs goal, with their sources."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    template = "pages/facts_page.html"

    class Meta:
        verbose_name = _("facts page")

    def get_context(self, request, *args, **kwargs):
        from sectors.selectors import goal_overview, published_series

        context = super().get_context(request, *args, **kwargs)
        context.update(goal_overview())
        context["series"] = published_series()
        return context
