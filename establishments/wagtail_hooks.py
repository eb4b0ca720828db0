"""The team's establishment cases in the admin, for the «Case handlers» group and superusers."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from establishments import services
from establishments.models import EstablishmentCase
from establishments.privacy import establishments_personal_data
from establishments.selectors import service_level
from properties.models import Inquiry

VIEW_CASES = "establishments.view_establishmentcase"
ADD_CASES = "establishments.add_establishmentcase"


class NotesContactsMixin:
    def save_instance(self):
        case = super().save_instance()
        return services.case_note_contacts(case=case)


class CaseCreateView(NotesContactsMixin, CreateView):
    """A case opened by hand, or from an inquiry (?inquiry=<id>) that the owner forwarded."""

    def forwarded_inquiry(self):
        pk = self.request.GET.get("inquiry", "")
        return services.inquiry_to_forward(pk=pk, user=self.request.user)

    def get_initial_form_instance(self):
        inquiry = self.forwarded_inquiry()
        return services.case_from_inquiry(inquiry=inquiry) if inquiry else None


class CaseEditView(NotesContactsMixin, EditView):
    pass


def adviser_name(case):
    return (case.adviser.get_full_name() or case.adviser.get_username()) if case.adviser else ""


def jobs_summary(case):
    realised = "–" if case.realised_jobs is None else case.realised_jobs
    return f"{case.projected_jobs} / {realised}"


class EstablishmentCaseViewSet(SnippetViewSet):
    model = EstablishmentCase
    icon = "tasks"
    menu_label = _("Establishment cases")
    menu_order = 240
    add_to_admin_menu = True
    add_view_class = CaseCreateView
    edit_view_class = CaseEditView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "company_name",
        "stage",
        Column("adviser", label=_("Adviser"), accessor=adviser_name),
        "campaign",
        Column("jobs", label=_("Jobs (projected / realised)"), accessor=jobs_summary),
        Column("days_to_first_response", label=_("Days to first response")),
    ]
    list_filter = ["stage", "adviser", "campaign", "focus_area", "is_demo"]
    list_export = [
        "company_name",
        "organisation_number",
        "stage",
        "lost_reason",
        "adviser",
        "focus_area",
        "campaign",
        "campaign_source",
        "campaign_medium",
        "projected_jobs",
        "realised_jobs",
        "realised_jobs_checked_on",
        "created_at",
        "first_response_at",
        "days_to_first_response",
        "established_on",
    ]
    export_headings = {"days_to_first_response": _("Days to first response")}
    export_filename = "establishment-cases"
    search_fields = ["company_name", "organisation_number", "contact_name", "contact_email"]
    # Personal data is searched by the database itself and never copied into a search index.
    search_backend_name = None
    inspect_view_fields = [
        "company_name",
        "organisation_number",
        "contact_name",
        "contact_email",
        "contact_phone",
        "needs",
        "focus_area",
        "premises_considered",
        "stage",
        "lost_reason",
        "adviser",
        "projected_jobs",
        "realised_jobs",
        "realised_jobs_checked_on",
        "campaign",
        "campaign_source",
        "campaign_medium",
        "created_at",
        "first_response_at",
        "established_on",
    ]

    def get_queryset(self, request):
        return EstablishmentCase.objects.select_related("adviser", "campaign", "focus_area")

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("company_name"), FieldPanel("organisation_number")]),
                FieldPanel("focus_area"),
                FieldPanel("needs"),
            ],
            heading=_("Company"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Contact person"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("stage"), FieldPanel("adviser")]),
                FieldPanel("lost_reason"),
            ],
            heading=_("Case"),
        ),
        MultipleChooserPanel(
            "premises",
            chooser_field_name="listing",
            heading=_("Premises considered"),
            label=_("Premises"),
        ),
        InlinePanel("contacts", heading=_("Contacts"), label=_("Contact")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("projected_jobs"), FieldPanel("established_on")]),
                FieldRowPanel(
                    [FieldPanel("realised_jobs"), FieldPanel("realised_jobs_checked_on")]
                ),
            ],
            heading=_("Jobs"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("campaign"),
                FieldRowPanel([FieldPanel("campaign_source"), FieldPanel("campaign_medium")]),
                FieldPanel("is_demo"),
            ],
            heading=_("Campaign"),
        ),
    ]


register_snippet(EstablishmentCaseViewSet)


@hooks.register("register_snippet_listing_buttons")
def open_case_from_inquiry(snippet, user, next_url=None):
    if isinstance(snippet, Inquiry) and user.has_perm(ADD_CASES):
        url = reverse("wagtailsnippets_establishments_establishmentcase:add")
        yield Button(
            _("Open establishment case"),
            url=f"{url}?{urlencode({'inquiry': snippet.pk})}",
            icon_name="tasks",
            priority=50,
        )


@hooks.register("register_personal_data")
def register_establishments_personal_data():
    return establishments_personal_data()


class ServiceLevelPanel(Component):
    name = "establishment_service_level"
    template_name = "establishments/service_level_panel.html"
    order = 150

    def get_context_data(self, parent_context=None):
        return {"level": service_level()}


@hooks.register("construct_homepage_panels")
def add_service_level_panel(request, panels):
    if request.user.has_perm(VIEW_CASES):
        panels.append(ServiceLevelPanel())
