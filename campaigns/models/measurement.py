from django.db import models
from django.utils.translation import gettext_lazy as _

from campaigns.models.campaign import Measure


class CampaignVisits(models.Model):
    """Visits per day, campaign, source, medium and landing page. Nothing about the visitor."""

    date = models.DateField(_("date"))
    campaign = models.ForeignKey(
        "campaigns.Campaign",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="visits",
        verbose_name=_("campaign"),
    )
    utm_campaign = models.CharField(
        _("campaign as named in the link"),
        max_length=60,
        blank=True,
        help_text=_("The campaign's slug, or the utm_campaign of a link to an unknown campaign."),
    )
    source = models.CharField(_("source"), max_length=60, blank=True)
    medium = models.CharField(_("medium"), max_length=60, blank=True)
    landing_page = models.CharField(_("landing page"), max_length=200)
    visits = models.PositiveIntegerField(_("visits"), default=0)

    class Meta:
        verbose_name = _("campaign visits")
        verbose_name_plural = _("campaign visits")
        constraints = [
            models.UniqueConstraint(
                fields=["date", "utm_campaign", "source", "medium", "landing_page"],
                name="one_visit_count_per_day_and_origin",
            )
        ]

    def __str__(self):
        return f"{self.date} {self.utm_campaign or self.campaign_id}: {self.visits}"


class CampaignConversions(models.Model):
    """Listing views, inquiries, relocation requests and alert subscriptions a campaign led to."""

    date = models.DateField(_("date"))
    campaign = models.ForeignKey(
        "campaigns.Campaign",
        on_delete=models.CASCADE,
        related_name="conversions",
        verbose_name=_("campaign"),
    )
    source = models.CharField(_("source"), max_length=60, blank=True)
    medium = models.CharField(_("medium"), max_length=60, blank=True)
    measure = models.CharField(
        _("measure"),
        max_length=20,
        choices=[(m.value, m.label) for m in Measure if m != Measure.VISITS],
    )
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("campaign conversions")
        verbose_name_plural = _("campaign conversions")
        constraints = [
            models.UniqueConstraint(
                fields=["date", "campaign", "source", "medium", "measure"],
                name="one_conversion_count_per_day_and_origin",
            )
        ]

    def __str__(self):
        return f"{self.date} {self.campaign_id} {self.measure}: {self.count}"
