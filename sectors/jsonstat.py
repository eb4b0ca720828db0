"""Reading a JSON-stat 2.0 dataset, as Statistics Norway's PxWebApi returns it.

Only what a key-figure series needs: one value per year. Every dimension but time must have
one category, or be narrowed with `select`, e.g. {"Region": "3005"}.
"""

import json
from decimal import Decimal, InvalidOperation

TIME_NAMES = ("Tid", "tid", "Year", "year", "Aar", "år")


class JsonStatError(ValueError):
    pass


def category_codes(dimension):
    """The category codes of a dimension, in index order (the index may be a list or a dict)."""
    index = dimension.get("category", {}).get("index")
    if index is None:
        labels = dimension.get("category", {}).get("label", {})
        return list(labels)
    if isinstance(index, list):
        return index
    return [code for code, _position in sorted(index.items(), key=lambda item: item[1])]


def time_dimension(dataset):
    roles = dataset.get("role", {}).get("time") or []
    if roles:
        return roles[0]
    for name in dataset["id"]:
        if name in TIME_NAMES:
            return name
    raise JsonStatError("The dataset has no time dimension.")


def value_at(values, position):
    if isinstance(values, dict):
        return values.get(str(position))
    return values[position] if position < len(values) else None


def values_by_year(dataset, select=None):
    """{year: Decimal} from a parsed JSON-stat 2.0 dataset."""
    try:
        return read_values(dataset, select)
    except (KeyError, TypeError, IndexError, AttributeError) as error:
        raise JsonStatError(f"The JSON-stat dataset is incomplete: {error!r}") from error


def read_values(dataset, select=None):
    select = select or {}
    if (
        not isinstance(dataset, dict)
        or dataset.get("class") != "dataset"
        or "id" not in dataset
        or "size" not in dataset
    ):
        raise JsonStatError("This is not a JSON-stat 2.0 dataset.")
    time = time_dimension(dataset)
    fixed = {}
    for name in dataset["id"]:
        if name == time:
            continue
        codes = category_codes(dataset["dimension"][name])
        if name in select:
            if select[name] not in codes:
                raise JsonStatError(f"{name} has no category {select[name]!r}.")
            fixed[name] = codes.index(select[name])
        elif len(codes) == 1:
            fixed[name] = 0
        else:
            raise JsonStatError(f"Choose one category of {name}: {', '.join(codes)}.")
    years = category_codes(dataset["dimension"][time])
    result = {}
    for year_position, year in enumerate(years):
        position = 0
        for name, size in zip(dataset["id"], dataset["size"], strict=True):
            index = year_position if name == time else fixed[name]
            position = position * size + index
        value = value_at(dataset["value"], position)
        if value is None:
            continue
        try:
            result[int(str(year)[:4])] = Decimal(str(value))
        except (InvalidOperation, ValueError) as error:
            raise JsonStatError(f"Not a number for {year}: {value!r}") from error
    return result


def read_dataset(path):
    with open(path, encoding="utf-8") as file:
        try:
            return json.load(file)
        except json.JSONDecodeError as error:
            raise JsonStatError(f"Not JSON: {error}") from error
