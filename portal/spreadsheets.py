"""Exports that are safe to open: text a visitor typed must never run as a spreadsheet formula."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Text that a spreadsheet would read as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For Wagtail's SpreadsheetExportMixin views (snippet listings, form submissions)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return safe_cell(value) if export_format == self.FORMAT_CSV else value


class EagerCsvMixin:
    """Write the whole CSV inside the view, while the editor's language is still active
    (Wagtail streams it, and lazy headings would otherwise come out in the site language)."""

    def write_csv_response(self, queryset):
        from django.http import HttpResponse

        streamed = super().write_csv_response(queryset)
        response = HttpResponse(b"".join(streamed.streaming_content))
        for header in ("Content-Type", "Content-Disposition"):
            response[header] = streamed[header]
        return response
