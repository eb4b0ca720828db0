from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from partners.forms import QueuedPasswordResetForm
from partners.views import listings, people, reports
from portal.accounts import LockoutAuthenticationForm, ThrottledPasswordResetMixin

app_name = "partners"


class PartnerPasswordResetView(ThrottledPasswordResetMixin, auth_views.PasswordResetView):
    pass


def under(*parts):
    """A translated address made of translated parts: _("listings/") + "<int:pk>/" …"""
    return format_lazy("{}" * len(parts), *parts)


def listing_step(step, view):
    """listings/<pk>/<step>/, named as its view is."""
    return path(under(_("listings/"), "<int:pk>/", step), view, name=view.__name__)


urlpatterns = [
    path("", listings.dashboard, name="dashboard"),
    path(
        _("login/"),
        auth_views.LoginView.as_view(
            template_name="partners/login.html",
            authentication_form=LockoutAuthenticationForm,
            redirect_authenticated_user=True,
        ),
        name="login",
    ),
    path(_("logout/"), auth_views.LogoutView.as_view(next_page="partners:login"), name="logout"),
    path(
        _("password-reset/"),
        PartnerPasswordResetView.as_view(
            form_class=QueuedPasswordResetForm,
            template_name="partners/password_reset.html",
            email_template_name="partners/email/password_reset.txt",
            subject_template_name="partners/email/password_reset_subject.txt",
            success_url=reverse_lazy("partners:password_reset_sent"),
        ),
        name="password_reset",
    ),
    path(
        under(_("password-reset/"), _("sent/")),
        auth_views.PasswordResetDoneView.as_view(template_name="partners/password_reset_sent.html"),
        name="password_reset_sent",
    ),
    path(
        under(_("password-reset/"), "<uidb64>/<token>/"),
        auth_views.PasswordResetConfirmView.as_view(
            template_name="partners/password_reset_confirm.html",
            success_url=reverse_lazy("partners:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        under(_("password-reset/"), _("done/")),
        auth_views.PasswordResetCompleteView.as_view(
            template_name="partners/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path(under(_("listings/"), _("new/")), listings.listing_edit, name="listing_new"),
    path(under(_("listings/"), "<int:pk>/"), listings.listing_edit, name="listing_edit"),
    listing_step(_("preview/"), listings.listing_preview),
    listing_step(_("submit/"), listings.listing_submit),
    listing_step(_("confirm/"), listings.listing_confirm),
    listing_step(_("delete/"), listings.listing_delete),
    listing_step(_("history/"), listings.listing_history),
    listing_step(_("statistics/"), listings.listing_statistics),
    path(_("inquiries/"), reports.inquiries, name="inquiries"),
    path(under(_("inquiries/"), "csv/"), reports.inquiries_csv, name="inquiries_csv"),
    path(under(_("statistics/"), "csv/"), reports.statistics_csv, name="statistics_csv"),
    path(_("people/"), people.people, name="people"),
    path(under(_("people/"), _("invite/")), people.invite, name="invite"),
    path(
        under(_("people/"), "<int:pk>/", _("remove/")), people.member_remove, name="member_remove"
    ),
    path(
        under(_("invitations/"), "<int:pk>/", _("withdraw/")),
        people.invitation_revoke,
        name="invitation_revoke",
    ),
    path(
        under(_("invitation/"), "<str:token>/"), people.invitation_accept, name="invitation_accept"
    ),
]
