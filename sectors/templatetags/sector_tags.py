from django import template
from django.utils import translation

from sectors import selectors
from sectors.models import FactsPage, FocusAreaPage

register = template.Library()


@register.simple_tag
def goal_headline():
    return selectors.goal_headline()


@register.simple_tag
def focus_area_pages():
    """The four focus-area pages in the visitor's language, for the home page."""
    return (
        FocusAreaPage.objects.live()
        .public()
        .filter(locale__language_code=translation.get_language())
        .select_related("focus_area")
        .order_by("focus_area__sort_order")
    )


@register.simple_tag
def facts_page():
    return FactsPage.objects.live().filter(locale__language_code=translation.get_language()).first()
