"""Dates, numbers and money in the page's language (portal/formatting.py).

{% load local_format %}
{{ article.date|local_date }}            «24. oktober 2026» / "24 October 2026"
{{ initiative.starts_on|local_date:"month" }}   «oktober 2026» / "October 2026"
{{ area|local_number }} m²               «1 250 m²» / "1,250 m²"
{{ budget|nok }}  {{ budget|nok:"million" }}    «kr 450 000», «8 mill. kr» / "NOK 8 million"
"""

from django import template

from portal import formatting

register = template.Library()


@register.filter
def local_date(value, style="day"):
    return formatting.local_date(value, style)


@register.filter
def local_number(value, decimals=None):
    return formatting.local_number(value, None if decimals is None else int(decimals))


@register.filter
def nok(value, style="full"):
    return formatting.nok(value, style)
