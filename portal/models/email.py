from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboundEmail(models.Model):
    """An e-mail stored before it is sent, so that a mail-server outage loses nothing.

    Rows are written in the same transaction as whatever caused them (a form submission,
    an inquiry) and sent by the background worker, which retries with a growing delay.
    """

    to = models.JSONField(_("to"), help_text=_("A list of e-mail addresses."))
    reply_to = models.EmailField(_("reply to"), blank=True)
    subject = models.CharField(_("subject"), max_length=250)
    body = models.TextField(_("body"))
    headers = models.JSONField(_("extra headers"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["sent_at", "created_at"])]

    def __str__(self):
        return self.subject
