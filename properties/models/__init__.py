"""The commercial property listing: premises, their images and documents, inquiries, alerts."""

from .alerts import AlertSubscription
from .inquiries import Inquiry
from .listings import Listing, ListingDocument, ListingFacility, ListingImage
from .stats import ListingDailyViews
from .taxonomy import District, Facility, PropertyKind

__all__ = [
    "AlertSubscription",
    "District",
    "Facility",
    "Inquiry",
    "Listing",
    "ListingDailyViews",
    "ListingDocument",
    "ListingFacility",
    "ListingImage",
    "PropertyKind",
]
