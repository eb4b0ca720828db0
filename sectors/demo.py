"""Demo focus areas: pages, resource groups, measures, success stories, and the figures behind
the jobs goal. People, companies and figures are made up, and the figures say so."""

import json
from datetime import date
from decimal import Decimal

from portal.demo.loader import ensure_demo_page
from portal.models.pages import HomePage
from sectors.models import (
    FactsPage,
    FocusArea,
    FocusAreaIndexPage,
    FocusAreaPage,
    Initiative,
    KeyFigureSeries,
    KeyFigureValue,
    ResourceGroup,
    ResourceGroupMember,
    SuccessStory,
)

Status = Initiative.Status

INDEX = {
    "nb": {
        "slug": "satsingsomrader",
        "title": "Satsingsområder",
        "introduction": "Fire områder der Næringsvekst samler bedrifter og kommune om nye jobber.",
    },
    "en": {
        "slug": "focus-areas",
        "title": "Focus areas",
        "introduction": "Four areas where Næringsvekst brings companies and the city together.",
    },
}

FACTS = {
    "nb": {
        "slug": "drammen-i-tall",
        "title": "Drammen i tall",
        "introduction": "Befolkning, arbeidsplasser og målet om én ny jobb per to nye innbyggere.",
    },
    "en": {
        "slug": "drammen-in-figures",
        "title": "Drammen in figures",
        "introduction": "Population, jobs and the goal of one new job per two new inhabitants.",
    },
}

AREA_PAGES = {
    "grunder": ("grunder", "Gründer", "founders", "Founders", "Siri Holm", "siri.holm"),
    "eiendomsutvikling": (
        "eiendomsutvikling",
        "Eiendomsutvikling",
        "property-development",
        "Property development",
        "Lars Moe",
        "lars.moe",
    ),
    "helsenaering": (
        "helsenaering",
        "Helsenæring",
        "health-industry",
        "Health industry",
        "Hanne Brekke",
        "hanne.brekke",
    ),
    "besoksnaering-handel": (
        "besoksnaering-og-handel",
        "Besøksnæring og handel",
        "visitor-industry-and-retail",
        "Visitor industry and retail",
        "Omar Said",
        "omar.said",
    ),
}

# Every member role the demo resource groups use, with its English name.
MEMBER_ROLES = {
    "daglig leder": "managing director",
    "forsker": "researcher",
    "forvalter": "property manager",
    "investor": "investor",
    "leder": "head",
    "partner": "partner",
    "utviklingssjef": "head of development",
}

GROUPS = [
    (
        "grunder",
        "Gründerforum",
        "Founders' forum",
        "Samler inkubatorer, investorer og gründere for å gi nye selskaper en god start.",
        "Brings incubators, investors and founders together to give new companies a good start.",
        "hver måned",
        "monthly",
        [
            ("Siri Holm", "Inkubator Drammen (demo)", "daglig leder", True),
            ("Jonas Lie", "Elvekapital (demo)", "investor", False),
        ],
    ),
    (
        "eiendomsutvikling",
        "Ressursgruppe eiendom",
        "Property resource group",
        "Gjør ledige tomter og lokaler kjent og lettere å finne.",
        "Makes available plots and premises known and easier to find.",
        "annenhver måned",
        "every other month",
        [
            ("Lars Moe", "Elvebyen Eiendom AS (demo)", "utviklingssjef", True),
            ("Sara Haugen", "Fjordkanten Utvikling AS (demo)", "daglig leder", False),
        ],
    ),
    (
        "helsenaering",
        "Helseklyngen",
        "Health cluster",
        "Knytter sykehuset, universitetet og helsebedrifter sammen.",
        "Connects the hospital, the university and health companies.",
        "hvert kvartal",
        "quarterly",
        [
            ("Hanne Brekke", "Helseinnovasjon Drammen (demo)", "leder", True),
            ("Erik Dahl", "Universitetet (demo)", "forsker", False),
        ],
    ),
    (
        "besoksnaering-handel",
        "Byliv og handel",
        "City life and retail",
        "Gir flere grunner til å besøke sentrum, hele året.",
        "Gives more reasons to visit the city centre, all year.",
        "hver måned",
        "monthly",
        [
            ("Omar Said", "Sentrumsforeningen (demo)", "daglig leder", True),
            ("Kari Nordby", "Bragernes Næringsbygg AS (demo)", "forvalter", False),
        ],
    ),
    (
        "grunder",
        "Kapitalgruppen",
        "Capital group",
        "Hjelper vekstselskaper å finne kapital i regionen.",
        "Helps growth companies find capital in the region.",
        "ved behov",
        "as needed",
        [("Jonas Lie", "Elvekapital (demo)", "partner", True)],
    ),
]

INITIATIVES = [
    (
        "grunder",
        "Gründerforum",
        "Gründerlunsj hver måned",
        "Founders' lunch every month",
        Status.DONE,
        2017,
        5,
        12,
        "Over 300 deltakere så langt.",
        "Over 300 people so far.",
    ),
    (
        "grunder",
        "Kapitalgruppen",
        "Investormøter i Drammen",
        "Investor meetings in Drammen",
        Status.IN_PROGRESS,
        2025,
        20,
        8,
        "",
        "",
    ),
    (
        "grunder",
        "Gründerforum",
        "Kontorplass for nye selskaper",
        "Desks for new companies",
        Status.PLANNED,
        2027,
        15,
        None,
        "",
        "",
    ),
    (
        "eiendomsutvikling",
        "Ressursgruppe eiendom",
        "Felles oversikt over ledige lokaler",
        "One overview of available premises",
        Status.DONE,
        2018,
        0,
        0,
        "Oversikten er nå på Drammen Works.",
        "The overview is now on Drammen Works.",
    ),
    (
        "eiendomsutvikling",
        "Ressursgruppe eiendom",
        "Kontorbyen Drammen",
        "Drammen the office city",
        Status.IN_PROGRESS,
        2026,
        150,
        40,
        "",
        "",
    ),
    (
        "eiendomsutvikling",
        "Ressursgruppe eiendom",
        "Tomteregister for næring",
        "Register of business plots",
        Status.IDEA,
        None,
        0,
        None,
        "",
        "",
    ),
    (
        "helsenaering",
        "Helseklyngen",
        "Helsebedrifter nær sykehuset",
        "Health companies near the hospital",
        Status.IN_PROGRESS,
        2024,
        120,
        35,
        "",
        "",
    ),
    (
        "helsenaering",
        "Helseklyngen",
        "Testarena for velferdsteknologi",
        "Test bed for welfare technology",
        Status.PLANNED,
        2027,
        30,
        None,
        "",
        "",
    ),
    (
        "helsenaering",
        "Helseklyngen",
        "Felles rekrutteringsmesse",
        "Joint recruitment fair",
        Status.STOPPED,
        2019,
        10,
        0,
        "Erstattet av universitetets messe.",
        "Replaced by the university's fair.",
    ),
    (
        "besoksnaering-handel",
        "Byliv og handel",
        "Julemarked på Bragernes",
        "Christmas market at Bragernes",
        Status.DONE,
        2017,
        10,
        14,
        "Årlig siden 2017.",
        "Every year since 2017.",
    ),
    (
        "besoksnaering-handel",
        "Byliv og handel",
        "Elvefestival",
        "River festival",
        Status.IN_PROGRESS,
        2025,
        20,
        9,
        "",
        "",
    ),
    (
        "besoksnaering-handel",
        "Byliv og handel",
        "Lengre åpningstider i sentrum",
        "Longer opening hours in the centre",
        Status.IDEA,
        None,
        5,
        None,
        "",
        "",
    ),
    (
        "grunder",
        "Kapitalgruppen",
        "Mentorordning",
        "Mentor programme",
        Status.DONE,
        2018,
        10,
        16,
        "40 gründere har hatt mentor.",
        "40 founders have had a mentor.",
    ),
]

STORIES = [
    (
        "Nordlys Teknologi AS (demo)",
        "grunder",
        25,
        2024,
        "Startet i kontorfellesskapet på Gulskogen og har nå eget kontor ved elva.",
        "Started in the coworking space at Gulskogen and now has its own office by the river.",
        "Her fant vi både folk og kunder.",
        "We found both people and customers here.",
        "Nora Lie, daglig leder",
        "Nora Lie, CEO",
    ),
    (
        "Helsehjelp Digital AS (demo)",
        "helsenaering",
        40,
        2025,
        "Flyttet utviklingsavdelingen fra Oslo for å være nær sykehuset.",
        "Moved its development team from Oslo to be near the hospital.",
        "Samarbeidet med sykehuset gikk fra månedlig til daglig.",
        "Working with the hospital went from monthly to daily.",
        "Per Vik, teknologidirektør",
        "Per Vik, CTO",
    ),
    (
        "Dahl Logistikk AS (demo)",
        "eiendomsutvikling",
        60,
        2023,
        "Samlet tre lagre i ett nytt logistikkbygg på Brakerøya.",
        "Brought three warehouses together in one new building at Brakerøya.",
        "Havna og E18 rett utenfor døra.",
        "The port and the E18 right outside the door.",
        "Erik Dahl, daglig leder",
        "Erik Dahl, CEO",
    ),
    (
        "Elvekafeen (demo)",
        "besoksnaering-handel",
        12,
        2022,
        "Åpnet på Bragernes og har vokst med elvefestivalen.",
        "Opened at Bragernes and has grown with the river festival.",
        "Folk kommer til byen igjen.",
        "People come to town again.",
        "Ida Berg, eier",
        "Ida Berg, owner",
    ),
]

# Made-up figures for Drammen (the municipality as it is from 2020), labelled as demo data.
POPULATION = [
    (2016, 98_140),
    (2017, 98_900),
    (2018, 99_620),
    (2019, 100_330),
    (2020, 101_390),
    (2021, 101_860),
    (2022, 102_270),
    (2023, 103_190),
    (2024, 104_080),
    (2025, 104_940),
]
JOBS = [
    (2016, 47_820),
    (2017, 48_030),
    (2018, 48_390),
    (2019, 48_650),
    (2020, 48_710),
    (2021, 49_050),
    (2022, 49_380),
    (2023, 49_760),
    (2024, 50_190),
    (2025, 50_600),
]


def load_sectors_demo(log=print, with_users=True):
    home = HomePage.objects.first()
    created, index = ensure_demo_page(FocusAreaIndexPage, INDEX, log=log, parent=home)
    for area in FocusArea.objects.all():
        created += ensure_demo_page(
            FocusAreaPage, area_page_spec(area), log=log, parent=index["nb"], in_menu=False
        )[0]
    created += ensure_demo_page(FactsPage, FACTS, log=log, parent=home, in_menu=False)[0]
    created += ensure_groups() + ensure_initiatives() + ensure_stories() + ensure_figures()
    ensure_english()
    return created


def ensure_english():
    """English for demo people loaded before there was any (an editor's English is kept)."""
    for role, role_en in MEMBER_ROLES.items():
        ResourceGroupMember.objects.filter(role=role, role_en="").update(role_en=role_en)
    for company, *_texts, person, person_en in STORIES:
        SuccessStory.objects.filter(
            company=company, quoted_person=person, quoted_person_en=""
        ).update(quoted_person_en=person_en)


def area_page_spec(area):
    nb_slug, nb_title, en_slug, en_title, contact, email = AREA_PAGES[area.slug]
    common = {
        "focus_area": area,
        "contact_name": contact,
        "contact_email": f"{email}@drammenworks.no",
        "contact_phone": "+47 32 00 00 00",
    }
    return {
        "nb": {
            **common,
            "slug": nb_slug,
            "title": nb_title,
            "introduction": area.short_text,
            "contact_role": "leder av satsingsområdet",
            "body": json.dumps([]),
        },
        "en": {
            **common,
            "slug": en_slug,
            "title": en_title,
            "introduction": area.short_text_en,
            "contact_role": "head of the focus area",
            "body": json.dumps([]),
        },
    }


def ensure_groups():
    created = 0
    for area, name, name_en, purpose, purpose_en, meets, meets_en, members in GROUPS:
        if ResourceGroup.objects.filter(name=name).exists():
            continue
        group = ResourceGroup(
            name=name,
            name_en=name_en,
            focus_area=FocusArea.objects.get(slug=area),
            purpose=purpose,
            purpose_en=purpose_en,
            meets=meets,
            meets_en=meets_en,
        )
        for order, (person, organisation, role, lead) in enumerate(members):
            group.members.add(
                ResourceGroupMember(
                    name=person,
                    organisation=organisation,
                    role=role,
                    role_en=MEMBER_ROLES.get(role, ""),
                    is_lead=lead,
                    sort_order=order,
                )
            )
        group.save()
        created += 1
    return created


def ensure_initiatives():
    created = 0
    for row in INITIATIVES:
        area, group, title, title_en, status, year, expected, achieved, result, result_en = row
        if Initiative.objects.filter(title=title).exists():
            continue
        Initiative.objects.create(
            title=title,
            title_en=title_en,
            focus_area=FocusArea.objects.get(slug=area),
            resource_group=ResourceGroup.objects.filter(name=group).first(),
            status=status,
            starts_on=date(year, 1, 1) if year else None,
            expected_jobs=expected or None,
            achieved_jobs=achieved,
            result=result,
            result_en=result_en,
        )
        created += 1
    return created


def ensure_stories():
    created = 0
    for (
        company,
        area,
        jobs,
        year,
        summary,
        summary_en,
        quote,
        quote_en,
        person,
        person_en,
    ) in STORIES:
        if SuccessStory.objects.filter(company=company).exists():
            continue
        SuccessStory.objects.create(
            company=company,
            focus_area=FocusArea.objects.get(slug=area),
            jobs_created=jobs,
            year=year,
            summary=summary,
            summary_en=summary_en,
            quote=quote,
            quote_en=quote_en,
            quoted_person=person,
            quoted_person_en=person_en,
        )
        created += 1
    return created


def ensure_figures():
    created = 0
    for slug, name, name_en, values in (
        (KeyFigureSeries.POPULATION, "Befolkning i Drammen", "Population of Drammen", POPULATION),
        (KeyFigureSeries.JOBS, "Arbeidsplasser i Drammen", "Jobs in Drammen", JOBS),
    ):
        series, new = KeyFigureSeries.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_en": name_en,
                "unit": "",
                "source": "Demodata for Drammen Works",
                "is_demo": True,
            },
        )
        if new:
            KeyFigureValue.objects.bulk_create(
                KeyFigureValue(series=series, year=year, value=Decimal(value), sort_order=year)
                for year, value in values
            )
            created += 1
    return created
