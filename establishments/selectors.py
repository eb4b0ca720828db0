"""Reads on establishment cases: the team's service level."""

import statistics
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Sum
from django.db.models.functions import ExtractYear
from django.utils import timezone

from establishments.models import OPEN_STAGES, EstablishmentCase, Stage

SERVICE_LEVEL_DAYS = 90


@dataclass(frozen=True)
class ServiceLevel:
    days: int
    responded: int
    waiting: int
    median_hours: float | None
    mean_hours: float | None
    open_per_stage: list  # (stage label, count) in stage order


def response_hours(cases):
    return [
        (responded - created).total_seconds() / 3600
        for created, responded in cases.values_list("created_at", "first_response_at")
    ]


def open_cases_per_stage():
    counts = dict(
        EstablishmentCase.objects.open().values_list("stage").annotate(n=Count("pk")).order_by()
    )
    return [(stage.label, counts.get(stage.value, 0)) for stage in OPEN_STAGES]


def service_level(now=None, days=SERVICE_LEVEL_DAYS):
    """Time to first response for cases opened in the last `days` days, open cases per stage."""
    since = (now or timezone.now()) - timedelta(days=days)
    hours = response_hours(EstablishmentCase.objects.responded_since(since))
    waiting = EstablishmentCase.objects.filter(
        created_at__gte=since, first_response_at__isnull=True
    ).count()
    return ServiceLevel(
        days=days,
        responded=len(hours),
        waiting=waiting,
        median_hours=statistics.median(hours) if hours else None,
        mean_hours=statistics.fmean(hours) if hours else None,
        open_per_stage=open_cases_per_stage(),
    )


@dataclass(frozen=True)
class JobsContribution:
    year: int
    focus_area: str  # the focus area's slug; "" when the case has none
    establishments: int
    projected_jobs: int
    realised_jobs: int  # counted only where checked
    realised_checked: int  # how many of the establishments have had their jobs checked


def jobs_through_cases():
    """The jobs Drammen Works' established cases brought, per year of establishment and focus
    area; projected and realised kept apart."""
    rows = (
        EstablishmentCase.objects.filter(stage=Stage.ESTABLISHED, established_on__isnull=False)
        .annotate(year=ExtractYear("established_on"))
        .values("year", "focus_area__slug")
        .annotate(
            establishments=Count("pk"),
            projected=Sum("projected_jobs"),
            realised=Sum("realised_jobs", default=0),
            checked=Count("realised_jobs"),
        )
        .order_by("year", "focus_area__slug")
    )
    return [
        JobsContribution(
            year=row["year"],
            focus_area=row["focus_area__slug"] or "",
            establishments=row["establishments"],
            projected_jobs=row["projected"] or 0,
            realised_jobs=row["realised"],
            realised_checked=row["checked"],
        )
        for row in rows
    ]
