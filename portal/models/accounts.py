from django.db import models
from django.utils.translation import gettext_lazy as _


class Throttle(models.Model):
    """Attempts counted in one window for one rule and one visitor or account.

    The key is a keyed hash of the rule and of whom it counts (an address, an account and an
    address, an e-mail address), so nothing personal is readable here. Rows whose window has
    ended are deleted whenever a new window starts (portal/ratelimit.py).
    """

    key = models.CharField(_("key"), max_length=64, primary_key=True)
    hits = models.PositiveIntegerField(_("attempts"), default=0)
    window_ends = models.BigIntegerField(_("window ends (Unix time)"), db_index=True)

    class Meta:
        verbose_name = _("attempt counter")
        verbose_name_plural = _("attempt counters")

    def __str__(self):
        return self.key
