from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from partners import selectors
from partners.access import partner_required
from portal.spreadsheets import csv_file_response

INQUIRIES_PER_PAGE = 50


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
    return csv_file_response(
        request, filename=export_name(request, "inquiries"), header=header, rows=rows
    )


@require_GET
@partner_required
def statistics_csv(request):
    rows = (
        [views.date.isoformat(), views.listing.title, views.views]
        for views in selectors.organisation_daily_views(request.organisation).iterator()
    )
    header = [_("Date"), _("Listing"), _("Views")]
    return csv_file_response(
        request, filename=export_name(request, "views"), header=header, rows=rows
    )
