from .accounts import LoginLock
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
from .partners import (
    PartnerContact,
    PartnerInvitation,
    PartnerMembership,
    PartnerOrganisation,
)
from .settings import ContactSettings
from .taxonomy import NamedInBothLanguages, Taxonomy

__all__ = [
    "AccessibilityStatementPage",
    "ArticlePage",
    "BasePage",
    "ContactSettings",
    "ContentPage",
    "FourKPage",
    "HomePage",
    "LoginLock",
    "NamedInBothLanguages",
    "NewsIndexPage",
    "OutboundEmail",
    "PartnerContact",
    "PartnerInvitation",
    "PartnerMembership",
    "PartnerOrganisation",
    "RelocationFormPage",
    "Taxonomy",
]
