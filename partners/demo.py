"""Demo partner people and what they are working on.

partner-a and partner-b are the partner admins of two organisations, each with a partner
editor; password «changeme», like the other demo users, so only with DEBUG on. Partner A has a
listing awaiting approval; partner B has one an editor sent back with a comment. Both have
inquiries and views to look at.
"""

import random
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from partners.demo_members import member_specs
from partners.models import PartnerDirectoryPage, PartnerMembership
from partners.services import listing_draft_save, listing_submit, membership_create
from portal.demo.loader import ensure_demo_page
from portal.demo.users import DEMO_PASSWORD
from portal.models import PartnerOrganisation
from properties.demo.loader import PropertiesDemo
from properties.models import District, Inquiry, Listing, ListingDailyViews, PropertyKind

PEOPLE = [
    ("partner-a", "Anne", "Aasen", "elvebyen-eiendom", PartnerMembership.Role.ADMIN),
    ("partner-a-redaktor", "Ali", "Aziz", "elvebyen-eiendom", PartnerMembership.Role.EDITOR),
    ("partner-b", "Bjørn", "Berg", "fjordkanten-utvikling", PartnerMembership.Role.ADMIN),
    (
        "partner-b-redaktor",
        "Berit",
        "Bakke",
        "fjordkanten-utvikling",
        PartnerMembership.Role.EDITOR,
    ),
]

AWAITING = {
    "title": "Nye kontorer i Elvebyen",
    "title_en": "New offices in Elvebyen",
    "address": "Tollbugata 20",
    "district": "stromso",
    "latitude": "59.739900",
    "longitude": "10.208500",
    "description": "<p>Seks etasjer med nye kontorer ved elva, klare høsten 2027.</p>",
    "available_from": date(2027, 9, 1),
    "description_en": "<p>Six floors of new offices by the river, ready in autumn 2027.</p>",
}
CHANGES = {
    "title": "Logistikkbygg ved Holmen",
    "title_en": "Logistics building at Holmen",
    "address": "Holmen 3",
    "district": "tangen",
    "latitude": "59.732500",
    "longitude": "10.226000",
    "description": "<p>Nytt lager med fire porter.</p>",
    "description_en": "<p>A new warehouse with four loading doors.</p>",
}
EDITOR_COMMENT = (
    "Takk! Kan dere legge til energimerke og et par bilder av porten? Beskrivelsen kan også "
    "gjerne si noe om takhøyden."
)
INQUIRIES = [
    (
        "Nora Lie",
        "Nordlys Teknologi AS",
        "nora@nordlys.example",
        "Vi er 25 ansatte og ser etter kontor nær stasjonen fra neste sommer. Kan vi komme på "
        "visning?",
    ),
    (
        "Erik Dahl",
        "Dahl Logistikk",
        "erik@dahl.example",
        "Hva er takhøyden, og hvor mange porter er det?",
    ),
]


DIRECTORY = {
    "nb": {
        "slug": "partnere",
        "title": "Partnere",
        "introduction": (
            "Bedriftene som står bak Næringsvekst, og lokalene de har ledige i Drammen akkurat nå."
        ),
    },
    "en": {
        "slug": "partners",
        "title": "Partners",
        "introduction": (
            "The companies behind Næringsvekst, and the premises they have available in Drammen "
            "right now."
        ),
    },
}


def load_partners_demo(log=print, with_users=True):
    created, _pages = ensure_demo_page(PartnerDirectoryPage, DIRECTORY, log=log, in_menu=False)
    created += ensure_members(log)
    if not with_users:
        return created
    users = {}
    for username, first, last, organisation_slug, role in PEOPLE:
        user, new = ensure_partner(username, first, last, organisation_slug, role)
        users[username] = user
        if new:
            created += 1
            log(f"Created partner user {username}")
    editor = get_user_model().objects.filter(username="redaktor").first()
    created += ensure_submission(AWAITING, users["partner-a"], kind="kontor")
    created += ensure_submission(
        CHANGES, users["partner-b"], kind="lager-logistikk", send_back_by=editor
    )
    created += ensure_activity()
    return created


def ensure_members(log):
    """The partner companies that own no demo premises, with their logos."""
    premises = PropertiesDemo(log=log)
    for mark, spec in enumerate(member_specs()):
        premises.ensure_organisation(spec, mark)
    return premises.created


def ensure_partner(username, first, last, organisation_slug, role):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is not None:
        return user, False
    organisation = PartnerOrganisation.objects.get(slug=organisation_slug)
    user = User.objects.create_user(
        username=username,
        email=f"{username}@{organisation_slug}.example",
        password=DEMO_PASSWORD,
        first_name=first,
        last_name=last,
    )
    membership_create(user=user, organisation=organisation, role=role)
    return user, True


def ensure_submission(spec, user, *, kind, send_back_by=None):
    """A new listing by a partner, submitted for approval (and maybe sent back)."""
    if Listing.objects.filter(title=spec["title"]).exists():
        return 0
    organisation = user.partner_membership.organisation
    draft = Listing(
        title=spec["title"],
        title_en=spec["title_en"],
        kind=PropertyKind.objects.get(slug=kind),
        district=District.objects.get(slug=spec["district"]),
        address=spec["address"],
        postcode="3044",
        latitude=Decimal(spec["latitude"]),
        longitude=Decimal(spec["longitude"]),
        area_min=800,
        area_max=2400,
        rent_per_m2=2300 if kind == "kontor" else 1100,
        energy_label="A" if kind == "kontor" else "C",
        description=spec["description"],
        available_from=spec.get("available_from"),
        description_en=spec["description_en"],
        organisation=organisation,
        contact=organisation.contacts.first(),
    )
    listing_draft_save(draft=draft, user=user)
    listing = Listing.objects.get(pk=draft.pk)
    state = listing_submit(listing=listing, user=user)
    if send_back_by is not None:
        state.current_task_state.reject(user=send_back_by, comment=EDITOR_COMMENT)
    return 1


def ensure_activity():
    """Thirty days of views and a few inquiries for partner A's and B's live listings."""
    listings = list(
        Listing.objects.on_the_market().filter(
            organisation__slug__in=["elvebyen-eiendom", "fjordkanten-utvikling"]
        )
    )
    if not listings or ListingDailyViews.objects.filter(listing__in=listings).exists():
        return 0
    rng = random.Random(2020)  # noqa: S311 - made-up demo figures
    today = timezone.localdate()
    ListingDailyViews.objects.bulk_create(
        ListingDailyViews(
            listing=listing, date=today - timedelta(days=offset), views=rng.randint(0, 40)
        )
        for listing in listings
        for offset in range(30)
    )
    for number, (name, company, email, message) in enumerate(INQUIRIES):
        Inquiry.objects.create(
            listing=listings[number],
            name=name,
            company=company,
            email=email,
            message=message,
            consent=True,
        )
    return 1
