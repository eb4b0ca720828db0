from wagtail.contrib.forms.views import SubmissionsListView

from portal.spreadsheets import FormulaSafeExportMixin


class SafeSubmissionsListView(FormulaSafeExportMixin, SubmissionsListView):
    """The relocation requests' export, with visitors' text kept from running as formulas."""
