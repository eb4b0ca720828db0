from django import template

from portal.localized import shown_in_norwegian

register = template.Library()


@register.filter
def lang_if_missing(english):
    """ "nb" when an English visitor reads a text in Norwegian for want of its English, None
    otherwise: the lang of the element that shows it.

        <h1{% if listing.title_en|lang_if_missing %} lang="nb"{% endif %}>…
        {% responsive_image photo.image "listing_photo" lang=photo.alt_text_en|lang_if_missing %}
    """
    return "nb" if shown_in_norwegian(english) else None
