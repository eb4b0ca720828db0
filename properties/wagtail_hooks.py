from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.admin_columns import yes_no_column
from portal.permissions import ReadOnlyPermissionPolicy
from portal.search import SEARCH_SOURCES_HOOK, SearchSource
from portal.sections import PageSection
from properties.fields import FIELDS
from properties.models import (
    AlertSubscription,
    District,
    Facility,
    Inquiry,
    Listing,
    PropertyKind,
)
from properties.privacy import properties_personal_data
from properties.site_search import premises_matching


class ListingFilterSet(WagtailFilterSet):
    class Meta:
        model = Listing
        fields = ["status", "kind", "district", "organisation", "live"]


class ListingViewSet(SnippetViewSet):
    model = Listing
    icon = "home"
    menu_label = _("Listings")
    list_display = [
        "title",
        "kind",
        "district",
        "status",
        "organisation",
        yes_no_column(Listing, "live"),
    ]
    filterset_class = ListingFilterSet
    search_fields = ["title", "address"]
    # The fields above, searched by the database itself: the same on SQLite and PostgreSQL
    # (SQLite's full-text index knows no field of its own but the title).
    search_backend_name = None
    list_per_page = 50
    list_export = [field.name for field in FIELDS if field.export] + ["first_published_at"]
    export_filename = "listings"


class InquiryViewSet(SnippetViewSet):
    """Inquiries are evidence of what investors asked: read and export, never edited."""

    model = Inquiry
    icon = "mail"
    menu_label = _("Inquiries")
    list_display = ["name", "company", "email", "listing", "created_at"]
    list_filter = ["listing__organisation", "listing__kind"]
    search_fields = ["name", "company", "email", "message"]
    list_export = [
        "created_at",
        "listing",
        "name",
        "company",
        "email",
        "phone",
        "message",
        "move_in",
        "campaign_ref",
        "language",
    ]
    export_filename = "inquiries"
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_permissions_policy(self):
        return ReadOnlyPermissionPolicy(self.model)


class AlertSubscriptionViewSet(SnippetViewSet):
    model = AlertSubscription
    icon = "bell"
    menu_label = _("Search alerts")
    list_display = ["email", "frequency", "confirmed_at", "last_sent_at", "created_at"]
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_permissions_policy(self):
        return ReadOnlyPermissionPolicy(self.model)


class PropertyKindViewSet(SnippetViewSet):
    model = PropertyKind
    icon = "tag"
    menu_label = _("Kinds of premises")
    list_display = ["name", "name_en", yes_no_column(PropertyKind, "is_building"), "sort_order"]


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "site"
    menu_label = _("Districts")
    list_display = ["name", "name_en", "sort_order"]


class FacilityViewSet(SnippetViewSet):
    """Partners add facilities as they write; editors give them their English names here."""

    model = Facility
    icon = "list-ul"
    menu_label = _("Facilities")
    list_display = ["name", "name_en", "slug"]
    search_fields = ["name", "name_en"]


class PremisesGroup(SnippetViewSetGroup):
    menu_label = _("Premises")
    menu_icon = "home"
    menu_order = 200
    items = [
        ListingViewSet,
        InquiryViewSet,
        AlertSubscriptionViewSet,
        PropertyKindViewSet,
        DistrictViewSet,
        FacilityViewSet,
    ]


register_snippet(PremisesGroup)


@hooks.register("register_personal_data")
def register_properties_personal_data():
    return properties_personal_data()


@hooks.register("register_page_sections")
def premises_on_other_pages():
    return [
        PageSection(place="home", template="properties/home_premises.html", order=20),
        PageSection(place="focus_area", template="properties/focus_area_premises.html"),
    ]


@hooks.register(SEARCH_SOURCES_HOOK)
def premises_in_the_site_search():
    return [SearchSource(find=premises_matching, order=10)]
