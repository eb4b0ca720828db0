from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from portal.localized import in_language


class Measure(models.TextChoices):
    """What a campaign is measured by; every measure has a target on the campaign."""

    VISITS = "visits", _("Visits")
    LISTING_VIEWS = "listing_views", _("Listing views")
    INQUIRIES = "inquiries", _("Inquiries")
    RELOCATION_REQUESTS = "relocation_requests", _("Relocation requests")
    ALERT_SUBSCRIPTIONS = "alert_subscriptions", _("Alert subscriptions")


class Campaign(index.Indexed, models.Model):
    """A campaign aimed at chosen target groups in chosen channels, measured against targets."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        RUNNING = "running", _("Running")
        FINISHED = "finished", _("Finished")
        EVALUATED = "evaluated", _("Evaluated")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        unique=True,
        help_text=_("Used as utm_campaign in links, e.g. «kontorbyen»."),
    )
    purpose = models.TextField(_("purpose"), blank=True)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    purpose_en = models.TextField(_("purpose (English)"), blank=True)
    target_groups = models.ManyToManyField(
        "campaigns.TargetGroup", blank=True, verbose_name=_("target groups")
    )
    channels = models.ManyToManyField("campaigns.Channel", blank=True, verbose_name=_("channels"))
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))
    budget_nok = models.PositiveIntegerField(_("budget (NOK)"), default=0)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED
    )

    target_visits = models.PositiveIntegerField(_("target: visits"), default=0)
    target_listing_views = models.PositiveIntegerField(_("target: listing views"), default=0)
    target_inquiries = models.PositiveIntegerField(_("target: inquiries"), default=0)
    target_relocation_requests = models.PositiveIntegerField(
        _("target: relocation requests"), default=0
    )
    target_alert_subscriptions = models.PositiveIntegerField(
        _("target: alert subscriptions"), default=0
    )

    what_worked = models.TextField(_("what worked"), blank=True)
    what_to_change = models.TextField(_("what to change next time"), blank=True)
    is_demo = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_("Made-up campaign and figures for the demo site."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("purpose"),
        MultiFieldPanel(
            [FieldPanel("name_en"), FieldPanel("purpose_en")],
            heading=_("English version"),
            help_text=_("Shown on the English pages; without it they show the Norwegian."),
        ),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldRowPanel([FieldPanel("budget_nok"), FieldPanel("status")]),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("channels", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("target_visits"), FieldPanel("target_listing_views")]),
                FieldRowPanel(
                    [FieldPanel("target_inquiries"), FieldPanel("target_relocation_requests")]
                ),
                FieldPanel("target_alert_subscriptions"),
            ],
            heading=_("Targets"),
        ),
        MultiFieldPanel(
            [FieldPanel("what_worked"), FieldPanel("what_to_change")],
            heading=_("Evaluation"),
        ),
        FieldPanel("is_demo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-starts_on"]

    def __str__(self):
        return self.name

    @property
    def label(self):
        return in_language(self.name, self.name_en)

    @property
    def purpose_label(self):
        return in_language(self.purpose, self.purpose_en)

    def target_for(self, measure):
        return getattr(self, f"target_{measure}")

    # The dates decide where a campaign is in its life; the status field only says whether an
    # ended campaign has been evaluated. A page published before the start is a preview.

    @property
    def has_started(self):
        return self.starts_on <= timezone.localdate()

    @property
    def has_ended(self):
        return self.ends_on < timezone.localdate()

    @property
    def is_running(self):
        return self.has_started and not self.has_ended

    @property
    def current_status(self):
        """Planned before the start, running until the end, then finished or evaluated."""
        if not self.has_started:
            return self.Status.PLANNED
        if not self.has_ended:
            return self.Status.RUNNING
        return (
            self.Status.EVALUATED if self.status == self.Status.EVALUATED else self.Status.FINISHED
        )

    def get_current_status_display(self):
        return self.Status(self.current_status).label
