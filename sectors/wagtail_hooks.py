from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.admin_columns import yes_no_column
from portal.search import SEARCH_SOURCES_HOOK, SearchSource
from portal.sections import PageSection
from sectors.models import (
    FocusArea,
    FocusAreaPage,
    Initiative,
    KeyFigureSeries,
    ResourceGroup,
    SuccessStory,
)
from sectors.site_search import focus_areas_matching


class FocusAreaViewSet(SnippetViewSet):
    model = FocusArea
    icon = "pick"
    menu_label = _("Focus areas")
    list_display = ["name", "name_en", "sort_order"]


class ResourceGroupViewSet(SnippetViewSet):
    model = ResourceGroup
    icon = "group"
    menu_label = _("Resource groups")
    list_display = ["name", "focus_area", "meets"]
    list_filter = ["focus_area"]
    search_fields = ["name"]


class InitiativeViewSet(SnippetViewSet):
    model = Initiative
    icon = "tasks"
    menu_label = _("Measures")
    list_display = ["title", "focus_area", "resource_group", "status", "achieved_jobs"]
    list_filter = ["focus_area", "status"]
    search_fields = ["title"]


class SuccessStoryViewSet(SnippetViewSet):
    model = SuccessStory
    icon = "success"
    menu_label = _("Success stories")
    list_display = ["company", "focus_area", "jobs_created", "year"]
    list_filter = ["focus_area"]


class KeyFigureSeriesViewSet(SnippetViewSet):
    model = KeyFigureSeries
    icon = "table"
    menu_label = _("Key figures")
    list_display = ["name", "slug", "source", yes_no_column(KeyFigureSeries, "is_demo")]


class SectorsGroup(SnippetViewSetGroup):
    menu_label = _("Focus areas")
    menu_icon = "pick"
    menu_order = 220
    items = [
        FocusAreaViewSet,
        ResourceGroupViewSet,
        InitiativeViewSet,
        SuccessStoryViewSet,
        KeyFigureSeriesViewSet,
    ]


register_snippet(SectorsGroup)


@hooks.register("register_page_sections")
def figures_and_focus_areas_on_the_home_page():
    return [
        PageSection(place="home", template="sectors/home_figures.html", order=40, row="highlights"),
        PageSection(place="home", template="sectors/home_focus_areas.html", order=50),
    ]


@hooks.register(SEARCH_SOURCES_HOOK)
def focus_areas_in_the_site_search():
    return [SearchSource(find=focus_areas_matching, order=20, page_types=(FocusAreaPage,))]
