"""Writes on establishment cases."""

from django.db import transaction

from campaigns.measurement import campaign_by_slug
from establishments.models import EstablishmentCase, PremisesConsidered
from portal.attribution import parse_ref
from portal.validators import organisation_number_is_valid
from properties.models import Inquiry


def attribution_fields(campaign_ref):
    """The case's campaign, source and medium from a reference «<campaign>~<source>~<medium>»."""
    slug, source, medium = parse_ref(campaign_ref)
    campaign_id = campaign_by_slug(slug)
    if campaign_id is None:
        return {}
    return {"campaign_id": campaign_id, "campaign_source": source, "campaign_medium": medium}


def case_open_from_relocation_request(*, submission, campaign_ref):
    """A new case for a relocation request, with what the company told and its campaign."""
    data = submission.form_data
    number = str(data.get("organisation_number", "")).replace(" ", "")
    return EstablishmentCase.objects.create(
        company_name=str(data.get("company", ""))[:160],
        organisation_number=number if organisation_number_is_valid(number) else "",
        contact_name=str(data.get("name", ""))[:120],
        contact_email=str(data.get("email", ""))[:254],
        contact_phone=str(data.get("phone", ""))[:20],
        needs=str(data.get("needs", "")),
        relocation_request=submission,
        **attribution_fields(campaign_ref),
    )


def case_note_contacts(*, case):
    """A logged contact is a response: the first response is the earliest of them all."""
    earliest = case.contacts.order_by("contacted_at").values_list("contacted_at", flat=True)
    first_contact = earliest.first()
    if first_contact is None:
        return case
    if case.first_response_at is None or first_contact < case.first_response_at:
        case.first_response_at = first_contact
        with transaction.atomic():
            EstablishmentCase.objects.filter(pk=case.pk).update(first_response_at=first_contact)
    return case


def inquiry_to_forward(*, pk, user):
    """The inquiry an editor opens a case from, if they may read inquiries."""
    if not str(pk).isdigit() or not user.has_perm("properties.view_inquiry"):
        return None
    return Inquiry.objects.filter(pk=pk).select_related("listing").first()


def case_from_inquiry(*, inquiry):
    """A new, unsaved case with what an inquiry about premises tells, for the editor to check."""
    case = EstablishmentCase(
        company_name=inquiry.company or inquiry.name,
        contact_name=inquiry.name,
        contact_email=inquiry.email,
        contact_phone=inquiry.phone,
        needs=inquiry.message,
        **attribution_fields(inquiry.campaign_ref),
    )
    case.premises = [PremisesConsidered(listing=inquiry.listing)]
    return case
