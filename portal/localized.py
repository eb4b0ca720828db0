from django.utils import translation


def in_language(norwegian, english):
    """The English text for English visitors when there is one, the Norwegian otherwise."""
    if translation.get_language() == "en" and english:
        return english
    return norwegian
