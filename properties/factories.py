"""Factories for partner organisations and listings, for tests and the shell."""

from decimal import Decimal

import factory
from django.utils import timezone

from portal.models import PartnerContact, PartnerOrganisation
from properties.models import District, Inquiry, Listing, PropertyKind


def organisation_number(n):
    """A made-up organisation number that passes the modulus-11 check."""
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    base = 91000000 + n
    while True:
        digits = str(base)
        check = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            return digits + str(check)
        base += 1


class PartnerOrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Eiendom {n} AS")
    slug = factory.Sequence(lambda n: f"eiendom-{n}")
    organisation_number = factory.Sequence(lambda n: organisation_number(n * 3))
    tier = PartnerOrganisation.Tier.PROPERTY_PARTNER

    class Meta:
        model = PartnerOrganisation


class PartnerContactFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(PartnerOrganisationFactory)
    name = "Kari Utleier"
    role = "Utleiesjef"
    email = factory.Sequence(lambda n: f"kontakt{n}@eiendom.example")
    phone = "+47 900 00 000"

    class Meta:
        model = PartnerContact


class ListingFactory(factory.django.DjangoModelFactory):
    """A published office listing near the station; pass live=False for a draft."""

    title = factory.Sequence(lambda n: f"Kontorlokale {n}")
    slug = factory.Sequence(lambda n: f"kontorlokale-{n}")
    kind = factory.LazyFunction(lambda: PropertyKind.objects.get(slug="kontor"))
    district = factory.LazyFunction(lambda: District.objects.get(slug="stromso"))
    address = "Strømsø torg 1"
    postcode = "3044"
    latitude = Decimal("59.739600")
    longitude = Decimal("10.205800")
    area_min = 300
    rent_per_m2 = 2000
    energy_label = "B"
    description = "<p>Lyse kontorer ved elva.</p>"
    contact = factory.SubFactory(PartnerContactFactory)
    organisation = factory.LazyAttribute(lambda listing: listing.contact.organisation)
    live = True
    first_published_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Listing


class InquiryFactory(factory.django.DjangoModelFactory):
    listing = factory.SubFactory(ListingFactory)
    name = "Ola Investor"
    email = "ola@investor.example"
    message = "Vi trenger 300 m² fra neste år."
    consent = True

    class Meta:
        model = Inquiry
