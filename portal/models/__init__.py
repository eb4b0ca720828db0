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
from .partners import PartnerContact, PartnerOrganisation
from .settings import ContactSettings
from .taxonomy import Taxonomy

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
    "PartnerContact",
    "PartnerOrganisation",
    "RelocationFormPage",
    "Taxonomy",
]
