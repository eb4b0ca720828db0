from .email import OutboundEmail
from .forms import RelocationFormPage
from .pages import (
    AccessibilityStatementPage,
    ArticlePage,
    BasePage,
    ContentPage,
    FourKPage,
    HomePage,
    NewsIndexPage,
)
from .settings import ContactSettings

__all__ = [
    "AccessibilityStatementPage",
    "ArticlePage",
    "BasePage",
    "ContactSettings",
    "ContentPage",
    "FourKPage",
    "HomePage",
    "NewsIndexPage",
    "OutboundEmail",
    "RelocationFormPage",
]
