from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from portal.attribution import REF_PARAM, campaign_ref_of
from portal.origin import anonymous_form
from portal.pagination import page_or_first
from portal.params import database_ids
from portal.ratelimit import hit_rate_limit, too_many_requests
from properties import selectors, services
from properties.forms import AlertSubscriptionForm, InquiryForm, ListingSearchForm
from properties.maps import map_points, map_settings
from properties.models import AlertSubscription, Listing

RESULTS_PER_PAGE = 20
COMPARE_MAX = 4


@require_GET
def listing_search(request):
    form = ListingSearchForm(request.GET).with_kept_choices()
    status = 200
    if form.is_valid():
        results = selectors.search_listings(filters=form.cleaned_data)
        filters = form.cleaned_data
    else:
        results, filters = Listing.objects.none(), None
        status = 400
    paginator = selectors.CappedPaginator(results, RESULTS_PER_PAGE, filters=filters)
    page = page_or_first(paginator, request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    without_owner = query.copy()
    without_owner.pop("owner", None)
    context = {
        "form": form,
        "owners": form.cleaned_data.get("owner") if status == 200 else None,
        "query_without_owner": without_owner.urlencode(),
        "search_valid": status == 200,
        "results": page,
        "query_string": query.urlencode(),
        "feed_query": query_without_ref(query) if status == 200 else "",
        "map_points": map_points(page),
        "map_settings": map_settings(),
        "alert_form": AlertSubscriptionForm(
            initial={"query": query_without_ref(query), "campaign_ref": campaign_ref_of(request)}
        ),
    }
    return TemplateResponse(request, "properties/listing_search.html", context, status=status)


def query_without_ref(query):
    query = query.copy()
    query.pop(REF_PARAM, None)
    return query.urlencode()


def listing_or_404(slug):
    listing = selectors.public_listing(slug=slug)
    if listing is None:
        raise Http404
    return listing


def render_listing(request, listing, form, status=200, counted=None):
    context = {
        **selectors.listing_detail_context(listing=listing),
        "form": form,
        "counted": counted,  # a view of the page, counted by its beacon (portal/beacon.py)
        "map_points": map_points([listing]),
        "map_settings": map_settings(),
    }
    return TemplateResponse(request, "properties/listing_detail.html", context, status=status)


@require_GET
def listing_detail(request, slug):
    listing = listing_or_404(slug)
    form = InquiryForm(initial={"campaign": campaign_ref_of(request)})
    response = render_listing(request, listing, form, counted={"listing": listing.pk})
    if not Listing.objects.findable().filter(pk=listing.pk).exists():
        response["X-Robots-Tag"] = "noindex"  # answers its saved links, but is found nowhere
    return response


@anonymous_form
@require_POST
def inquiry_create(request, slug):
    listing = listing_or_404(slug)
    if not listing.is_on_the_market:
        return redirect(listing.get_absolute_url())
    form = InquiryForm(request.POST)
    if not form.is_valid():
        return render_listing(request, listing, form, status=400)
    if retry_after := hit_rate_limit(request, scope="inquiry"):
        return too_many_requests(request, retry_after)
    if not form.is_spam:
        data = {name: form.cleaned_data[name] for name in InquiryForm.Meta.fields}
        services.inquiry_create(
            listing=listing,
            data=data,
            campaign_ref=form.cleaned_data.get("campaign", ""),
            request=request,
        )
    return redirect("properties:inquiry_sent", slug=listing.slug)


@require_GET
def inquiry_sent(request, slug):
    listing = listing_or_404(slug)
    return TemplateResponse(request, "properties/inquiry_sent.html", {"listing": listing})


@require_GET
def compare(request):
    ids = database_ids(request.GET.getlist("id"))[:COMPARE_MAX]
    listings = (
        selectors.listings_for_cards(Listing.objects.findable().filter(pk__in=ids))
        .prefetch_related("facilities")
        .in_bulk()
    )
    ordered = [listings[pk] for pk in ids if pk in listings]
    return TemplateResponse(
        request,
        "properties/compare.html",
        {"listings": ordered, "left_out": len(ids) - len(ordered), "compare_max": COMPARE_MAX},
        status=200 if ordered or not ids else 404,
    )


@anonymous_form
@require_POST
def alert_subscribe(request):
    form = AlertSubscriptionForm(request.POST)
    query_valid = selectors.search_filters_from_query(request.POST.get("query", "")) is not None
    if not form.is_valid() or not query_valid:
        return TemplateResponse(
            request, "properties/alert_subscribe.html", {"form": form}, status=400
        )
    if retry_after := hit_rate_limit(request, scope="alert"):
        return too_many_requests(request, retry_after)
    services.alert_subscribe(**form.cleaned_data)
    return redirect("properties:alert_pending")


@require_GET
def alert_pending(request):
    return TemplateResponse(request, "properties/alert_pending.html", {})


@never_cache  # personal: it names the subscriber's search
@require_GET
def alert_confirm(request, token):
    subscription = get_object_or_404(AlertSubscription, token=token)
    services.alert_confirm(subscription=subscription, request=request)
    request.campaign_ref = subscription.campaign_ref  # the journey goes on (portal/journey.py)
    search_url = reverse("properties:search") + (
        f"?{subscription.query}" if subscription.query else ""
    )
    return TemplateResponse(
        request,
        "properties/alert_confirmed.html",
        {"subscription": subscription, "search_url": search_url},
    )


@csrf_exempt  # the token in the address is the secret; mail clients POST here (RFC 8058)
@never_cache
@require_http_methods(["GET", "POST"])
def alert_unsubscribe(request, token):
    subscription = AlertSubscription.objects.filter(token=token).first()
    if subscription is not None:
        services.alert_unsubscribe(subscription=subscription)
    return TemplateResponse(
        request, "properties/alert_unsubscribed.html", {"found": subscription is not None}
    )
