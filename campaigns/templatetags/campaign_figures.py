"""The report's figures in templates, written as campaigns/formatting.py writes them."""

from django import template

from campaigns import formatting

register = template.Library()
register.filter("whole", formatting.whole)
register.filter("decimal", formatting.decimal)
register.filter("kroner", formatting.kroner)
