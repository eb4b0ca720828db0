"""The texts of the demo site, in Norwegian bokmål and English.

Facts come from the Næringsvekst 2020 status report; the sentences are our own. Each page is a
dict per language; stream bodies are lists of (block type, value) pairs.
"""


def text(*paragraphs):
    return ("text", "".join(f"<p>{p}</p>" for p in paragraphs))


def figures(heading, *items):
    return (
        "key_figures",
        {
            "heading": heading,
            "figures": [
                {"number": n, "unit": u, "label": label, "source": s, "source_url": ""}
                for n, u, label, s in items
            ],
        },
    )


def quote(words, who, role):
    return ("quote", {"quote": words, "attribution": who, "role": role})


def call_to_action(heading, body, link_text):
    """A call to action that leads to the relocation form (filled in by the loader)."""
    return ("call_to_action", {"heading": heading, "text": body, "link_text": link_text})


REPORT = "Næringsvekst 2020, statusrapport"
REPORT_EN = "Næringsvekst 2020 status report"

HOME = {
    "nb": {
        "title": "Drammen Works",
        "hero_heading": "Drammen – den tilgjengelige byen",
        "introduction": (
            "Drammen Works er stemmen til kommunen og næringslivet i Drammen. Vi hjelper "
            "bedrifter som vurderer å etablere seg her – med lokaler, kontakter og folk."
        ),
        "hero_image_alt": "Tegning av Drammen by med elva og brua i kveldslys",
    },
    "en": {
        "title": "Drammen Works",
        "hero_heading": "Drammen – the accessible city",
        "introduction": (
            "Drammen Works speaks for the municipality and the business community of Drammen. "
            "We help companies that are thinking of moving here – with premises, contacts and "
            "people."
        ),
        "hero_image_alt": "Drawing of Drammen with the river and the bridge in evening light",
    },
}

FOUR_K = [
    {
        "image": ("Demo: Knutepunktet ved elva", "fjord"),
        "nb": {
            "slug": "knutepunkt",
            "title": "Knutepunkt",
            "teaser": "Alle veier fører til Drammen – på skinner, vei og sjø.",
            "introduction": (
                "Drammen ligger der transportårene møtes. Det gjør det enkelt å nå kunder, "
                "leverandører og kolleger, enten de er i Oslo, i regionen eller i utlandet."
            ),
            "hero_image_alt": "Tegning av en bro over elva med byen bak",
            "body": [
                text(
                    "Togene går i ett gjennom Drammen, fra morgen til kveld. Hovedveiene mot "
                    "Oslo, Sørlandet, Vestlandet og Sverige møtes her, og byen har en moderne "
                    "stamnetthavn for gods til og fra resten av verden.",
                    "To internasjonale flyplasser ligger innen én times reise. For en bedrift "
                    "betyr det at møtet i København eller Berlin ikke krever en ekstra "
                    "overnatting.",
                ),
                figures(
                    "Knutepunktet i tall",
                    ("2", "flyplasser", "internasjonale flyplasser innen én time", REPORT),
                    ("1", "havn", "moderne stamnetthavn i byen", REPORT),
                    (
                        "10",
                        "minutter",
                        "den lengste veien i sentrum, til fots eller på sykkel",
                        REPORT,
                    ),
                ),
                call_to_action(
                    "Vil dere ligge midt i trafikken – uten å stå i den?",
                    "Fortell oss hva dere trenger, så finner vi lokaler nær stasjonen og havna.",
                    "Be om flyttehjelp",
                ),
            ],
        },
        "en": {
            "slug": "hub",
            "title": "Hub",
            "teaser": "All roads lead to Drammen – by rail, road and sea.",
            "introduction": (
                "Drammen sits where the main transport routes meet. Customers, suppliers and "
                "colleagues are easy to reach, whether they are in Oslo, in the region or abroad."
            ),
            "hero_image_alt": "Drawing of a bridge across the river with the town behind it",
            "body": [
                text(
                    "Trains run through Drammen all day long. The main roads towards Oslo, the "
                    "south and west coasts and Sweden meet here, and the city has a modern "
                    "main-network port for goods to and from the rest of the world.",
                    "Two international airports are within an hour's travel. For a company, a "
                    "meeting in Copenhagen or Berlin no longer needs an extra night away.",
                ),
                figures(
                    "The hub in figures",
                    ("2", "airports", "international airports within an hour", REPORT_EN),
                    ("1", "port", "modern main-network port in the city", REPORT_EN),
                    (
                        "10",
                        "minutes",
                        "the longest trip in the centre, on foot or by bike",
                        REPORT_EN,
                    ),
                ),
                call_to_action(
                    "Want to be in the middle of the traffic – without being stuck in it?",
                    "Tell us what you need, and we will find premises near the station and "
                    "the port.",
                    "Ask for relocation help",
                ),
            ],
        },
    },
    {
        "image": ("Demo: Byliv en sommerdag", "summer"),
        "nb": {
            "slug": "komplett",
            "title": "Komplett",
            "teaser": "Ett bo- og arbeidsmarked med Oslo, og en by med alt i tillegg.",
            "introduction": (
                "Drammen er en del av det samme bo- og arbeidsmarkedet som hovedstaden. Samtidig "
                "er byen komplett i seg selv, med kultur, handel og tjenester av høy kvalitet."
            ),
            "hero_image_alt": "Tegning av bygårder langs elva en sommerdag",
            "body": [
                text(
                    "Mange som jobber i Oslo, bor i Drammen – og stadig flere gjør det motsatte. "
                    "For arbeidsgivere betyr det et større marked å rekruttere fra, og for de "
                    "ansatte et bredere utvalg av boliger og jobber.",
                    "Etter jobb venter et byliv med konserter, teater, restauranter, butikker og "
                    "idrett. Det urbane tilbudet er variert og godt utbygd, uten storbyens kø.",
                ),
                quote(
                    "Vi rekrutterer fra hele Østlandet, men det er byen som får folk til å bli.",
                    "Ingrid Solberg",
                    "daglig leder i et teknologiselskap (demo)",
                ),
                call_to_action(
                    "Se om Drammen passer for dere",
                    "Vi viser dere byen, lokalene og nettverkene – gratis og uforpliktende.",
                    "Be om flyttehjelp",
                ),
            ],
        },
        "en": {
            "slug": "complete",
            "title": "Complete",
            "teaser": "One housing and job market with Oslo, and a city with everything else.",
            "introduction": (
                "Drammen belongs to the same housing and job market as the capital. At the same "
                "time the city is complete in itself, with culture, shopping and services of "
                "high quality."
            ),
            "hero_image_alt": "Drawing of town houses along the river on a summer day",
            "body": [
                text(
                    "Many who work in Oslo live in Drammen – and more and more do it the other "
                    "way round. Employers get a larger market to recruit from, and their staff "
                    "a wider choice of homes and jobs.",
                    "After work there are concerts, theatre, restaurants, shops and sport. The "
                    "urban offer is varied and well developed, without the queues of a big city.",
                ),
                quote(
                    "We recruit from all over Eastern Norway, but it is the city that makes "
                    "people stay.",
                    "Ingrid Solberg",
                    "managing director of a technology company (demo)",
                ),
                call_to_action(
                    "See whether Drammen fits your company",
                    "We show you the city, the premises and the networks – free of charge.",
                    "Ask for relocation help",
                ),
            ],
        },
    },
    {
        "image": ("Demo: Ti minutter til alt", "evening"),
        "nb": {
            "slug": "kompakt",
            "title": "Kompakt",
            "teaser": "Timinuttersbyen: kort vei til alt som betyr noe.",
            "introduction": (
                "I Drammen er det kort vei mellom bedrifter, myndigheter, nettverk og "
                "samarbeidspartnere – og mellom jobb, hjem og fritid."
            ),
            "hero_image_alt": "Tegning av byen i kveldslys med opplyste vinduer",
            "body": [
                text(
                    "Vi kaller Drammen timinuttersbyen. Bedriftene ligger nær kommunen, "
                    "nettverkene og hverandre, så et møte krever sjelden mer enn en kort "
                    "spasertur.",
                    "For de ansatte er det kort vei til jobben, til byen, til fjorden og marka, "
                    "til fritidsaktivitetene og til barnehagen og skolen. Tid som ellers går "
                    "til pendling, blir til overs.",
                ),
                figures(
                    "Nært",
                    ("10", "minutter", "reisetid fra sentrum til det meste", REPORT),
                ),
                call_to_action(
                    "Vil dere bruke mindre tid på å komme dit dere skal?",
                    "Vi hjelper dere å finne lokaler der folkene deres vil være.",
                    "Be om flyttehjelp",
                ),
            ],
        },
        "en": {
            "slug": "compact",
            "title": "Compact",
            "teaser": "The ten-minute city: close to everything that matters.",
            "introduction": (
                "In Drammen, companies are close to the authorities, networks and partners – "
                "and people are close to work, home and leisure."
            ),
            "hero_image_alt": "Drawing of the city in the evening with lit windows",
            "body": [
                text(
                    "We call Drammen the ten-minute city. Companies are near the municipality, "
                    "the networks and each other, so a meeting rarely takes more than a short "
                    "walk.",
                    "Staff are close to work, to the town, to the fjord and the forest, to "
                    "their leisure activities and to kindergarten and school. Time that would "
                    "go to commuting is left over.",
                ),
                figures(
                    "Close",
                    ("10", "minutes", "travel time from the centre to most places", REPORT_EN),
                ),
                call_to_action(
                    "Want to spend less time getting where you need to be?",
                    "We help you find premises where your people want to be.",
                    "Ask for relocation help",
                ),
            ],
        },
    },
    {
        "image": ("Demo: Vinter ved universitetet", "winter"),
        "nb": {
            "slug": "kompetanse",
            "title": "Kompetanse",
            "teaser": "En million mennesker å rekruttere fra, og en by med universitet.",
            "introduction": (
                "Bedrifter i Drammen har tilgang på kvalifiserte medarbeidere, og kan hente nye "
                "fra en befolkning på rundt én million mennesker."
            ),
            "hero_image_alt": "Tegning av byen en vinterdag med snø på takene",
            "body": [
                text(
                    "Drammensregionen, Kongsberg, Vestfold, Asker, Bærum og Oslo ligger alle "
                    "innen rekkevidde. Til sammen bor det rundt én million mennesker i området "
                    "bedriftene i Drammen kan rekruttere fra.",
                    "Drammen er også universitetsby. Det gir nye kandidater hvert år, "
                    "forskningsmiljøer å samarbeide med og en by som tiltrekker seg unge folk.",
                ),
                figures(
                    "Kompetanse i tall",
                    ("1 000 000", "mennesker", "i området bedriftene rekrutterer fra", REPORT),
                    (
                        "6",
                        "områder",
                        "Drammensregionen, Kongsberg, Vestfold, Asker, Bærum og Oslo",
                        REPORT,
                    ),
                ),
                call_to_action(
                    "Trenger dere folk med riktig kompetanse?",
                    "Vi setter dere i kontakt med universitetet, nettverkene og bedriftene.",
                    "Be om flyttehjelp",
                ),
            ],
        },
        "en": {
            "slug": "competence",
            "title": "Competence",
            "teaser": "A million people to recruit from, and a university city.",
            "introduction": (
                "Companies in Drammen have access to qualified staff, and can recruit from a "
                "population of around one million people."
            ),
            "hero_image_alt": "Drawing of the city on a winter day with snow on the roofs",
            "body": [
                text(
                    "The Drammen region, Kongsberg, Vestfold, Asker, Bærum and Oslo are all "
                    "within reach. Together, around one million people live in the area that "
                    "companies in Drammen recruit from.",
                    "Drammen is also a university city. That brings new graduates every year, "
                    "research groups to work with and a city that draws young people.",
                ),
                figures(
                    "Competence in figures",
                    ("1,000,000", "people", "in the area companies recruit from", REPORT_EN),
                    (
                        "6",
                        "areas",
                        "the Drammen region, Kongsberg, Vestfold, Asker, Bærum and Oslo",
                        REPORT_EN,
                    ),
                ),
                call_to_action(
                    "Do you need people with the right skills?",
                    "We put you in touch with the university, the networks and the companies.",
                    "Ask for relocation help",
                ),
            ],
        },
    },
]

RELOCATION_FORM = {
    "nb": {
        "slug": "flyttehjelp",
        "title": "Flyttehjelp",
        "intro": (
            "<p>Vurderer bedriften deres å flytte til Drammen, eller å etablere en avdeling her? "
            "Drammen Works hjelper gratis med lokaler, tomter, kontakter i kommunen og "
            "nettverk i næringslivet.</p>"
        ),
        "thank_you_text": ("<p>Vi har fått forespørselen din og svarer innen to arbeidsdager.</p>"),
        "subject": "Ny forespørsel om flyttehjelp",
    },
    "en": {
        "slug": "relocation-help",
        "title": "Relocation help",
        "intro": (
            "<p>Is your company thinking of moving to Drammen, or of opening an office here? "
            "Drammen Works helps free of charge with premises, plots, contacts in the "
            "municipality and business networks.</p>"
        ),
        "thank_you_text": (
            "<p>We have received your request and will answer within two working days.</p>"
        ),
        "subject": "New relocation request",
    },
}

ABOUT = {
    "nb": {
        "slug": "om-drammen-works",
        "title": "Om Drammen Works",
        "introduction": (
            "Drammen Works er stemmen til Næringsvekst – samarbeidet mellom Drammen kommune og "
            "næringslivet om nye arbeidsplasser."
        ),
        "body": [
            text(
                "Næringsvekst skal forsterke vekst og innovasjon i Drammen. Vi stimulerer, "
                "koordinerer og kommuniserer prosjekter som skaper nye arbeidsplasser, med ett "
                "mål: én ny arbeidsplass for hver annen ny innbygger.",
                "Arbeidet er organisert i fire satsingsområder – gründer, eiendomsutvikling, "
                "helsenæring og besøksnæring og handel – med ressursgrupper som driver fram "
                "konkrete tiltak.",
                "Kampanjene våre retter seg mot bedriftsledere, gründere, investorer og "
                "drammensere som jobber andre steder og kan være ambassadører for byen. Hver "
                "kampanje blir målt og evaluert.",
            ),
        ],
    },
    "en": {
        "slug": "about-drammen-works",
        "title": "About Drammen Works",
        "introduction": (
            "Drammen Works is the voice of Næringsvekst – the partnership of Drammen "
            "municipality and the business community for new jobs."
        ),
        "body": [
            text(
                "Næringsvekst strengthens growth and innovation in Drammen. We encourage, "
                "coordinate and communicate projects that create new jobs, with one goal: one "
                "new job for every two new inhabitants.",
                "The work is organised in four focus areas – founders, property development, "
                "the health industry, and the visitor industry and retail – with resource "
                "groups that drive concrete measures.",
                "Our campaigns speak to business leaders, founders, investors and people from "
                "Drammen who work elsewhere and can be ambassadors for the city. Every campaign "
                "is measured and evaluated.",
            ),
        ],
    },
}

ACCESSIBILITY = {
    "nb": {
        "slug": "tilgjengelighetserklaering",
        "title": "Tilgjengelighetserklæring",
        "introduction": (
            "Drammen Works skal kunne brukes av alle. Her forteller vi hvordan nettstedet "
            "oppfyller kravene til universell utforming, hva vi vet ikke virker ennå, og "
            "hvordan du melder fra om feil."
        ),
        "conformance": "partial",
        "answer_within_days": 5,
        # (success criterion, what does not work, what we do about it)
        "deviations": [
            (
                "1.2.2 Teksting (forhåndsinnspilt)",
                "Filmer som redaktørene legger inn fra YouTube eller Vimeo, har ikke alltid "
                "teksting. Den som ikke hører lyden, får da ikke med seg alt.",
                "Vi ber om teksting før en film publiseres, og legger ved tekstutskrift der "
                "vi har den.",
            ),
            (
                "1.3.1 Informasjon og relasjoner (PDF-dokumenter)",
                "Plantegninger og prospekter som eiendomsbesitterne laster opp som PDF, er "
                "ikke alltid merket slik at skjermlesere kan lese dem.",
                "Fakta om lokalene står alltid som tekst på siden. Vi ber partnerne om "
                "tilgjengelige PDF-filer.",
            ),
        ],
        "body": (
            "<h2>Slik har vi vurdert nettstedet</h2>"
            "<p>Erklæringen bygger på egen testing. Alle sidetyper, også partnerområdet og "
            "skjemaer med feil, testes automatisk med axe-core mot WCAG 2.2 nivå A og AA ved "
            "hver endring, på mobil- og skjermbredde og på begge språk. HTML-koden sjekkes "
            "med Nu HTML Checker, og vi tester at alt kan brukes med tastatur alene.</p>"
        ),
    },
    "en": {
        "slug": "accessibility-statement",
        "title": "Accessibility statement",
        "introduction": (
            "Drammen Works should be usable by everyone. Here is how the site meets the "
            "requirements for universal design, what we know does not work yet, and how to "
            "report a problem."
        ),
        "conformance": "partial",
        "answer_within_days": 5,
        # (success criterion, what does not work, what we do about it)
        "deviations": [
            (
                "1.2.2 Captions (prerecorded)",
                "Films that editors embed from YouTube or Vimeo do not always have "
                "captions. People who cannot hear the sound then miss part of them.",
                "We ask for captions before a film is published, and add a transcript "
                "where we have one.",
            ),
            (
                "1.3.1 Info and relationships (PDF documents)",
                "Floor plans and brochures that property owners upload as PDF are not "
                "always tagged so that screen readers can read them.",
                "The facts about the premises are always on the page as text. We ask "
                "partners for accessible PDF files.",
            ),
        ],
        "body": (
            "<h2>How we assessed the site</h2>"
            "<p>This statement is based on our own testing. Every page type, the partner "
            "area and forms with errors included, is tested automatically with axe-core "
            "against WCAG 2.2 level A and AA on every change, at phone and desktop width and "
            "in both languages. The HTML is checked with the Nu HTML Checker, and we test "
            "that everything works with a keyboard alone.</p>"
        ),
    },
}

PRIVACY = {
    "nb": {
        "slug": "personvern",
        "title": "Personvernerklæring",
        "introduction": (
            "Her står hva Drammen Works lagrer om deg, hvorfor, hvor lenge vi tar vare på det, "
            "og hvordan du får innsyn eller får det slettet."
        ),
        "body": (
            "<h2>Hvem som er ansvarlig</h2>"
            "<p>Næringsvekst Drammen, samarbeidet mellom Drammen kommune og næringslivet i "
            "byen, er behandlingsansvarlig for personopplysningene på nettstedet.</p>"
            "<h2>Hva vi bruker opplysningene til</h2>"
            "<ul><li>En henvendelse om et lokale sender vi til eieren av lokalet, som svarer "
            "deg direkte.</li>"
            "<li>En forespørsel om flyttehjelp leses av Drammen Works-teamet, som tar kontakt "
            "med deg.</li>"
            "<li>Et søkevarsel bruker vi bare til å sende deg nye lokaler som passer søket "
            "ditt.</li>"
            "<li>Partnernes kontaktpersoner vises sammen med lokalene de har ansvar for.</li>"
            "</ul>"
            "<p>Vi behandler henvendelser, forespørsler og varsler fordi du har samtykket til "
            "det i skjemaet. Opplysningene selges ikke og brukes ikke til markedsføring.</p>"
        ),
    },
    "en": {
        "slug": "privacy",
        "title": "Privacy statement",
        "introduction": (
            "What Drammen Works stores about you, why, how long we keep it, and how to see it "
            "or have it deleted."
        ),
        "body": (
            "<h2>Who is responsible</h2>"
            "<p>Næringsvekst Drammen, the partnership of Drammen municipality and the city's "
            "businesses, is the controller of the personal data on this site.</p>"
            "<h2>What we use the data for</h2>"
            "<ul><li>An inquiry about premises goes to the owner of the premises, who answers "
            "you directly.</li>"
            "<li>A request for relocation help is read by the Drammen Works team, who get in "
            "touch with you.</li>"
            "<li>A search alert is used only to send you new premises that match your "
            "search.</li>"
            "<li>Partners' contact people are shown with the premises they look after.</li>"
            "</ul>"
            "<p>We handle inquiries, requests and alerts because you agreed to it in the form. "
            "The data is not sold and not used for marketing.</p>"
        ),
    },
}

CONTACT = {
    "organisation": "Næringsvekst Drammen",
    "email": "post@drammenworks.no",
    "phone": "+47 32 00 00 00",
    "address": "Drammen Works\nPostboks 7500\n3008 Drammen",
    "linkedin_url": "https://www.linkedin.com/company/drammen-works",
}

HERO_IMAGE = ("Demo: Drammen ved elva", "fjord")
