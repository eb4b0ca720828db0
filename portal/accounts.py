"""Logging in: five failed attempts lock an account for fifteen minutes.

Used by the partner area's login and by the Wagtail admin's, so editors get the same
protection. Counts are kept per account name in the database, so every app server sees them.
"""

from datetime import timedelta

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from portal.forms import AccessibleFormMixin
from portal.models import LoginLock

MAX_FAILURES = 5
LOCK_DURATION = timedelta(minutes=15)


def normalise(username):
    return (username or "").strip().lower()[:150]


def login_locked_until(username):
    """When a locked account opens again, or None."""
    lock = LoginLock.objects.filter(username=normalise(username)).first()
    if lock and lock.locked_until and lock.locked_until > timezone.now():
        return lock.locked_until
    return None


def login_failure_record(username):
    """Count a failed login; lock the account at the fifth. Returns the lock's end, if any."""
    lock, _created = LoginLock.objects.get_or_create(username=normalise(username))
    if lock.locked_until and lock.locked_until <= timezone.now():
        lock.failures = 0
        lock.locked_until = None
    lock.failures += 1
    if lock.failures >= MAX_FAILURES:
        lock.locked_until = timezone.now() + LOCK_DURATION
    lock.save()
    return lock.locked_until


def login_success_record(username):
    LoginLock.objects.filter(username=normalise(username)).delete()


def locked_error(until):
    return forms.ValidationError(
        _(
            "Too many failed attempts: the account is locked for 15 minutes, until %(time)s. "
            "You can reset your password in the meantime."
        ),
        code="locked",
        params={"time": formats.time_format(timezone.localtime(until), "H:i")},
    )


class LockoutMixin:
    """For AuthenticationForm and its subclasses."""

    def clean(self):
        username = self.cleaned_data.get("username")
        if username and (until := login_locked_until(username)):
            raise locked_error(until)
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            if username and (until := login_failure_record(username)):
                raise locked_error(until) from None
            raise
        login_success_record(username)
        return cleaned


class LockoutAuthenticationForm(LockoutMixin, AccessibleFormMixin, AuthenticationForm):
    pass


class AdminLoginForm(LockoutMixin, WagtailLoginForm):
    pass
