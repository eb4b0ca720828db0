"""Personal data is deleted RETENTION_MONTHS after it was stored, by a daily command: exactly
what is past the period, never an e-mail that may still be sent, nothing on a dry run."""

import io
from datetime import datetime, timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from partners.models import PartnerInvitation
from portal.email import RETRY_DELAYS, queue_email
from portal.models import OutboundEmail
from portal.privacy.retention import months_before
from properties.factories import InquiryFactory, PartnerOrganisationFactory
from properties.models import AlertSubscription, Inquiry

pytestmark = pytest.mark.django_db

GAVE_UP = len(RETRY_DELAYS) + 1


def stored(instance, when, field="created_at"):
    type(instance).objects.filter(pk=instance.pk).update(**{field: when})
    return instance


def email(when, **fields):
    row = OutboundEmail.objects.create(to=["ola@investor.example"], subject="Hei", body="…")
    OutboundEmail.objects.filter(pk=row.pk).update(created_at=when, **fields)
    return row


@pytest.fixture
def ages():
    now = timezone.now()
    return {"old": months_before(now, 13), "young": months_before(now, 11), "now": now}


@pytest.fixture
def records(small_site, ages):
    """One record of each kind on either side of the 12-month line, and e-mail in every state."""
    form = small_site["form"]["nb"]
    organisation = PartnerOrganisationFactory()
    made = {}
    for age in ("old", "young"):
        when = ages[age]
        made[f"inquiry_{age}"] = stored(InquiryFactory(), when)
        submission = FormSubmission.objects.create(page=form, form_data={"email": "a@b.no"})
        made[f"request_{age}"] = stored(submission, when, "submit_time")
        made[f"invitation_{age}"] = stored(
            PartnerInvitation.objects.create(
                organisation=organisation,
                email="ny@eiendom.example",
                token_hash=f"hash-{age}",
                expires_at=when + timedelta(days=7),
            ),
            when,
        )
        made[f"sent_{age}"] = email(when, sent_at=when, attempts=1)
        made[f"given_up_{age}"] = email(when, attempts=GAVE_UP)
    made["retrying_old"] = email(ages["old"], attempts=2)
    waiting = queue_email(to=["ola@investor.example"], subject="Venter", body="…")
    made["queued_old"] = stored(waiting, ages["old"])
    made["alert_old"] = stored(
        AlertSubscription.objects.create(email="ola@investor.example", confirmed_at=ages["old"]),
        ages["old"],
    )
    return made


def run(*args):
    out = io.StringIO()
    call_command("delete_expired_personal_data", *args, stdout=out)
    return out.getvalue()


def remaining(records):
    return {
        name
        for name, record in records.items()
        if type(record).objects.filter(pk=record.pk).exists()
    }


DELETED_COUNTS = (
    "1 inquiries, 1 relocation requests, 0 establishment cases, 2 outgoing emails, "
    "1 partner invitations"
)


def test_deletes_exactly_what_is_older_than_the_period(records):
    output = run()
    assert remaining(records) == {
        "inquiry_young",
        "request_young",
        "invitation_young",
        "sent_young",
        "given_up_young",
        "retrying_old",  # the worker still tries it
        "queued_old",  # its delivery is queued
        "alert_old",  # kept until unsubscribed
    }
    assert DELETED_COUNTS in output


def test_a_second_run_deletes_nothing_more(records):
    run()
    left = remaining(records)
    nothing = "0 inquiries, 0 relocation requests, 0 establishment cases, 0 outgoing emails, 0 "
    assert nothing in run()
    assert remaining(records) == left


def test_a_dry_run_counts_and_deletes_nothing(records):
    output = run("--dry-run")
    assert output.startswith("Would delete")
    assert DELETED_COUNTS in output
    assert remaining(records) == set(records)


def test_the_period_comes_from_the_setting(records, settings):
    settings.RETENTION_MONTHS = 14
    run()
    assert remaining(records) == set(records)
    settings.RETENTION_MONTHS = 0
    with pytest.raises(CommandError, match="at least 1"):
        run()


def test_deletes_in_batches_past_the_batch_size(small_site, ages, monkeypatch):
    monkeypatch.setattr("portal.privacy.retention.BATCH_SIZE", 2)
    for _ in range(5):
        stored(InquiryFactory(), ages["old"])
    assert "5 inquiries" in run()
    assert not Inquiry.objects.exists()


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime(2026, 3, 31, 10, 0), 1, datetime(2026, 2, 28, 10, 0)),
        (datetime(2028, 3, 31, 10, 0), 1, datetime(2028, 2, 29, 10, 0)),
        (datetime(2026, 1, 15, 10, 0), 12, datetime(2025, 1, 15, 10, 0)),
        (datetime(2026, 1, 15, 10, 0), 13, datetime(2024, 12, 15, 10, 0)),
    ],
)
def test_months_are_calendar_months(moment, months, expected):
    assert months_before(moment, months) == expected
