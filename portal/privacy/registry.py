"""The kinds of records the site keeps about people, as each app declares them.

An app registers its kinds with the `register_personal_data` hook in its wagtail_hooks.py (a
function returning a list of `PersonalData`), so that a lower app never imports a higher one and
the admin search, the retention command and the privacy statement read one list.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter

from django.db.models import Model, QuerySet
from wagtail import hooks

HOOK = "register_personal_data"


def every_record(records):
    return records


def with_address(model, *related, field="email"):
    """`find` for a model that keeps one e-mail address: its records with the address asked
    about, in any case, with the related records its export and description read."""

    def find(address):
        return model.objects.filter(**{f"{field}__iexact": address}).select_related(*related)

    return find


def exported(paths):
    """`export` as a table: each key of the export file and the attribute of the record it
    holds (dotted for a related record's: "listing.title")."""
    getters = {key: attrgetter(path) for key, path in paths.items()}
    return lambda record: {key: get(record) for key, get in getters.items()}


def stored_before(model, field="created_at"):
    """`expired` for a model that keeps when each record was stored in the field."""
    return lambda cutoff: model.objects.filter(**{f"{field}__lt": cutoff})


@dataclass(frozen=True)
class PersonalData:
    """One kind of record about people, found by e-mail address."""

    name: str  # its key in the export file
    label: str  # what it is, in plural: for editors and the privacy statement
    find: Callable[[str], QuerySet]  # the records about one e-mail address
    export: Callable[[Model], dict]  # one record as the export file holds it
    describe: Callable[[Model], tuple[datetime | None, str]]  # when and what, for editors
    kept_for: Callable[[], str]  # how long it is kept, for the privacy statement
    # The records stored before a moment that retention deletes; None: kept as long as needed.
    expired: Callable[[datetime], QuerySet] | None = None
    # Which of the records found the editors' tool may delete, and why the others stay.
    deletable: Callable[[QuerySet], QuerySet] = every_record
    kept_because: str = ""
    order: int = 100


def personal_data_kinds():
    kinds = [kind for register in hooks.get_hooks(HOOK) for kind in register()]
    return sorted(kinds, key=lambda kind: kind.order)
