"""Columns of the admin's listings that read in the editor's language."""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column


class YesNoColumn(Column):
    """A yes/no field as «Ja»/«Nei», not Python's True/False."""

    def get_value(self, instance):
        return _("Yes") if super().get_value(instance) else _("No")


def yes_no_column(model, field_name):
    """The column of a model's boolean field, labelled and sorted as the field."""
    label = capfirst(model._meta.get_field(field_name).verbose_name)
    return YesNoColumn(field_name, label=label, sort_key=field_name)
