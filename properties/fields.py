"""The listing's fields, declared once: which group of the forms they sit in, how the facts
show them, whether the search filters by them, what the API and the admin export call them.

The partner form and its template, the facts (listing page, compare, card), the admin export,
the API schemas and the search's range filters all read this list. Adding an optional field:
the model field (with its `index.FilterField` when it is filtered), its migration, one line
here, and its label in the nb catalogue.

No model is imported here: the models read nothing from this module, and every reader below
does its own formatting through properties.facts.
"""

from dataclasses import dataclass, replace

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Group:
    """A fieldset of the partner form."""

    key: str
    heading: str
    note: str = ""  # a paragraph shown before the fields of the row `note_before`
    note_before: str = ""


PREMISES = Group("premises", _("The premises"))
ENGLISH = Group(
    "english",
    _("English version"),
    note=_(
        "Shown to visitors who read the site in English. Required before the listing is "
        "submitted when your organisation markets in English; otherwise English visitors "
        "read the Norwegian."
    ),
    note_before="english",
)
LOCATION = Group(
    "location",
    _("Location"),
    note=_(
        "Coordinates place the premises on the map and work out the distance to Drammen "
        "station. In most map services you can right-click the building to copy them."
    ),
    note_before="coordinates",
)
SIZE = Group("size", _("Size, price and availability"))
BUILDING = Group("building", _("The building"))
CONTACT = Group("contact", _("Contact and video"))

GROUPS = (PREMISES, ENGLISH, LOCATION, SIZE, BUILDING, CONTACT)


@dataclass(frozen=True)
class Range:
    """A search filter from and to: the GET parameters `<param>_min` and `<param>_max`. The
    lower limit is compared with `low_field`, the upper with `high_field` (both the listing
    field's own unless said: an area from and to overlaps the listing's area from and to)."""

    param: str
    legend: str
    low_label: str
    high_label: str
    low_field: str = ""
    high_field: str = ""

    @property
    def low(self):
        return f"{self.param}_min"

    @property
    def high(self):
        return f"{self.param}_max"


@dataclass(frozen=True)
class ListingField:
    """One field of the listing.

    kind      how the facts format it (properties.facts.FORMATS): "number", "money",
              "money_per_m2", "year", "choice", "text", "date", or a fact of its own
    unit      shown after a number ("m²", "m")
    label     the facts' row heading
    row       fields with the same row sit side by side in the partner form
    page      its row in the facts of the listing page (10, 20, …: gaps leave room); 0: not shown
    compare   its row on the compare page, likewise
    card      among the facts on a listing card
    api       its name in the API; empty: not in the API. summary: in the list as well
    export    a column of the admin's CSV export
    partner   a field of the partner form
    filter    a Range: the search filters by it, from and to
    example   a value a partner could give, for demo data and tests of every field
    """

    name: str
    group: Group
    kind: str = "number"
    unit: str = ""
    label: str = ""
    row: str = ""
    page: int = 0
    compare: int = 0
    card: bool = False
    api: str = ""
    summary: bool = False
    export: bool = False
    partner: bool = True
    filter: Range | None = None
    example: object = None


FIELDS = (
    ListingField(
        "title",
        PREMISES,
        kind="text",
        api="title",
        summary=True,
        export=True,
        example="Kontorhuset ved Bragernes",
    ),
    ListingField(
        "kind",
        PREMISES,
        kind="taxon",
        label=_("Kind"),
        page=10,
        compare=10,
        export=True,
        example=None,
    ),
    ListingField(
        "status",
        PREMISES,
        kind="availability",
        label=_("Availability"),
        page=20,
        compare=30,
        api="status",
        summary=True,
        export=True,
        example="negotiating",
    ),
    ListingField("description", PREMISES, kind="richtext"),
    ListingField(
        "title_en",
        ENGLISH,
        kind="text",
        row="english",
        api="title_en",
        summary=True,
        export=True,
        example="Office building by Bragernes square",
    ),
    ListingField("description_en", ENGLISH, kind="richtext", row="english_description"),
    ListingField(
        "address", LOCATION, kind="text", api="address", summary=True, example="Bragernes torg 6"
    ),
    ListingField(
        "postcode",
        LOCATION,
        kind="text",
        row="postcode",
        api="postcode",
        summary=True,
        example="3017",
    ),
    ListingField(
        "district",
        LOCATION,
        kind="taxon",
        row="postcode",
        label=_("District"),
        compare=20,
        export=True,
    ),
    ListingField(
        "latitude",
        LOCATION,
        kind="coordinate",
        row="coordinates",
        api="latitude",
        summary=True,
        example="59.743900",
    ),
    ListingField(
        "longitude",
        LOCATION,
        kind="coordinate",
        row="coordinates",
        api="longitude",
        summary=True,
        example="10.204100",
    ),
    ListingField(
        "area_min",
        SIZE,
        kind="area",
        label=_("Area"),
        page=30,
        row="area",
        compare=40,
        card=True,
        api="area_min_m2",
        filter=Range(
            "area",
            _("Area (m²)"),
            _("Area from (m²)"),
            _("Area to (m²)"),
            low_field="area_max",
            high_field="area_min",
        ),
        summary=True,
        export=True,
        example="450",
    ),
    ListingField(
        "area_max", SIZE, row="area", api="area_max_m2", summary=True, export=True, example="1200"
    ),
    ListingField(
        "plot_area",
        SIZE,
        unit="m²",
        label=_("Plot area"),
        page=40,
        api="plot_area_m2",
        example="2100",
    ),
    ListingField(
        "rent_per_m2",
        SIZE,
        kind="money_per_m2",
        label=_("Rent"),
        page=50,
        row="costs",
        compare=50,
        card=True,
        api="rent_per_m2_year_nok",
        filter=Range(
            "rent",
            _("Rent (NOK per m² per year)"),
            _("Rent from (NOK/m²/year)"),
            _("Rent to (NOK/m²/year)"),
        ),
        summary=True,
        export=True,
        example="2450",
    ),
    ListingField(
        "shared_costs_per_m2",
        SIZE,
        kind="money_per_m2",
        label=_("Shared costs"),
        page=60,
        row="costs",
        api="shared_costs_per_m2_year_nok",
        example="380",
    ),
    ListingField(
        "sale_price",
        SIZE,
        kind="money",
        label=_("Sale price"),
        page=70,
        compare=60,
        card=True,
        api="sale_price_nok",
        summary=True,
        example="98000000",
    ),
    ListingField(
        "available_from",
        SIZE,
        kind="date",
        api="available_from",
        summary=True,
        example="2027-08-01",
    ),
    ListingField(
        "energy_label",
        BUILDING,
        kind="energy_label",
        label=_("Energy label"),
        page=110,
        compare=70,
        api="energy_label",
        summary=True,
        example="A",
    ),
    ListingField(
        "floors", BUILDING, label=_("Floors"), page=80, row="floors", api="floors", example="6"
    ),
    ListingField(
        "parking_spaces",
        BUILDING,
        label=_("Parking spaces"),
        page=90,
        row="floors",
        compare=90,
        api="parking_spaces",
        example="14",
    ),
    ListingField(
        "year_built",
        BUILDING,
        kind="built",
        label=_("Built"),
        page=100,
        row="years",
        api="year_built",
        example="1962",
    ),
    ListingField("year_renovated", BUILDING, row="years", api="year_renovated", example="2024"),
    ListingField(
        "distance_to_station",
        BUILDING,
        kind="distance",
        label=_("Distance to Drammen station"),
        page=120,
        compare=80,
        card=True,
        api="distance_to_station_m",
        summary=True,
        partner=False,
    ),
    ListingField("facilities", BUILDING, kind="facilities", label=_("Facilities"), compare=100),
    ListingField("focus_areas", BUILDING, kind="choices", example=None),
    ListingField("contact", CONTACT, kind="person"),
    ListingField(
        "video_url", CONTACT, kind="text", example="https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    ),
    ListingField("organisation", CONTACT, kind="text", export=True, partner=False),
)

BY_NAME = {field.name: field for field in FIELDS}


def partner_fields():
    return [field for field in FIELDS if field.partner]


def range_filters():
    """The search's range filters, with the fields they compare filled in."""
    return [
        replace(
            field.filter,
            low_field=field.filter.low_field or field.name,
            high_field=field.filter.high_field or field.name,
        )
        for field in FIELDS
        if field.filter
    ]


def in_groups(fields):
    """[(group, [[field, …] per row]) …] in the declaration's order."""
    grouped = []
    for group in GROUPS:
        rows = []
        for field in (field for field in fields if field.group == group):
            if rows and field.row and rows[-1][0].row == field.row:
                rows[-1].append(field)
            else:
                rows.append([field])
        grouped.append((group, rows))
    return grouped
