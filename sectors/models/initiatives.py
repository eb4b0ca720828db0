from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from portal.localized import in_language


class Initiative(models.Model):
    """A measure (tiltak) that a resource group drives to create jobs."""

    class Status(models.TextChoices):
        IDEA = "idea", _("Idea")
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        STOPPED = "stopped", _("Stopped")

    title = models.CharField(_("title (Norwegian)"), max_length=160)
    title_en = models.CharField(_("title (English)"), max_length=160, blank=True)
    focus_area = models.ForeignKey(
        "sectors.FocusArea",
        on_delete=models.PROTECT,
        related_name="initiatives",
        verbose_name=_("focus area"),
    )
    resource_group = models.ForeignKey(
        "sectors.ResourceGroup",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="initiatives",
        verbose_name=_("resource group"),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.IDEA
    )
    starts_on = models.DateField(_("start"), null=True, blank=True)
    ends_on = models.DateField(_("end"), null=True, blank=True)
    expected_jobs = models.PositiveIntegerField(_("expected jobs"), null=True, blank=True)
    achieved_jobs = models.PositiveIntegerField(_("jobs achieved"), null=True, blank=True)
    description = models.TextField(_("description (Norwegian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    result = models.TextField(_("result (Norwegian)"), blank=True)
    result_en = models.TextField(_("result (English)"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("title_en")]),
        FieldRowPanel([FieldPanel("focus_area"), FieldPanel("resource_group")]),
        FieldRowPanel([FieldPanel("status"), FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldRowPanel([FieldPanel("expected_jobs"), FieldPanel("achieved_jobs")]),
        MultiFieldPanel(
            [FieldPanel("description"), FieldPanel("description_en")], heading=_("Description")
        ),
        MultiFieldPanel([FieldPanel("result"), FieldPanel("result_en")], heading=_("Result")),
    ]

    class Meta:
        # "measure" alone is a campaign's metric (campaigns.Measure, "måltall")
        verbose_name = pgettext_lazy("sector initiative", "measure")
        verbose_name_plural = _("measures")
        ordering = ["focus_area__sort_order", "status", "title"]

    def __str__(self):
        return self.title

    @property
    def label(self):
        return in_language(self.title, self.title_en)

    @property
    def description_label(self):
        return in_language(self.description, self.description_en)

    @property
    def result_label(self):
        return in_language(self.result, self.result_en)
