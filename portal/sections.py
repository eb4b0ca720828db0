"""Sections that a higher app adds to a lower app's page, so that the lower app never imports
or loads the higher one (the dependency rule, README "Layout").

A page names its places (`home` under the home page's hero, `focus_area` on a focus-area page).
An app adds a section to a place with the `register_page_sections` hook in its wagtail_hooks.py:
a function returning a list of `PageSection`. The section's template loads its own app's tags and
is drawn with the page's context. Sections that name the same `row` stand side by side.
"""

from dataclasses import dataclass, field
from itertools import groupby

from wagtail import hooks

HOOK = "register_page_sections"


@dataclass(frozen=True)
class PageSection:
    place: str  # which page, and where on it
    template: str
    order: int = 100
    row: str = ""  # sections with the same row are drawn beside each other


@dataclass(frozen=True)
class SectionRow:
    sections: list = field(default_factory=list)
    side_by_side: bool = False


def sections_for(place):
    """The rows of sections registered for the place, in their order."""
    sections = sorted(
        (section for register in hooks.get_hooks(HOOK) for section in register()),
        key=lambda section: section.order,
    )
    in_place = [section for section in sections if section.place == place]
    return [
        SectionRow(sections=list(group), side_by_side=bool(row))
        for row, group in groupby(in_place, key=lambda section: section.row)
    ]
