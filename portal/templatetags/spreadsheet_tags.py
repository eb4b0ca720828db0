from django import template

from portal.spreadsheets import (
    SEPARATOR_LABELS,
    SEPARATOR_NAMES,
    language_separator,
    other_separator,
)

register = template.Library()


@register.inclusion_tag("components/csv_downloads.html")
def csv_downloads(url, label):
    """A CSV export's link in the visitor's language's separator, and the other one."""
    separator = language_separator()
    other = other_separator(separator)
    return {
        "label": label,
        "url": url,
        "separator_label": SEPARATOR_LABELS[separator],
        "other_url": f"{url}?separator={SEPARATOR_NAMES[other]}",
        "other_label": SEPARATOR_LABELS[other],
    }
