from django import template

from portal.sections import sections_for

register = template.Library()


@register.simple_tag
def page_sections(place):
    """The rows of sections that other apps add to this place (portal/sections.py)."""
    return sections_for(place)
