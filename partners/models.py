from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from partners import selectors
from portal.models import BasePage, PartnerOrganisation

# The directory's headings: a list of companies, where the tier's own label names one of them.
TIER_HEADINGS = {
    PartnerOrganisation.Tier.MAIN_PARTNER: _("Main partners"),
    PartnerOrganisation.Tier.PARTNER: _("Partners"),
    PartnerOrganisation.Tier.PROPERTY_PARTNER: _("Property partners"),
}


class PartnerDirectoryPage(BasePage):
    """The companies behind Næringsvekst, by tier, with their premises on the market."""

    shows_premises = True

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    template = "pages/partner_directory_page.html"

    class Meta:
        verbose_name = _("partner directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisations = selectors.directory_organisations()
        context["tiers"] = [
            (heading, [org for org in organisations if org.tier == tier])
            for tier, heading in TIER_HEADINGS.items()
        ]
        context["listings_shown"] = selectors.DIRECTORY_LISTINGS_SHOWN
        return context


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
        PartnerOrganisation,
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("organisation"),
    )
    email = models.EmailField(_("e-mail"))
    role = models.CharField(
        _("role"),
        max_length=10,
        choices=PartnerMembership.Role.choices,
        default=PartnerMembership.Role.EDITOR,
    )
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("invited by"),
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
