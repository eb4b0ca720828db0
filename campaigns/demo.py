"""Demo campaigns: «kontorbyen Drammen» running now, three earlier ones with evaluations, and
made-up measurement data for all four (each campaign is marked as demo data)."""

import json
import random
from datetime import timedelta

from django.utils import timezone
from wagtail.images import get_image_model

from campaigns.demo_inquiries import create_campaign_inquiries
from campaigns.models import (
    AmbassadorPage,
    Campaign,
    CampaignConversions,
    CampaignIndexPage,
    CampaignPage,
    CampaignVisits,
    Channel,
    Measure,
    TargetGroup,
)
from portal.demo.content import HERO_IMAGE
from portal.demo.loader import ensure_demo_page
from portal.models import PartnerOrganisation, RelocationFormPage
from portal.models.pages import HomePage

FILM_URL = "https://www.youtube.com/watch?v=DrammenDemo"  # placeholder: the real film's address

CAMPAIGNS = [
    {
        "slug": "kontorbyen",
        "name": "Kontorbyen Drammen",
        "name_en": "Drammen, the office city",
        "purpose": (
            "Få bedriftsledere i og rundt Oslo til å vurdere kontorer i Drammen. "
            "Eiendomsutviklerne viser prosjektene sine, og den nye drammensfilmen viser byen."
        ),
        "purpose_en": (
            "Get business leaders in and around Oslo to consider offices in Drammen. The "
            "property developers present their projects, and the new Drammen film shows the city."
        ),
        "days": (-30, 60),
        "budget_nok": 450_000,
        "status": Campaign.Status.RUNNING,
        "targets": (12_000, 3_000, 60, 20, 150),
        "groups": ["bedriftsledere", "investorer"],
        "channels": ["linkedin", "avis", "utendors", "nyhetsbrev", "ambassadorer"],
        "sources": [
            ("linkedin", "paid", 5),
            ("dn", "print", 2),
            ("newsletter", "email", 2),
            ("ambassador", "share", 1),
            ("outdoor", "qr", 1),
        ],
        "daily_visits": 110,
        "premises": ["kontor", "kombinasjonsbygg"],
    },
    {
        "slug": "grunderbyen",
        "name": "Gründerbyen Drammen",
        "name_en": "Drammen, the founders' city",
        "purpose": "Vise gründere at Drammen har nettverk, kontorfellesskap og kapital.",
        "purpose_en": "Show founders that Drammen has networks, coworking spaces and capital.",
        "days": (-350, -290),
        "budget_nok": 180_000,
        "status": Campaign.Status.EVALUATED,
        "targets": (5_000, 800, 25, 10, 60),
        "groups": ["grundere"],
        "channels": ["linkedin", "arrangement"],
        "sources": [("linkedin", "paid", 3), ("event", "qr", 2)],
        "daily_visits": 70,
        "premises": ["kontorfellesskap", "kontor"],
        "worked": "Arrangementene på kontorfellesskapene ga mange henvendelser per besøk.",
        "worked_en": "The events at the coworking spaces brought many inquiries per visit.",
        "change": "LinkedIn-annonsene nådde for mange utenfor målgruppen; smalere målretting.",
    },
    {
        "slug": "helsebyen",
        "name": "Helsebyen Drammen",
        "name_en": "Drammen, the health city",
        "purpose": "Trekke helsebedrifter til byen rundt det nye sykehuset.",
        "purpose_en": "Bring health companies to the city around the new hospital.",
        "days": (-270, -210),
        "budget_nok": 220_000,
        "status": Campaign.Status.EVALUATED,
        "targets": (6_000, 1_200, 30, 15, 50),
        "groups": ["bedriftsledere", "investorer"],
        "channels": ["avis", "nyhetsbrev"],
        "sources": [("dn", "print", 2), ("newsletter", "email", 3)],
        "daily_visits": 60,
        "premises": ["kombinasjonsbygg", "kontor"],
        "worked": "Nyhetsbrevet til helseklyngen ga de fleste flytteforespørslene.",
        "worked_en": "The health cluster's newsletter brought most of the relocation requests.",
        "change": "Avisannonsene ga få besøk; bruk midlene på fagmedier og arrangementer.",
    },
    {
        "slug": "ambassador-var",
        "name": "Ambassadørvåren",
        "name_en": "Ambassador spring",
        "purpose": "Få drammensere som jobber i Oslo til å fortelle om byen på jobben.",
        "purpose_en": "Get people from Drammen who work in Oslo to talk about the city at work.",
        "days": (-200, -150),
        "budget_nok": 90_000,
        "status": Campaign.Status.EVALUATED,
        "targets": (3_000, 600, 15, 10, 40),
        "groups": ["ambassadorer"],
        "channels": ["ambassadorer", "linkedin"],
        "sources": [("ambassador", "share", 4), ("linkedin", "organic", 1)],
        "daily_visits": 40,
        "premises": ["kontor"],
        "worked": "Ambassadørenes delinger ga lite trafikk, men høy andel henvendelser.",
        "worked_en": "The ambassadors' shares brought little traffic but many inquiries per visit.",
        "change": "Gi ambassadørene ferdige tekster og bilder å dele.",
    },
]

CONVERSION_RATES = {  # conversions per visit, roughly, for the made-up figures
    Measure.LISTING_VIEWS: 0.25,
    Measure.INQUIRIES: 0.006,
    Measure.RELOCATION_REQUESTS: 0.002,
    Measure.ALERT_SUBSCRIPTIONS: 0.012,
}


def load_campaigns_demo(log=print, with_users=True):
    created, index_pages = ensure_demo_page(
        CampaignIndexPage, INDEX, log=log, parent=HomePage.objects.first()
    )
    created += ensure_demo_page(
        AmbassadorPage, ambassador_spec(), log=log, parent=index_pages["nb"], in_menu=False
    )[0]
    for spec in CAMPAIGNS:
        campaign = Campaign.objects.filter(slug=spec["slug"]).first()
        if campaign is None:
            campaign = create_campaign(spec)
            generate_measurements(campaign, spec)
            created += 1
            log(f"Created campaign {campaign.name}")
        elif not campaign.name_en:  # loaded before campaigns had English; an editor's is kept
            Campaign.objects.filter(pk=campaign.pk).update(
                name_en=spec["name_en"], purpose_en=spec["purpose_en"]
            )
        created += ensure_demo_page(
            CampaignPage,
            landing_page_spec(campaign, spec),
            log=log,
            parent=index_pages["nb"],
            in_menu=False,
        )[0]
    return created


def create_campaign(spec):
    today = timezone.localdate()
    visits, views, inquiries, requests, alerts = spec["targets"]
    campaign = Campaign.objects.create(
        slug=spec["slug"],
        name=spec["name"],
        name_en=spec["name_en"],
        purpose=spec["purpose"],
        purpose_en=spec["purpose_en"],
        starts_on=today + timedelta(days=spec["days"][0]),
        ends_on=today + timedelta(days=spec["days"][1]),
        budget_nok=spec["budget_nok"],
        status=spec["status"],
        target_visits=visits,
        target_listing_views=views,
        target_inquiries=inquiries,
        target_relocation_requests=requests,
        target_alert_subscriptions=alerts,
        what_worked=spec.get("worked", ""),
        what_to_change=spec.get("change", ""),
        is_demo=True,
    )
    campaign.target_groups.set(TargetGroup.objects.filter(slug__in=spec["groups"]))
    campaign.channels.set(Channel.objects.filter(slug__in=spec["channels"]))
    return campaign


def generate_measurements(campaign, spec):
    rng = random.Random(spec["slug"])  # noqa: S311 - made-up demo figures
    end = min(campaign.ends_on, timezone.localdate())
    landing = f"/kampanjer/{campaign.slug}/"
    weights = sum(weight for _source, _medium, weight in spec["sources"])
    visits, conversions = [], []
    day = campaign.starts_on
    while day <= end:
        for source, medium, weight in spec["sources"]:
            count = round(spec["daily_visits"] * weight / weights * rng.uniform(0.5, 1.5))
            visits.append(
                CampaignVisits(
                    date=day,
                    campaign=campaign,
                    utm_campaign=campaign.slug,
                    source=source,
                    medium=medium,
                    landing_page=landing,
                    visits=count,
                )
            )
            for measure, rate in CONVERSION_RATES.items():
                converted = sum(1 for _ in range(count) if rng.random() < rate)
                if converted:
                    conversions.append(
                        CampaignConversions(
                            date=day,
                            campaign=campaign,
                            source=source,
                            medium=medium,
                            measure=measure,
                            count=converted,
                        )
                    )
        day += timedelta(days=1)
    CampaignVisits.objects.bulk_create(visits)
    CampaignConversions.objects.bulk_create(conversions)
    create_campaign_inquiries(campaign, conversions, spec["premises"], rng)


INDEX = {
    "nb": {
        "slug": "kampanjer",
        "title": "Kampanjer",
        "introduction": "Slik forteller Drammen Works om byen – og hva hver kampanje har gitt.",
    },
    "en": {
        "slug": "campaigns",
        "title": "Campaigns",
        "introduction": "How Drammen Works tells people about the city, campaign by campaign.",
    },
}


def text(*paragraphs):
    return {"type": "text", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}


def ambassador_spec():
    return {
        "nb": {
            "slug": "ambassador",
            "title": "Bli ambassadør for Drammen",
            "introduction": (
                "Bor du i Drammen og jobber et annet sted? Du kan være den som nevner byen når "
                "flytting er tema på jobben."
            ),
            "body": json.dumps(
                [
                    text(
                        "Mange bedrifter vurderer nye lokaler uten å tenke på Drammen. En kollega "
                        "som "
                        "kjenner byen, kan gjøre forskjellen.",
                        "Del kampanjene våre med lenkene under. Lenkene viser oss bare at en "
                        "ambassadør "
                        "har delt – ikke hvem du er.",
                    )
                ]
            ),
        },
        "en": {
            "slug": "ambassador",
            "title": "Be an ambassador for Drammen",
            "introduction": (
                "Live in Drammen and work elsewhere? You can be the one who mentions the city "
                "when moving comes up at work."
            ),
            "body": json.dumps(
                [
                    text(
                        "Many companies look for new premises without thinking of Drammen. A "
                        "colleague "
                        "who knows the city can make the difference.",
                        "Share our campaigns with the links below. They only tell us that an "
                        "ambassador "
                        "shared – not who you are.",
                    )
                ]
            ),
        },
    }


def landing_page_spec(campaign, spec):
    form_pages = {page.locale.language_code: page for page in RelocationFormPage.objects.all()}
    if campaign.slug != "kontorbyen":
        return {
            "nb": {
                "slug": campaign.slug,
                "title": spec["name"],
                "introduction": spec["purpose"],
                "campaign": campaign,
                "body": json.dumps([text(spec.get("worked") or spec["purpose"])]),
            },
            "en": {
                "slug": campaign.slug,
                "title": spec["name_en"],
                "introduction": spec["purpose_en"],
                "campaign": campaign,
                "body": json.dumps([text(spec.get("worked_en") or spec["purpose_en"])]),
            },
        }
    developers = list(
        PartnerOrganisation.objects.filter(
            slug__in=["elvebyen-eiendom", "fjordkanten-utvikling"]
        ).order_by("slug")
    )
    return {
        "nb": {
            "slug": "kontorbyen",
            "title": "Kontorbyen Drammen",
            "introduction": "Kontorer med utsikt over elva, 35 minutter fra Oslo S.",
            "campaign": campaign,
            "body": json.dumps(kontorbyen_body("nb", developers, form_pages.get("nb"))),
        },
        "en": {
            "slug": "kontorbyen",
            "title": "Drammen, the office city",
            "introduction": "Offices overlooking the river, 35 minutes from Oslo Central.",
            "campaign": campaign,
            "body": json.dumps(kontorbyen_body("en", developers, form_pages.get("en"))),
        },
    }


KONTORBYEN = {
    "nb": {
        "heading": "Kontorbyen Drammen",
        "hero_alt": "Tegning av Drammen med elva og brua i kveldslys",
        "hero": (
            "Nye kontorer ved elva, tog hvert tiende minutt og et arbeidsmarked på én million."
        ),
        "text": (
            "Eiendomsutviklerne i Drammen bygger kontorer for bedrifter som vil ligge nær Oslo "
            "uten Oslo-priser. Her viser de fram prosjektene sine."
        ),
        "film": "Drammensfilmen (demo)",
        "transcript": "<p>Filmen viser elva, togene og folk på vei til jobb i Drammen.</p>",
        "showcase": "Ledige kontorer",
        "quote": (
            "Vi flyttet hovedkontoret til Drammen og fikk kortere vei for de fleste ansatte."
        ),
        "role": "daglig leder (demo)",
        "cta": "Vil dere se på kontorer i Drammen?",
        "cta_text": "Vi setter dere i kontakt med utviklerne.",
        "cta_link": "Be om flyttehjelp",
    },
    "en": {
        "heading": "Drammen, the office city",
        "hero_alt": "Drawing of Drammen with the river and the bridge in evening light",
        "hero": (
            "New offices by the river, a train every ten minutes and a job market of a million "
            "people."
        ),
        "text": (
            "Property developers in Drammen are building offices for companies that want to be "
            "close to Oslo without Oslo prices. Here they present their projects."
        ),
        "film": "The Drammen film (demo)",
        "transcript": "<p>The film shows the river, the trains and people going to work.</p>",
        "showcase": "Offices available",
        "quote": "We moved our head office to Drammen and most of our staff got a shorter commute.",
        "role": "CEO (demo)",
        "cta": "Want to see offices in Drammen?",
        "cta_text": "We put you in touch with the developers.",
        "cta_link": "Ask for relocation help",
    },
}


def kontorbyen_body(code, developers, form_page):
    words = KONTORBYEN[code]
    picture = get_image_model().objects.filter(title=HERO_IMAGE[0]).first()
    hero = {
        "heading": words["heading"],
        "text": words["hero"],
        "image": picture.pk if picture else None,
        "image_alt": words["hero_alt"],
    }
    film = {
        "url": FILM_URL,
        "title": words["film"],
        "poster": None,
        "transcript": words["transcript"],
    }
    showcase = {"heading": words["showcase"], "listings": [], "kind": ["kontor"], "limit": 6}
    blocks = [
        {"type": "hero", "value": hero},
        text(words["text"]),
        {"type": "film", "value": film},
        {"type": "showcase", "value": showcase},
    ]
    for developer in developers:
        presentation = {
            "organisation": developer.pk,
            "heading": "",
            "images": [],
            "show_listings": True,
            "text": f"<p>{developer_blurb(developer, code)}</p>",
        }
        blocks.append({"type": "developer", "value": presentation})
    quote = {"quote": words["quote"], "attribution": "Ingrid Solberg", "role": words["role"]}
    blocks.append({"type": "quote", "value": quote})
    if form_page:
        call = {
            "heading": words["cta"],
            "text": words["cta_text"],
            "page": form_page.pk,
            "url": "",
            "link_text": words["cta_link"],
        }
        blocks.append({"type": "call_to_action", "value": call})
    return blocks


def developer_blurb(developer, code):
    if code == "en" and developer.description_en:
        return developer.description_en
    return developer.description
