"""The focus area taxonomy."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from portal.localized import in_language
from portal.models import Taxonomy


class FocusArea(Taxonomy):
    """One of Næringsvekst's four focus areas (created by a migration; texts are editable)."""

    colour = models.CharField(
        _("colour"), max_length=7, default="#0b5a6f", help_text=_("A hex colour, e.g. #0b5a6f")
    )
    icon = models.CharField(_("icon"), max_length=40, blank=True)
    short_text = models.TextField(_("short text (Norwegian)"), max_length=400, blank=True)
    short_text_en = models.TextField(_("short text (English)"), max_length=400, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("colour"),
        FieldPanel("icon"),
        FieldPanel("short_text"),
        FieldPanel("short_text_en"),
        FieldPanel("sort_order"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")

    @property
    def short_text_label(self):
        return in_language(self.short_text, self.short_text_en)
