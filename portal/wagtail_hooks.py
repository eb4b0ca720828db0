from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.models import OutboundEmail, PartnerOrganisation
from portal.permissions import ReadOnlyPermissionPolicy


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


register_snippet(PartnerOrganisationViewSet)
