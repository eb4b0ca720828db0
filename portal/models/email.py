from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboundEmail(models.Model):
    """An e-mail stored before it is sent, so that a mail-server outage loses nothing.

    Every e-mail the site sends (the portal's own and Wagtail's) is written here by the e-mail
    backend, in the same transaction as whatever caused it, and sent by the background worker,
    which retries with a growing delay. `claimed_until` is the lease of the one sender that may
    be sending it now; `message_id` stays the same on every attempt.
    """

    from_email = models.CharField(_("from"), max_length=320, blank=True)
    to = models.JSONField(_("to"), help_text=_("A list of e-mail addresses."))
    cc = models.JSONField(_("cc"), default=list, blank=True)
    bcc = models.JSONField(_("bcc"), default=list, blank=True)
    reply_to = models.CharField(_("reply to"), max_length=1000, blank=True)
    subject = models.CharField(_("subject"), max_length=250)
    body = models.TextField(_("body"))
    html_body = models.TextField(_("HTML body"), blank=True)
    headers = models.JSONField(_("extra headers"), default=dict, blank=True)
    message_id = models.CharField(_("Message-ID"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    claimed_until = models.DateTimeField(_("being sent until"), null=True, blank=True)
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
