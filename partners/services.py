"""What partners do: save drafts, submit them for approval, confirm listings, invite people."""

import hashlib
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, WorkflowState
from wagtail.users.models import UserProfile

from partners.models import PartnerInvitation, PartnerMembership
from partners.selectors import latest_draft, listing_is_deletable
from portal.email import queue_email
from portal.pictures import KINDS, LISTING_PHOTO_KINDS
from portal.renditions import queue_renditions
from portal.site_url import absolute_url
from properties.freshness import SHOW_LAST_CONFIRMED_AFTER, listing_confirm
from properties.models import Listing
from properties.models.listings import slug_from_title


def unique_slug(title, exclude_pk=None):
    base = slug_from_title(title)
    slug, number = base, 1
    while Listing.objects.exclude(pk=exclude_pk).filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def listing_draft_save(*, draft, user):
    """Store the owner's version of a listing as a revision; True if it left review.

    A new listing gets a database row that is not live; an existing one keeps its live,
    approved content untouched until an editor approves the new revision.
    """
    with transaction.atomic():
        withdrawn = False
        if draft.pk is None:
            draft.slug = unique_slug(draft.title)
            draft.live = False
            draft.save()
        else:
            withdrawn = withdraw_from_review(listing=Listing.objects.get(pk=draft.pk), user=user)
        draft.save_revision(user=user, log_action=True)
        return withdrawn


def withdraw_from_review(*, listing, user):
    """An edit while an editor reviews takes the listing out of review: the editor must never
    approve (and so publish) a version they have not seen. Changes requested stay requested."""
    state = listing.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        state.cancel(user=user)
        return True
    return False


def listing_submit(*, listing, user):
    """Send the latest revision to the editors' moderation queue. Refused with a
    ValidationError when it lacks the English its organisation markets in
    (Listing.missing_english)."""
    if missing := latest_draft(listing).missing_english():
        raise ValidationError(missing)
    state = listing.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
        return state
    if state is not None:
        return state  # already waiting for an editor
    return listing.get_workflow().start(listing, user)


def listing_delete_draft(*, listing, user):
    """Delete a listing that was never published, with its revisions and any moderation under
    way. The entry in the site history stays, so editors can see who deleted what."""
    if not listing_is_deletable(listing):
        raise PermissionDenied("Only a listing that was never published can be deleted.")
    with transaction.atomic():
        state = listing.current_workflow_state
        if state is not None:
            state.cancel(user=user)
        log(instance=listing, action="wagtail.delete", user=user)
        listing.delete()


def listing_confirm_current(*, listing):
    listing_confirm(listing=listing)


def partner_collection(organisation):
    """Each organisation's uploads live in a collection of their own."""
    root = Collection.get_first_root_node()
    name = f"Partner: {organisation.name}"[:255]
    collection = root.get_children().filter(name=name).first()
    return collection or root.add_child(name=name)


def partner_file_create(model, *, organisation, user, file, title):
    """An uploaded image or document in the organisation's collection."""
    attached = model(
        title=title[:255] or file.name,
        file=file,
        collection=partner_collection(organisation),
        uploaded_by_user=user,
    )
    attached.save()
    return attached


def partner_image_create(**upload):
    image = partner_file_create(get_image_model(), **upload)
    # Ready before an editor approves: a live listing's new photos are only in its revision.
    queue_renditions(image=image, kinds=[KINDS[name] for name in LISTING_PHOTO_KINDS])
    return image


def partner_document_create(**upload):
    from wagtail.documents import get_document_model

    return partner_file_create(get_document_model(), **upload)


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_send(*, organisation, email, role, invited_by):
    """Store an invitation and e-mail its single-use link (valid for seven days)."""
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        invitation = PartnerInvitation.objects.create(
            organisation=organisation,
            email=email.lower(),
            role=role,
            token_hash=token_hash(token),
            invited_by=invited_by,
            expires_at=timezone.now() + PartnerInvitation.VALID_FOR,
        )
        link = absolute_url(reverse("partners:invitation_accept", kwargs={"token": token}))
        queue_email(
            to=[invitation.email],
            subject=_("Invitation to %(organisation)s on Drammen Works")
            % {"organisation": organisation.name},
            body=render_to_string(
                "partners/email/invitation.txt",
                {"invitation": invitation, "link": link, "invited_by": invited_by},
            ),
        )
    return invitation


def invitation_for_token(token):
    invitation = (
        PartnerInvitation.objects.select_related("organisation")
        .filter(token_hash=token_hash(token))
        .first()
    )
    return invitation if invitation and invitation.is_usable else None


def invitation_accept(*, invitation, username, password, first_name, last_name):
    """Create the colleague's account and membership; the link cannot be used again."""
    User = get_user_model()
    with transaction.atomic():
        invitation = PartnerInvitation.objects.select_for_update().get(pk=invitation.pk)
        if not invitation.is_usable:
            return None
        user = User.objects.create_user(
            username=username,
            email=invitation.email,
            password=password,
            first_name=first_name,
            last_name=last_name,
        )
        membership_create(user=user, organisation=invitation.organisation, role=invitation.role)
        invitation.accepted_at = timezone.now()
        invitation.save(update_fields=["accepted_at"])
    return user


def membership_create(*, user, organisation, role):
    """Partners get their e-mails from the partner area, not Wagtail's admin notifications."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = translation.get_language() or settings.LANGUAGE_CODE
    profile.submitted_notifications = False
    profile.approved_notifications = False
    profile.rejected_notifications = False
    profile.updated_comments_notifications = False
    profile.save()
    return PartnerMembership.objects.create(user=user, organisation=organisation, role=role)


def member_remove(*, membership):
    """The person loses access at once; their account is kept for the history, inactive."""
    user = membership.user
    with transaction.atomic():
        membership.delete()
        user.is_active = False
        user.save(update_fields=["is_active"])


def freshness_reminders_send(*, now=None):
    """E-mail the contact and the partner admins of each live listing not confirmed for 60
    days, once until it is confirmed again."""
    now = now or timezone.now()
    stale = (
        Listing.objects.on_the_market()
        .filter(confirmed_at__lt=now - SHOW_LAST_CONFIRMED_AFTER, reminded_at__isnull=True)
        .select_related("contact")
    )
    sent = 0
    for listing in stale:
        with transaction.atomic(), translation.override("nb"):
            queue_email(
                to=owner_addresses(listing),
                subject=_("Is «%(title)s» still available?") % {"title": listing.title},
                body=render_to_string(
                    "partners/email/freshness_reminder.txt",
                    {
                        "listing": listing,
                        "listing_url": absolute_url(listing.get_absolute_url()),
                        "partner_url": absolute_url(reverse("partners:dashboard")),
                    },
                ),
            )
            Listing.objects.filter(pk=listing.pk).update(reminded_at=now)
        sent += 1
    return sent


def owner_addresses(listing):
    admins = PartnerMembership.objects.filter(
        organisation_id=listing.organisation_id, role=PartnerMembership.Role.ADMIN
    ).values_list("user__email", flat=True)
    return list(dict.fromkeys([listing.contact.email, *(email for email in admins if email)]))
