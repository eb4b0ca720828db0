from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from portal.localized import in_language


class ResourceGroup(ClusterableModel):
    """People from companies, clusters and the municipality who drive measures in a focus area."""

    name = models.CharField(_("name (Norwegian)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    focus_area = models.ForeignKey(
        "sectors.FocusArea",
        on_delete=models.PROTECT,
        related_name="resource_groups",
        verbose_name=_("focus area"),
    )
    purpose = models.TextField(_("purpose (Norwegian)"), blank=True)
    purpose_en = models.TextField(_("purpose (English)"), blank=True)
    meets = models.CharField(
        _("meets"), max_length=120, blank=True, help_text=_("For example «every other month»")
    )
    meets_en = models.CharField(_("meets (English)"), max_length=120, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("name_en")]),
        FieldPanel("focus_area"),
        FieldPanel("purpose"),
        FieldPanel("purpose_en"),
        FieldRowPanel([FieldPanel("meets"), FieldPanel("meets_en")]),
        InlinePanel("members", heading=_("Members"), label=_("Member")),
    ]

    class Meta:
        verbose_name = _("resource group")
        verbose_name_plural = _("resource groups")
        ordering = ["focus_area__sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def label(self):
        return in_language(self.name, self.name_en)

    @property
    def purpose_label(self):
        return in_language(self.purpose, self.purpose_en)

    @property
    def meets_label(self):
        return in_language(self.meets, self.meets_en)

    @property
    def lead(self):
        return next((member for member in self.members.all() if member.is_lead), None)


class ResourceGroupMember(Orderable):
    group = ParentalKey(
        ResourceGroup,
        on_delete=models.CASCADE,
        related_name="members",
        verbose_name=_("resource group"),
    )
    name = models.CharField(_("name"), max_length=120)
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    role = models.CharField(_("role"), max_length=120, blank=True)
    role_en = models.CharField(_("role (English)"), max_length=120, blank=True)
    is_lead = models.BooleanField(_("leads the group"), default=False)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("organisation")]),
        FieldRowPanel([FieldPanel("role"), FieldPanel("role_en")]),
        FieldPanel("is_lead"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self):
        return self.name

    @property
    def role_label(self):
        return in_language(self.role, self.role_en)
