"""The demo holds 20+ cases in every stage, marked demo, brought by the demo campaigns, some
established with realised jobs; loading it twice adds nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from establishments.demo import load_establishments_demo
from establishments.models import EstablishmentCase, Stage
from tests.campaigns.factories import CampaignFactory

pytestmark = pytest.mark.django_db


def test_the_demo_has_cases_in_every_stage_from_the_demo_campaigns():
    for slug in ("kontorbyen", "grunderbyen", "helsebyen", "ambassador-var"):
        CampaignFactory(slug=slug)
    load_establishments_demo(log=lambda message: None)
    cases = EstablishmentCase.objects.all()
    assert cases.count() >= 20
    assert not cases.filter(is_demo=False).exists()
    assert set(cases.values_list("stage", flat=True)) == set(Stage.values)
    assert cases.filter(campaign__slug="kontorbyen").count() >= 5
    assert cases.filter(stage=Stage.ESTABLISHED, realised_jobs__gt=0).exists()
    today = timezone.localdate()
    for case in cases:
        case.full_clean()
        if case.established_on:
            assert timezone.localdate(case.created_at) <= case.established_on <= today
        if case.realised_jobs_checked_on:
            assert case.established_on <= case.realised_jobs_checked_on <= today
    handler = get_user_model().objects.get(username="saksbehandler")
    assert handler.has_perm("establishments.view_establishmentcase")
    assert load_establishments_demo(log=lambda message: None) == 0
    assert EstablishmentCase.objects.count() == cases.count()
