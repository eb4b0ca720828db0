from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from campaigns.models import Campaign, Channel, TargetGroup
from campaigns.views import CampaignComparisonView, CampaignReportView
from portal.admin_columns import yes_no_column
from portal.sections import PageSection


class ReportLinkColumn(Column):
    def get_value(self, instance):
        return format_html(
            '<a href="{}">{}</a>', reverse("campaign_report", args=[instance.pk]), _("Report")
        )


class CampaignViewSet(SnippetViewSet):
    model = Campaign
    icon = "pick"
    menu_label = _("Campaigns")
    list_display = [
        "name",
        Column("get_current_status_display", label=_("Status")),  # as the dates say
        "starts_on",
        "ends_on",
        yes_no_column(Campaign, "is_demo"),
        ReportLinkColumn("report", label=_("Evaluation")),
    ]
    list_filter = ["status", "is_demo"]
    search_fields = ["name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Target groups")
    list_display = ["name", "name_en", "sort_order"]


class ChannelViewSet(SnippetViewSet):
    model = Channel
    icon = "link"
    menu_label = _("Channels")
    list_display = ["name", "name_en", "utm_sources"]


class CampaignsGroup(SnippetViewSetGroup):
    menu_label = _("Campaigns")
    menu_icon = "pick"
    menu_order = 230
    items = [CampaignViewSet, TargetGroupViewSet, ChannelViewSet]


register_snippet(CampaignsGroup)


@hooks.register("register_admin_urls")
def campaign_report_urls():
    return [
        path("campaigns/reports/", CampaignComparisonView.as_view(), name="campaign_comparison"),
        path(
            "campaigns/reports/results/",
            CampaignComparisonView.as_view(results_only=True),
            name="campaign_comparison_results",
        ),
        path("campaigns/reports/<int:pk>/", CampaignReportView.as_view(), name="campaign_report"),
    ]


class CampaignReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("campaigns.view_campaign") or request.user.has_perm(
            "campaigns.change_campaign"
        )


@hooks.register("register_reports_menu_item")
def register_campaign_reports_menu_item():
    return CampaignReportsMenuItem(
        _("Campaign reports"), reverse("campaign_comparison"), icon_name="table", order=10
    )


@hooks.register("register_page_sections")
def current_campaign_on_the_home_page():
    return [
        PageSection(
            place="home", template="campaigns/home_campaign.html", order=30, row="highlights"
        ),
    ]
