"""CSV files that open safely in Excel, in Norwegian and in English.

Every CSV the site offers is written by `csv_content`: the portal's own exports through
`csv_file_response`, every Wagtail spreadsheet export (snippet listings, form submissions,
reports) through `install_for_wagtail_exports`.

- Separator: `;` for Norwegian (Excel in Norwegian splits on `;`, as the decimal comma takes
  `,`), `,` in English; `?separator=semicolon|comma` asks for the other. Numbers that have
  decimals are written with the decimal comma in the `;` file, so they stay numbers.
- A UTF-8 byte order mark first, so that Excel reads æ, ø and å.
- The formula guard: a spreadsheet that opens the file with the other separator (or a
  program that also splits on tabs) starts a new cell after any `,` `;` tab or line break
  inside a text. So in text, at its start and after each of those characters, and after any
  quotes or spaces that follow, an `=` `+` `-` `@` tab or carriage return gets an apostrophe
  before it: `Hei;=1+1` is written `Hei;'=1+1`, `+47 400 00 000` is written `'+47 400 00 000`.
  Numbers (int, Decimal, float) are not text and are written as they are: a count stays `12`.

An XLSX with named sheets is written by `xlsx_content` (see `Sheet`): numbers stay numbers with
a number format, dates stay dates, and every text is stored as text, so none runs as a formula.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

SEPARATORS = {"semicolon": ";", "comma": ","}
SEPARATOR_NAMES = {sign: name for name, sign in SEPARATORS.items()}
BYTE_ORDER_MARK = "\ufeff"
FORMULA_AT_CELL_START = re.compile(r"(^|[,;\t\r\n])([\" ]*)(?=[=+\-@\t\r])")
SEPARATOR_LABELS = {
    ";": _("separated by semicolons, for Excel in Norwegian"),
    ",": _("separated by commas"),
}


def csv_separator(request):
    """The separator the visitor asked for, or the one Excel uses in their language."""
    return SEPARATORS.get(request.GET.get("separator", "")) or language_separator()


def language_separator():
    return ";" if (translation.get_language() or "").startswith("nb") else ","


def other_separator(separator):
    return "," if separator == ";" else ";"


def separator_url(request, separator, **params):
    """This address with the given separator (and any other parameters)."""
    query = request.GET.copy()
    for name, value in {**params, "separator": SEPARATOR_NAMES[separator]}.items():
        query[name] = value
    return f"{request.path}?{query.urlencode()}"


def safe_cell(value, separator=","):
    """One value as a cell that no spreadsheet runs as a formula (see the module's rules)."""
    if value is None:
        return ""
    if isinstance(value, int):
        return value
    if isinstance(value, float | Decimal):
        return str(value).replace(".", ",") if separator == ";" else value
    return FORMULA_AT_CELL_START.sub(r"\1\2'", str(value))


def csv_content(header, rows, separator):
    """The whole file: byte order mark, header, rows, every cell through `safe_cell`."""
    output = io.StringIO()
    output.write(BYTE_ORDER_MARK)
    writer = csv.writer(output, delimiter=separator)
    writer.writerow(safe_cell(heading, separator) for heading in header)
    writer.writerows([safe_cell(value, separator) for value in row] for row in rows)
    return output.getvalue()


def csv_file_response(request, *, filename, header, rows):
    separator = csv_separator(request)
    response = HttpResponse(
        csv_content(header, rows, separator), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def wagtail_csv_response(view, queryset):
    """Wagtail's `write_csv_response`, written with the portal's rules and in one go, while the
    editor's language is still active (Wagtail streams it, and lazy headings would otherwise
    come out in the site language)."""
    header = [view.get_heading(queryset, field) for field in view.list_export]
    rows = (
        [
            view.preprocess_field_value(field, value, view.FORMAT_CSV)
            for field, value in view.to_row_dict(item).items()
        ]
        for item in queryset
    )
    return csv_file_response(
        view.request, filename=f"{view.get_filename()}.csv", header=header, rows=rows
    )


CSV_BUTTON_LABELS = {
    ";": _("Download CSV (semicolons, for Excel in Norwegian)"),
    ",": _("Download CSV (commas)"),
}


def csv_buttons(view, buttons):
    """Wagtail's «Download CSV» says which separator it uses, and the other one is offered."""
    from wagtail.admin.widgets.button import Button

    csv_button = next((button for button in buttons if button.url == view.csv_export_url), None)
    if csv_button is None:
        return buttons
    separator = csv_separator(view.request)
    other = other_separator(separator)
    csv_button.label = CSV_BUTTON_LABELS[separator]
    alternative = Button(
        CSV_BUTTON_LABELS[other],
        url=separator_url(view.request, other, export=view.FORMAT_CSV),
        icon_name="download",
        priority=csv_button.priority + 1,
    )
    return [*buttons, alternative]


def install_for_wagtail_exports():
    """Every Wagtail spreadsheet export writes its CSV by the portal's rules."""
    from django.utils.functional import cached_property
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    wagtail_buttons = SpreadsheetExportMixin.header_more_buttons.func

    def header_more_buttons(view):
        return csv_buttons(view, wagtail_buttons(view))

    buttons = cached_property(header_more_buttons)
    buttons.__set_name__(SpreadsheetExportMixin, "header_more_buttons")
    SpreadsheetExportMixin.header_more_buttons = buttons
    SpreadsheetExportMixin.write_csv_response = wagtail_csv_response


# XLSX: named sheets, numbers kept as numbers with a number format Excel shows in the reader's
# own language, dates as dates, and text always text (never run as a formula).

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSX_FORMATS = {int: "#,##0", float: "#,##0.0", Decimal: "#,##0.00"}
XLSX_DATE_FORMAT = "yyyy-mm-dd"
SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass
class Sheet:
    title: str
    header: list
    rows: list = field(default_factory=list)
    widths: list = field(default_factory=list)  # characters per column, where it matters


def sheet_title(title):
    """A title Excel accepts: at most 31 characters, none of []:*?/\\."""
    return SHEET_TITLE_FORBIDDEN.sub("-", str(title))[:31]


def xlsx_cell(worksheet, value):
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, bool) or value is None:
        return WriteOnlyCell(worksheet, "" if value is None else str(value))
    if isinstance(value, int | float | Decimal):
        cell = WriteOnlyCell(worksheet, value)
        cell.number_format = XLSX_FORMATS[type(value) if type(value) in XLSX_FORMATS else float]
        return cell
    if isinstance(value, datetime.date):
        cell = WriteOnlyCell(worksheet, value)
        cell.number_format = XLSX_DATE_FORMAT
        return cell
    cell = WriteOnlyCell(worksheet, str(value))
    cell.data_type = "s"  # «=1+1» in a text stays text
    return cell


def xlsx_content(sheets):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for sheet in sheets:
        worksheet = workbook.create_sheet(title=sheet_title(sheet.title))
        for index, width in enumerate(sheet.widths, start=1):
            worksheet.column_dimensions[get_column_letter(index)].width = width
        header = [xlsx_cell(worksheet, heading) for heading in sheet.header]
        for cell in header:
            cell.font = bold
        worksheet.append(header)
        for row in sheet.rows:
            worksheet.append([xlsx_cell(worksheet, value) for value in row])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def xlsx_file_response(*, filename, sheets):
    response = HttpResponse(xlsx_content(sheets), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
