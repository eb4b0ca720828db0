"""The records about people that the partner area keeps: invitations to it."""

from django.utils.translation import gettext_lazy as _

from partners.models import PartnerInvitation
from portal.privacy.registry import PersonalData, exported, stored_before, with_address
from portal.privacy.retention import kept_for_the_retention_period

INVITATION_EXPORT = {
    "organisation": "organisation.name",
    "email": "email",
    "role": "role",
    "sent": "created_at",
    "expires": "expires_at",
    "accepted": "accepted_at",
}


def invitation_line(invitation):
    return invitation.created_at, f"{invitation.organisation} ({invitation.get_role_display()})"


def partners_personal_data():
    return [
        PersonalData(
            name="partner_invitations",
            label=_("Invitations to the partner area"),
            find=with_address(PartnerInvitation, "organisation"),
            export=exported(INVITATION_EXPORT),
            describe=invitation_line,
            kept_for=kept_for_the_retention_period,
            expired=stored_before(PartnerInvitation),
            order=50,
        ),
    ]
