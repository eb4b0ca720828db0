from django.contrib.auth.models import Permission
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.models import OutboundEmail, PartnerOrganisation
from portal.permissions import ReadOnlyPermissionPolicy
from portal.privacy import services as personal_data
from portal.privacy.sources import portal_personal_data
from portal.privacy.views import (
    PersonalDataEraseView,
    PersonalDataExportView,
    PersonalDataSearchView,
    can_manage_personal_data,
)
from portal.reports import PagesWithoutEnglishView


class OutboundEmailViewSet(SnippetViewSet):
    """Read-only view of the e-mail queue, so editors can see what went and what waits."""

    model = OutboundEmail
    icon = "mail"
    menu_label = _("Outgoing e-mail")
    add_to_settings_menu = True
    list_display = ["subject", "created_at", "sent_at", "attempts"]
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_permissions_policy(self):
        return ReadOnlyPermissionPolicy(self.model)


register_snippet(OutboundEmailViewSet)


class PartnerOrganisationViewSet(SnippetViewSet):
    model = PartnerOrganisation
    icon = "group"
    menu_label = _("Partners")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "organisation_number", "tier"]
    list_filter = ["tier"]
    search_fields = ["name", "organisation_number"]
    # The fields above, searched by the database itself: the same on SQLite and PostgreSQL
    # (SQLite's full-text index knows no field of its own but the title).
    search_backend_name = None


register_snippet(PartnerOrganisationViewSet)


@hooks.register("register_personal_data")
def register_portal_personal_data():
    return portal_personal_data()


@hooks.register("register_admin_urls")
def personal_data_urls():
    return [
        path("personal-data/", PersonalDataSearchView.as_view(), name="personal_data"),
        path(
            "personal-data/export/", PersonalDataExportView.as_view(), name="personal_data_export"
        ),
        path("personal-data/delete/", PersonalDataEraseView.as_view(), name="personal_data_erase"),
    ]


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        return can_manage_personal_data(request.user)


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return PersonalDataMenuItem(
        _("Personal data"), reverse("personal_data"), icon_name="user", order=900
    )


@hooks.register("register_permissions")
def personal_data_permission():
    return Permission.objects.filter(
        content_type__app_label="portal", codename="manage_personal_data"
    )


def record_totals(log_entry):
    counts = log_entry.data.get("counts", {}).values()
    return sum(c["found"] for c in counts), sum(c.get("deleted", 0) for c in counts)


class PersonalDataExported(LogFormatter):
    """How many records went into the file, never what they held."""

    label = _("Export personal data")

    def format_message(self, log_entry):
        found, _deleted = record_totals(log_entry)
        return ngettext(
            "Exported %(found)s record about a person",
            "Exported %(found)s records about a person",
            found,
        ) % {"found": found}


class PersonalDataErased(LogFormatter):
    label = _("Delete personal data")

    def format_message(self, log_entry):
        found, deleted = record_totals(log_entry)
        return ngettext(
            "Deleted %(deleted)s of %(found)s record about a person",
            "Deleted %(deleted)s of %(found)s records about a person",
            found,
        ) % {"deleted": deleted, "found": found}


@hooks.register("register_log_actions")
def personal_data_log_actions(actions):
    actions.register_action(personal_data.EXPORTED)(PersonalDataExported)
    actions.register_action(personal_data.ERASED)(PersonalDataErased)


@hooks.register("register_admin_urls")
def pages_without_english_urls():
    return [
        path(
            "reports/pages-without-english/",
            PagesWithoutEnglishView.as_view(),
            name="pages_without_english",
        ),
        path(
            "reports/pages-without-english/results/",
            PagesWithoutEnglishView.as_view(results_only=True),
            name="pages_without_english_results",
        ),
    ]


class PageReportMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_pages_without_english_menu_item():
    return PageReportMenuItem(
        _("Pages without an English version"),
        reverse("pages_without_english"),
        icon_name="site",
        order=20,
    )


@hooks.register("insert_global_admin_js")
def labels_wagtail_localize_writes_in_english():
    """See static/js/admin/untranslated_labels.js."""
    return format_html(
        '<script src="{}" data-more-actions="{}"></script>',
        static("js/admin/untranslated_labels.js"),
        gettext("More actions"),
    )
