"""The partner's form for one listing: its fields, photos and documents, saved as one draft."""

import uuid

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from partners import selectors, services
from partners.form_keys import form_key_of, remember_listing_made_by_form
from partners.forms import ListingPartnerForm
from partners.views.attached_files import DOCUMENTS, PHOTOS
from portal.params import database_id
from properties.models import Listing


class ListingEditor:
    """A new listing when `listing` is None; otherwise the latest draft of the partner's own."""

    template = "partners/listing_form.html"

    def __init__(self, request, listing):
        self.request, self.listing = request, listing
        draft = selectors.latest_draft(listing) if listing else Listing()
        draft.organisation = request.organisation  # never taken from the form
        self.images_by_id = {item.image_id: item.image for item in draft.images.all()}
        self.sent = request.method == "POST"
        data, files = (request.POST, request.FILES) if self.sent else (None, None)
        self.form = ListingPartnerForm(
            data,
            instance=draft,
            organisation=request.organisation,
            submitting=self.sent and data.get("action") == "submit",
        )
        self.photos = PHOTOS.formset_for(draft, data, files)
        self.documents = DOCUMENTS.formset_for(draft, data, files)

    def is_valid(self):
        return (
            self.sent
            and self.form.is_valid()
            and self.photos.is_valid()
            and self.documents.is_valid()
        )

    def save(self):
        """Store the draft and go where the partner's button said."""
        request = self.request
        action = request.POST.get("action")
        with transaction.atomic():
            draft = self.form.apply()
            draft.images = PHOTOS.rows_from(self.photos, request)
            draft.documents = DOCUMENTS.rows_from(self.documents, request)
            withdrawn = services.listing_draft_save(draft=draft, user=request.user)
            saved = Listing.objects.get(pk=draft.pk)
            if self.listing is None:
                remember_listing_made_by_form(request, saved)
            if action == "submit":
                services.listing_submit(listing=saved, user=request.user)
        return after_save(request, saved, action, withdrawn=withdrawn)

    def response(self):
        status = 400 if self.sent else 200
        return TemplateResponse(self.request, self.template, self.context(), status=status)

    def context(self):
        listing = self.listing
        workflow_state = selectors.current_workflow_state(listing) if listing else None
        return {
            "listing": listing,
            "form_key": form_key_of(self.request) or uuid.uuid4().hex,
            "deletable": listing is not None and selectors.listing_is_deletable(listing),
            "form": self.form,
            "photos": self.photos,
            "documents": self.documents,
            "photo_rows": [
                (photo, self.images_by_id.get(database_id(photo["image_id"].value())))
                for photo in self.photos
            ],
            "state": selectors.listing_state(listing, workflow_state)
            if listing
            else selectors.State.DRAFT,
            "comment": selectors.changes_requested_comment(workflow_state) if listing else "",
        }


def after_save(request, listing, action, withdrawn=False):
    if action == "submit":
        messages.success(request, _("Sent to Drammen Works for approval. We will e-mail you."))
        return redirect("partners:dashboard")
    if withdrawn:
        messages.warning(
            request,
            _("Saved. The listing is no longer waiting for approval: submit it again when ready."),
        )
    else:
        messages.success(request, _("Saved. Nothing is published until an editor approves it."))
    if action == "preview":
        return redirect("partners:listing_preview", pk=listing.pk)
    return redirect("partners:listing_edit", pk=listing.pk)
