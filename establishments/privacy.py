"""The records about people that establishment cases keep: the contact person of each case."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from establishments.models import CLOSED_STAGES, EstablishmentCase, Stage
from portal.privacy.registry import PersonalData
from portal.privacy.retention import retention_period

# Realised jobs are checked 12 and 24 months after the establishment; the case stays until then.
KEPT_AFTER_ESTABLISHMENT = timedelta(days=2 * 365 + 31)


def cases_about(address):
    return EstablishmentCase.objects.filter(contact_email__iexact=address).select_related(
        "campaign"
    )


def case_export(case):
    return {
        "opened": case.created_at,
        "company": case.company_name,
        "organisation_number": case.organisation_number,
        "contact_person": case.contact_name,
        "email": case.contact_email,
        "phone": case.contact_phone,
        "needs": case.needs,
        "stage": case.stage,
        "campaign": case.campaign.slug if case.campaign else "",
        "premises": [str(item.listing) for item in case.premises.all()],
        "notes": [contact.note for contact in case.contacts.all()],
    }


def case_line(case):
    return case.created_at, f"{case.company_name} ({case.get_stage_display()})"


def kept_while_worked_on():
    return gettext(
        "While the case is open; after it closes, %(period)s (an establishment: until the jobs "
        "have been checked two years later), then it is deleted"
    ) % {"period": retention_period()}


def expired_cases(cutoff):
    """Closed before the cutoff, and no establishment whose jobs are still to be checked."""
    still_checked = timezone.now() - KEPT_AFTER_ESTABLISHMENT
    return EstablishmentCase.objects.filter(stage__in=CLOSED_STAGES, closed_at__lt=cutoff).exclude(
        Q(stage=Stage.ESTABLISHED) & Q(closed_at__gte=still_checked)
    )


def establishments_personal_data():
    return [
        PersonalData(
            name="establishment_cases",
            label=_("Establishment cases (contact person)"),
            find=cases_about,
            export=case_export,
            describe=case_line,
            kept_for=kept_while_worked_on,
            expired=expired_cases,
            order=25,
        ),
    ]
