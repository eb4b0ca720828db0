from django.db import models
from django.utils.translation import gettext_lazy as _


class ListingDailyViews(models.Model):
    """How many times a listing page was opened on a day. Nothing about who opened it."""

    listing = models.ForeignKey(
        "properties.Listing",
        on_delete=models.CASCADE,
        related_name="daily_views",
        verbose_name=_("listing"),
    )
    date = models.DateField(_("date"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("daily views")
        verbose_name_plural = _("daily views")
        constraints = [
            models.UniqueConstraint(fields=["listing", "date"], name="one_count_per_listing_day")
        ]

    def __str__(self):
        return f"{self.listing_id} {self.date}: {self.views}"
