from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from portal.blocks import video_embed_url
from portal.formatting import local_number
from portal.localized import in_language, shown_in_norwegian
from portal.validators import prohibit_control_characters
from properties.freshness import search_cutoff
from properties.geo import distance_to_station_m
from properties.models.taxonomy import Facility

postcode_validator = RegexValidator(r"^\d{4}$", _("A Norwegian postcode has four digits."))
# Addresses under /lokaler/ and /en/premises/ that are not listings (properties/urls.py).
RESERVED_SLUGS = {"sammenlign", "compare", "varsler", "alerts", "feed"}
year_validators = [MinValueValidator(1600), MaxValueValidator(2100)]


def slug_from_title(title):
    return slugify(title)[:140] or "lokale"


def reserved_slug_message(slug):
    """Why `slug` cannot be a listing's address, or None when it can."""
    if slug not in RESERVED_SLUGS:
        return None
    return _(
        "The address %(address)s belongs to a page of the premises section. Choose another slug."
    ) % {"address": f"{reverse('properties:search')}{slug}/"}


class ListingQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def public(self):
        """Listings a visitor may open: published, whatever their availability."""
        return self.filter(live=True)

    def findable(self):
        """Published listings that may be shown anywhere but at their own address (search,
        lists, sitemap, API, compare): their owner confirmed them within 90 days
        (properties/freshness.py). Whatever their availability."""
        return self.public().filter(confirmed_at__gte=search_cutoff())

    def on_the_market(self):
        """Published listings that can still be rented or bought."""
        return self.filter(live=True).exclude(status__in=Listing.OFF_MARKET)


ENGLISH_VERSION = _("English version")
ENGLISH_VERSION_HELP = _(
    "Shown on the English pages. Required before the listing is submitted or published when "
    "its organisation markets in English; where it is missing, English visitors read the "
    "Norwegian."
)


class ListingAdminForm(WagtailAdminModelForm):
    """The admin's form: a listing is published or sent for approval with the English its
    organisation asks for (Listing.missing_english); a draft may be saved without it."""

    def _post_clean(self):
        super()._post_clean()  # from here on the instance holds what the editor wrote
        if not self.is_deferred_validation:  # deferred: saving a draft
            for name, message in self.instance.missing_english().items():
                self.add_error(name, message)


class Listing(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """Commercial premises for rent or for sale, presented by a partner organisation."""

    class Status(models.TextChoices):
        AVAILABLE = "available", _("Available")
        UNDER_NEGOTIATION = "negotiating", _("Under negotiation")
        LET = "let", _("Let or sold")
        ARCHIVED = "archived", _("Archived")

    OFF_MARKET = (Status.LET, Status.ARCHIVED)

    class EnergyLabel(models.TextChoices):
        A = "A", "A"
        B = "B", "B"
        C = "C", "C"
        D = "D", "D"
        E = "E", "E"
        F = "F", "F"
        G = "G", "G"

    title = models.CharField(
        _("title (Norwegian)"), max_length=160, validators=[prohibit_control_characters]
    )
    title_en = models.CharField(
        _("title (English)"),
        max_length=160,
        blank=True,
        validators=[prohibit_control_characters],
        help_text=_("Shown to visitors who read the site in English."),
    )
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    kind = models.ForeignKey(
        "properties.PropertyKind", on_delete=models.PROTECT, verbose_name=_("kind")
    )
    status = models.CharField(
        _("availability"), max_length=12, choices=Status.choices, default=Status.AVAILABLE
    )

    address = models.CharField(
        _("street address"), max_length=160, validators=[prohibit_control_characters]
    )
    postcode = models.CharField(_("postcode"), max_length=4, validators=[postcode_validator])
    district = models.ForeignKey(
        "properties.District", on_delete=models.PROTECT, verbose_name=_("district")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(57), MaxValueValidator(72)],
        help_text=_("For example 59.7440"),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(4), MaxValueValidator(32)],
        help_text=_("For example 10.2045"),
    )
    distance_to_station = models.PositiveIntegerField(
        _("distance to Drammen station (m)"), editable=False, default=0
    )

    area_min = models.PositiveIntegerField(_("area from (m²)"))
    area_max = models.PositiveIntegerField(
        _("area to (m²)"), null=True, blank=True, help_text=_("For premises that can be divided.")
    )
    plot_area = models.PositiveIntegerField(_("plot area (m²)"), null=True, blank=True)
    rent_per_m2 = models.PositiveIntegerField(
        _("rent (NOK per m² per year)"), null=True, blank=True
    )
    sale_price = models.PositiveBigIntegerField(_("sale price (NOK)"), null=True, blank=True)
    shared_costs_per_m2 = models.PositiveIntegerField(
        _("shared costs (NOK per m² per year)"), null=True, blank=True
    )
    available_from = models.DateField(
        _("available from"), null=True, blank=True, help_text=_("Leave empty if available now.")
    )
    floors = models.PositiveSmallIntegerField(_("floors"), null=True, blank=True)
    parking_spaces = models.PositiveSmallIntegerField(_("parking spaces"), null=True, blank=True)
    energy_label = models.CharField(
        _("energy label"), max_length=1, choices=EnergyLabel.choices, blank=True
    )
    year_built = models.PositiveSmallIntegerField(
        _("year built"), null=True, blank=True, validators=year_validators
    )
    year_renovated = models.PositiveSmallIntegerField(
        _("year renovated"), null=True, blank=True, validators=year_validators
    )
    facilities = ClusterTaggableManager(
        through="properties.ListingFacility",
        blank=True,
        verbose_name=_("facilities"),
        help_text=_("For example canteen, EV charging, bicycle parking, step-free access."),
    )
    focus_areas = ParentalManyToManyField(
        "sectors.FocusArea", blank=True, verbose_name=_("suitable for focus areas")
    )

    description = RichTextField(
        _("description (Norwegian)"), features=["h2", "h3", "bold", "italic", "link", "ul", "ol"]
    )
    description_en = RichTextField(
        _("description (English)"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ul", "ol"],
        help_text=_("Shown to visitors who read the site in English."),
    )
    video_url = models.URLField(_("video"), blank=True, help_text=_("A YouTube or Vimeo address."))

    organisation = models.ForeignKey(
        "portal.PartnerOrganisation",
        on_delete=models.PROTECT,
        related_name="listings",
        verbose_name=_("organisation"),
    )
    contact = models.ForeignKey(
        "portal.PartnerContact",
        on_delete=models.PROTECT,
        related_name="listings",
        verbose_name=_("contact person"),
    )

    confirmed_at = models.DateTimeField(
        _("last confirmed current"),
        null=True,
        blank=True,
        help_text=_("When the owner last confirmed the listing is still current."),
    )
    reminded_at = models.DateTimeField(_("freshness reminder sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ListingQuerySet.as_manager()
    base_form_class = ListingAdminForm

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("district")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("area_min"), FieldPanel("area_max")]),
                FieldPanel("plot_area"),
                FieldRowPanel(
                    [
                        FieldPanel("rent_per_m2"),
                        FieldPanel("shared_costs_per_m2"),
                        FieldPanel("sale_price"),
                    ]
                ),
                FieldPanel("available_from"),
            ],
            heading=_("Size, price and availability"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("floors"), FieldPanel("parking_spaces")]),
                FieldRowPanel(
                    [
                        FieldPanel("energy_label"),
                        FieldPanel("year_built"),
                        FieldPanel("year_renovated"),
                    ]
                ),
                FieldPanel("facilities"),
                FieldPanel("focus_areas", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("The building"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("title_en"), FieldPanel("description_en")],
            heading=ENGLISH_VERSION,
            help_text=ENGLISH_VERSION_HELP,
        ),
        InlinePanel("images", heading=_("Photos"), label=_("Photo"), min_num=0),
        InlinePanel("documents", heading=_("Documents"), label=_("Document")),
        FieldPanel("video_url"),
        MultiFieldPanel(
            [FieldPanel("organisation"), FieldPanel("contact")], heading=_("Owner and contact")
        ),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("title_en", boost=3),
        index.AutocompleteField("title_en"),
        index.SearchField("address", boost=2),
        index.SearchField("description"),
        index.SearchField("description_en"),
        index.RelatedFields("district", [index.SearchField("name"), index.SearchField("name_en")]),
        index.RelatedFields("kind", [index.SearchField("name"), index.SearchField("name_en")]),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.FilterField("id"),
        index.FilterField("live"),
        index.FilterField("status"),
        index.FilterField("kind_id"),
        index.FilterField("district_id"),
        index.FilterField("organisation_id"),
        index.FilterField("area_min"),
        index.FilterField("area_max"),
        index.FilterField("rent_per_m2"),
        index.FilterField("available_from"),
        index.FilterField("distance_to_station"),
        index.FilterField("first_published_at"),
        index.FilterField("confirmed_at"),
    ]

    class Meta:
        verbose_name = _("listing")
        verbose_name_plural = _("listings")
        ordering = ["-first_published_at", "-pk"]
        indexes = [
            models.Index(fields=["live", "status", "-first_published_at"]),
            models.Index(fields=["rent_per_m2"]),
            models.Index(fields=["area_min"]),
            models.Index(fields=["distance_to_station"]),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if message := reserved_slug_message(self.slug):
            errors["slug"] = message
        if (
            self.area_max is not None
            and self.area_min is not None
            and self.area_max < self.area_min
        ):
            errors["area_max"] = _("The largest area cannot be smaller than the smallest.")
        if self.kind_id and self.kind.is_building and not self.energy_label:
            errors["energy_label"] = _(
                "Buildings must have an energy label when they are marketed "
                "(energimerkeforskriften)."
            )
        if (
            self.contact_id
            and self.organisation_id
            and (self.contact.organisation_id != self.organisation_id)
        ):
            errors["contact"] = _("The contact person must work for the listing's organisation.")
        if self.video_url and not video_embed_url(self.video_url):
            errors["video_url"] = _("Use a link to a video on YouTube or Vimeo.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.area_max is None:
            self.area_max = self.area_min
        if self.latitude is not None and self.longitude is not None:
            self.distance_to_station = distance_to_station_m(self.latitude, self.longitude)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("properties:detail", kwargs={"slug": self.slug})

    def get_preview_template(self, request, mode_name):
        return "properties/listing_detail.html"

    def get_preview_context(self, request, mode_name):
        from properties.selectors import listing_detail_context

        return {
            **super().get_preview_context(request, mode_name),
            **listing_detail_context(listing=self, preview=True),
        }

    def missing_english(self):
        """{field: message} for the English the listing lacks before it may be submitted or
        published: an organisation that markets in English gives its listings an English title
        and description. Nothing when it does not."""
        organisation = self.organisation if self.organisation_id else None
        if organisation is None or not organisation.markets_in_english:
            return {}
        missing = {}
        if not self.title_en.strip():
            missing["title_en"] = _(
                "%(organisation)s markets its premises in English: give the listing an English "
                "title before it is submitted or published."
            ) % {"organisation": organisation.name}
        if not strip_tags(self.description_en or "").strip():
            missing["description_en"] = _(
                "%(organisation)s markets its premises in English: give the listing an English "
                "description before it is submitted or published."
            ) % {"organisation": organisation.name}
        return missing

    @property
    def localized_title(self):
        return in_language(self.title, self.title_en)

    @property
    def localized_description(self):
        return in_language(self.description, self.description_en)

    @property
    def shown_in_norwegian(self):
        """True when an English visitor reads some of the listing's own words in Norwegian."""
        return shown_in_norwegian(self.title_en) or shown_in_norwegian(self.description_en)

    @property
    def is_on_the_market(self):
        return self.status not in self.OFF_MARKET

    @property
    def area_label(self):
        """«250–1 800 m²» in Norwegian, «250–1,800 m²» in English."""
        low = local_number(self.area_min)
        if self.area_max and self.area_max != self.area_min:
            return f"{low}–{local_number(self.area_max)} m²"
        return f"{low} m²"


class ListingFacility(TaggedItemBase):
    # The class, not its name: taggit reads the tag model when this class is made.
    tag = models.ForeignKey(
        Facility,
        on_delete=models.CASCADE,
        related_name="tagged_listings",
        verbose_name=_("facility"),
    )
    content_object = ParentalKey(
        Listing, on_delete=models.CASCADE, related_name="tagged_items", verbose_name=_("listing")
    )

    class Meta:
        verbose_name = _("facility of a listing")
        verbose_name_plural = _("facilities of listings")
        constraints = [
            # Also the index the facility filter reads: listings with this facility.
            models.UniqueConstraint(
                fields=["tag", "content_object"], name="facility_once_per_listing"
            )
        ]


class ListingImage(Orderable):
    listing = ParentalKey(
        Listing, on_delete=models.CASCADE, related_name="images", verbose_name=_("listing")
    )
    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.CASCADE, related_name="+", verbose_name=_("image")
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("Describe what the photo shows for people who cannot see it."),
        validators=[prohibit_control_characters],
    )
    caption = models.CharField(
        _("caption"), max_length=250, blank=True, validators=[prohibit_control_characters]
    )

    alt_text_en = models.CharField(
        _("alternative text (English)"),
        max_length=250,
        blank=True,
        help_text=_("The same in English, for visitors who read the site in English."),
        validators=[prohibit_control_characters],
    )

    panels = [
        FieldPanel("image"),
        FieldPanel("alt_text"),
        FieldPanel("alt_text_en"),
        FieldPanel("caption"),
    ]

    @property
    def localized_alt_text(self):
        return in_language(self.alt_text, self.alt_text_en)

    class Meta(Orderable.Meta):
        verbose_name = _("photo of a listing")
        verbose_name_plural = _("photos of listings")


class ListingDocument(Orderable):
    class Kind(models.TextChoices):
        FLOOR_PLAN = "floor_plan", _("Floor plan")
        PROSPECTUS = "prospectus", _("Prospectus")
        OTHER = "other", _("Other")

    listing = ParentalKey(
        Listing, on_delete=models.CASCADE, related_name="documents", verbose_name=_("listing")
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.OTHER)
    title = models.CharField(_("title"), max_length=160, validators=[prohibit_control_characters])
    title_en = models.CharField(
        _("title (English)"),
        max_length=160,
        blank=True,
        validators=[prohibit_control_characters],
        help_text=_("Shown to visitors who read the site in English."),
    )

    panels = [
        FieldPanel("document"),
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("title_en"),
    ]

    @property
    def localized_title(self):
        return in_language(self.title, self.title_en)

    class Meta(Orderable.Meta):
        verbose_name = _("document of a listing")
        verbose_name_plural = _("documents of listings")
