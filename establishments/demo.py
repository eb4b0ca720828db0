"""Demo establishment cases (marked demo): companies in every stage, brought by the demo campaigns,
some established with the jobs they realised."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from campaigns.models import Campaign
from establishments.models import EstablishmentCase, PremisesConsidered, Stage
from portal.demo.users import DEMO_PASSWORD
from portal.validators import organisation_number_is_valid
from properties.models import Listing
from sectors.models import FocusArea

CASE_HANDLERS = "Case handlers"
# (company, stage, campaign slug or "", source, medium, projected jobs)
CASES = [
    ("Fjordlys Programvare AS", Stage.ESTABLISHED, "kontorbyen", "linkedin", "paid", 40),
    ("Elvebyen Logistikk AS", Stage.ESTABLISHED, "kontorbyen", "newsletter", "email", 60),
    ("Bragernes Revisjon AS", Stage.ESTABLISHED, "", "", "", 12),
    ("Helsehuset Strømsø AS", Stage.ESTABLISHED, "helsebyen", "facebook", "paid", 25),
    ("Gründerverket Drammen AS", Stage.ESTABLISHED, "grunderbyen", "instagram", "social", 6),
    ("Holmen Havnetjenester AS", Stage.DECISION, "kontorbyen", "linkedin", "paid", 30),
    ("Konnerud Klinikk AS", Stage.DECISION, "helsebyen", "google", "cpc", 18),
    ("Tollbugata Design AS", Stage.SITE_VISIT, "kontorbyen", "linkedin", "social", 9),
    ("Nordre Energi AS", Stage.SITE_VISIT, "kontorbyen", "dn", "display", 45),
    ("Åssiden Bakeri AS", Stage.SITE_VISIT, "grunderbyen", "facebook", "social", 8),
    ("Papirbredden Analyse AS", Stage.MEETING, "kontorbyen", "linkedin", "paid", 15),
    ("Union Arkitekter AS", Stage.MEETING, "ambassador-var", "ambassador", "share", 11),
    ("Gulskogen Handel AS", Stage.MEETING, "", "", "", 20),
    ("Marienlyst Fysio AS", Stage.CONTACTED, "helsebyen", "facebook", "paid", 5),
    ("Drammensfjorden Sjømat AS", Stage.CONTACTED, "ambassador-var", "ambassador", "share", 14),
    ("Landfalløya Lab AS", Stage.CONTACTED, "grunderbyen", "instagram", "social", 4),
    ("Svelvik Maritime AS", Stage.NEW, "kontorbyen", "linkedin", "paid", 22),
    ("Brakerøya Bygg AS", Stage.NEW, "", "", "", 35),
    ("Fjell Omsorg AS", Stage.NEW, "helsebyen", "google", "cpc", 16),
    ("Spiraltoppen Reiseliv AS", Stage.LOST, "kontorbyen", "dn", "display", 10),
    ("Lierstranda Data AS", Stage.LOST, "kontorbyen", "linkedin", "paid", 28),
    ("Glassverket Studio AS", Stage.LOST, "grunderbyen", "facebook", "social", 3),
    ("Ypsilon Regnskap AS", Stage.ESTABLISHED, "kontorbyen", "linkedin", "paid", 17),
    ("Austad Verksted AS", Stage.DECISION, "", "", "", 26),
]
LOST_REASONS = [
    "Valgte lokaler i Oslo nær hovedkunden.",
    "Utsatte flyttingen et år; tar kontakt igjen.",
    "Fant ikke lager med høy nok takhøyde.",
]
FOCUS_AREAS = ["eiendomsutvikling", "helsenaering", "grunder", "besoksnaering-handel"]
CAMPAIGN_FOCUS = {
    "kontorbyen": "eiendomsutvikling",
    "helsebyen": "helsenaering",
    "grunderbyen": "grunder",
}


def demo_organisation_numbers(start=912300000):
    number = start
    while True:
        number += 1
        if organisation_number_is_valid(number):
            yield str(number)


def case_handler(with_users, log):
    if not with_users:
        return None, 0
    user, new = get_user_model().objects.get_or_create(
        username="saksbehandler",
        defaults={
            "email": "saksbehandler@drammenworks.no",
            "first_name": "Siri",
            "last_name": "Saksbehandler",
        },
    )
    if new:
        user.set_password(DEMO_PASSWORD)
        user.save()
        user.groups.add(Group.objects.get(name=CASE_HANDLERS))
        log("Created user saksbehandler (case handler)")
    return user, int(new)


def demo_case(spec, number, rng, now, **related):
    company, stage, _slug, source, medium, projected = spec
    opened = now - timedelta(days=rng.randint(3, 160), hours=rng.randint(0, 8))
    case = EstablishmentCase(
        company_name=company,
        organisation_number=number,
        contact_name=rng.choice(["Kari Nordmann", "Ola Hansen", "Ingrid Berg", "Amir Khan"]),
        contact_email=f"kontakt@{company.split()[0].lower()}.example",
        needs="Lokaler, rekruttering og kontakt med kommunen.",
        stage=stage,
        projected_jobs=projected,
        campaign_source=source,
        campaign_medium=medium,
        is_demo=True,
        created_at=opened,
        **related,
    )
    if stage != Stage.NEW:
        case.first_response_at = opened + timedelta(hours=rng.choice([2, 3, 5, 8, 20, 26, 50]))
    if stage == Stage.LOST:
        case.lost_reason = rng.choice(LOST_REASONS)
    if stage == Stage.ESTABLISHED:
        after = timezone.localdate(opened) + timedelta(days=rng.randint(2, 60))
        case.established_on = min(after, timezone.localdate(now))
        if rng.random() < 0.7:
            case.realised_jobs = max(1, projected + rng.randint(-projected // 3, projected // 4))
            case.realised_jobs_checked_on = timezone.localdate(now)
    return case


def load_establishments_demo(log=print, with_users=True):
    adviser, created = case_handler(with_users, log)
    if EstablishmentCase.objects.filter(is_demo=True).exists():
        return created
    rng = random.Random("establishments")  # noqa: S311 - made-up demo figures
    now = timezone.now()
    campaigns = {campaign.slug: campaign for campaign in Campaign.objects.all()}
    areas = {area.slug: area for area in FocusArea.objects.filter(slug__in=FOCUS_AREAS)}
    premises = list(Listing.objects.public().order_by("pk")[:12])
    numbers = demo_organisation_numbers()
    for index, spec in enumerate(CASES):
        case = demo_case(
            spec,
            next(numbers),
            rng,
            now,
            campaign=campaigns.get(spec[2]),
            focus_area=areas.get(
                CAMPAIGN_FOCUS.get(spec[2], FOCUS_AREAS[index % len(FOCUS_AREAS)])
            ),
            adviser=adviser if spec[1] != Stage.NEW else None,
        )
        if premises:
            chosen = rng.sample(premises, k=min(len(premises), rng.randint(1, 3)))
            case.premises = [PremisesConsidered(listing=listing) for listing in chosen]
        case.save()
    log(f"Created {len(CASES)} demo establishment cases")
    return created + len(CASES)
