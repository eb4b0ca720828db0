"""Wagtail's workflow e-mails to editors, in each recipient's language, with links that open
the item under review.

Wagtail renders each message in the recipient's chosen admin language, but for a recipient who
never chose one it falls back to the language of whoever acted (a partner working in English).
Here that fallback is the site's language. Its review message links a snippet's preview to the
site root (the preview address needs the task); here it links the item's review preview.
"""

from django.conf import settings
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils import translation
from wagtail.admin import mail
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from portal.site_url import absolute_url


class InRecipientLanguage:
    def send_emails(self, template_set, context, recipients, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return super().send_emails(template_set, context, recipients, **kwargs)


def review_path(obj, task):
    """The admin address where an editor sees the version `obj` submitted to `task`."""
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:workflow_preview", args=[obj.pk, task.pk])
    url_name = obj.snippet_viewset.get_url_name("workflow_preview")
    return reverse(url_name, args=[quote(obj.pk), task.pk])


def edit_path(obj):
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    return reverse(obj.snippet_viewset.get_url_name("edit"), args=[quote(obj.pk)])


class TaskSubmittedNotifier(
    InRecipientLanguage, mail.GroupApprovalTaskStateSubmissionEmailNotifier
):
    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        item = context["object"]
        context["edit_url"] = absolute_url(edit_path(item))
        if getattr(item, "is_previewable", lambda: False)():
            context["review_url"] = absolute_url(review_path(item, context["task"]))
        return context


class WorkflowSubmittedNotifier(InRecipientLanguage, mail.WorkflowStateSubmissionEmailNotifier):
    pass


class WorkflowApprovedNotifier(InRecipientLanguage, mail.WorkflowStateApprovalEmailNotifier):
    pass


class WorkflowRejectedNotifier(InRecipientLanguage, mail.WorkflowStateRejectionEmailNotifier):
    pass


# Wagtail's own receivers, by the dispatch_uid wagtail.admin registers them under. Connected
# first (portal comes before wagtail.admin in INSTALLED_APPS), ours take those places and
# Wagtail's later connect() with the same uid adds nothing: each message is sent once.
RECEIVERS = [
    (task_submitted, TaskState, TaskSubmittedNotifier(), "group_approval_task_submitted"),
    (workflow_submitted, WorkflowState, WorkflowSubmittedNotifier(), "workflow_state_submitted"),
    (workflow_rejected, WorkflowState, WorkflowRejectedNotifier(), "workflow_state_rejected"),
    (workflow_approved, WorkflowState, WorkflowApprovedNotifier(), "workflow_state_approved"),
]


def connect():
    for signal, sender, notifier, name in RECEIVERS:
        signal.connect(notifier, sender=sender, dispatch_uid=f"{name}_email_notification")
