"""Figures as the reports write them, in the editor's language: «12 000», «2,1», «40 000 kr»
under nb, «12,000», «2.1», «40,000 kr» in English. The page and every label use these, so the
comparison and a campaign's report read the same; exports keep the numbers themselves."""

from django.utils.formats import number_format

MISSING = "–"


def whole(value):
    return MISSING if value is None else number_format(value, force_grouping=True)


def decimal(value, places=1):
    return MISSING if value is None else number_format(value, places, force_grouping=True)


def kroner(value):
    return f"{whole(value)} kr" if value else MISSING
