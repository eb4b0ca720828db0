"""The hand-written demo premises and the partner organisations that own them.

The companies and people are made up (their organisation numbers pass the check digit but
belong to no one).
"""

# Every facility the demo listings use, with its English name.
FACILITIES = {
    "Elbillading": "EV charging",
    "Fiber": "Fibre broadband",
    "Garderobe med dusj": "Changing room with shower",
    "Heis": "Lift",
    "Kantine": "Canteen",
    "Kjøling": "Refrigeration",
    "Møterom": "Meeting rooms",
    "Sykkelparkering": "Bicycle parking",
    "Takterrasse": "Roof terrace",
    "Trinnfri adkomst": "Step-free access",
    "Varemottak": "Goods reception",
}

# Every contact role the demo partners use, with its English name.
CONTACT_ROLES = {
    "Daglig leder": "Managing director",
    "Eiendomsforvalter": "Property manager",
    "Prosjektleder": "Project manager",
    "Utleiesjef": "Leasing manager",
}

ORGANISATIONS = [
    {
        "slug": "elvebyen-eiendom",
        "name": "Elvebyen Eiendom AS (demo)",
        "organisation_number": "921111118",
        "tier": "main",
        "colour": "#0b5a6f",
        "website": "https://example.com/elvebyen",
        "description": "Utvikler og leier ut næringsbygg langs elva i Drammen sentrum.",
        "description_en": (
            "Develops and lets commercial buildings along the river in central Drammen."
        ),
        "contacts": [
            ("Marte Olsen", "Utleiesjef", "marte.olsen@elvebyen.example", "+47 900 00 001"),
            ("Jonas Berg", "Prosjektleder", "jonas.berg@elvebyen.example", "+47 900 00 002"),
        ],
    },
    {
        "slug": "fjordkanten-utvikling",
        "name": "Fjordkanten Utvikling AS (demo)",
        "organisation_number": "922222223",
        "tier": "property",
        "colour": "#7a4e9c",
        "website": "https://example.com/fjordkanten",
        "description": (
            "Eiendomsutvikler med kontor- og logistikkprosjekter på Brakerøya og Tangen."
        ),
        "description_en": (
            "Property developer with office and logistics projects at Brakerøya and Tangen."
        ),
        "contacts": [
            ("Sara Haugen", "Daglig leder", "sara.haugen@fjordkanten.example", "+47 900 00 003"),
        ],
    },
    {
        "slug": "bragernes-naeringsbygg",
        "name": "Bragernes Næringsbygg AS (demo)",
        "organisation_number": "923333339",
        "tier": "partner",
        "colour": "#2f7d5b",
        "website": "",
        "description": "Familieeid selskap med handels- og kontorlokaler rundt Bragernes torg.",
        "description_en": ("Family-owned company with shops and offices around Bragernes square."),
        "contacts": [
            ("Per Lund", "Eiendomsforvalter", "per.lund@bragernes.example", "+47 900 00 004"),
        ],
    },
]

NB_OFFICE = (
    "<p>Lyse kontorlokaler med utsikt over elva, få minutter til fots fra Drammen stasjon. "
    "Lokalene kan tilpasses leietakers behov, med cellekontorer, åpne arbeidsplasser og "
    "møterom.</p>"
)
EN_OFFICE = (
    "<p>Bright offices overlooking the river, a few minutes' walk from Drammen station. The "
    "premises can be fitted to the tenant's needs, with private offices, open workspaces and "
    "meeting rooms.</p>"
)

LISTINGS = [
    {
        "slug": "elvekanten-kontorhus",
        "title": "Elvekanten kontorhus",
        "title_en": "Elvekanten office building",
        "kind": "kontor",
        "district": "stromso",
        "address": "Strømsø torg 4",
        "postcode": "3044",
        "latitude": "59.739600",
        "longitude": "10.205800",
        "area_min": 250,
        "area_max": 1800,
        "rent_per_m2": 2450,
        "shared_costs_per_m2": 380,
        "floors": 6,
        "parking_spaces": 20,
        "energy_label": "B",
        "year_built": 2019,
        "facilities": ["Kantine", "Elbillading", "Sykkelparkering", "Trinnfri adkomst"],
        "focus": ["grunder", "helsenaering"],
        "description": NB_OFFICE,
        "description_en": EN_OFFICE,
        "organisation": "elvebyen-eiendom",
        "days_ago": 3,
    },
    {
        "slug": "bragernes-torg-butikklokale",
        "title": "Butikklokale på Bragernes torg",
        "title_en": "Shop on Bragernes torg",
        "kind": "handel",
        "district": "bragernes",
        "address": "Bragernes torg 9",
        "postcode": "3017",
        "latitude": "59.743900",
        "longitude": "10.204200",
        "area_min": 180,
        "rent_per_m2": 3200,
        "floors": 1,
        "parking_spaces": 0,
        "energy_label": "C",
        "year_built": 1905,
        "year_renovated": 2021,
        "facilities": ["Trinnfri adkomst", "Varemottak"],
        "focus": ["besoksnaering-handel"],
        "description": (
            "<p>Butikklokale på gateplan med store vinduer mot torget. Høy gangtrafikk hele "
            "uka, og kort vei til parkering og buss.</p>"
        ),
        "description_en": (
            "<p>Street-level shop with large windows onto the square. Heavy foot traffic all "
            "week, close to parking and buses.</p>"
        ),
        "organisation": "bragernes-naeringsbygg",
        "days_ago": 6,
    },
    {
        "slug": "brakeroya-logistikksenter",
        "title": "Brakerøya logistikksenter",
        "title_en": "Brakerøya logistics centre",
        "kind": "lager-logistikk",
        "district": "brakeroya",
        "address": "Brakerøyaveien 20",
        "postcode": "3029",
        "latitude": "59.754200",
        "longitude": "10.242100",
        "area_min": 2000,
        "area_max": 6500,
        "rent_per_m2": 1150,
        "floors": 2,
        "parking_spaces": 60,
        "energy_label": "C",
        "year_built": 2012,
        "facilities": ["Varemottak", "Elbillading", "Garderobe med dusj"],
        "focus": ["eiendomsutvikling"],
        "description": (
            "<p>Moderne lager med høy takhøyde, flere porter og rask vei til E18 og havna. "
            "Kan deles fra 2 000 m².</p>"
        ),
        "description_en": (
            "<p>Modern warehouse with high ceilings, several loading doors and quick access to "
            "the E18 and the port. Divisible from 2,000 m².</p>"
        ),
        "organisation": "fjordkanten-utvikling",
        "days_ago": 10,
    },
    {
        "slug": "tangen-naeringstomt",
        "title": "Næringstomt på Tangen",
        "title_en": "Business plot at Tangen",
        "kind": "tomt",
        "district": "tangen",
        "address": "Tangenveien 5",
        "postcode": "3036",
        "latitude": "59.731000",
        "longitude": "10.230500",
        "area_min": 8000,
        "plot_area": 8000,
        "sale_price": 24000000,
        "facilities": [],
        "focus": ["eiendomsutvikling"],
        "description": (
            "<p>Regulert næringstomt ved fjorden, klar for utbygging av kontor eller lett "
            "industri.</p>"
        ),
        "description_en": (
            "<p>Plot zoned for business by the fjord, ready for offices or light industry.</p>"
        ),
        "organisation": "fjordkanten-utvikling",
        "days_ago": 14,
    },
    {
        "slug": "gulskogen-kontorfellesskap",
        "title": "Kontorfellesskap på Gulskogen",
        "title_en": "Coworking space at Gulskogen",
        "kind": "kontorfellesskap",
        "district": "gulskogen",
        "address": "Gulskogen allé 2",
        "postcode": "3045",
        "latitude": "59.740500",
        "longitude": "10.160800",
        "area_min": 10,
        "area_max": 120,
        "rent_per_m2": 4200,
        "floors": 1,
        "parking_spaces": 8,
        "energy_label": "B",
        "year_built": 2016,
        "facilities": ["Møterom", "Kantine", "Fiber", "Sykkelparkering"],
        "focus": ["grunder"],
        "description": (
            "<p>Fleksible kontorplasser for gründere og små selskaper, med felles møterom, "
            "kaffebar og fagmiljø.</p>"
        ),
        "description_en": (
            "<p>Flexible desks and rooms for founders and small companies, with shared meeting "
            "rooms, a coffee bar and a community.</p>"
        ),
        "organisation": "elvebyen-eiendom",
        "days_ago": 1,
    },
    {
        "slug": "aassiden-industribygg",
        "title": "Industribygg på Åssiden",
        "title_en": "Industrial building at Åssiden",
        "kind": "industri",
        "district": "assiden",
        "address": "Industriveien 14",
        "postcode": "3047",
        "latitude": "59.756000",
        "longitude": "10.130000",
        "area_min": 1200,
        "rent_per_m2": 950,
        "floors": 1,
        "parking_spaces": 30,
        "energy_label": "D",
        "year_built": 1988,
        "year_renovated": 2015,
        "facilities": ["Varemottak", "Garderobe med dusj"],
        "focus": [],
        "description": "<p>Produksjonshall med kontordel, traverskran og stor uteplass.</p>",
        "description_en": (
            "<p>A production hall with an office section, an overhead crane and a large yard.</p>"
        ),
        "organisation": "fjordkanten-utvikling",
        "days_ago": 20,
        "status": "negotiating",
    },
    {
        "slug": "strandveien-helsehus",
        "title": "Helsehuset i Strandveien",
        "title_en": "The health centre in Strandveien",
        "kind": "kombinasjonsbygg",
        "district": "stromso",
        "address": "Strandveien 30",
        "postcode": "3050",
        "latitude": "59.737000",
        "longitude": "10.214000",
        "area_min": 400,
        "area_max": 2400,
        "rent_per_m2": 2600,
        "shared_costs_per_m2": 420,
        "floors": 5,
        "parking_spaces": 40,
        "energy_label": "A",
        "year_built": 2023,
        "facilities": ["Trinnfri adkomst", "Heis", "Elbillading", "Garderobe med dusj"],
        "focus": ["helsenaering"],
        "description": (
            "<p>Nytt bygg for helse- og omsorgsvirksomheter, med klinikker, laboratorier og "
            "kontorer under samme tak.</p>"
        ),
        "description_en": (
            "<p>A new building for health and care businesses, with clinics, laboratories and "
            "offices under one roof.</p>"
        ),
        "organisation": "elvebyen-eiendom",
        "days_ago": 8,
    },
    {
        "slug": "danvik-kontorer",
        "title": "Kontorer ved Danvik",
        "title_en": "Offices at Danvik",
        "kind": "kontor",
        "district": "danvik",
        "address": "Danvikgata 1",
        "postcode": "3045",
        "latitude": "59.737200",
        "longitude": "10.244500",
        "area_min": 600,
        "rent_per_m2": 1750,
        "floors": 3,
        "parking_spaces": 25,
        "energy_label": "C",
        "year_built": 2005,
        "facilities": ["Møterom", "Sykkelparkering"],
        "focus": [],
        "description": "<p>Effektive kontorer med god parkering og buss rett utenfor.</p>",
        "description_en": "<p>Efficient offices with good parking and a bus stop outside.</p>",
        "organisation": "bragernes-naeringsbygg",
        "days_ago": 30,
        "available_in_days": 120,
    },
    {
        "slug": "mjondalen-lager",
        "title": "Lager i Mjøndalen",
        "title_en": "Warehouse in Mjøndalen",
        "kind": "lager-logistikk",
        "district": "mjondalen",
        "address": "Strandgata 40",
        "postcode": "3050",
        "latitude": "59.747000",
        "longitude": "10.020000",
        "area_min": 900,
        "rent_per_m2": 850,
        "floors": 1,
        "parking_spaces": 12,
        "energy_label": "E",
        "year_built": 1979,
        "facilities": ["Varemottak"],
        "focus": [],
        "description": "<p>Enkelt lager med to porter og asfaltert uteområde.</p>",
        "description_en": "<p>A simple warehouse with two loading doors and a paved yard.</p>",
        "organisation": "fjordkanten-utvikling",
        "days_ago": 40,
        "status": "let",
    },
    {
        "slug": "bragernes-kontorer-loft",
        "title": "Loftskontor i Bragernes",
        "title_en": "Loft office in Bragernes",
        "kind": "kontor",
        "district": "bragernes",
        "address": "Nedre Storgate 12",
        "postcode": "3015",
        "latitude": "59.744600",
        "longitude": "10.206800",
        "area_min": 140,
        "rent_per_m2": 2100,
        "floors": 1,
        "parking_spaces": 0,
        "energy_label": "D",
        "year_built": 1890,
        "year_renovated": 2018,
        "facilities": ["Fiber", "Sykkelparkering"],
        "focus": ["grunder"],
        "description": "<p>Særpreget loftskontor med synlige bjelker, midt i gågata.</p>",
        "description_en": (
            "<p>A distinctive loft office with exposed beams, on the high street.</p>"
        ),
        "organisation": "bragernes-naeringsbygg",
        "days_ago": 4,
    },
]
