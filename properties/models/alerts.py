import secrets
from datetime import timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(24)


class AlertSubscription(models.Model):
    """An e-mail address that wants to hear about new premises matching a saved search.

    Nothing is sent before the address is confirmed; unsubscribing deletes the row, and so does
    `send_property_alerts` when the address is not confirmed in time.
    """

    UNCONFIRMED_KEPT_FOR = timedelta(days=30)

    class Frequency(models.TextChoices):
        DAILY = "daily", _("Daily")
        WEEKLY = "weekly", _("Weekly")

    email = models.EmailField(_("e-mail"))
    query = models.CharField(
        _("search"), max_length=1000, blank=True, help_text=_("The search, as URL parameters.")
    )
    frequency = models.CharField(
        _("frequency"), max_length=6, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    language = models.CharField(_("language"), max_length=5, default="nb")
    campaign_ref = models.CharField(_("campaign reference"), max_length=130, blank=True)
    token = models.CharField(
        _("token"), max_length=64, unique=True, default=new_token, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("search alert")
        verbose_name_plural = _("search alerts")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email
