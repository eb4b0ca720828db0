"""The records about people that the partner area keeps: invitations to it."""

from django.utils.translation import gettext_lazy as _

from partners.models import PartnerInvitation
from portal.privacy.registry import PersonalData
from portal.privacy.retention import kept_for_the_retention_period


def invitations_to(address):
    return PartnerInvitation.objects.filter(email__iexact=address).select_related("organisation")


def invitation_export(invitation):
    return {
        "organisation": invitation.organisation.name,
        "email": invitation.email,
        "role": invitation.role,
        "sent": invitation.created_at,
        "expires": invitation.expires_at,
        "accepted": invitation.accepted_at,
    }


def invitation_line(invitation):
    return invitation.created_at, f"{invitation.organisation} ({invitation.get_role_display()})"


def partners_personal_data():
    return [
        PersonalData(
            name="partner_invitations",
            label=_("Invitations to the partner area"),
            find=invitations_to,
            export=invitation_export,
            describe=invitation_line,
            kept_for=kept_for_the_retention_period,
            expired=lambda cutoff: PartnerInvitation.objects.filter(created_at__lt=cutoff),
            order=50,
        ),
    ]
