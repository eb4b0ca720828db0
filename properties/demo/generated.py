"""Generated demo premises: about thirty listings on real Drammen streets, the same on every run."""

import random

from django.utils.text import slugify

from properties.demo.listings import ORGANISATIONS
from properties.geo import distance_to_station_m

# The other ~30 listings are generated from real Drammen streets; the seed keeps every run alike,
# so a second run looks up the same slugs and creates nothing.
GENERATED_SEED = 2016
GENERATED_PHOTO_COUNT = 2

# street: (district, postcode, latitude, longitude) — a point on land along the street.
STREETS = {
    "Strømsø torg": ("stromso", "3044", 59.7395, 10.2062),
    "Tollbugata": ("stromso", "3044", 59.7401, 10.2112),
    "Nedre Strandgate": ("stromso", "3044", 59.7404, 10.2086),
    "Grønland": ("stromso", "3045", 59.7392, 10.2168),
    "Bragernes torg": ("bragernes", "3017", 59.7443, 10.2040),
    "Nedre Storgate": ("bragernes", "3015", 59.7447, 10.2072),
    "Øvre Storgate": ("bragernes", "3018", 59.7455, 10.1992),
    "Kirkegata": ("bragernes", "3016", 59.7451, 10.2024),
    "Engene": ("bragernes", "3015", 59.7446, 10.1968),
    "Brakerøyaveien": ("brakeroya", "3029", 59.7535, 10.2385),
    "Gulskogen allé": ("gulskogen", "3045", 59.7401, 10.1622),
    "Kobbervikdalen": ("gulskogen", "3036", 59.7335, 10.1705),
    "Ytre Ringvei": ("assiden", "3048", 59.7528, 10.1455),
    "Industriveien": ("assiden", "3047", 59.7562, 10.1310),
    "Fjellsveien": ("fjell", "3038", 59.7282, 10.1905),
    "Konnerudgata": ("konnerud", "3045", 59.7262, 10.1702),
    "Danvikgata": ("danvik", "3045", 59.7368, 10.2425),
    "Tangenveien": ("tangen", "3036", 59.7318, 10.2296),
    "Holmen": ("tangen", "3036", 59.7362, 10.2288),
    "Strandgata": ("mjondalen", "3050", 59.7478, 10.0178),
    "Krokstadveien": ("krokstadelva", "3055", 59.7608, 10.0012),
    "Storgaten": ("svelvik", "3060", 59.6124, 10.4078),
}

# (kind, street, house number, title, what differs from the generated values)
NEW_BUILDING = {"year_built": 2025, "year_renovated": None, "energy_label": "A"}

SITES = [
    ("kontor", "Tollbugata", 17, "Kontorlokaler i Tollbugata 17", {}),
    ("kontor", "Nedre Strandgate", 5, "Kontoretasje med elveutsikt i Nedre Strandgate", {}),
    ("kontor", "Kirkegata", 8, "Kontorer i Kirkegata 8", {}),
    ("kontor", "Øvre Storgate", 21, "Kontorlokaler i Øvre Storgate 21", {"status": "let"}),
    ("kontor", "Grønland", 58, "Nye kontorer på Grønland", NEW_BUILDING),
    ("kontor", "Gulskogen allé", 14, "Kontorbygg på Gulskogen", {}),
    (
        "kontor",
        "Brakerøyaveien",
        3,
        "Kontorer med fjordutsikt på Brakerøya",
        {"status": "negotiating"},
    ),
    ("kontor", "Storgaten", 12, "Kontorlokaler i Svelvik sentrum", {}),
    ("handel", "Nedre Storgate", 31, "Butikklokale i gågata, Nedre Storgate 31", {}),
    ("handel", "Strømsø torg", 11, "Forretningslokale på Strømsø torg", {}),
    ("handel", "Engene", 20, "Utsalgslokale i Engene 20", {"status": "let"}),
    ("handel", "Strandgata", 71, "Butikk i Mjøndalen sentrum", {}),
    ("handel", "Storgaten", 34, "Butikklokale i Storgaten i Svelvik", {}),
    ("lager-logistikk", "Holmen", 8, "Lager med port ved Holmen", {}),
    ("lager-logistikk", "Brakerøyaveien", 32, "Logistikkbygg på Brakerøya", {}),
    ("lager-logistikk", "Ytre Ringvei", 40, "Lagerhall ved Ytre Ringvei", {}),
    ("lager-logistikk", "Krokstadveien", 16, "Lager og kontor i Krokstadelva", {}),
    (
        "lager-logistikk",
        "Danvikgata",
        12,
        "Kjølelager på Danvik",
        {"status": "archived", "facilities": ["Kjøling", "Varemottak", "Elbillading"]},
    ),
    ("industri", "Industriveien", 27, "Produksjonshall i Industriveien 27", {}),
    ("industri", "Kobbervikdalen", 65, "Verkstedbygg i Kobbervikdalen", {"status": "negotiating"}),
    ("industri", "Strandgata", 120, "Industrilokaler ved elva i Mjøndalen", {}),
    ("industri", "Holmen", 21, "Industribygg med kaiadgang på Holmen", {}),
    ("tomt", "Ytre Ringvei", 60, "Næringstomt langs Ytre Ringvei", {}),
    ("tomt", "Krokstadveien", 40, "Tomt for lager og logistikk i Krokstadelva", {}),
    ("tomt", "Fjellsveien", 100, "Næringstomt på Fjell", {}),
    ("kontorfellesskap", "Strømsø torg", 2, "Kontorplasser for gründere på Strømsø torg", {}),
    ("kontorfellesskap", "Kirkegata", 15, "Kontorfellesskap i Kirkegata", {}),
    ("kombinasjonsbygg", "Konnerudgata", 46, "Kombinasjonsbygg i Konnerudgata 46", {}),
    ("kombinasjonsbygg", "Fjellsveien", 7, "Butikk og kontor på Fjell", {}),
    ("kombinasjonsbygg", "Danvikgata", 30, "Kontor og lager på Danvik", {}),
]

# The English title of each site above.
TITLES_EN = {
    "Kontorlokaler i Tollbugata 17": "Offices at Tollbugata 17",
    "Kontoretasje med elveutsikt i Nedre Strandgate": (
        "Office floor with river views in Nedre Strandgate"
    ),
    "Kontorer i Kirkegata 8": "Offices at Kirkegata 8",
    "Kontorlokaler i Øvre Storgate 21": "Offices at Øvre Storgate 21",
    "Nye kontorer på Grønland": "New offices at Grønland",
    "Kontorbygg på Gulskogen": "Office building at Gulskogen",
    "Kontorer med fjordutsikt på Brakerøya": "Offices with fjord views at Brakerøya",
    "Kontorlokaler i Svelvik sentrum": "Offices in Svelvik town centre",
    "Butikklokale i gågata, Nedre Storgate 31": "Shop on the pedestrian street, Nedre Storgate 31",
    "Forretningslokale på Strømsø torg": "Retail premises on Strømsø torg",
    "Utsalgslokale i Engene 20": "Shop premises at Engene 20",
    "Butikk i Mjøndalen sentrum": "Shop in Mjøndalen town centre",
    "Butikklokale i Storgaten i Svelvik": "Shop on Storgaten in Svelvik",
    "Lager med port ved Holmen": "Warehouse with a loading door at Holmen",
    "Logistikkbygg på Brakerøya": "Logistics building at Brakerøya",
    "Lagerhall ved Ytre Ringvei": "Warehouse on Ytre Ringvei",
    "Lager og kontor i Krokstadelva": "Warehouse and offices in Krokstadelva",
    "Kjølelager på Danvik": "Cold store at Danvik",
    "Produksjonshall i Industriveien 27": "Production hall at Industriveien 27",
    "Verkstedbygg i Kobbervikdalen": "Workshop building in Kobbervikdalen",
    "Industrilokaler ved elva i Mjøndalen": "Industrial premises by the river in Mjøndalen",
    "Industribygg med kaiadgang på Holmen": "Industrial building with quay access at Holmen",
    "Næringstomt langs Ytre Ringvei": "Business plot along Ytre Ringvei",
    "Tomt for lager og logistikk i Krokstadelva": (
        "Plot for warehousing and logistics in Krokstadelva"
    ),
    "Næringstomt på Fjell": "Business plot at Fjell",
    "Kontorplasser for gründere på Strømsø torg": "Desks for founders on Strømsø torg",
    "Kontorfellesskap i Kirkegata": "Coworking space in Kirkegata",
    "Kombinasjonsbygg i Konnerudgata 46": "Mixed-use building at Konnerudgata 46",
    "Butikk og kontor på Fjell": "Shop and offices at Fjell",
    "Kontor og lager på Danvik": "Offices and storage at Danvik",
}

OFFICE_FACILITIES = [
    "Kantine",
    "Elbillading",
    "Sykkelparkering",
    "Trinnfri adkomst",
    "Møterom",
    "Garderobe med dusj",
    "Fiber",
    "Heis",
    "Takterrasse",
]
WORKSHOP_FACILITIES = ["Varemottak", "Garderobe med dusj", "Elbillading", "Fiber", "Kjøling"]

# Sizes in m², rents in NOK per m² per year (ranges as in Drammen's market), how many
# facilities, which focus areas suit, and what the building looks like in its photos.
KIND_PROFILES = {
    "kontor": {
        "area": (120, 900),
        "divisible": (0.5, 1.5, 4),
        "rent": (1500, 3000),
        "floors": (2, 7),
        "parking": (0, 30),
        "built": (1890, 2022),
        "facilities": (OFFICE_FACILITIES, 3, 5),
        "focus": [[], ["grunder"], ["eiendomsutvikling"], ["helsenaering"]],
        "walls": ["#d8d2c4", "#a4523a", "#e8e4dc", "#8d9499"],
    },
    "handel": {
        "area": (60, 600),
        "divisible": (0.3, 1.5, 2.5),
        "rent": (1800, 4500),
        "floors": (1, 2),
        "parking": (0, 10),
        "built": (1880, 2020),
        "facilities": (["Trinnfri adkomst", "Varemottak", "Kjøling", "Fiber"], 1, 3),
        "focus": [["besoksnaering-handel"]],
        "walls": ["#d8b55b", "#a4523a", "#e8e4dc", "#c98f6b"],
    },
    "lager-logistikk": {
        "area": (800, 5000),
        "divisible": (0.5, 1.5, 3),
        "rent": (700, 1300),
        "floors": (1, 2),
        "parking": (10, 80),
        "built": (1970, 2022),
        "facilities": (WORKSHOP_FACILITIES, 2, 4),
        "focus": [[], ["eiendomsutvikling"]],
        "walls": ["#8d9499", "#5f7d8c", "#b7b2a7"],
    },
    "industri": {
        "area": (600, 5000),
        "divisible": (0.3, 1.5, 3),
        "rent": (600, 1100),
        "floors": (1, 2),
        "parking": (10, 60),
        "built": (1960, 2018),
        "facilities": (WORKSHOP_FACILITIES, 2, 3),
        "focus": [[], ["eiendomsutvikling"]],
        "walls": ["#8d9499", "#6b5b4b", "#b7b2a7"],
    },
    "tomt": {
        "plot": (3000, 25000),
        "price_per_m2": (1200, 3500),
        "focus": [["eiendomsutvikling"]],
        "walls": ["#b7b2a7"],
    },
    "kontorfellesskap": {
        "area": (8, 20),
        "divisible": (1.0, 4, 10),
        "rent": (3000, 5000),
        "floors": (1, 2),
        "parking": (0, 10),
        "built": (1900, 2022),
        "facilities": (OFFICE_FACILITIES, 4, 6),
        "focus": [["grunder"], ["grunder", "helsenaering"]],
        "walls": ["#e8e4dc", "#d8b55b", "#a4523a"],
    },
    "kombinasjonsbygg": {
        "area": (300, 1500),
        "divisible": (0.5, 1.5, 3),
        "rent": (1600, 2800),
        "floors": (2, 5),
        "parking": (5, 40),
        "built": (1950, 2023),
        "facilities": ([*OFFICE_FACILITIES, "Varemottak"], 3, 5),
        "focus": [["helsenaering"], ["besoksnaering-handel"], ["grunder", "besoksnaering-handel"]],
        "walls": ["#d8d2c4", "#5f7d8c", "#c98f6b"],
    },
}

# (Norwegian, English) first sentences per kind; {address} is filled in.
DESCRIPTIONS = {
    "kontor": [
        (
            "Lyse kontorlokaler i {address} med fleksibel planløsning og gode møterom.",
            "Bright offices at {address} with a flexible layout and good meeting rooms.",
        ),
        (
            "Moderne kontoretasje som kan tilpasses leietaker, med åpne arbeidsplasser og "
            "stillerom.",
            "A modern office floor that can be fitted out for the tenant, with open workspaces "
            "and quiet rooms.",
        ),
        (
            "Representative kontorer i et godt vedlikeholdt bygg med resepsjon.",
            "Prestigious offices in a well-kept building with a reception.",
        ),
    ],
    "handel": [
        (
            "Butikklokale på gateplan med store vindusflater og god synlighet.",
            "Street-level shop with large windows and good visibility.",
        ),
        (
            "Forretningslokale med lager i bakkant og egen varelevering.",
            "Retail premises with a back store and its own goods delivery.",
        ),
    ],
    "lager-logistikk": [
        (
            "Lagerhall med god takhøyde, porter på bakkeplan og stor manøvreringsplass.",
            "Warehouse with good ceiling height, ground-level doors and ample room to manoeuvre.",
        ),
        (
            "Lager med kontordel og rampe for lastebil, kort vei til E18 og E134.",
            "Warehouse with an office section and a truck ramp, close to the E18 and E134.",
        ),
    ],
    "industri": [
        (
            "Produksjonslokaler med kraftig strømforsyning, traverskran og kontordel.",
            "Production premises with a heavy power supply, an overhead crane and offices.",
        ),
        (
            "Verkstedhall med høye porter og asfaltert uteareal.",
            "A workshop hall with tall doors and a paved yard.",
        ),
    ],
    "tomt": [
        (
            "Regulert næringstomt, opparbeidet og klar for bygging.",
            "A plot zoned for business, prepared and ready to build on.",
        ),
        (
            "Flat tomt regulert til lager, logistikk og lett industri.",
            "A level plot zoned for warehousing, logistics and light industry.",
        ),
    ],
    "kontorfellesskap": [
        (
            "Faste og fleksible arbeidsplasser i et kontorfellesskap med møterom, kaffebar og "
            "faglige arrangementer.",
            "Fixed and flexible desks in a coworking space with meeting rooms, a coffee bar "
            "and events.",
        ),
        (
            "Kontorplasser for gründere og små selskaper, med felles resepsjon og fagmiljø.",
            "Desks for founders and small companies, with a shared reception and community.",
        ),
    ],
    "kombinasjonsbygg": [
        (
            "Bygg med butikk på gateplan og kontorer i etasjene over.",
            "A building with a shop at street level and offices on the floors above.",
        ),
        (
            "Fleksibelt bygg for kontor, lager og utstilling under samme tak.",
            "A flexible building for offices, storage and a showroom under one roof.",
        ),
    ],
}

# Partner organisations by where they build; other districts are shared out at random.
DISTRICT_OWNERS = {
    "stromso": "elvebyen-eiendom",
    "bragernes": "bragernes-naeringsbygg",
    "brakeroya": "fjordkanten-utvikling",
    "tangen": "fjordkanten-utvikling",
}


NORWEGIAN_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


def generated_listings():
    """The generated listings' specs, the same on every call."""
    rng = random.Random(GENERATED_SEED)  # noqa: S311 - demo data, not secrets
    return [generated_listing(rng, *site) for site in SITES]


def generated_listing(rng, kind, street, number, title, overrides):
    district, postcode, latitude, longitude = STREETS[street]
    profile = KIND_PROFILES[kind]
    latitude += rng.uniform(-0.0004, 0.0004)
    longitude += rng.uniform(-0.0008, 0.0008)
    spec = {
        "slug": slugify(title.translate(NORWEGIAN_LETTERS)),
        "title": title,
        "title_en": TITLES_EN[title],
        "kind": kind,
        "district": district,
        "address": f"{street} {number}",
        "postcode": postcode,
        "latitude": f"{latitude:.6f}",
        "longitude": f"{longitude:.6f}",
        "focus": rng.choice(profile["focus"]),
        "organisation": DISTRICT_OWNERS.get(district)
        or rng.choice([organisation["slug"] for organisation in ORGANISATIONS]),
        "days_ago": rng.randint(0, 90),
        "photos": GENERATED_PHOTO_COUNT,
        "wall_colour": rng.choice(profile["walls"]),
        **(plot_terms(rng, profile) if kind == "tomt" else building_terms(rng, profile)),
        **generated_description(rng, kind, street, number, latitude, longitude),
    }
    if rng.random() < 0.3 and "status" not in overrides:
        spec["available_in_days"] = rng.choice([30, 60, 90, 120, 180, 240])
    spec.update(overrides)
    return spec


def plot_terms(rng, profile):
    plot_area = 100 * round(rng.randint(*profile["plot"]) / 100)
    price = 100_000 * round(plot_area * rng.randint(*profile["price_per_m2"]) / 100_000)
    return {"area_min": plot_area, "plot_area": plot_area, "sale_price": price, "facilities": []}


def building_terms(rng, profile):
    low, high = profile["area"]
    area_min = rng.randint(low, high)
    area_min = 10 * round(area_min / 10) if area_min > 50 else area_min
    year_built = rng.randint(*profile["built"])
    pool, fewest, most = profile["facilities"]
    terms = {
        "area_min": area_min,
        "area_max": divisible_up_to(rng, area_min, *profile["divisible"]),
        "rent_per_m2": 50 * round(rng.randint(*profile["rent"]) / 50),
        "shared_costs_per_m2": round(rng.randint(200, 450), -1) if rng.random() < 0.6 else None,
        "floors": rng.randint(*profile["floors"]),
        "parking_spaces": rng.randint(*profile["parking"]),
        "year_built": year_built,
        "energy_label": energy_label(rng, year_built),
        "facilities": rng.sample(pool, rng.randint(fewest, most)),
    }
    if year_built < 2000 and rng.random() < 0.6:
        terms["year_renovated"] = rng.randint(max(year_built + 15, 2005), 2024)
    return terms


def divisible_up_to(rng, area_min, chance, low_factor, high_factor):
    if rng.random() >= chance:
        return None
    return 10 * round(area_min * rng.uniform(low_factor, high_factor) / 10)


def energy_label(rng, year_built):
    if year_built >= 2015:
        return rng.choice("AB")
    if year_built >= 1990:
        return rng.choice("BCD")
    return rng.choice("CDEF")


def generated_description(rng, kind, street, number, latitude, longitude):
    norwegian, english = rng.choice(DESCRIPTIONS[kind])
    address = f"{street} {number}"
    distance = distance_to_station_m(latitude, longitude)
    if distance < 1500:
        minutes = max(2, round(distance / 80))
        norwegian += f" Drammen stasjon ligger {minutes} minutter unna til fots."
        english += f" Drammen station is a {minutes}-minute walk away."
    else:
        norwegian += " Buss stopper like ved, og det er god parkering."
        english += " Buses stop nearby, and parking is easy."
    rng.random()  # once chose which listings lacked English; drawn still, so the rest stay alike
    return {
        "description": f"<p>{norwegian.format(address=address)}</p>",
        "description_en": f"<p>{english.format(address=address)}</p>",
    }
