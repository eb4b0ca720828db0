"""The demo news: the index page and its articles, in Norwegian bokmål and English.

Facts come from the Næringsvekst 2020 status report; the sentences are our own.
"""

from datetime import date

from portal.demo.content import REPORT, REPORT_EN, figures, text

NEWS_INDEX = {
    "nb": {
        "slug": "nyheter",
        "title": "Nyheter",
        "introduction": "Nytt fra Drammen Works og næringslivet i Drammen.",
    },
    "en": {
        "slug": "news",
        "title": "News",
        "introduction": "News from Drammen Works and the business community in Drammen.",
    },
}

ARTICLES = [
    {
        "date": date(2026, 11, 16),
        "image": ("Demo: Kontorbyen i kveldslys", "evening"),
        "nb": {
            "slug": "kontorbyen-drammen",
            "title": "Kontorbyen Drammen: eiendomsutviklerne viser fram prosjektene sine",
            "introduction": (
                "En ny kampanje retter seg mot bedriftsledere i og rundt Oslo. Eiendomsutviklere "
                "i Drammen presenterer kontorprosjektene sine, og en ny film viser byen."
            ),
            "image_alt": "Tegning av kontorbygg ved elva i kveldslys",
            "body": [
                text(
                    "Kampanjen «kontorbyen Drammen» rulles nå ut i kanaler som når ledere i "
                    "hovedstadsområdet. Flere eiendomsutviklere deltar med sine prosjekter, slik "
                    "at de som vurderer nye kontorer, ser hva som faktisk er ledig.",
                    "En ny film om Drammen følger kampanjen. Den viser en by der næringslivet og "
                    "kommunen trekker i samme retning, og der det er lett å komme fram.",
                    "Som alle kampanjene til Drammen Works blir også denne målt og evaluert.",
                ),
            ],
        },
        "en": {
            "slug": "drammen-the-office-city",
            "title": "Drammen the office city: developers present their projects",
            "introduction": (
                "A new campaign speaks to business leaders in and around Oslo. Property "
                "developers in Drammen present their office projects, and a new film shows the "
                "city."
            ),
            "image_alt": "Drawing of office buildings by the river in evening light",
            "body": [
                text(
                    "The campaign «Drammen the office city» is now running in channels that "
                    "reach leaders in the capital region. Several property developers take part "
                    "with their projects, so that anyone looking for new offices sees what is "
                    "actually available.",
                    "A new film about Drammen backs the campaign. It shows a city where business "
                    "and the municipality pull in the same direction, and where getting around "
                    "is easy.",
                    "Like every Drammen Works campaign, this one is measured and evaluated.",
                ),
            ],
        },
    },
    {
        "date": date(2026, 10, 21),
        "image": ("Demo: Byen fra fjorden", "fjord"),
        "nb": {
            "slug": "halvveis-i-naeringsvekst",
            "title": "Halvveis: dette har Næringsvekst fått til så langt",
            "introduction": (
                "Samarbeidet mellom kommunen og næringslivet startet i 2016. Nå gjør vi opp "
                "status for arbeidet med å skape nye arbeidsplasser i Drammen."
            ),
            "image_alt": "Tegning av Drammen sett fra fjorden",
            "body": [
                text(
                    "Næringsvekst ble startet i 2016 av Drammen kommune og byens næringsliv. "
                    "Kommunen la 8 millioner kroner i potten, og næringslivet svarte raskt: i "
                    "dag bidrar 40 hovedsamarbeidspartnere og 15 partnere med litt over 2 "
                    "millioner kroner hvert år.",
                    "Målet er at Drammen skal få én ny arbeidsplass for hver annen ny "
                    "innbygger. Byen har lykkes godt med omdømmet og delvis nådd målene for "
                    "befolkningsvekst, men næringsmålene er ennå ikke nådd. Konkurransen fra "
                    "andre regioner på Østlandet er hard.",
                    "I andre halvdel vil arbeidet i større grad handle om konkrete tiltak fra "
                    "ressursgruppene innenfor hvert satsingsområde.",
                ),
                figures(
                    "Samarbeidet i tall",
                    ("8", "mill. kr", "fra Drammen kommune", REPORT),
                    ("40", "", "hovedsamarbeidspartnere", REPORT),
                    ("15", "", "partnere", REPORT),
                    ("2", "mill. kr", "fra næringslivet hvert år", REPORT),
                ),
            ],
        },
        "en": {
            "slug": "halfway-through-naeringsvekst",
            "title": "Halfway: what Næringsvekst has achieved so far",
            "introduction": (
                "The partnership of the municipality and business began in 2016. We take stock "
                "of the work to create new jobs in Drammen."
            ),
            "image_alt": "Drawing of Drammen seen from the fjord",
            "body": [
                text(
                    "Næringsvekst was started in 2016 by Drammen municipality and the city's "
                    "businesses. The municipality put in NOK 8 million, and business answered "
                    "quickly: today 40 main partners and 15 partners contribute a little over "
                    "NOK 2 million every year.",
                    "The goal is one new job in Drammen for every two new inhabitants. The city "
                    "has done well with its reputation and partly reached its population "
                    "targets, but the targets for business growth are not yet met. Competition "
                    "from other regions in Eastern Norway is tough.",
                    "In the second half, the work will be more about concrete measures from the "
                    "resource groups in each focus area.",
                ),
                figures(
                    "The partnership in figures",
                    ("NOK 8", "million", "from Drammen municipality", REPORT_EN),
                    ("40", "", "main partners", REPORT_EN),
                    ("15", "", "partners", REPORT_EN),
                    ("NOK 2", "million", "from business every year", REPORT_EN),
                ),
            ],
        },
    },
    {
        "date": date(2026, 9, 30),
        "image": ("Demo: Én stemme", "summer"),
        "nb": {
            "slug": "en-stemme-drammen-works",
            "title": "Én stemme for hele byen: Drammen Works",
            "introduction": (
                "All kommunikasjon fra Næringsvekst går nå under ett navn. Det gjør budskapet "
                "om Drammen helhetlig og lett å kjenne igjen."
            ),
            "image_alt": "Tegning av elvebredden en sommerdag",
            "body": [
                text(
                    "Uttrykket Drammen Works ble først brukt i arbeidet med byens omdømme. Det "
                    "er allerede kjent, det er unikt, og det har en dobbel betydning som passer: "
                    "Drammen fungerer, og Drammen arbeider.",
                    "Navnet dekker alle satsingsområdene, det gir energi utad og samler dem som "
                    "jobber med det innad. Budskapet er det samme overalt: Drammen – den "
                    "tilgjengelige byen.",
                ),
            ],
        },
        "en": {
            "slug": "one-voice-drammen-works",
            "title": "One voice for the whole city: Drammen Works",
            "introduction": (
                "All communication from Næringsvekst now goes under one name. That makes the "
                "message about Drammen whole and easy to recognise."
            ),
            "image_alt": "Drawing of the riverbank on a summer day",
            "body": [
                text(
                    "The name Drammen Works was first used in the work on the city's reputation. "
                    "It is already known, it is unique, and its double meaning fits: Drammen "
                    "works, and Drammen is at work.",
                    "The name covers every focus area, gives energy outwards and brings together "
                    "those who work with it. The message is the same everywhere: Drammen – the "
                    "accessible city.",
                ),
            ],
        },
    },
    {
        "date": date(2026, 9, 2),
        "image": ("Demo: Ressursgruppene møtes", "winter"),
        "nb": {
            "slug": "ressursgruppene-er-i-gang",
            "title": "Ressursgruppene er i gang i alle fire satsingsområder",
            "introduction": (
                "Gründere, eiendomsutviklere, helsenæringen og besøksnæringen har egne grupper "
                "som skal skape konkrete tiltak."
            ),
            "image_alt": "Tegning av byen en vinterdag",
            "body": [
                text(
                    "Næringsvekst har fire satsingsområder: gründer, eiendomsutvikling, "
                    "helsenæring og besøksnæring og handel. Innenfor hvert av dem arbeider nå "
                    "ressursgrupper med folk fra bedrifter, klynger og kommunen.",
                    "Det er i bedriftene arbeidsplassene skapes. Ressursgruppenes oppgave er å "
                    "finne og drive fram tiltakene som gjør det lettere.",
                ),
            ],
        },
        "en": {
            "slug": "resource-groups-at-work",
            "title": "Resource groups at work in all four focus areas",
            "introduction": (
                "Founders, property developers, the health industry and the visitor industry "
                "each have groups that will create concrete measures."
            ),
            "image_alt": "Drawing of the city on a winter day",
            "body": [
                text(
                    "Næringsvekst has four focus areas: founders, property development, the "
                    "health industry, and the visitor industry and retail. In each of them, "
                    "resource groups with people from companies, clusters and the municipality "
                    "are now at work.",
                    "Jobs are created in companies. The resource groups find and push the "
                    "measures that make it easier.",
                ),
            ],
        },
    },
    {
        "date": date(2026, 8, 18),
        "image": ("Demo: Universitetsbyen", "fjord"),
        "nb": {
            "slug": "drammen-er-universitetsby",
            "title": "Drammen er universitetsby",
            "introduction": (
                "Universitetsstatusen styrker byen i konkurransen om bedrifter og arbeidskraft."
            ),
            "image_alt": "Tegning av byen ved elva",
            "body": [
                text(
                    "At Drammen ble universitetsby, gir bedriftene tilgang til nye kandidater "
                    "og til forskning de kan samarbeide med. Det gjør også byen mer attraktiv "
                    "for unge som vil bo og jobbe her.",
                ),
            ],
        },
        "en": {
            "slug": "drammen-is-a-university-city",
            "title": "Drammen is a university city",
            "introduction": (
                "University status strengthens the city in the competition for companies and "
                "talent."
            ),
            "image_alt": "Drawing of the city by the river",
            "body": [
                text(
                    "With its university, Drammen gives companies access to new graduates and "
                    "to research they can work with. It also makes the city more attractive for "
                    "young people who want to live and work here.",
                ),
            ],
        },
    },
]
