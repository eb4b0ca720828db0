"""An establishment case keeps its rules: a real organisation number, a reason for a loss, a date
for realised jobs, and the moment of the team's first response."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from establishments.factories import EstablishmentCaseFactory
from establishments.models import CaseContact, Stage
from establishments.services import case_note_contacts

pytestmark = pytest.mark.django_db


def errors_of(case, language="en"):
    with translation.override(language):
        try:
            case.full_clean()
        except ValidationError as error:
            return {
                name: [str(m) for m in messages] for name, messages in error.message_dict.items()
            }
    return {}


def test_a_valid_case_has_no_errors():
    assert errors_of(EstablishmentCaseFactory.build(organisation_number="974760673")) == {}


@pytest.mark.parametrize("number", ["923609017", "12345678", "9236O9016", "123456789"])
@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "Enter a valid Norwegian organisation number"),
        ("nb", "Skriv et gyldig organisasjonsnummer"),
    ],
)
def test_an_organisation_number_must_pass_the_modulus_11_check(number, language, message):
    errors = errors_of(EstablishmentCaseFactory.build(organisation_number=number), language)
    assert errors["organisation_number"][0].startswith(message)


def test_a_lost_case_says_why():
    case = EstablishmentCaseFactory.build(stage=Stage.LOST, lost_reason=" ")
    assert errors_of(case, "en") == {"lost_reason": ["Say why the case was lost."]}
    assert errors_of(case, "nb") == {"lost_reason": ["Skriv hvorfor saken ble tapt."]}


def test_realised_jobs_come_with_the_date_they_were_checked():
    case = EstablishmentCaseFactory.build(realised_jobs=12)
    assert list(errors_of(case)) == ["realised_jobs_checked_on"]
    case.realised_jobs_checked_on = timezone.localdate()
    assert errors_of(case) == {}


def test_a_new_case_waits_for_its_first_response():
    case = EstablishmentCaseFactory()
    assert case.first_response_at is None
    assert case.time_to_first_response is None


def test_leaving_new_is_the_first_response_and_only_the_first_counts():
    case = EstablishmentCaseFactory(created_at=timezone.now() - timedelta(hours=36))
    case.stage = Stage.CONTACTED
    case.save()
    first = case.first_response_at
    assert timedelta(hours=35) < case.time_to_first_response < timedelta(hours=37)
    assert case.days_to_first_response == 1.5
    case.stage = Stage.MEETING
    case.save()
    assert case.first_response_at == first


def test_a_logged_contact_is_a_first_response_even_before_the_stage_changes():
    opened = timezone.now() - timedelta(days=3)
    case = EstablishmentCaseFactory(created_at=opened)
    CaseContact.objects.create(case=case, contacted_at=opened + timedelta(hours=4), note="Ringte")
    case_note_contacts(case=case)
    case.refresh_from_db()
    assert case.time_to_first_response == timedelta(hours=4)
    assert case.stage == Stage.NEW


def test_an_establishment_is_dated_and_closes_the_case():
    case = EstablishmentCaseFactory(stage=Stage.ESTABLISHED)
    assert case.established_on == timezone.localdate()
    assert case.closed_at is not None
    case.stage = Stage.DECISION
    case.save()
    assert case.closed_at is None
