"""The records about people that the premises keep: inquiries and search alerts."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.privacy.registry import PersonalData, exported, stored_before, with_address
from portal.privacy.retention import kept_for_the_retention_period
from properties.models import AlertSubscription, Inquiry

INQUIRY_EXPORT = {
    "sent": "created_at",
    "listing": "listing.title",
    "listing_id": "listing_id",
    "name": "name",
    "company": "company",
    "email": "email",
    "phone": "phone",
    "message": "message",
    "move_in": "move_in",
    "consent": "consent",
    "language": "language",
    "campaign": "campaign_ref",
}
ALERT_EXPORT = {
    "subscribed": "created_at",
    "confirmed": "confirmed_at",
    "last_sent": "last_sent_at",
    "email": "email",
    "search": "query",
    "frequency": "frequency",
    "language": "language",
    "campaign": "campaign_ref",
}


def inquiry_line(inquiry):
    return inquiry.created_at, inquiry.listing.title


def alert_line(subscription):
    return subscription.created_at, subscription.get_frequency_display()


def kept_until_unsubscribed():
    days = AlertSubscription.UNCONFIRMED_KEPT_FOR.days
    return ngettext(
        "Until you unsubscribe (every alert has a link for it); an address not confirmed "
        "within %(days)s day is deleted",
        "Until you unsubscribe (every alert has a link for it); an address not confirmed "
        "within %(days)s days is deleted",
        days,
    ) % {"days": days}


def properties_personal_data():
    return [
        PersonalData(
            name="inquiries",
            label=_("Inquiries about premises"),
            find=with_address(Inquiry, "listing"),
            export=exported(INQUIRY_EXPORT),
            describe=inquiry_line,
            kept_for=kept_for_the_retention_period,
            expired=stored_before(Inquiry),
            order=10,
        ),
        PersonalData(
            name="alert_subscriptions",
            label=_("Search alerts"),
            find=with_address(AlertSubscription),
            export=exported(ALERT_EXPORT),
            describe=alert_line,
            kept_for=kept_until_unsubscribed,
            order=30,
        ),
    ]
