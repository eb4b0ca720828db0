from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from portal.localized import in_language


class KeyFigureSeries(ClusterableModel):
    """A figure per year, such as Drammen's population or the number of jobs in Drammen."""

    POPULATION = "befolkning"
    JOBS = "arbeidsplasser"

    name = models.CharField(_("name (Norwegian)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    slug = models.SlugField(
        _("slug"),
        unique=True,
        help_text=_("«befolkning» and «arbeidsplasser» feed the jobs goal on the facts page."),
    )
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    source = models.CharField(_("source"), max_length=200)
    source_url = models.URLField(_("link to the source"), blank=True)
    is_demo = models.BooleanField(
        _("demo data"), default=False, help_text=_("Made-up figures; they say so on the site.")
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("name_en")]),
        FieldRowPanel([FieldPanel("slug"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("source"), FieldPanel("source_url")]),
        FieldPanel("is_demo"),
        InlinePanel("values", heading=_("Values"), label=_("Value")),
    ]

    class Meta:
        verbose_name = _("key figure series")
        verbose_name_plural = _("key figure series")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def label(self):
        return in_language(self.name, self.name_en)


class KeyFigureValue(Orderable):
    series = ParentalKey(
        KeyFigureSeries, on_delete=models.CASCADE, related_name="values", verbose_name=_("series")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)

    panels = [FieldRowPanel([FieldPanel("year"), FieldPanel("value")])]

    class Meta(Orderable.Meta):
        verbose_name = _("value")
        verbose_name_plural = _("values")
        constraints = [
            models.UniqueConstraint(fields=["series", "year"], name="one_value_per_series_year")
        ]

    def __str__(self):
        return f"{self.year}: {self.value}"
