"""Reads for the focus-area pages, the facts page and the home page."""

from django.db.models import Prefetch

from portal.charts import bar_chart
from portal.renditions import prefetch_renditions
from sectors.goal import GOAL, goal_progress
from sectors.models import (
    Initiative,
    KeyFigureSeries,
    KeyFigureValue,
    ResourceGroup,
    ResourceGroupMember,
    SuccessStory,
)

STATUS_ORDER = [
    Initiative.Status.IN_PROGRESS,
    Initiative.Status.PLANNED,
    Initiative.Status.DONE,
    Initiative.Status.IDEA,
    Initiative.Status.STOPPED,
]


def focus_area_overview(*, focus_area):
    groups = list(
        ResourceGroup.objects.filter(focus_area=focus_area).prefetch_related(
            Prefetch("members", queryset=ResourceGroupMember.objects.order_by("sort_order"))
        )
    )
    initiatives = list(
        Initiative.objects.filter(focus_area=focus_area).select_related("resource_group")
    )
    by_status = [
        (status, [item for item in initiatives if item.status == status]) for status in STATUS_ORDER
    ]
    return {
        "resource_groups": groups,
        "initiatives_by_status": [(status, items) for status, items in by_status if items],
        "jobs_achieved": sum(item.achieved_jobs or 0 for item in initiatives),
        "success_stories": list(
            SuccessStory.objects.filter(focus_area=focus_area)
            .select_related("image")
            .prefetch_related(prefetch_renditions("card", through="image"))
        ),
    }


def series_values(slug):
    return {
        value.year: value.value
        for value in KeyFigureValue.objects.filter(series__slug=slug).order_by("year")
    }


def goal_overview():
    """The jobs goal year by year, with a chart of the cumulative ratio against 0.5."""
    population = KeyFigureSeries.objects.filter(slug=KeyFigureSeries.POPULATION).first()
    jobs = KeyFigureSeries.objects.filter(slug=KeyFigureSeries.JOBS).first()
    if population is None or jobs is None:
        return {"goal_rows": [], "goal": GOAL}
    rows = goal_progress(series_values(population.slug), series_values(jobs.slug))
    charted = [row for row in rows if row.ratio_since_base is not None]
    return {
        "goal": GOAL,
        "goal_rows": rows,
        "goal_latest": rows[-1] if rows else None,
        "goal_sources": [population, jobs],
        "goal_is_demo": population.is_demo or jobs.is_demo,
        "goal_chart": bar_chart(
            [row.ratio_since_base for row in charted],
            [str(row.year) for row in charted],
            reference=GOAL,
        ),
    }


def goal_headline():
    """The latest cumulative figure for the home page, or None."""
    overview = goal_overview()
    latest = overview.get("goal_latest")
    if latest is None:
        return None
    return {
        "row": latest,
        "goal": overview["goal"],
        "is_demo": overview["goal_is_demo"],
    }


def published_series():
    return KeyFigureSeries.objects.prefetch_related(
        Prefetch("values", queryset=KeyFigureValue.objects.order_by("year"))
    )
