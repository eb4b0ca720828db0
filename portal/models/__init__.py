from .accounts import Throttle
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
    PrivacyStatementPage,
)
from .partners import (
    PartnerContact,
    PartnerOrganisation,
)
from .privacy import PersonalDataRequest
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
    "NamedInBothLanguages",
    "NewsIndexPage",
    "OutboundEmail",
    "PartnerContact",
    "PartnerOrganisation",
    "PersonalDataRequest",
    "PrivacyStatementPage",
    "RelocationFormPage",
    "Taxonomy",
    "Throttle",
]
