"""A focus area's measure (tiltak) and a campaign's measure (måltall) are two concepts; the
admin never calls one by the other's Norwegian name."""

from django.utils import translation

from campaigns.models import CampaignConversions
from sectors.models import Initiative


def test_a_focus_areas_measure_is_a_tiltak_in_norwegian():
    with translation.override("nb"):
        assert str(Initiative._meta.verbose_name) == "tiltak"
        assert str(Initiative._meta.verbose_name_plural) == "tiltak"


def test_a_campaigns_measure_stays_a_maltall():
    with translation.override("nb"):
        assert str(CampaignConversions._meta.get_field("measure").verbose_name) == "måltall"
