from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop


class PersonalDataRequest(models.Model):
    """A data subject's request that an editor handled: an export (GDPR art. 15) or an erasure
    (art. 17). It records what kind and how many records, never the address or the records."""

    class Kind(models.TextChoices):
        EXPORT = "export", _("Copy for the person (art. 15)")
        ERASURE = "erasure", _("Deletion (art. 17)")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    counts = models.JSONField(
        _("records"), default=dict, help_text=_("How many records of each kind, by name.")
    )
    created_at = models.DateTimeField(_("handled"), auto_now_add=True)

    class Meta:
        verbose_name = _("personal data request")
        verbose_name_plural = _("personal data requests")
        ordering = ["-created_at"]
        default_permissions = ()
        permissions = [
            (
                "manage_personal_data",
                gettext_noop("Can find, export and delete personal data by e-mail address"),
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.pk}"
