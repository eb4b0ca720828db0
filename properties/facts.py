"""A listing's facts as the listing page, compare and the cards show them, read off the
declaration in properties.fields.

One convention for empty values: a fact with nothing to say is None. The listing page and the
card leave it out; compare, where every listing has a column, shows «–».
"""

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.translation import gettext as _

from portal.formatting import local_date, local_number, nok
from properties.fields import FIELDS


@dataclass(frozen=True)
class Fact:
    """One row of facts: its label and a value per listing (text or safe HTML, or None when
    there is nothing to say)."""

    name: str
    label: str
    values: list


def km(metres):
    """1234 → «1,2 km» in the active language; under a kilometre in metres."""
    if metres is None:
        return ""
    if metres < 1000:
        return f"{round(metres, -1):.0f} m"
    return f"{local_number(round(metres / 1000, 1))} km"


def availability(listing, field):
    text = listing.get_status_display()
    if not listing.is_on_the_market:
        return text
    if listing.available_from:
        return f"{text}, " + _("from %(date)s") % {"date": local_date(listing.available_from)}
    return f"{text}, " + _("now")


def number(listing, field):
    value = getattr(listing, field.name)
    if value is None:
        return None
    return f"{local_number(value)} {field.unit}".strip()


def per_m2(listing, field):
    value = getattr(listing, field.name)
    return None if value is None else _("%(rent)s per m² per year") % {"rent": nok(value)}


def money(listing, field):
    value = getattr(listing, field.name)
    return None if value is None else nok(value)


def taxon(listing, field):
    return getattr(listing, field.name).label


def built(listing, field):
    if not listing.year_built:
        return None
    if listing.year_renovated:
        renovated = _("renovated %(year)s") % {"year": listing.year_renovated}
        return f"{listing.year_built} ({renovated})"
    return str(listing.year_built)


def energy_label(listing, field):
    if not listing.energy_label:
        return _("Not required for plots")
    return format_html(
        '<span class="energy-label energy-label--{}">{}</span>',
        listing.energy_label.lower(),
        listing.energy_label,
    )


def distance(listing, field):
    return _("%(distance)s, measured in a straight line") % {
        "distance": km(listing.distance_to_station)
    }


def facilities(listing, field):
    return ", ".join(facility.label for facility in listing.facilities.all()) or None


def choice(listing, field):
    return getattr(listing, f"get_{field.name}_display")() or None


FORMATS = {
    "number": number,
    "money": money,
    "money_per_m2": per_m2,
    "taxon": taxon,
    "availability": availability,
    "area": lambda listing, field: listing.area_label,
    "built": built,
    "energy_label": energy_label,
    "distance": distance,
    "facilities": facilities,
    "choice": choice,
}


def card_per_m2(listing, field):
    value = getattr(listing, field.name)
    return None if value is None else _("%(rent)s/m²/year") % {"rent": nok(value)}


def card_price(listing, field):
    value = getattr(listing, field.name)
    return None if value is None else _("For sale: %(price)s") % {"price": nok(value)}


def card_distance(listing, field):
    return _("%(distance)s from the station") % {"distance": km(listing.distance_to_station)}


def short_availability(listing, field):
    text = listing.get_status_display()
    if listing.is_on_the_market and listing.available_from:
        return f"{text}, " + _("from %(date)s") % {"date": local_date(listing.available_from)}
    return text


def short_energy_label(listing, field):
    return energy_label(listing, field) if listing.energy_label else None


# Compare puts listings side by side in narrow columns; the cards say it shorter still.
COMPARE_FORMATS = {
    "availability": short_availability,
    "energy_label": short_energy_label,
    "distance": lambda listing, field: km(listing.distance_to_station),
}
CARD_FORMATS = {"money_per_m2": card_per_m2, "money": card_price, "distance": card_distance}


def value_of(listing, field, formats=FORMATS):
    return formats.get(field.kind, FORMATS[field.kind])(listing, field)


def page_facts(listing):
    """The facts table of the listing page: what the listing says."""
    fields = sorted((field for field in FIELDS if field.page), key=lambda f: f.page)
    rows = (Fact(field.name, field.label, [value_of(listing, field)]) for field in fields)
    return [row for row in rows if row.values[0] is not None]


def compare_facts(listings):
    """Rows of the compare table: every compared fact, with a value for each listing."""
    fields = sorted((field for field in FIELDS if field.compare), key=lambda f: f.compare)
    return [
        Fact(
            field.name,
            field.label,
            [value_of(listing, field, COMPARE_FORMATS) for listing in listings],
        )
        for field in fields
    ]


def card_facts(listing):
    rows = (
        Fact(field.name, field.label, [value_of(listing, field, CARD_FORMATS)])
        for field in FIELDS
        if field.card
    )
    return [row for row in rows if row.values[0] is not None]
