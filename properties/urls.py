from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from properties import views
from properties.feeds import NewListingsFeed

app_name = "properties"

urlpatterns = [
    path("", views.listing_search, name="search"),
    path(_("compare/"), views.compare, name="compare"),
    path("feed/", NewListingsFeed(), name="feed"),
    path(_("alerts/"), views.alert_subscribe, name="alert_subscribe"),
    path(
        format_lazy("{}{}", _("alerts/"), _("check-your-email/")),
        views.alert_pending,
        name="alert_pending",
    ),
    path(
        format_lazy("{}{}<str:token>/", _("alerts/"), _("confirm/")),
        views.alert_confirm,
        name="alert_confirm",
    ),
    path(
        format_lazy("{}{}<str:token>/", _("alerts/"), _("unsubscribe/")),
        views.alert_unsubscribe,
        name="alert_unsubscribe",
    ),
    path("<slug:slug>/", views.listing_detail, name="detail"),
    path(format_lazy("<slug:slug>/{}", _("inquiry/")), views.inquiry_create, name="inquiry"),
    path(
        format_lazy("<slug:slug>/{}", _("inquiry-sent/")), views.inquiry_sent, name="inquiry_sent"
    ),
]
