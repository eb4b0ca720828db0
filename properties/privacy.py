"""The records about people that the premises keep: inquiries and search alerts."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.privacy.registry import PersonalData
from portal.privacy.retention import kept_for_the_retention_period
from properties.models import AlertSubscription, Inquiry


def inquiries_from(address):
    return Inquiry.objects.filter(email__iexact=address).select_related("listing")


def inquiry_export(inquiry):
    return {
        "sent": inquiry.created_at,
        "listing": inquiry.listing.title,
        "listing_id": inquiry.listing_id,
        "name": inquiry.name,
        "company": inquiry.company,
        "email": inquiry.email,
        "phone": inquiry.phone,
        "message": inquiry.message,
        "move_in": inquiry.move_in,
        "consent": inquiry.consent,
        "language": inquiry.language,
        "campaign": inquiry.campaign_ref,
    }


def inquiry_line(inquiry):
    return inquiry.created_at, inquiry.listing.title


def alerts_for(address):
    return AlertSubscription.objects.filter(email__iexact=address)


def alert_export(subscription):
    return {
        "subscribed": subscription.created_at,
        "confirmed": subscription.confirmed_at,
        "last_sent": subscription.last_sent_at,
        "email": subscription.email,
        "search": subscription.query,
        "frequency": subscription.frequency,
        "language": subscription.language,
        "campaign": subscription.campaign_ref,
    }


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
            find=inquiries_from,
            export=inquiry_export,
            describe=inquiry_line,
            kept_for=kept_for_the_retention_period,
            expired=lambda cutoff: Inquiry.objects.filter(created_at__lt=cutoff),
            order=10,
        ),
        PersonalData(
            name="alert_subscriptions",
            label=_("Search alerts"),
            find=alerts_for,
            export=alert_export,
            describe=alert_line,
            kept_for=kept_until_unsubscribed,
            order=30,
        ),
    ]
