"""The inquiries behind the demo campaigns' figures: every inquiry a campaign report counts is
an inquiry on one of the campaign's kinds of premises, so the owners' dashboards list the same
ones. Made up, like the people who send them."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from campaigns.models import Measure
from portal.attribution import make_ref
from properties.models import Inquiry, Listing

ASKERS = [
    ("Hanne Moe", "Nordlys Teknologi AS (demo)", "nb"),
    ("Emil Strand", "Bølge Consulting AS (demo)", "nb"),
    ("Sofie Lindqvist", "Arctic Analytics AB (demo)", "en"),
    ("Martin Aas", "Aas & Co Revisjon AS (demo)", "nb"),
    ("James Whitfield", "Northbridge Logistics Ltd (demo)", "en"),
    ("Ida Karlsen", "Klinikk Karlsen AS (demo)", "nb"),
    ("Anders Wold", "Wold Design AS (demo)", "nb"),
    ("Priya Nair", "Fjordlight Software AS (demo)", "en"),
]
MESSAGES = {
    "nb": [
        "Vi er {staff} ansatte og ser etter lokaler fra neste år. Kan vi komme på visning?",
        "Er lokalene fortsatt ledige, og kan de deles opp?",
        "Hva koster det med felleskostnader, og hvor mange parkeringsplasser følger med?",
    ],
    "en": [
        "We are {staff} people and are looking for premises from next year. Could we visit?",
        "Are the premises still available, and can they be divided?",
        "What are the shared costs, and how many parking spaces come with them?",
    ],
}


def create_campaign_inquiries(campaign, conversions, kinds, rng):
    """One Inquiry for each inquiry counted in conversions (CampaignConversions rows), on a
    listing of one of these kinds, sent on the day it was counted with the campaign's
    reference."""
    listings = list(Listing.objects.on_the_market().filter(kind__slug__in=kinds).order_by("pk"))
    if not listings:
        return 0
    sent = []
    for conversion in conversions:
        if conversion.measure != Measure.INQUIRIES:
            continue
        for _ in range(conversion.count):
            name, company, language = rng.choice(ASKERS)
            inquiry = Inquiry.objects.create(
                listing=rng.choice(listings),
                name=name,
                company=company,
                email=f"{name.split()[0].lower()}@{company.split()[0].lower()}.example",
                message=rng.choice(MESSAGES[language]).format(staff=rng.randint(5, 60)),
                consent=True,
                language=language,
                campaign_ref=make_ref(campaign.slug, conversion.source, conversion.medium),
            )
            sent.append((inquiry.pk, sent_at(conversion.date, rng)))
    for pk, when in sent:  # created_at is set on save; the day counted is when it was sent
        Inquiry.objects.filter(pk=pk).update(created_at=when)
    return len(sent)


def sent_at(day, rng):
    hour = timedelta(hours=rng.randint(8, 20), minutes=rng.randint(0, 59))
    return timezone.make_aware(datetime.combine(day, time()) + hour)
