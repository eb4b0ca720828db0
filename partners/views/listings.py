import re
import uuid

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from partners import selectors, services
from partners.access import own_or_404, partner_required
from partners.forms import DocumentFormSet, ListingPartnerForm, PhotoFormSet
from portal.params import database_id
from properties.maps import map_points, map_settings
from properties.models import Listing, ListingDocument, ListingImage
from properties.selectors import listing_detail_context


@require_GET
@partner_required
def dashboard(request):
    rows = selectors.listing_rows(request.organisation)
    return TemplateResponse(
        request,
        "partners/dashboard.html",
        {"rows": rows, "stats_days": selectors.STATS_DAYS},
    )


def own_listing(request, pk):
    return own_or_404(selectors.organisation_listings(request.organisation), pk=pk)


def photo_initial(draft):
    return [
        {
            "image_id": item.image_id,
            "alt_text": item.alt_text,
            "caption": item.caption,
            "order": position,
        }
        for position, item in enumerate(draft.images.all(), start=1)
    ]


def document_initial(draft):
    return [
        {"document_id": item.document_id, "title": item.title, "kind": item.kind}
        for item in draft.documents.all()
    ]


def kept_forms(formset, id_field):
    """Forms that describe a photo or document to keep, in the order the partner gave."""
    kept = [
        (position, form.cleaned_data)
        for position, form in enumerate(formset.forms)
        if form.cleaned_data
        and not form.cleaned_data.get("remove")
        and (form.cleaned_data.get(id_field) is not None or form.cleaned_data.get("upload"))
    ]
    kept.sort(key=lambda pair: (pair[1].get("order") or 100 + pair[0], pair[0]))
    return [data for _position, data in kept]


def photos_from(formset, request):
    photos = []
    for order, data in enumerate(kept_forms(formset, "image_id")):
        image_id = data.get("image_id")
        if data.get("upload"):
            image_id = services.partner_image_create(
                organisation=request.organisation,
                user=request.user,
                file=data["upload"],
                title=data["alt_text"],
            ).pk
        photos.append(
            ListingImage(
                image_id=image_id,
                alt_text=data["alt_text"],
                caption=data.get("caption", ""),
                sort_order=order,
            )
        )
    return photos


def documents_from(formset, request):
    documents = []
    for order, data in enumerate(kept_forms(formset, "document_id")):
        document_id = data.get("document_id")
        if data.get("upload"):
            document_id = services.partner_document_create(
                organisation=request.organisation,
                user=request.user,
                file=data["upload"],
                title=data["title"],
            ).pk
        documents.append(
            ListingDocument(
                document_id=document_id,
                title=data["title"],
                kind=data.get("kind") or ListingDocument.Kind.OTHER,
                sort_order=order,
            )
        )
    return documents


# A new-listing form carries a key, also in its address (site.js puts it there); the listing it
# made is remembered in the session. After saving, the Back button or the same form sent again
# leads to that listing instead of making a copy.
NEW_LISTING_KEYS = "partners_new_listings"
NEW_LISTING_KEYS_KEPT = 20


FORM_KEY = re.compile(r"[0-9a-f]{32}")  # what uuid4().hex makes; anything else is ignored


def form_key_of(request):
    key = request.POST.get("form_key") or request.GET.get("form_key") or ""
    return key if FORM_KEY.fullmatch(key) else ""


def listing_made_by_form(request):
    return request.session.get(NEW_LISTING_KEYS, {}).get(form_key_of(request))


def remember_listing_made_by_form(request, listing):
    if key := form_key_of(request):
        made = request.session.get(NEW_LISTING_KEYS, {})
        made[key] = listing.pk
        request.session[NEW_LISTING_KEYS] = dict(list(made.items())[-NEW_LISTING_KEYS_KEPT:])


@require_http_methods(["GET", "POST"])
@partner_required
def listing_edit(request, pk=None):
    if pk is None and (made := listing_made_by_form(request)):
        messages.info(
            request,
            _("This listing was already saved from that form. Carry on editing it here."),
        )
        return redirect("partners:listing_edit", pk=made)
    listing = own_listing(request, pk) if pk else None
    draft = selectors.latest_draft(listing) if listing else Listing()
    draft.organisation = request.organisation  # never taken from the form
    image_ids = [item.image_id for item in draft.images.all()]
    document_ids = [item.document_id for item in draft.documents.all()]
    images_by_id = {item.image_id: item.image for item in draft.images.all()}
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    form = ListingPartnerForm(data, instance=draft, organisation=request.organisation)
    photos = PhotoFormSet(
        data,
        files,
        prefix="photos",
        initial=photo_initial(draft),
        form_kwargs={"allowed_image_ids": image_ids},
    )
    documents = DocumentFormSet(
        data,
        files,
        prefix="documents",
        initial=document_initial(draft),
        form_kwargs={"allowed_document_ids": document_ids},
    )
    if data is not None and form.is_valid() and photos.is_valid() and documents.is_valid():
        with transaction.atomic():
            draft = form.apply()
            draft.images = photos_from(photos, request)
            draft.documents = documents_from(documents, request)
            withdrawn = services.listing_draft_save(draft=draft, user=request.user)
            saved = Listing.objects.get(pk=draft.pk)
            if listing is None:
                remember_listing_made_by_form(request, saved)
            action = request.POST.get("action")
            if action == "submit":
                services.listing_submit(listing=saved, user=request.user)
        return after_save(request, saved, action, withdrawn=withdrawn)
    context = {
        "listing": listing,
        "form_key": form_key_of(request) or uuid.uuid4().hex,
        "deletable": listing is not None and selectors.listing_is_deletable(listing),
        "form": form,
        "photos": photos,
        "documents": documents,
        "photo_rows": [
            (photo, images_by_id.get(database_id(photo["image_id"].value()))) for photo in photos
        ],
        "state": selectors.listing_state(listing, selectors.current_workflow_state(listing))
        if listing
        else selectors.State.DRAFT,
        "comment": selectors.changes_requested_comment(selectors.current_workflow_state(listing))
        if listing
        else "",
    }
    status = 400 if data is not None else 200
    return TemplateResponse(request, "partners/listing_form.html", context, status=status)


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


@require_GET
@partner_required
def listing_preview(request, pk):
    listing = own_listing(request, pk)
    draft = selectors.latest_draft(listing)
    context = {
        **listing_detail_context(listing=draft, preview=True),
        "form": None,
        "map_points": map_points([draft]),
        "map_settings": map_settings(),
        "back_to_editing_url": reverse("partners:listing_edit", kwargs={"pk": listing.pk}),
    }
    return TemplateResponse(request, "properties/listing_detail.html", context)


@require_POST
@partner_required
def listing_submit(request, pk):
    listing = own_listing(request, pk)
    if listing.latest_revision_id is None:
        listing.save_revision(user=request.user, log_action=True)
    services.listing_submit(listing=listing, user=request.user)
    messages.success(request, _("Sent to Drammen Works for approval. We will e-mail you."))
    return redirect("partners:dashboard")


@require_POST
@partner_required
def listing_confirm(request, pk):
    listing = own_listing(request, pk)
    if listing.live:
        services.listing_confirm_current(listing=listing)
        messages.success(
            request, _("Thank you: «%(title)s» is marked as current.") % {"title": listing.title}
        )
    return redirect("partners:dashboard")


@require_http_methods(["GET", "POST"])
@partner_required
def listing_delete(request, pk):
    listing = own_listing(request, pk)
    if not selectors.listing_is_deletable(listing):
        messages.error(
            request,
            _(
                "«%(title)s» has been published and cannot be deleted. Ask Drammen Works to "
                "archive it."
            )
            % {"title": listing.title},
        )
        return redirect("partners:dashboard")
    if request.method == "POST":
        title = selectors.latest_draft(listing).title
        services.listing_delete_draft(listing=listing, user=request.user)
        messages.success(request, _("The draft «%(title)s» is deleted.") % {"title": title})
        return redirect("partners:dashboard")
    return TemplateResponse(
        request,
        "partners/listing_delete.html",
        {"listing": listing, "draft": selectors.latest_draft(listing)},
    )


@require_GET
@partner_required
def listing_history(request, pk):
    listing = own_listing(request, pk)
    return TemplateResponse(
        request,
        "partners/listing_history.html",
        {"listing": listing, "history": selectors.listing_history(listing)},
    )


@require_GET
@partner_required
def listing_statistics(request, pk):
    listing = own_listing(request, pk)
    daily = selectors.listing_daily_views(listing)
    context = {
        "listing": listing,
        "daily": daily,
        "max_views": max([views for _day, views in daily] + [1]),
        "total_views": sum(views for _day, views in daily),
        "inquiries": selectors.organisation_inquiries(request.organisation).filter(listing=listing),
        "days_live": selectors.days_live(listing),
        "stats_days": selectors.STATS_DAYS,
    }
    return TemplateResponse(request, "partners/listing_statistics.html", context)
