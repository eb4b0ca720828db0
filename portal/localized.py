from django.utils import translation


class NorwegianOnly(str):
    """A Norwegian text on an English page, because it has no English version yet.

    Templates show it with `{% norwegian_only %}` (portal/templatetags/language_tags.py), which
    marks it lang="nb" and makes the page say, once, that some texts are only in Norwegian.
    """

    lang = "nb"


def in_language(norwegian, english):
    """The English text for English visitors when there is one, the Norwegian otherwise."""
    if translation.get_language() != "en":
        return norwegian
    if english:
        return english
    return NorwegianOnly(norwegian) if norwegian else norwegian


def is_norwegian_only(text):
    return isinstance(text, NorwegianOnly)


def shown_in_norwegian(english):
    """True when in_language gives an English visitor the Norwegian, for want of English:
    the element showing it is marked lang="nb"."""
    return translation.get_language() == "en" and not english
