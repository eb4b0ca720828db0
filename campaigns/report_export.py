"""A campaign's report as a workbook: one named sheet for each part of the page, with the
page's own figures (campaigns/reports.py), so the file and the page never disagree."""

from django.utils.translation import gettext as _

from campaigns import reports
from campaigns.models import CampaignConversions, Measure
from portal.spreadsheets import Sheet


def measure_headings():
    return [str(measure.label) for measure in Measure]


def summary_sheet(figures):
    campaign = figures.campaign
    rows = [
        [result.label, result.actual, result.target, result.share_of_target]
        for result in figures.measures
    ]
    rows += [
        [_("Conversions per 100 visits"), figures.conversion_rate, None, None],
        [_("Cost per inquiry (NOK)"), figures.cost_per_inquiry, None, None],
        [_("Budget (NOK)"), campaign.budget_nok, None, None],
        [_("Starts"), campaign.starts_on, None, None],
        [_("Ends"), campaign.ends_on, None, None],
        [_("Status"), str(campaign.get_current_status_display()), None, None],
        [_("Pre-launch visits"), figures.prelaunch_visits, None, None],
        [_("Pre-launch conversions"), figures.prelaunch_conversions, None, None],
    ]
    header = [_("Measure"), _("Result"), _("Target"), _("Share of target (%)")]
    return Sheet(_("Summary"), header, rows, widths=[32, 14, 14, 20])


def daily_sheet(days):
    rows = [[day["date"], *(day[measure.value] for measure in Measure)] for day in days]
    return Sheet(_("Daily"), [_("Date"), *measure_headings()], rows, widths=[12] + [18] * 5)


def breakdown_sheet(title, first_heading, entries):
    rows = [
        [entry["name"], entry["visits"], entry["inquiries"], entry["conversions"]]
        for entry in entries
    ]
    header = [first_heading, _("Visits"), _("Inquiries"), _("All conversions")]
    return Sheet(title, header, rows, widths=[28, 12, 12, 16])


def conversions_sheet(campaign):
    labels = {measure.value: str(measure.label) for measure in Measure}
    rows = [
        [
            row.date,
            labels[row.measure],
            reports.origin_label(row.source, "source"),
            reports.origin_label(row.medium, "medium"),
            row.count,
        ]
        for row in CampaignConversions.objects.filter(
            campaign=campaign, date__gte=campaign.starts_on
        ).order_by("date", "measure", "source", "medium")
    ]
    header = [
        _("Date"),
        _("Measure"),
        _("Source (utm_source)"),
        _("Medium (utm_medium)"),
        _("Count"),
    ]
    return Sheet(_("Conversions"), header, rows, widths=[12, 22, 22, 22, 10])


def evaluation_sheet(campaign):
    not_written = _("Not written yet.")
    rows = [
        [_("Purpose"), campaign.purpose or not_written],
        [_("What worked"), campaign.what_worked or not_written],
        [_("What to change next time"), campaign.what_to_change or not_written],
    ]
    return Sheet(_("Evaluation"), [_("Question"), _("Answer")], rows, widths=[28, 100])


def method_sheet():
    return Sheet(_("Method"), [_("How the figures are counted")], [[str(reports.METHOD)]], [120])


def campaign_sheets(campaign):
    figures = reports.campaign_figures(campaign)
    return [
        summary_sheet(figures),
        daily_sheet(reports.daily_rows(campaign)),
        breakdown_sheet(_("Channels"), _("Channel"), reports.channel_breakdown(campaign)),
        breakdown_sheet(
            _("Sources"), _("Source (utm_source)"), reports.breakdown(campaign, "source")
        ),
        breakdown_sheet(
            _("Media"), _("Medium (utm_medium)"), reports.breakdown(campaign, "medium")
        ),
        conversions_sheet(campaign),
        evaluation_sheet(campaign),
        method_sheet(),
    ]
