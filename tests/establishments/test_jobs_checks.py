"""12 and 24 months after an establishment the adviser is reminded to check the realised jobs,
once per milestone; the register's employee counts fill them in from a file."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

import establishments
from establishments.factories import EstablishmentCaseFactory
from establishments.jobs_checks import reminders_send
from establishments.models import Stage
from portal.models import OutboundEmail

pytestmark = pytest.mark.django_db

SAMPLE = Path(establishments.__file__).parent / "fixtures" / "enhetsregisteret-eksempel.json"


@pytest.fixture
def adviser():
    user = get_user_model().objects.create_user("radgiver", "radgiver@drammenworks.test", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nb"
    profile.save()
    return user


def established_days_ago(days, **fields):
    case = EstablishmentCaseFactory(stage=Stage.ESTABLISHED, **fields)
    case.established_on = timezone.localdate() - timedelta(days=days)
    case.save()
    return case


def test_the_adviser_is_reminded_at_12_and_24_months_once_each(adviser):
    established_days_ago(370, adviser=adviser, company_name="Fjordlys AS")
    established_days_ago(740, adviser=adviser, company_name="Elvebyen AS")
    established_days_ago(200, adviser=adviser)
    assert reminders_send() == {12: 2, 24: 1}
    assert reminders_send() == {12: 0, 24: 0}
    subjects = sorted(OutboundEmail.objects.values_list("subject", flat=True))
    assert subjects == [
        "Sjekk de realiserte arbeidsplassene hos Elvebyen AS",
        "Sjekk de realiserte arbeidsplassene hos Elvebyen AS",
        "Sjekk de realiserte arbeidsplassene hos Fjordlys AS",
    ]
    assert OutboundEmail.objects.first().to == ["radgiver@drammenworks.test"]


def test_a_case_without_an_adviser_or_not_established_waits(adviser):
    established_days_ago(400)
    EstablishmentCaseFactory(stage=Stage.DECISION, adviser=adviser)
    call_command("remind_realised_jobs", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not OutboundEmail.objects.exists()


def test_the_register_file_sets_realised_jobs_of_established_cases_only():
    fjordlys = established_days_ago(370, organisation_number="912345009")
    no_count = established_days_ago(370, organisation_number="912345025")
    still_open = EstablishmentCaseFactory(stage=Stage.MEETING, organisation_number="912345017")
    call_command("import_employee_counts", str(SAMPLE), "--checked-on", "2026-11-30")
    for case in (fjordlys, no_count, still_open):
        case.refresh_from_db()
    assert (fjordlys.realised_jobs, fjordlys.realised_jobs_checked_on) == (34, date(2026, 11, 30))
    assert no_count.realised_jobs is None  # the register has no count for it
    assert still_open.realised_jobs is None


def test_a_file_that_is_not_the_registers_format_is_refused(tmp_path):
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"organisasjonsnummer": "912345009"}')
    with pytest.raises(Exception, match="not a list of units"):
        call_command("import_employee_counts", str(wrong))
