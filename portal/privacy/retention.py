"""How long personal data is kept: `RETENTION_MONTHS` months from when it was stored."""

import calendar

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from portal.privacy.registry import personal_data_kinds

BATCH_SIZE = 500


def months_before(moment, months):
    """The same day and time `months` calendar months earlier (the month's last day if shorter)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def retention_cutoff(now=None):
    """Records stored before this moment have been kept long enough."""
    return months_before(now or timezone.now(), settings.RETENTION_MONTHS)


def retention_period():
    months = settings.RETENTION_MONTHS
    return ngettext("%(count)s month", "%(count)s months", months) % {"count": months}


def kept_for_the_retention_period():
    return gettext("%(period)s, then it is deleted") % {"period": retention_period()}


def expired_records(cutoff):
    """(kind, records stored before the cutoff) for every kind that retention deletes."""
    return [(kind, kind.expired(cutoff)) for kind in personal_data_kinds() if kind.expired]


def expired_counts(cutoff):
    return {kind.name: records.count() for kind, records in expired_records(cutoff)}


def expired_delete(cutoff):
    """Delete every record older than the cutoff. Returns how many of each kind went."""
    return {kind.name: delete_in_batches(records) for kind, records in expired_records(cutoff)}


def delete_in_batches(records):
    """Delete a queryset a batch at a time, so that memory and each transaction stay small."""
    model, deleted = records.model, 0
    while pks := list(records.values_list("pk", flat=True)[:BATCH_SIZE]):
        _, per_model = model.objects.filter(pk__in=pks).delete()
        removed = per_model.get(model._meta.label, 0)
        if not removed:
            break
        deleted += removed
    return deleted
