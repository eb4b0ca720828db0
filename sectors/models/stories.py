from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from portal.images import optional_image
from portal.localized import in_language


class SuccessStory(models.Model):
    """A company that came to Drammen or grew here."""

    company = models.CharField(_("company"), max_length=160)
    focus_area = models.ForeignKey(
        "sectors.FocusArea",
        on_delete=models.PROTECT,
        related_name="success_stories",
        verbose_name=_("focus area"),
    )
    jobs_created = models.PositiveIntegerField(_("jobs created"), default=0)
    year = models.PositiveSmallIntegerField(_("year"))
    summary = models.TextField(_("what happened (Norwegian)"), blank=True)
    summary_en = models.TextField(_("what happened (English)"), blank=True)
    quote = models.TextField(_("quote (Norwegian)"), blank=True)
    quote_en = models.TextField(_("quote (English)"), blank=True)
    quoted_person = models.CharField(_("who said it"), max_length=160, blank=True)
    quoted_person_en = models.CharField(
        _("who said it (English)"),
        max_length=160,
        blank=True,
        help_text=_("Name and role in English, e.g. «Nora Lie, CEO»"),
    )
    image = optional_image(_("image"))
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Required when there is an image: describe what it shows."),
    )
    image_alt_en = models.CharField(
        _("image alternative text (English)"), max_length=250, blank=True
    )

    panels = [
        FieldRowPanel([FieldPanel("company"), FieldPanel("focus_area")]),
        FieldRowPanel([FieldPanel("jobs_created"), FieldPanel("year")]),
        FieldPanel("summary"),
        FieldPanel("summary_en"),
        FieldPanel("quote"),
        FieldPanel("quote_en"),
        FieldRowPanel([FieldPanel("quoted_person"), FieldPanel("quoted_person_en")]),
        FieldRowPanel([FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_alt_en")]),
    ]

    class Meta:
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")
        ordering = ["-year", "company"]

    def __str__(self):
        return self.company

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.image_id and not self.image_alt:
            raise ValidationError(
                {"image_alt": _("Describe the image for people who cannot see it.")}
            )

    @property
    def summary_label(self):
        return in_language(self.summary, self.summary_en)

    @property
    def quote_label(self):
        return in_language(self.quote, self.quote_en)

    @property
    def quoted_person_label(self):
        return in_language(self.quoted_person, self.quoted_person_en)

    @property
    def image_alt_label(self):
        return in_language(self.image_alt, self.image_alt_en)
