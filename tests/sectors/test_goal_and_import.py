"""The jobs goal, worked out by hand from the test files, and the JSON-stat import."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from sectors.goal import goal_progress
from sectors.jsonstat import JsonStatError, read_dataset, values_by_year
from sectors.models import KeyFigureSeries, KeyFigureValue

DATA = Path(__file__).parent / "data"
POPULATION = DATA / "befolkning-drammen.json"
JOBS = DATA / "sysselsatte-drammen.json"


def test_population_file_reads_one_value_per_year():
    assert values_by_year(read_dataset(POPULATION)) == {
        2016: Decimal(100000),
        2017: Decimal(100800),
        2018: Decimal(101400),
        2019: Decimal(102400),
        2020: Decimal(103000),
    }


def test_a_dimension_with_several_categories_must_be_chosen():
    dataset = read_dataset(JOBS)
    with pytest.raises(JsonStatError, match="Region"):
        values_by_year(dataset)
    drammen = values_by_year(dataset, {"Region": "3005"})
    assert drammen[2016] == Decimal(50000) and drammen[2020] == Decimal(50750)
    asker = values_by_year(dataset, {"Region": "3025"})
    assert 2020 not in asker  # a missing value (null) is skipped, not read as zero
    with pytest.raises(JsonStatError):
        values_by_year(dataset, {"Region": "9999"})


def test_the_goal_by_hand():
    """
    year  inhabitants  jobs    new inh.  new jobs  that year         since 2016
    2016  100 000      50 000
    2017  100 800      50 200  800       200       200/800  = 0.25   200/800   = 0.25
    2018  101 400      50 500  600       300       300/600  = 0.50   500/1400  = 0.36
    2019  102 400      50 600  1000      100       100/1000 = 0.10   600/2400  = 0.25
    2020  103 000      50 750  600       150       150/600  = 0.25   750/3000  = 0.25
    """
    population = values_by_year(read_dataset(POPULATION))
    jobs = values_by_year(read_dataset(JOBS), {"Region": "3005"})
    rows = goal_progress(population, jobs)
    assert [row.year for row in rows] == [2017, 2018, 2019, 2020]
    assert [row.new_inhabitants for row in rows] == [800, 600, 1000, 600]
    assert [row.new_jobs for row in rows] == [200, 300, 100, 150]
    assert [str(row.ratio) for row in rows] == ["0.25", "0.50", "0.10", "0.25"]
    assert [str(row.ratio_since_base) for row in rows] == ["0.25", "0.36", "0.25", "0.25"]
    assert not any(row.meets_goal for row in rows)


def test_a_shrinking_population_has_no_ratio():
    rows = goal_progress({2016: 100, 2017: 90}, {2016: 50, 2017: 55})
    assert rows[0].ratio is None and rows[0].ratio_since_base is None


def test_no_base_year_no_rows():
    assert goal_progress({2017: 1, 2018: 2}, {2017: 1, 2018: 2}) == []


@pytest.mark.django_db
def test_importing_the_same_file_twice_leaves_the_same_rows():
    call_command("import_jsonstat", str(POPULATION), "--series", "befolkning", verbosity=0)
    first = list(KeyFigureValue.objects.order_by("year").values_list("pk", "year", "value"))
    call_command("import_jsonstat", str(POPULATION), "--series", "befolkning", verbosity=0)
    assert list(KeyFigureValue.objects.order_by("year").values_list("pk", "year", "value")) == first
    series = KeyFigureSeries.objects.get(slug="befolkning")
    assert series.source == "Statistisk sentralbyrå"
    assert len(first) == 5


@pytest.mark.django_db
def test_a_changed_value_is_updated_in_place(tmp_path):
    call_command("import_jsonstat", str(POPULATION), "--series", "befolkning", verbosity=0)
    changed = POPULATION.read_text().replace("103000", "103500")
    path = tmp_path / "befolkning.json"
    path.write_text(changed)
    call_command("import_jsonstat", str(path), "--series", "befolkning", verbosity=0)
    assert KeyFigureValue.objects.get(year=2020).value == Decimal(103500)
    assert KeyFigureValue.objects.count() == 5


@pytest.mark.django_db
@pytest.mark.parametrize("content", ["not json", '{"class": "collection"}', "[]"])
def test_a_bad_file_is_refused_with_a_message(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(CommandError):
        call_command("import_jsonstat", str(path), "--series", "befolkning", verbosity=0)
    assert not KeyFigureSeries.objects.exists()


@pytest.mark.django_db
def test_the_facts_page_figures_come_from_the_imported_series():
    from sectors.selectors import goal_overview

    call_command("import_jsonstat", str(POPULATION), "--series", "befolkning", verbosity=0)
    call_command(
        "import_jsonstat",
        str(JOBS),
        "--series",
        "arbeidsplasser",
        "--select",
        "Region=3005",
        verbosity=0,
    )
    overview = goal_overview()
    assert str(overview["goal_latest"].ratio_since_base) == "0.25"
    assert len(overview["goal_chart"]["bars"]) == 4
    assert overview["goal_chart"]["reference_y"] is not None
