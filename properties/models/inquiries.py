from django.db import models
from django.utils.translation import gettext_lazy as _


class Inquiry(models.Model):
    """A message from an investor about a listing. Stored before anyone is e-mailed."""

    listing = models.ForeignKey(
        "properties.Listing",
        on_delete=models.PROTECT,
        related_name="inquiries",
        verbose_name=_("listing"),
    )
    name = models.CharField(_("name"), max_length=120)
    company = models.CharField(_("company"), max_length=160, blank=True)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    message = models.TextField(_("message"), max_length=4000)
    move_in = models.DateField(_("desired move-in date"), null=True, blank=True)
    consent = models.BooleanField(_("consent to storage"), default=False)
    language = models.CharField(_("language"), max_length=5, default="nb")
    campaign_ref = models.CharField(_("campaign reference"), max_length=130, blank=True)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} – {self.listing}"
