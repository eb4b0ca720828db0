from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from partners import selectors, services
from partners.access import own_or_404, partner_required
from partners.form_keys import listing_made_by_form
from partners.views.listing_editor import ListingEditor
from properties.maps import map_points, map_settings
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


@require_http_methods(["GET", "POST"])
@partner_required
def listing_edit(request, pk=None):
    if pk is None and (made := listing_made_by_form(request)):
        messages.info(
            request,
            _("This listing was already saved from that form. Carry on editing it here."),
        )
        return redirect("partners:listing_edit", pk=made)
    editor = ListingEditor(request, own_listing(request, pk) if pk else None)
    if editor.is_valid():
        return editor.save()
    return editor.response()


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
    try:
        services.listing_submit(listing=listing, user=request.user)
    except ValidationError as refused:
        for message in refused.messages:
            messages.error(request, message)
        return redirect("partners:listing_edit", pk=listing.pk)
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
