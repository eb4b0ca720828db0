from django.db import models
from django.utils.translation import gettext_lazy as _


class LoginLock(models.Model):
    """Failed logins per account name, so that guessing passwords locks the account."""

    username = models.CharField(_("username"), max_length=150, unique=True)
    failures = models.PositiveSmallIntegerField(_("failed attempts"), default=0)
    locked_until = models.DateTimeField(_("locked until"), null=True, blank=True)

    class Meta:
        verbose_name = _("login lock")
        verbose_name_plural = _("login locks")

    def __str__(self):
        return self.username
