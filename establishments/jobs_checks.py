"""Realised jobs are checked 12 and 24 months after an establishment: the adviser is reminded, and
employee counts from Brønnøysundregistrene's Enhetsregisteret fill them in."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.users.models import UserProfile

from establishments.models import EstablishmentCase, ReminderSent, Stage
from portal.email import queue_email
from portal.privacy.retention import months_before
from portal.site_url import absolute_url

CHECKS_AFTER_MONTHS = (12, 24)


def cases_due_for_check(months, today=None):
    """Established at least `months` months ago, with an adviser not yet reminded of it."""
    due_since = months_before(today or timezone.localdate(), months)
    reminded = ReminderSent.objects.filter(months=months).values("case_id")
    return (
        EstablishmentCase.objects.filter(
            stage=Stage.ESTABLISHED, established_on__lte=due_since, adviser__isnull=False
        )
        .exclude(adviser__email="")
        .exclude(pk__in=reminded)
        .select_related("adviser")
    )


def reminder_text(case, months):
    edit = reverse("wagtailsnippets_establishments_establishmentcase:edit", args=[case.pk])
    subject = _("Check the realised jobs at %(company)s") % {"company": case.company_name}
    body = _(
        "%(company)s was established %(months)s months ago, on %(date)s, with %(projected)s "
        "projected jobs. Check how many jobs it has now and write it in the case:\n%(url)s"
    ) % {
        "company": case.company_name,
        "months": months,
        "date": case.established_on.isoformat(),
        "projected": case.projected_jobs,
        "url": absolute_url(edit),
    }
    return subject, body


def reminder_send(case, months):
    """Queue one reminder in the adviser's language; never twice for the same milestone."""
    language = UserProfile.get_for_user(case.adviser).get_preferred_language()
    with transaction.atomic(), translation.override(language):
        _sent, created = ReminderSent.objects.get_or_create(case=case, months=months)
        if created:
            subject, body = reminder_text(case, months)
            queue_email(to=[case.adviser.email], subject=subject, body=body)
    return created


def reminders_send(today=None):
    """Every reminder that is due. Returns how many went, per milestone."""
    return {
        months: sum(reminder_send(case, months) for case in cases_due_for_check(months, today))
        for months in CHECKS_AFTER_MONTHS
    }


def employee_counts(units):
    """{organisation number: employees} from Enhetsregisteret units (its bulk JSON format)."""
    counts = {}
    for unit in units:
        number, employees = unit.get("organisasjonsnummer"), unit.get("antallAnsatte")
        if number and isinstance(employees, int) and unit.get("harRegistrertAntallAnsatte", True):
            counts[str(number)] = employees
    return counts


def realised_jobs_import(units, checked_on=None):
    """Established cases whose company is in the file get its employee count as realised jobs.
    Returns the cases updated."""
    counts = employee_counts(units)
    checked_on = checked_on or timezone.localdate()
    cases = EstablishmentCase.objects.filter(
        stage=Stage.ESTABLISHED, organisation_number__in=list(counts)
    )
    updated = []
    with transaction.atomic():
        for case in cases.select_for_update():
            case.realised_jobs = counts[case.organisation_number]
            case.realised_jobs_checked_on = checked_on
            case.save(update_fields=["realised_jobs", "realised_jobs_checked_on"])
            updated.append(case)
    return updated
