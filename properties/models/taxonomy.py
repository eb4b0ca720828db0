from django.db import models
from django.db.models import Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase
from wagtail.admin.panels import FieldPanel

from portal.models import NamedInBothLanguages, Taxonomy


class PropertyKind(Taxonomy):
    """Office, retail, warehouse/logistics, industry, plot, coworking, mixed use …"""

    is_building = models.BooleanField(
        _("is a building"),
        default=True,
        help_text=_("Buildings must show an energy label when they are marketed; plots need not."),
    )

    panels = [*Taxonomy.panels, FieldPanel("is_building")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("kind of premises")
        verbose_name_plural = _("kinds of premises")


class District(Taxonomy):
    """A part of Drammen used to find premises (Strømsø, Bragernes …)."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")


class Facility(NamedInBothLanguages, TagBase):
    """What premises offer (canteen, EV charging, step-free access …): a tag, named in both
    languages. Partners may add new ones; an editor gives them their English name."""

    name = models.CharField(_("name (Norwegian)"), max_length=100, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=100, blank=True)

    panels = [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("facility")
        verbose_name_plural = _("facilities")


def in_label_order(facilities):
    """Facilities sorted by the name the visitor reads: the English one on English pages."""
    if translation.get_language() == "en":
        return facilities.order_by(Coalesce(NullIf("name_en", Value("")), "name"))
    return facilities.order_by("name")
