"""The demo's partner companies beside the three that own its premises: as in Næringsvekst
itself, forty main partners and fifteen partners in all, who pay into the project each year.

The companies and people are made up, and each name says «(demo)». Their organisation numbers
pass the check digit; their logos are drawn (portal.demo.logos).
"""

from portal.demo.images import PALETTES
from portal.validators import organisation_number_is_valid

MAIN, PARTNER = "main", "partner"

# name, tier, what the company does (nb, en)
COMPANIES = [
    (
        "Bragernes Sparebank",
        MAIN,
        "Lokal sparebank for bedrifter og folk i Drammen.",
        "A local savings bank for companies and people in Drammen.",
    ),
    (
        "Elvekraft Energi",
        MAIN,
        "Strøm, fjernvarme og ladeløsninger i Drammensregionen.",
        "Electricity, district heating and charging in the Drammen region.",
    ),
    (
        "Strømsø Advokatfirma",
        MAIN,
        "Forretningsjuss for selskaper som etablerer seg.",
        "Business law for companies setting up.",
    ),
    (
        "Holmen Havnelogistikk",
        MAIN,
        "Lager, omlasting og transport fra Drammen havn.",
        "Warehousing, transhipment and transport from the port of Drammen.",
    ),
    (
        "Konnerud Regnskap",
        MAIN,
        "Regnskap og lønn for små og mellomstore bedrifter.",
        "Accounting and payroll for small and medium-sized companies.",
    ),
    (
        "Tangen Elektro",
        MAIN,
        "Elektroinstallasjon i nybygg og rehabilitering.",
        "Electrical installation in new and renovated buildings.",
    ),
    (
        "Gulskogen IT",
        MAIN,
        "Drift, skytjenester og sikkerhet for næringslivet.",
        "IT operations, cloud services and security for businesses.",
    ),
    (
        "Åssiden Bygg",
        MAIN,
        "Entreprenør for næringsbygg og boliger.",
        "A contractor for commercial buildings and housing.",
    ),
    (
        "Marienlyst Arkitekter",
        MAIN,
        "Arkitekter for kontor, skole og byrom.",
        "Architects of offices, schools and public spaces.",
    ),
    (
        "Brakerøya Eiendomsforvaltning",
        MAIN,
        "Forvaltning og drift av næringseiendom.",
        "Management and operation of commercial property.",
    ),
    (
        "Drammensfjorden Revisjon",
        MAIN,
        "Revisjon og rådgivning for selskaper i vekst.",
        "Auditing and advice for growing companies.",
    ),
    (
        "Lierstranda Transport",
        MAIN,
        "Distribusjon og varetransport på Østlandet.",
        "Distribution and freight in Eastern Norway.",
    ),
    (
        "Austad Bemanning",
        MAIN,
        "Rekruttering og bemanning til næringslivet.",
        "Recruitment and staffing for businesses.",
    ),
    (
        "Danvik Helse",
        MAIN,
        "Bedriftshelsetjeneste og fysioterapi.",
        "Occupational health services and physiotherapy.",
    ),
    (
        "Fjell Teknologi",
        MAIN,
        "Programvare for industri og logistikk.",
        "Software for industry and logistics.",
    ),
    (
        "Landfalløya Marina",
        MAIN,
        "Båtplasser, verksted og opplevelser på fjorden.",
        "Moorings, a boatyard and trips on the fjord.",
    ),
    (
        "Spiraltoppen Reiseliv",
        MAIN,
        "Hotell, konferanse og guidede turer i byen.",
        "A hotel, conferences and guided tours of the city.",
    ),
    (
        "Grønland Rørlegger",
        MAIN,
        "Rørleggertjenester for bygg og industri.",
        "Plumbing for buildings and industry.",
    ),
    (
        "Kobbervik Ventilasjon",
        MAIN,
        "Ventilasjon og inneklima i næringsbygg.",
        "Ventilation and indoor climate in commercial buildings.",
    ),
    (
        "Rundtom Handelspark",
        MAIN,
        "Handelspark med butikker, kafeer og parkering.",
        "A retail park with shops, cafés and parking.",
    ),
    (
        "Svelvik Maritime",
        MAIN,
        "Leverandør av utstyr til maritim næring.",
        "A supplier of equipment to the maritime industry.",
    ),
    ("Mjøndalen Mekaniske", MAIN, "Mekanisk verksted og sveising.", "Machining and welding."),
    (
        "Bragernes Kommunikasjon",
        MAIN,
        "Kommunikasjonsbyrå for næringsliv og offentlig sektor.",
        "A communications agency for business and the public sector.",
    ),
    (
        "Elveparken Kontorfellesskap",
        MAIN,
        "Kontorplasser og møterom ved elva.",
        "Desks and meeting rooms by the river.",
    ),
    (
        "Strømsø Tannklinikk",
        MAIN,
        "Tannhelse for ansatte i Drammensbedrifter.",
        "Dental care for employees of Drammen companies.",
    ),
    (
        "Drammen Næringsmegling",
        MAIN,
        "Utleie og salg av næringseiendom.",
        "Letting and sale of commercial property.",
    ),
    (
        "Tangen Matsenter",
        MAIN,
        "Grossist og produksjonskjøkken for storhusholdning.",
        "A wholesaler and production kitchen for catering.",
    ),
    (
        "Holmen Trelast",
        MAIN,
        "Trelast og byggevarer for proffmarkedet.",
        "Timber and building materials for the trade.",
    ),
    (
        "Konnerud Friluft",
        MAIN,
        "Utstyr og opplevelser i marka rundt byen.",
        "Outdoor gear and trips in the forests around the city.",
    ),
    (
        "Åssiden Energi",
        MAIN,
        "Solceller og batterier for næringsbygg.",
        "Solar panels and batteries for commercial buildings.",
    ),
    (
        "Gulskogen Handel",
        MAIN,
        "Kjøpesenter med butikker og tjenester.",
        "A shopping centre with shops and services.",
    ),
    (
        "Brakerøya Data",
        MAIN,
        "Datasenter og nettverkstjenester.",
        "A data centre and network services.",
    ),
    (
        "Marienlyst Utdanning",
        MAIN,
        "Kurs og etter- og videreutdanning for ansatte.",
        "Courses and further education for employees.",
    ),
    (
        "Fjordbyen Forsikring",
        MAIN,
        "Forsikring for bedrifter og eiendom.",
        "Insurance for companies and property.",
    ),
    (
        "Drammen Elveterminal",
        MAIN,
        "Containerterminal og lager ved elvemunningen.",
        "A container terminal and warehouses at the river mouth.",
    ),
    (
        "Lierstranda Eiendom",
        MAIN,
        "Utvikler av logistikk- og kontortomter.",
        "A developer of logistics and office sites.",
    ),
    (
        "Danvik Rådgivning",
        MAIN,
        "Ledelses- og strategirådgivning.",
        "Management and strategy consulting.",
    ),
    (
        "Spiraltoppen Event",
        MAIN,
        "Arrangementer, konferanser og teknikk.",
        "Events, conferences and AV.",
    ),
    ("Svelvik Sjømat", MAIN, "Foredling og salg av sjømat.", "Seafood processing and sales."),
    (
        "Bragernes Bokhandel",
        PARTNER,
        "Bokhandel og kafé i sentrum.",
        "A bookshop and café in the centre.",
    ),
    (
        "Strømsø Bakeri",
        PARTNER,
        "Bakeri med levering til kontorer.",
        "A bakery delivering to offices.",
    ),
    ("Elvebredden Kafé", PARTNER, "Kafé og catering ved elva.", "A café and caterer by the river."),
    ("Konnerud Grafisk", PARTNER, "Trykk, skilt og profilering.", "Print, signs and branding."),
    (
        "Tangen Sykkel",
        PARTNER,
        "Sykkelverksted og leasing for bedrifter.",
        "Bike repairs and leasing for companies.",
    ),
    (
        "Åssiden Renhold",
        PARTNER,
        "Renhold av kontorer og næringsbygg.",
        "Cleaning of offices and commercial buildings.",
    ),
    (
        "Gulskogen Regnskapslag",
        PARTNER,
        "Regnskapskontor for enkeltpersonforetak.",
        "An accounting office for sole traders.",
    ),
    ("Marienlyst Foto", PARTNER, "Foto og film for bedrifter.", "Photo and film for companies."),
    ("Holmen Vaktservice", PARTNER, "Vakthold og adgangskontroll.", "Security and access control."),
    (
        "Austad Blomster",
        PARTNER,
        "Blomster og planter til kontorer.",
        "Flowers and plants for offices.",
    ),
    ("Danvik Oversettelser", PARTNER, "Oversetting og tolking.", "Translation and interpreting."),
    ("Fjell Flyttebyrå", PARTNER, "Flytting av kontorer og lager.", "Office and warehouse moves."),
    (
        "Landfalløya Kajakk",
        PARTNER,
        "Kajakkutleie og teambuilding.",
        "Kayak hire and team building.",
    ),
    ("Rundtom Print", PARTNER, "Kopiering og digitaltrykk.", "Copying and digital printing."),
]
COLOURS = [colour for palette in PALETTES.values() for colour in palette[:1] + palette[3:]]


def member_specs():
    """Partner organisation specs, as properties.demo.listings.ORGANISATIONS has them."""
    return [member_spec(number, *company) for number, company in enumerate(COMPANIES)]


def member_spec(number, name, tier, description, description_en):
    slug = slug_of(name)
    return {
        "slug": slug,
        "name": f"{name} AS (demo)",
        "organisation_number": organisation_number(93_000_000 + 10 * number),
        "tier": tier,
        "colour": COLOURS[number % len(COLOURS)],
        "website": "",
        "description": description,
        "description_en": description_en,
        "contacts": [
            (CONTACTS[number % len(CONTACTS)], "Daglig leder", f"post@{slug}.example", ""),
        ],
    }


def organisation_number(first_eight):
    """The first valid nine-digit organisation number from these eight digits on (some eight
    digits have no check digit)."""
    return next(
        candidate
        for base in range(first_eight, first_eight + 100)
        for candidate in (f"{base}{digit}" for digit in range(10))
        if organisation_number_is_valid(candidate)
    )


def slug_of(name):
    letters = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})
    return name.translate(letters).lower().replace(" ", "-")


CONTACTS = [
    "Ingrid Solberg",
    "Kari Nilsen",
    "Lars Hansen",
    "Mona Eriksen",
    "Ola Johansen",
    "Siri Pedersen",
    "Tor Andersen",
    "Vibeke Larsen",
]
