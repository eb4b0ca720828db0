"""The records about people that the portal app itself keeps: relocation requests, copies of the
e-mail it sends, partner contact people and user accounts (partners/privacy.py keeps the
invitations)."""

import re
from datetime import UTC, datetime

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import FormSubmission

from portal.email import RETRY_DELAYS, emails_with_a_delivery_task
from portal.models import OutboundEmail, PartnerContact, RelocationFormPage
from portal.privacy.registry import PersonalData, exported, with_address
from portal.privacy.retention import kept_for_the_retention_period
from portal.ratelimit import recipient_counters

# Relocation requests


def relocation_requests():
    page_type = ContentType.objects.get_for_model(RelocationFormPage)
    return FormSubmission.objects.filter(page__content_type=page_type)


def relocation_requests_by(address):
    return relocation_requests().filter(form_data__email__iexact=address).select_related("page")


def relocation_request_export(submission):
    return {"sent": submission.submit_time, "form": submission.page.title, **submission.form_data}


def relocation_request_line(submission):
    return submission.submit_time, submission.form_data.get("company", "")


# Copies of e-mail


def mentions(text, address):
    """The address in the text as a whole address, not as part of a longer one."""
    pattern = rf"(?<![\w.+-]){re.escape(address)}(?![\w-]|\.\w)"
    return re.search(pattern, text, flags=re.IGNORECASE) is not None


EMAIL_TEXT_FIELDS = ("from_email", "reply_to", "body", "html_body")
EMAIL_LIST_FIELDS = ("to", "cc", "bcc")


def email_texts(email):
    lists = (address for name in EMAIL_LIST_FIELDS for address in getattr(email, name))
    return (*lists, *(getattr(email, name) for name in EMAIL_TEXT_FIELDS))


def emails_about(address):
    """E-mail from or to the address (cc and bcc too), with it as reply-to, or naming it in
    the text."""
    fields = (*EMAIL_LIST_FIELDS, *EMAIL_TEXT_FIELDS)
    anywhere = Q()
    for name in fields:
        anywhere |= Q(**{f"{name}__icontains": address})
    candidates = OutboundEmail.objects.filter(anywhere).only("pk", *fields)
    pks = [
        email.pk
        for email in candidates
        if any(mentions(text, address) for text in email_texts(email))
    ]
    return OutboundEmail.objects.filter(pk__in=pks)


def finished_emails(emails):
    """The e-mails that went, or that the worker gave up on; never one that may still go."""
    gone = Q(sent_at__isnull=False) | Q(attempts__gt=len(RETRY_DELAYS))
    return emails.filter(gone).exclude(pk__in=emails_with_a_delivery_task())


EMAIL_EXPORT = {
    "stored": "created_at",
    "sent": "sent_at",
    "from": "from_email",
    "to": "to",
    "cc": "cc",
    "bcc": "bcc",
    "reply_to": "reply_to",
    "subject": "subject",
    "body": "body",
    "html_body": "html_body",
}


def email_line(email):
    return email.created_at, email.subject


# Partner contact people and accounts


CONTACT_EXPORT = {
    "organisation": "organisation.name",
    "name": "name",
    "role": "role",
    "email": "email",
    "phone": "phone",
}


def contact_line(contact):
    return None, f"{contact.name}, {contact.organisation}"


def membership_of(user):
    return getattr(user, "partner_membership", None)


def account_export(user):
    membership = membership_of(user)
    return {
        "username": user.get_username(),
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "active": user.is_active,
        "joined": user.date_joined,
        "last_login": user.last_login,
        "partner_organisation": membership.organisation.name if membership else None,
        "partner_role": membership.role if membership else None,
    }


def account_line(user):
    membership = membership_of(user)
    where = str(membership.organisation) if membership else gettext("not a partner")
    state = "" if user.is_active else f", {gettext('inactive')}"
    return user.date_joined, f"{user.get_username()} ({where}{state})"


# Counters of e-mail sent to an address (portal/ratelimit.py)


def counter_ends(counter):
    return datetime.fromtimestamp(counter.window_ends, tz=UTC)


def counter_export(counter):
    return {"emails_counted": counter.hits, "counted_until": counter_ends(counter)}


def counter_line(counter):
    count = counter.hits
    text = ngettext("%(count)s e-mail counted", "%(count)s e-mails counted", count)
    return counter_ends(counter), text % {"count": count}


def kept_until_the_count_ends():
    return gettext("Until the hour or day it counts has ended, at most 24 hours")


def nothing(records):
    return records.none()


def kept_while_presented():
    return gettext("As long as the partner presents them as the contact for its premises")


def kept_while_the_account_exists():
    return gettext("As long as the account exists")


def portal_personal_data():
    return [
        PersonalData(
            name="relocation_requests",
            label=_("Requests for relocation help"),
            find=relocation_requests_by,
            export=relocation_request_export,
            describe=relocation_request_line,
            kept_for=kept_for_the_retention_period,
            expired=lambda cutoff: relocation_requests().filter(submit_time__lt=cutoff),
            order=20,
        ),
        PersonalData(
            name="outgoing_emails",
            label=_("Copies of e-mail the site sends"),
            find=emails_about,
            export=exported(EMAIL_EXPORT),
            describe=email_line,
            kept_for=kept_for_the_retention_period,
            expired=lambda cutoff: finished_emails(
                OutboundEmail.objects.filter(created_at__lt=cutoff)
            ),
            deletable=finished_emails,
            kept_because=_(
                "Still waiting to be sent. Delete again once it has gone; otherwise it is "
                "deleted with the other copies when the retention period ends."
            ),
            order=40,
        ),
        PersonalData(
            name="partner_contacts",
            label=_("Partners' contact people"),
            find=with_address(PartnerContact, "organisation"),
            export=exported(CONTACT_EXPORT),
            describe=contact_line,
            kept_for=kept_while_presented,
            deletable=nothing,
            kept_because=_(
                "Shown with the partner's premises. Change or remove the contact person on the "
                "partner under Partners; a listing must be given another contact first."
            ),
            order=60,
        ),
        PersonalData(
            name="email_counters",
            label=_("Counts of password-reset and alert e-mail sent to an address"),
            find=recipient_counters,
            export=counter_export,
            describe=counter_line,
            kept_for=kept_until_the_count_ends,
            order=65,
        ),
        PersonalData(
            name="user_accounts",
            label=_("User accounts of partners and editors"),
            find=with_address(get_user_model(), "partner_membership__organisation"),
            export=account_export,
            describe=account_line,
            kept_for=kept_while_the_account_exists,
            deletable=nothing,
            kept_because=_(
                "Accounts are not deleted here. A partner admin removes a colleague in the "
                "partner area, which deactivates the account; an administrator deactivates or "
                "deletes an account under Settings → Users."
            ),
            order=70,
        ),
    ]
