import factory

from establishments.models import EstablishmentCase


class EstablishmentCaseFactory(factory.django.DjangoModelFactory):
    company_name = factory.Sequence(lambda n: f"Bedrift {n} AS")
    organisation_number = "923609016"
    contact_name = "Kari Nordmann"
    contact_email = factory.Sequence(lambda n: f"kontakt{n}@bedrift.test")
    projected_jobs = 10

    class Meta:
        model = EstablishmentCase
