"""The campaign reports in the Wagtail admin, with CSV and XLSX export."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from campaigns import reports
from campaigns.models import Campaign, Measure
from campaigns.report_export import campaign_sheets
from portal.charts import bar_chart
from portal.formatting import local_date, local_number, nok
from portal.spreadsheets import Sheet, xlsx_file_response

MISSING = "–"  # a figure that cannot be worked out, such as a rate without visits
MEASURE_HEADINGS = {measure.value: measure.label for measure in Measure}


class CampaignReportView(ReportView):
    """One campaign: measures against targets, by day, by origin, and the evaluation."""

    template_name = "campaigns/admin/report.html"
    paginate_by = None
    permission_policy = ModelPermissionPolicy(Campaign)
    any_permission_required = ["view", "change"]
    list_export = ["date", *(measure.value for measure in Measure)]
    export_headings = {"date": _("Date"), **MEASURE_HEADINGS}

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.campaign = get_object_or_404(Campaign, pk=kwargs["pk"])

    @cached_property
    def page_title(self):
        return self.campaign.name

    @cached_property
    def header_breadcrumbs(self):
        return [
            {"url": reverse("campaign_comparison"), "label": _("Campaign reports")},
            {"url": "", "label": self.campaign.name},
        ]

    def get_filename(self):
        return f"kampanje-{self.campaign.slug}"

    def get_queryset(self):
        return reports.daily_rows(self.campaign)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        days = context["object_list"]
        figures = reports.campaign_figures(self.campaign)
        context.update(
            campaign=self.campaign,
            figures=figures,
            days=days,
            chart=bar_chart(
                [day[Measure.VISITS.value] for day in days],
                [local_date(day["date"], "numeric") for day in days],
            ),
            by_source=reports.breakdown(self.campaign, "source"),
            by_medium=reports.breakdown(self.campaign, "medium"),
            by_channel=reports.channel_breakdown(self.campaign),
            measure_keys=[measure.value for measure in Measure],
            measure_labels=[measure.label for measure in Measure],
            method=reports.METHOD,
        )
        return context

    def write_xlsx_response(self, queryset):
        """The whole report, one named sheet per part of the page (the CSV is the daily table)."""
        return xlsx_file_response(
            filename=f"{self.get_filename()}.xlsx", sheets=campaign_sheets(self.campaign)
        )


class CampaignComparisonView(ReportView):
    """All campaigns side by side."""

    page_title = _("Campaign reports")
    header_icon = "table"
    template_name = "campaigns/admin/comparison.html"
    results_template_name = "campaigns/admin/comparison_results.html"
    index_url_name = "campaign_comparison"
    index_results_url_name = "campaign_comparison_results"
    paginate_by = None
    permission_policy = ModelPermissionPolicy(Campaign)
    any_permission_required = ["view", "change"]
    export_filename = "kampanjer"
    list_export = [
        "name",
        "status",
        "starts_on",
        "ends_on",
        "budget_nok",
        "visits",
        "target_visits",
        "listing_views",
        "target_listing_views",
        "inquiries",
        "target_inquiries",
        "relocation_requests",
        "target_relocation_requests",
        "alert_subscriptions",
        "target_alert_subscriptions",
        "conversion_rate",
        "cost_per_inquiry",
        "is_demo",
    ]
    export_headings = {
        "name": _("Campaign"),
        "status": _("Status"),
        "starts_on": _("Starts"),
        "ends_on": _("Ends"),
        "budget_nok": _("Budget (NOK)"),
        **MEASURE_HEADINGS,
        **{
            f"target_{key}": _("Target: %(measure)s") % {"measure": label}
            for key, label in MEASURE_HEADINGS.items()
        },
        "conversion_rate": _("Conversions per 100 visits"),
        "cost_per_inquiry": _("Cost per inquiry (NOK)"),
        "is_demo": _("Demo data"),
    }

    @cached_property
    def columns(self):
        return [
            TitleColumn("name", label=_("Campaign"), get_url=lambda row: row["report_url"]),
            Column("status", label=_("Status")),
            Column("period", label=_("Period")),
            Column("visits_vs_target", label=_("Visits (target)")),
            Column("listing_views_vs_target", label=_("Listing views (target)")),
            Column("inquiries_vs_target", label=_("Inquiries (target)")),
            Column("relocation_requests_vs_target", label=_("Relocation requests (target)")),
            Column("alert_subscriptions_vs_target", label=_("Alert subscriptions (target)")),
            Column("conversion_rate_label", label=_("Conversions per 100 visits")),
            Column("cost_per_inquiry_label", label=_("Cost per inquiry")),
        ]

    def get_queryset(self):
        return [comparison_row(figures) for figures in reports.all_campaign_figures()]

    def write_xlsx_response(self, queryset):
        header = [self.get_heading(queryset, field) for field in self.list_export]
        rows = [[row[field] for field in self.list_export] for row in queryset]
        sheet = Sheet(_("Campaigns"), header, rows)
        return xlsx_file_response(filename=f"{self.get_filename()}.xlsx", sheets=[sheet])


def comparison_row(figures):
    campaign = figures.campaign
    row = {
        "name": campaign.name + (f" ({_('demo data')})" if campaign.is_demo else ""),
        "status": campaign.get_current_status_display(),
        "starts_on": campaign.starts_on,
        "ends_on": campaign.ends_on,
        "period": f"{local_date(campaign.starts_on)} – {local_date(campaign.ends_on)}",
        "budget_nok": campaign.budget_nok,
        "conversion_rate": figures.conversion_rate,
        "conversion_rate_label": local_number(figures.conversion_rate, 1) or MISSING,
        "cost_per_inquiry": figures.cost_per_inquiry,
        "cost_per_inquiry_label": nok(figures.cost_per_inquiry) or MISSING,
        "is_demo": campaign.is_demo,
        "report_url": reverse("campaign_report", args=[campaign.pk]),
    }
    for result in figures.measures:
        key = result.measure.value
        row[key] = result.actual
        row[f"target_{key}"] = result.target
        row[f"{key}_vs_target"] = (
            f"{local_number(result.actual) or MISSING} ({local_number(result.target) or MISSING})"
        )
    return row
