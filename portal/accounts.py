"""Logging in: guessing passwords is throttled without locking real users out.

Used by the partner area's login and by the Wagtail admin's. Every attempt is counted before
the password is checked, with one atomic statement in the database (portal/ratelimit.py), so
parallel attempts on any app server cannot get past the limit:

- five failures for one account from one address pause that account from that address for
  fifteen minutes; the same account from any other address is not affected;
- twenty failures from one address, whatever usernames it tries, pause logins from it.

A successful login gives its attempts back. Names that are no account are never stored: they
count only towards their address's limit, and every counter is a keyed hash that expires.
"""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm
from wagtail.admin.views.account import PasswordResetView as WagtailPasswordResetView

from portal.forms import AccessibleFormMixin
from portal.net import client_ip
from portal.ratelimit import (
    attempt_count,
    attempt_forget,
    attempts_reset,
    hit_rate_limit,
    limit_exceeded,
    too_many_requests,
)


def normalise(username):
    return (username or "").strip().lower()[:150]


def is_an_account(username):
    User = get_user_model()
    return User.objects.filter(**{f"{User.USERNAME_FIELD}__iexact": username}).exists()


class LoginAttempt:
    """One attempt, counted as it begins; `paused_until` says when it may not go on."""

    def __init__(self, request, username):
        self.address = client_ip(request) if request else ""
        self.username = normalise(username)
        self.account_counted = is_an_account(self.username)
        self.paused_until = self.reason = self.final = None
        self._count("login_address", self.address)
        if self.account_counted:
            self._count("login_account", self.username, self.address)

    def _count(self, scope, *identity):
        limit, _window = settings.RATE_LIMITS[scope]
        hits, retry_after = attempt_count(scope, *identity)
        until = timezone.now() + timedelta(seconds=retry_after)
        if hits > limit:
            self.paused_until = max(self.paused_until or until, until)
            self.reason = scope
        elif hits == limit and self.final is None:
            self.final = (scope, until)  # this failure, if it fails, starts a pause

    def succeeded(self):
        attempt_forget("login_address", self.address)
        if self.account_counted:
            attempts_reset("login_account", self.username, self.address)

    @staticmethod
    def pause_error(scope, until):
        time = formats.time_format(timezone.localtime(until), "H:i")
        if scope == "login_account":
            message = _(
                "Too many failed attempts: logging in to this account from your network is "
                "paused for 15 minutes, until %(time)s. You can reset your password in the "
                "meantime."
            )
        else:
            message = _(
                "Too many failed attempts from your network: logging in is paused until "
                "%(time)s. Please try again then."
            )
        return forms.ValidationError(message, code="locked", params={"time": time})


class LockoutMixin:
    """For AuthenticationForm and its subclasses (they keep the request as self.request)."""

    def clean(self):
        username = self.cleaned_data.get("username")
        if not username:
            return super().clean()
        attempt = LoginAttempt(self.request, username)
        if attempt.paused_until:
            raise attempt.pause_error(attempt.reason, attempt.paused_until)
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            if attempt.final:
                raise attempt.pause_error(*attempt.final) from None
            raise
        attempt.succeeded()
        return cleaned


class LockoutAuthenticationForm(LockoutMixin, AccessibleFormMixin, AuthenticationForm):
    pass


class AdminLoginForm(LockoutMixin, WagtailLoginForm):
    pass


# Password resets ------------------------------------------------------------------------------


def reset_email_allowed(to_email):
    """Whether one more reset e-mail may go to this address now (a few an hour, whoever asks).
    The page says «sent» either way, so it tells nobody whether the address has an account."""
    return not limit_exceeded("password_reset_recipient", to_email.lower())


class ThrottledPasswordResetMixin:
    """For PasswordResetView: a few requests an hour from one address, then the 429 page."""

    def post(self, request, *args, **kwargs):
        if retry_after := hit_rate_limit(request, scope="password_reset"):
            return too_many_requests(request, retry_after)
        return super().post(request, *args, **kwargs)


class AdminPasswordResetForm(WagtailPasswordResetForm):
    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        if reset_email_allowed(to_email):
            super().send_mail(
                subject_template_name,
                email_template_name,
                context,
                from_email,
                to_email,
                html_email_template_name,
            )


class AdminPasswordResetView(ThrottledPasswordResetMixin, WagtailPasswordResetView):
    pass
