from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from portal.models import Taxonomy


class TargetGroup(Taxonomy):
    """Who a campaign speaks to: business leaders, founders, investors, ambassadors …"""

    class Meta(Taxonomy.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Channel(Taxonomy):
    """Where a campaign runs: newspaper, LinkedIn, outdoor, newsletter, event …"""

    utm_sources = models.CharField(
        _("utm_source values"),
        max_length=200,
        blank=True,
        help_text=_(
            "The utm_source values links in this channel use, separated by commas, "
            "e.g. «linkedin, lnkd». Visits are grouped by channel through them."
        ),
    )

    panels = [*Taxonomy.panels, FieldPanel("utm_sources")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("channel")
        verbose_name_plural = _("channels")

    @property
    def sources(self):
        return [value.strip().lower() for value in self.utm_sources.split(",") if value.strip()]
