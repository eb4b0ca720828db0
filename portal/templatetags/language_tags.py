"""Texts that exist only in Norwegian, on English pages: each is marked lang="nb", and the page
says once that some texts are only available in Norwegian.

    {% load language_tags %}
    <p>{% norwegian_only organisation.description_label %}</p>
    …
    {% norwegian_only_note %}   (base.html has one at the end of <main>)

The value comes from portal.localized.in_language, which knows when it fell back to Norwegian.
"""

from django import template
from django.template.loader import render_to_string
from django.utils.html import conditional_escape, format_html

from portal.localized import is_norwegian_only

register = template.Library()

ELEMENTS = {"span", "div"}
SHOWN = "_norwegian_only_shown"
NOTED = "_norwegian_only_noted"


@register.simple_tag(takes_context=True)
def norwegian_only(context, text, element="span"):
    """The text, inside an element marked lang="nb" when it is a Norwegian stand-in."""
    if not is_norwegian_only(text):
        return conditional_escape(text)
    if element not in ELEMENTS:
        raise template.TemplateSyntaxError(f"norwegian_only: element must be one of {ELEMENTS}")
    request = context.get("request")
    if request is not None:
        setattr(request, SHOWN, True)
    return format_html('<{0} lang="nb">{1}</{0}>', element, text)


@register.simple_tag(takes_context=True)
def norwegian_only_note(context):
    """«Some texts are only available in Norwegian», once per page and only where one was."""
    request = context.get("request")
    if request is None or not getattr(request, SHOWN, False) or getattr(request, NOTED, False):
        return ""
    setattr(request, NOTED, True)
    return render_to_string("components/norwegian_only_note.html", request=request)
