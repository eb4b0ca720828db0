from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from portal.localized import in_language


class NamedInBothLanguages:
    """For models with a Norwegian `name` and an optional English `name_en`."""

    @property
    def label(self):
        """The name in the visitor's language, Norwegian when there is no English name."""
        return in_language(self.name, self.name_en)


class Taxonomy(NamedInBothLanguages, models.Model):
    """A small editable list (property kinds, districts, focus areas …) named in both languages."""

    name = models.CharField(_("name (Norwegian)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.label
