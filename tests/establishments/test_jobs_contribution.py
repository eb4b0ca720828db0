"""The jobs the established cases brought, per year and focus area, projected and realised apart;
cases not (yet) established count for nothing."""

from datetime import date

import pytest

from establishments.factories import EstablishmentCaseFactory
from establishments.models import Stage
from establishments.selectors import JobsContribution, jobs_through_cases
from sectors.models import FocusArea

pytestmark = pytest.mark.django_db


def test_jobs_are_summed_per_year_and_focus_area_with_realised_apart():
    health = FocusArea.objects.get(slug="helsenaering")
    for established_on, projected, realised in [
        (date(2025, 3, 1), 10, 8),
        (date(2025, 9, 1), 20, None),
        (date(2026, 1, 5), 5, 7),
    ]:
        EstablishmentCaseFactory(
            stage=Stage.ESTABLISHED,
            established_on=established_on,
            focus_area=health,
            projected_jobs=projected,
            realised_jobs=realised,
            realised_jobs_checked_on=established_on if realised else None,
        )
    EstablishmentCaseFactory(stage=Stage.DECISION, focus_area=health, projected_jobs=100)
    EstablishmentCaseFactory(stage=Stage.LOST, lost_reason="Oslo", projected_jobs=50)
    assert jobs_through_cases() == [
        JobsContribution(2025, "helsenaering", 2, 30, 8, 1),
        JobsContribution(2026, "helsenaering", 1, 5, 7, 1),
    ]
