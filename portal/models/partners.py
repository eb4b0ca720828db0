from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

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

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("organisation_number"),
        FieldPanel("tier"),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("website"), FieldPanel("description")],
            heading=_("Presentation"),
        ),
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

    def save(self, *args, **kwargs):
        self.organisation_number = self.organisation_number.replace(" ", "")
        super().save(*args, **kwargs)


class PartnerContact(Orderable):
    """Someone at a partner organisation whom investors can contact about a listing."""

    organisation = ParentalKey(
        PartnerOrganisation, on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("email"), FieldPanel("phone")]

    class Meta(Orderable.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")

    def __str__(self):
        return f"{self.name} ({self.organisation})"


class PartnerMembership(models.Model):
    """A user's place in a partner organisation. Partners use the partner area, never the
    Wagtail admin."""

    class Role(models.TextChoices):
        ADMIN = "admin", _("Partner admin")
        EDITOR = "editor", _("Partner editor")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="partner_membership",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        PartnerOrganisation,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.EDITOR)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("partner membership")
        verbose_name_plural = _("partner memberships")

    def __str__(self):
        return f"{self.user} ({self.organisation}, {self.get_role_display()})"

    @property
    def is_admin(self):
        return self.role == self.Role.ADMIN


class PartnerInvitation(models.Model):
    """A single-use invitation for a colleague to join a partner organisation."""

    VALID_FOR = timedelta(days=7)

    organisation = models.ForeignKey(
        PartnerOrganisation, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mail"))
    role = models.CharField(
        _("role"),
        max_length=10,
        choices=PartnerMembership.Role.choices,
        default=PartnerMembership.Role.EDITOR,
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    @property
    def is_usable(self):
        return self.accepted_at is None and self.expires_at > timezone.now()
