"""Editors' side of the partner area: who belongs to which partner, and invitations.

An editor invites the first partner admin of a new partner organisation here; after that the
partner admin invites their own colleagues in the partner area.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet, SnippetViewSetGroup

from partners import services
from partners.models import PartnerInvitation, PartnerMembership
from partners.privacy import partners_personal_data


class InvitationCreateView(CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        return services.invitation_send(
            organisation=data["organisation"],
            email=data["email"],
            role=data["role"],
            invited_by=self.request.user,
        )


class PartnerInvitationViewSet(SnippetViewSet):
    model = PartnerInvitation
    icon = "mail"
    menu_label = _("Invitations")
    panels = [FieldPanel("organisation"), FieldPanel("email"), FieldPanel("role")]
    list_display = ["email", "organisation", "role", "created_at", "expires_at", "accepted_at"]
    list_filter = ["organisation"]
    add_view_class = InvitationCreateView
    copy_view_enabled = False
    inspect_view_enabled = True


class PartnerMembershipViewSet(SnippetViewSet):
    model = PartnerMembership
    icon = "user"
    menu_label = _("Partner people")
    panels = [FieldPanel("organisation"), FieldPanel("role")]
    list_display = ["user", "organisation", "role", "created_at"]
    list_filter = ["organisation", "role"]
    copy_view_enabled = False


class PartnerPeopleGroup(SnippetViewSetGroup):
    menu_label = _("Partner people")
    menu_icon = "group"
    menu_order = 215
    items = [PartnerMembershipViewSet, PartnerInvitationViewSet]


register_snippet(PartnerPeopleGroup)


@hooks.register("register_personal_data")
def register_partners_personal_data():
    return partners_personal_data()
