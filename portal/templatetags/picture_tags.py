from django import template

from portal.pictures import KINDS
from portal.renditions import picture_html

register = template.Library()


@register.simple_tag
def responsive_image(image, kind, **attrs):
    """An image as one of the kinds of picture declared in portal.pictures, e.g.

        {% responsive_image page.hero_image "hero" alt=page.hero_image_alt fetchpriority="high" %}

    Attributes given as None are left out. Never makes a rendition: what is not made yet is
    queued, and the page shows what there is meanwhile."""
    if not image:
        return ""
    attrs.setdefault("alt", image.default_alt_text)
    return picture_html(image, KINDS[kind], attrs)
