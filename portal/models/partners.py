from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from portal.localized import in_language
from portal.validators import validate_organisation_number


class PartnerOrganisation(index.Indexed, ClusterableModel):
    """A company that takes part in Næringsvekst and may present its properties."""

    class Tier(models.TextChoices):
        MAIN_PARTNER = "main", _("Main partner")
        PARTNER = "partner", _("Partner")
        PROPERTY_PARTNER = "property", _("Property partner")

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    organisation_number = models.CharField(
        _("organisation number"),
        max_length=9,
        unique=True,
        validators=[validate_organisation_number],
        help_text=_("Nine digits, from the Brønnøysund Register Centre."),
    )
    tier = models.CharField(_("tier"), max_length=10, choices=Tier.choices)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("short description"), max_length=600, blank=True)
    description_en = models.TextField(
        _("short description (English)"),
        max_length=600,
        blank=True,
        help_text=_("Shown on the English pages; without it they show the Norwegian."),
    )
    markets_in_english = models.BooleanField(
        _("markets in English"),
        default=False,
        help_text=_(
            "Its listings must have an English title and description before they are "
            "submitted or published."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("organisation_number"),
        FieldPanel("tier"),
        MultiFieldPanel(
            [
                FieldPanel("logo"),
                FieldPanel("website"),
                FieldPanel("description"),
                FieldPanel("markets_in_english"),
            ],
            heading=_("Presentation"),
        ),
        MultiFieldPanel([FieldPanel("description_en")], heading=_("English version")),
        InlinePanel("contacts", heading=_("Contact people"), label=_("Contact person")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("tier"),
    ]

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def description_label(self):
        return in_language(self.description, self.description_en)

    def save(self, *args, **kwargs):
        self.organisation_number = self.organisation_number.replace(" ", "")
        super().save(*args, **kwargs)


class PartnerContact(Orderable):
    """Someone at a partner organisation whom investors can contact about a listing."""

    organisation = ParentalKey(
        PartnerOrganisation,
        on_delete=models.CASCADE,
        related_name="contacts",
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    role_en = models.CharField(
        _("role (English)"),
        max_length=120,
        blank=True,
        help_text=_("For example «Leasing manager»"),
    )
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("role_en")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")

    def __str__(self):
        return f"{self.name} ({self.organisation})"

    @property
    def role_label(self):
        return in_language(self.role, self.role_en)
