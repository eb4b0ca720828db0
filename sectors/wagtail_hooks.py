from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from sectors.models import FocusArea


class FocusAreaViewSet(SnippetViewSet):
    model = FocusArea
    icon = "pick"
    menu_label = _("Focus areas")
    list_display = ["name", "name_en", "sort_order"]


class SectorsGroup(SnippetViewSetGroup):
    menu_label = _("Focus areas")
    menu_icon = "pick"
    menu_order = 220
    items = [FocusAreaViewSet]


register_snippet(SectorsGroup)
