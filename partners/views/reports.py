import csv

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from partners import selectors
from partners.access import partner_required
from portal.spreadsheets import safe_cell

INQUIRIES_PER_PAGE = 50


def csv_response(filename, header, rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so that spreadsheet programs read the letters æ, ø and å
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows([safe_cell(value) for value in row] for row in rows)
    return response


def export_name(request, kind):
    return f"{request.organisation.slug}-{kind}-{timezone.localdate():%Y-%m-%d}.csv"


@require_GET
@partner_required
def inquiries(request):
    inquiries = selectors.organisation_inquiries(request.organisation)[:INQUIRIES_PER_PAGE]
    return TemplateResponse(request, "partners/inquiries.html", {"inquiries": inquiries})


@require_GET
@partner_required
def inquiries_csv(request):
    rows = (
        [
            timezone.localtime(inquiry.created_at).strftime("%Y-%m-%d %H:%M"),
            inquiry.listing.title,
            inquiry.name,
            inquiry.company,
            inquiry.email,
            inquiry.phone,
            inquiry.move_in.isoformat() if inquiry.move_in else "",
            inquiry.message,
        ]
        for inquiry in selectors.organisation_inquiries(request.organisation).iterator()
    )
    header = [
        _("Sent"),
        _("Listing"),
        _("Name"),
        _("Company"),
        _("E-mail"),
        _("Phone"),
        _("Desired move-in date"),
        _("Message"),
    ]
    return csv_response(export_name(request, "inquiries"), header, rows)


@require_GET
@partner_required
def statistics_csv(request):
    rows = (
        [views.date.isoformat(), views.listing.title, views.views]
        for views in selectors.organisation_daily_views(request.organisation).iterator()
    )
    return csv_response(export_name(request, "views"), [_("Date"), _("Listing"), _("Views")], rows)
