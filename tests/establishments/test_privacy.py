"""A case's contact person is personal data: found, exported and deleted by e-mail address with the
rest, and deleted by retention once the case is closed and its jobs checked."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from establishments.factories import EstablishmentCaseFactory
from establishments.models import EstablishmentCase, Stage
from portal.privacy.registry import personal_data_kinds
from portal.privacy.retention import expired_delete, retention_cutoff
from portal.privacy.services import personal_data_erase, personal_data_export, personal_data_find

pytestmark = pytest.mark.django_db

KARI = "kari@fjordlys.test"


def closed_case(stage, days_ago):
    case = EstablishmentCaseFactory(stage=stage, lost_reason="Valgte Oslo")
    EstablishmentCase.objects.filter(pk=case.pk).update(
        closed_at=timezone.now() - timedelta(days=days_ago)
    )
    return case


def test_cases_are_a_kind_of_personal_data():
    assert "establishment_cases" in [kind.name for kind in personal_data_kinds()]


def test_a_case_is_found_exported_and_deleted_by_its_contacts_address():
    case = EstablishmentCaseFactory(contact_email="Kari@Fjordlys.test", company_name="Fjordlys AS")
    other = EstablishmentCaseFactory()
    found = {item.kind.name: item for item in personal_data_find(email=KARI)}
    assert list(found["establishment_cases"].records) == [case]
    officer = get_user_model().objects.create_superuser("personvern", "p@dw.test", "x")
    document = personal_data_export(email=KARI, user=officer)
    exported = document["records"]["establishment_cases"][0]
    assert (exported["company"], exported["email"]) == ("Fjordlys AS", "Kari@Fjordlys.test")
    personal_data_erase(email=KARI, user=officer)
    assert list(EstablishmentCase.objects.all()) == [other]


def test_retention_deletes_closed_cases_and_keeps_open_ones_and_recent_establishments():
    old_enough = (timezone.now() - retention_cutoff()).days + 1
    lost = closed_case(Stage.LOST, old_enough)
    long_established = closed_case(Stage.ESTABLISHED, 3 * 365)
    recently_established = closed_case(Stage.ESTABLISHED, old_enough)
    recently_lost = closed_case(Stage.LOST, old_enough - 10)
    still_open = EstablishmentCaseFactory(
        stage=Stage.MEETING, created_at=timezone.now() - timedelta(days=900)
    )
    deleted = expired_delete(retention_cutoff())
    assert deleted["establishment_cases"] == 2
    kept = set(EstablishmentCase.objects.all())
    assert kept == {recently_established, recently_lost, still_open}
    assert not kept & {lost, long_established}
