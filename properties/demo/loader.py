"""Demo premises: partner organisations with contacts, and listings with photos and floor plans.

Looked up before created, so a second run changes nothing.
"""

import io
from datetime import date, timedelta

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from portal.demo.images import draw_floor_plan_pdf
from portal.demo.logos import draw_logo
from portal.models import PartnerContact, PartnerOrganisation
from properties.demo.generated import generated_listings
from properties.demo.listings import CONTACT_ROLES, FACILITIES, LISTINGS, ORGANISATIONS
from properties.demo.pictures import FACADE_WALL, draw_premises
from properties.models import (
    District,
    Facility,
    Listing,
    ListingDocument,
    ListingImage,
    PropertyKind,
)
from sectors.models import FocusArea

CONFIRMED_AT_MOST_DAYS_AGO = 75  # stale enough to say so, not so old that it is hidden
DEMO_PHOTO_COUNT = 3


class PropertiesDemo:
    def __init__(self, log=print):
        self.log = log
        self.created = 0

    def load(self):
        organisations = {
            spec["slug"]: self.ensure_organisation(spec, mark)
            for mark, spec in enumerate(ORGANISATIONS)
        }
        for name, name_en in FACILITIES.items():
            self.ensure_facility(name, name_en)
        kinds = {kind.slug: kind for kind in PropertyKind.objects.all()}
        districts = {district.slug: district for district in District.objects.all()}
        focus_areas = {area.slug: area for area in FocusArea.objects.all()}
        for spec in [*LISTINGS, *generated_listings()]:
            if not Listing.objects.filter(slug=spec["slug"]).exists():
                self.create_listing(spec, organisations, kinds, districts, focus_areas)
        return self.created

    def ensure_facility(self, name, name_en):
        facility = Facility.objects.get_or_create(name=name)[0]
        if not facility.name_en:  # an editor's English name is kept
            facility.name_en = name_en
            facility.save(update_fields=["name_en"])
            self.created += 1
            self.log(f"Named facility {name} in English: {name_en}")

    def ensure_organisation(self, spec, mark=0):
        organisation = PartnerOrganisation.objects.filter(slug=spec["slug"]).first()
        if organisation:
            self.ensure_english(organisation, spec)
            return organisation
        organisation = PartnerOrganisation(
            slug=spec["slug"],
            name=spec["name"],
            organisation_number=spec["organisation_number"],
            tier=spec["tier"],
            website=spec["website"],
            description=spec["description"],
            description_en=spec["description_en"],
            logo=self.image(
                f"Demo: logo {spec['name']}",
                draw_logo(spec["name"], spec["colour"], mark),
                "png",
            ),
        )
        for order, (name, role, email, phone) in enumerate(spec["contacts"]):
            organisation.contacts.add(
                PartnerContact(
                    name=name,
                    role=role,
                    role_en=CONTACT_ROLES.get(role, ""),
                    email=email,
                    phone=phone,
                    sort_order=order,
                )
            )
        organisation.save()
        self.created += 1
        self.log(f"Created partner organisation {organisation.name}")
        return organisation

    def ensure_english(self, organisation, spec):
        """English for a demo partner loaded before there was any (an editor's is kept)."""
        if not organisation.description_en:
            organisation.description_en = spec["description_en"]
            organisation.save(update_fields=["description_en"])
            self.created += 1
        for contact in organisation.contacts.filter(role_en="", role__in=CONTACT_ROLES):
            contact.role_en = CONTACT_ROLES[contact.role]
            contact.save(update_fields=["role_en"])

    def create_listing(self, spec, organisations, kinds, districts, focus_areas):
        spec = dict(spec)
        organisation = organisations[spec.pop("organisation")]
        days_ago = spec.pop("days_ago")
        available_in = spec.pop("available_in_days", None)
        facilities = spec.pop("facilities")
        focus = spec.pop("focus")
        photos = spec.pop("photos", DEMO_PHOTO_COUNT)
        wall_colour = spec.pop("wall_colour", FACADE_WALL)
        kind = kinds[spec.pop("kind")]
        listing = Listing(
            live=False,
            kind=kind,
            district=districts[spec.pop("district")],
            organisation=organisation,
            contact=organisation.contacts.first(),
            available_from=date.today() + timedelta(days=available_in) if available_in else None,
            **spec,
        )
        listing.facilities.add(*facilities)
        listing.focus_areas = [focus_areas[slug] for slug in focus]
        for order in range(photos):
            drawing = draw_premises(kind.slug, f"{listing.slug}-{order}", wall_colour)
            photo = self.image(f"Demo: {listing.title} {order + 1}", drawing, "jpg")
            listing.images.add(
                ListingImage(
                    image=photo,
                    alt_text=f"Tegning av fasaden til {listing.title}, bilde {order + 1}",
                    alt_text_en=f"Drawing of the front of {listing.title_en}, picture {order + 1}",
                    sort_order=order,
                )
            )
        listing.documents.add(
            ListingDocument(
                document=self.floor_plan(listing.title),
                kind=ListingDocument.Kind.FLOOR_PLAN,
                title=f"Plantegning {listing.title}",
                title_en=f"Floor plan, {listing.title_en}",
            )
        )
        listing.full_clean()
        listing.save()
        listing.save_revision().publish()
        published = timezone.now() - timedelta(days=days_ago)
        # Owners confirmed most listings when they were published; a few are getting stale.
        confirmed = timezone.now() - timedelta(days=min(days_ago, CONFIRMED_AT_MOST_DAYS_AGO))
        Listing.objects.filter(pk=listing.pk).update(
            first_published_at=published, last_published_at=published, confirmed_at=confirmed
        )
        self.created += 1
        self.log(f"Created listing {listing.title}")

    def image(self, title, data, extension):
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(
                title=title,
                file=ImageFile(io.BytesIO(data), name=f"{slugify(title)}.{extension}"),
            )
            image.save()
        return image

    def floor_plan(self, title):
        Document = get_document_model()
        name = f"Demo: plantegning {title}"
        document = Document.objects.filter(title=name).first()
        if document is None:
            document = Document(title=name)
            document.file.save(f"{slugify(name)}.pdf", ContentFile(draw_floor_plan_pdf(title)))
            document.save()
        return document


def load_properties_demo(log=print, with_users=True):
    return PropertiesDemo(log=log).load()
