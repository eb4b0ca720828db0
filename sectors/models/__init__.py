"""The four focus areas, their resource groups and measures, success stories, key figures."""

from .figures import KeyFigureSeries, KeyFigureValue
from .focus_areas import FocusArea
from .groups import ResourceGroup, ResourceGroupMember
from .initiatives import Initiative
from .pages import FactsPage, FocusAreaIndexPage, FocusAreaPage
from .stories import SuccessStory

__all__ = [
    "FactsPage",
    "FocusArea",
    "FocusAreaIndexPage",
    "FocusAreaPage",
    "Initiative",
    "KeyFigureSeries",
    "KeyFigureValue",
    "ResourceGroup",
    "ResourceGroupMember",
    "SuccessStory",
]
