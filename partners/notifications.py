"""E-mail the partner who submitted a listing when an editor approves it or asks for changes.

Sent through the e-mail queue in the partner's language, so a mail outage loses nothing.
"""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.signals import task_rejected, workflow_approved
from wagtail.users.models import UserProfile

from portal.email import queue_email
from portal.site_url import absolute_url
from properties.models import Listing


def submitted_listing(workflow_state):
    obj = workflow_state.content_object
    return obj if isinstance(obj, Listing) else None


def notify_partner(*, workflow_state, template, subject, comment=""):
    listing = submitted_listing(workflow_state)
    partner = workflow_state.requested_by
    if listing is None or partner is None or not partner.email:
        return
    if not hasattr(partner, "partner_membership"):
        return  # an editor's own submission: Wagtail's notifications cover it
    language = UserProfile.get_for_user(partner).get_preferred_language()
    with translation.override(language):
        queue_email(
            to=[partner.email],
            subject=subject() % {"title": listing.title},
            body=render_to_string(
                template,
                {
                    "listing": listing,
                    "comment": comment,
                    "link": absolute_url(
                        reverse("partners:listing_edit", kwargs={"pk": listing.pk})
                    ),
                },
            ),
        )


def on_task_rejected(sender, instance, user=None, **kwargs):
    notify_partner(
        workflow_state=instance.workflow_state,
        template="partners/email/changes_requested.txt",
        subject=lambda: _("Changes requested: %(title)s"),
        comment=instance.get_comment(),
    )


def on_workflow_approved(sender, instance, user=None, **kwargs):
    notify_partner(
        workflow_state=instance,
        template="partners/email/approved.txt",
        subject=lambda: _("Approved and published: %(title)s"),
    )


def connect():
    task_rejected.connect(on_task_rejected, dispatch_uid="partners_task_rejected")
    workflow_approved.connect(on_workflow_approved, dispatch_uid="partners_workflow_approved")
