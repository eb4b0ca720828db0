from django.utils import translation


def in_language(norwegian, english):
    """The English text for English visitors when there is one, the Norwegian otherwise."""
    if translation.get_language() == "en" and english:
        return english
    return norwegian


def shown_in_norwegian(english):
    """True when in_language gives an English visitor the Norwegian, for want of English:
    the element showing it is marked lang="nb"."""
    return translation.get_language() == "en" and not english
