"""What a partner sees of its own organisation: listings and their state, history, statistics."""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, OuterRef, Prefetch, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import ModelLogEntry, WorkflowState

from portal.models import PartnerOrganisation
from portal.renditions import prefetch_renditions
from properties.models import Inquiry, Listing, ListingDailyViews
from properties.selectors import searchable_listings

STATS_DAYS = 30


class State:
    DRAFT = "draft"
    AWAITING = "awaiting"
    CHANGES = "changes"
    LIVE = "live"
    LET = "let"
    ARCHIVED = "archived"

    LABELS = {
        DRAFT: _("Draft"),
        AWAITING: _("Awaiting approval"),
        CHANGES: _("Changes requested"),
        LIVE: _("Live"),
        LET: _("Let or sold"),
        ARCHIVED: _("Archived"),
    }


@dataclass
class ListingRow:
    listing: Listing
    title: str
    state: str
    pending_changes: bool
    views: int
    inquiries: int

    @property
    def state_label(self):
        return State.LABELS[self.state]

    @property
    def deletable(self):
        return listing_is_deletable(self.listing)


def listing_is_deletable(listing):
    """Only what was never public may go: a published listing's history is the city's record."""
    return listing.first_published_at is None and not listing.live


def listing_state(listing, workflow_state=None):
    if workflow_state is not None:
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return State.CHANGES
        if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
            return State.AWAITING
    if not listing.live:
        return State.DRAFT
    if listing.status == Listing.Status.LET:
        return State.LET
    if listing.status == Listing.Status.ARCHIVED:
        return State.ARCHIVED
    return State.LIVE


def organisation_listings(organisation):
    return Listing.objects.filter(organisation=organisation)


def active_workflow_states(listings):
    """The in-progress or needs-changes workflow state of each listing, in one query."""
    content_type = ContentType.objects.get_for_model(Listing)
    states = (
        WorkflowState.objects.active()
        .filter(base_content_type=content_type, object_id__in=[str(x.pk) for x in listings])
        .select_related("current_task_state")
    )
    return {int(state.object_id): state for state in states}


def current_workflow_state(listing):
    return active_workflow_states([listing]).get(listing.pk)


def listing_rows(organisation):
    """The organisation's listings for the partner dashboard, newest change first."""
    since = timezone.localdate() - timedelta(days=STATS_DAYS)
    listings = list(
        organisation_listings(organisation)
        .select_related("latest_revision")
        .annotate(
            inquiry_count=Count("inquiries", distinct=True),
        )
        .order_by("-updated_at")
    )
    views = dict(
        ListingDailyViews.objects.filter(listing__in=listings, date__gt=since)
        .values_list("listing")
        .annotate(total=Sum("views"))
        .values_list("listing", "total")
    )
    states = active_workflow_states(listings)
    rows = []
    for listing in listings:
        revision = listing.latest_revision
        rows.append(
            ListingRow(
                listing=listing,
                title=(revision.content.get("title") if revision else None) or listing.title,
                state=listing_state(listing, states.get(listing.pk)),
                pending_changes=listing.live and listing.has_unpublished_changes,
                views=views.get(listing.pk, 0),
                inquiries=listing.inquiry_count,
            )
        )
    return rows


def latest_draft(listing):
    """The listing as last saved by its owner, which may differ from what is live."""
    return listing.get_latest_revision_as_object() if listing.latest_revision_id else listing


def changes_requested_comment(workflow_state):
    """The editor's comment when they asked for changes."""
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return ""
    task_state = workflow_state.current_task_state
    return task_state.get_comment() if task_state else ""


HISTORY_ACTIONS = {
    "wagtail.create": _("Created"),
    "wagtail.edit": _("Saved a new version"),
    "wagtail.publish": _("Published"),
    "wagtail.unpublish": _("Unpublished"),
    "wagtail.workflow.start": _("Submitted for approval"),
    "wagtail.workflow.resume": _("Submitted again after changes"),
    "wagtail.workflow.approve": _("Approved by an editor"),
    "wagtail.workflow.reject": _("Changes requested by an editor"),
    "wagtail.workflow.cancel": _("Taken out of review by a new version"),
    "wagtail.lock": _("Locked for editing"),
    "wagtail.unlock": _("Unlocked"),
}


def listing_history(listing):
    """Who changed, submitted, approved or asked for changes, newest first."""
    entries = (
        ModelLogEntry.objects.for_instance(listing)
        .select_related("user", "content_type")
        .order_by("-timestamp", "-pk")
    )
    return [
        {
            "when": entry.timestamp,
            "who": entry.user.get_full_name() or entry.user.get_username()
            if entry.user
            else "Drammen Works",
            "what": HISTORY_ACTIONS.get(entry.action, entry.message),
            "comment": entry.comment,
        }
        for entry in entries
    ]


def listing_daily_views(listing, days=STATS_DAYS):
    today = timezone.localdate()
    counts = dict(
        ListingDailyViews.objects.filter(
            listing=listing, date__gt=today - timedelta(days=days)
        ).values_list("date", "views")
    )
    return [
        (day, counts.get(day, 0))
        for day in (today - timedelta(days=offset) for offset in range(days - 1, -1, -1))
    ]


def days_live(listing):
    if not listing.live or not listing.first_published_at:
        return 0
    return (timezone.now() - listing.first_published_at).days


def organisation_inquiries(organisation):
    return (
        Inquiry.objects.filter(listing__organisation=organisation)
        .select_related("listing")
        .order_by("-created_at")
    )


def organisation_daily_views(organisation):
    return (
        ListingDailyViews.objects.filter(listing__organisation=organisation)
        .select_related("listing")
        .order_by("-date", "listing__title")
    )


DIRECTORY_LISTINGS_SHOWN = 5  # per organisation; the rest are a link to the search away


def directory_organisations():
    """Every partner organisation with the number of its premises that can be found and the
    newest few of them: the same two queries whether it has five listings or five thousand."""
    findable = searchable_listings()
    counts = (
        findable.filter(organisation=OuterRef("pk"))
        .order_by()
        .values("organisation")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return list(
        PartnerOrganisation.objects.select_related("logo")
        .annotate(listing_count=Coalesce(Subquery(counts), 0))
        .prefetch_related(
            prefetch_renditions("logo", through="logo"),
            Prefetch(
                "listings",
                queryset=findable.only(
                    "slug", "title", "title_en", "organisation_id", "first_published_at"
                ).order_by("-first_published_at", "-pk")[:DIRECTORY_LISTINGS_SHOWN],
                to_attr="newest_listings",
            ),
        )
        .order_by("name")
    )
