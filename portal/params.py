"""Numbers from addresses and forms, read the one way: through a form field.

`str.isdigit()` accepts «²» and «①», which `int()` refuses, and a number of any size passes it,
which neither SQLite nor PostgreSQL can compare with an id. Here anything that is not a whole
number an id column can hold is simply no id.
"""

from django import forms
from django.core.exceptions import ValidationError

BIGINT_MAX = 2**63 - 1  # BigAutoField, on SQLite and PostgreSQL alike

ID_FIELD = forms.IntegerField(min_value=1, max_value=BIGINT_MAX)


def database_id(value):
    """The id in `value` (a query parameter, a form value), or None."""
    try:
        return ID_FIELD.clean(value)
    except ValidationError:
        return None


def database_ids(values):
    """The ids among `values`, in their order, each once; values that are no id are left out."""
    ids = (database_id(value) for value in values)
    return list(dict.fromkeys(pk for pk in ids if pk is not None))
