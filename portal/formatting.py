"""Dates, numbers and money as the page's language writes them: the one place that decides.

    nb: «24. oktober 2026», «1 250 m²», «kr 8 000 000», «8 mill. kr»
    en: "24 October 2026", "1,250 m²", "NOK 8,000,000", "NOK 8 million"

Templates use the filters in portal/templatetags/local_format.py. Numbers that are markup (SVG
coordinates, data attributes, JSON) are never formatted here: they stay plain (`|unlocalize`).
"""

from datetime import datetime
from decimal import Decimal

from django.utils import dateformat, timezone, translation
from django.utils.formats import number_format

DATE_PATTERNS = {
    "nb": {
        "day": "j. F Y",
        "month": "F Y",
        "short": "j. F",
        "numeric": "d.m.Y",
        "weekday": "D j. b",
        "datetime": r"j. F Y \k\l. H:i",
    },
    "en": {
        "day": "j F Y",
        "month": "F Y",
        "short": "j F",
        "numeric": "d/m/Y",
        "weekday": "D j M",
        "datetime": "j F Y, H:i",
    },
}
MILLION = 1_000_000


def page_language():
    return "en" if (translation.get_language() or "").startswith("en") else "nb"


def local_date(value, style="day"):
    """A date (or a moment, in local time) in words: «24. oktober 2026» / "24 October 2026"."""
    if value in (None, ""):
        return ""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return dateformat.format(value, DATE_PATTERNS[page_language()][style])


def local_number(value, decimals=None):
    """«1 250» / "1,250"; `decimals` fixes the places (else as many as the value has)."""
    if value in (None, ""):
        return ""
    if decimals is None and isinstance(value, Decimal):
        value = value.normalize()  # 98140.00 → «98 140»
    return number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)


def nok(amount, style="full"):
    """«kr 8 000 000» / "NOK 8,000,000"; style "million": «8 mill. kr» / "NOK 8 million"."""
    if amount in (None, ""):
        return ""
    if style == "million":
        millions = local_number(round(Decimal(amount) / MILLION, 1))
        return f"NOK {millions} million" if page_language() == "en" else f"{millions} mill. kr"
    number = local_number(amount)
    return f"NOK {number}" if page_language() == "en" else f"kr {number}"
