"""The data subject's rights: everything stored about one e-mail address, exported (GDPR art. 15)
or deleted (art. 17), each request logged without the address or the records."""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from portal.models import PersonalDataRequest
from portal.privacy.registry import PersonalData, personal_data_kinds

EXPORTED = "portal.personal_data.export"
ERASED = "portal.personal_data.erase"


@dataclass(frozen=True)
class Found:
    """The records of one kind about an address, and which of them the tool may delete."""

    kind: PersonalData
    model: type
    records: list
    deletable_pks: frozenset

    def rows(self):
        """(when, what, deletable) per record, for the editor."""
        for record in self.records:
            when, what = self.kind.describe(record)
            yield when, what, record.pk in self.deletable_pks

    @property
    def kept(self):
        return len(self.records) - len(self.deletable_pks)


def personal_data_find(*, email):
    """Every kind with records about the address (kinds with none are left out)."""
    found = []
    for kind in personal_data_kinds():
        records = kind.find(email)
        listed = list(records)
        if listed:
            deletable = kind.deletable(records).values_list("pk", flat=True)
            found.append(Found(kind, records.model, listed, frozenset(deletable)))
    return found


def personal_data_export(*, email, user):
    """The export file's content: every record about the address, by kind."""
    found = personal_data_find(email=email)
    counts = {item.kind.name: {"found": len(item.records)} for item in found}
    record_request(PersonalDataRequest.Kind.EXPORT, counts, EXPORTED, user)
    return {
        "email": email,
        "exported_at": timezone.now(),
        "records": {
            item.kind.name: [item.kind.export(record) for record in item.records] for item in found
        },
    }


def personal_data_erase(*, email, user):
    """Delete what the tool may delete about the address. Returns (deleted, kept) counts."""
    with transaction.atomic():
        found = personal_data_find(email=email)
        for item in found:
            item.model.objects.filter(pk__in=item.deletable_pks).delete()
        counts = {
            item.kind.name: {"found": len(item.records), "deleted": len(item.deletable_pks)}
            for item in found
        }
        record_request(PersonalDataRequest.Kind.ERASURE, counts, ERASED, user)
    deleted = sum(len(item.deletable_pks) for item in found)
    return deleted, sum(item.kept for item in found)


def record_request(kind, counts, action, user):
    """The request in the register and in Wagtail's history: counts only, never the address."""
    request = PersonalDataRequest.objects.create(kind=kind, counts=counts)
    log(request, action, user=user, data={"counts": counts})
    return request
