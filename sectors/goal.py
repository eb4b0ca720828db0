"""The goal everyone can check: one new job for every two new inhabitants.

Counted from 2016, when Næringsvekst started: for each year, the new jobs divided by the new
inhabitants that year, and the same from 2016 up to that year (cumulative). The goal is 0.5.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

GOAL = Decimal("0.5")
BASE_YEAR = 2016


@dataclass
class GoalYear:
    year: int
    population: Decimal
    jobs: Decimal
    new_inhabitants: Decimal
    new_jobs: Decimal
    ratio: Decimal | None
    new_inhabitants_since_base: Decimal
    new_jobs_since_base: Decimal
    ratio_since_base: Decimal | None

    @property
    def meets_goal(self):
        return self.ratio_since_base is not None and self.ratio_since_base >= GOAL


def ratio(jobs, inhabitants):
    """New jobs per new inhabitant, to two decimals; None when the population did not grow."""
    if inhabitants <= 0:
        return None
    return (Decimal(jobs) / Decimal(inhabitants)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def goal_progress(population, jobs, base_year=BASE_YEAR):
    """GoalYear rows from two {year: value} series, for the years both have after the base."""
    years = sorted(year for year in population.keys() & jobs.keys() if year >= base_year)
    if not years or years[0] != base_year:
        return []
    rows = []
    for previous, year in pairwise(years):
        new_inhabitants = population[year] - population[previous]
        new_jobs = jobs[year] - jobs[previous]
        since_inhabitants = population[year] - population[base_year]
        since_jobs = jobs[year] - jobs[base_year]
        rows.append(
            GoalYear(
                year=year,
                population=population[year],
                jobs=jobs[year],
                new_inhabitants=new_inhabitants,
                new_jobs=new_jobs,
                ratio=ratio(new_jobs, new_inhabitants),
                new_inhabitants_since_base=since_inhabitants,
                new_jobs_since_base=since_jobs,
                ratio_since_base=ratio(since_jobs, since_inhabitants),
            )
        )
    return rows
