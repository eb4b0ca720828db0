"""Isolation, proven URL by URL: every address of the partner area is listed here with what it
needs; a new address without an entry fails the suite. Another organisation gets 404, an
anonymous visitor is sent to log in, a partner editor cannot do a partner admin's work, and no
POST goes through without its CSRF token."""

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.test import Client
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.documents import get_document_model
from wagtail.models import Revision, WorkflowState

from partners import urls as partner_urls
from partners.models import PartnerInvitation, PartnerMembership
from portal.models import OutboundEmail
from properties.factories import ListingFactory
from properties.models import Listing
from tests.html import soup_of, text_of

from .conftest import INVITATION_TOKEN, PASSWORD, listing_post, logged_in, partner_url

GET, POST = "GET", "POST"


def reset_kwargs(world):
    return {
        "uidb64": urlsafe_base64_encode(force_bytes(world.admin_a.pk)),
        "token": default_token_generator.make_token(world.admin_a),
    }


def no_kwargs(world):
    return {}


def no_data(world):
    return {}


@dataclass(frozen=True)
class Route:
    methods: tuple
    kwargs: Callable = no_kwargs
    post: Callable = no_data
    public: bool = False  # open to anonymous visitors
    admin_only: bool = False  # partner admins only
    markers: tuple = field(default=())  # what of A's a page without an object could leak


A_MARKERS = ("Alfa Kontorhus", "Alfa Utkast", "Alfa Henvender", "alfa-redaktor", "ny@alfa")

ROUTES = {
    "dashboard": Route((GET,), markers=A_MARKERS),
    "login": Route(
        (GET, POST), public=True, post=lambda w: {"username": "alfa-admin", "password": PASSWORD}
    ),
    "logout": Route((POST,), public=True),
    "password_reset": Route((GET, POST), public=True, post=lambda w: {"email": w.admin_a.email}),
    "password_reset_sent": Route((GET,), public=True),
    "password_reset_confirm": Route(
        (GET, POST),
        kwargs=reset_kwargs,
        public=True,
        post=lambda w: {"new_password1": "Nytt-Passord-77", "new_password2": "Nytt-Passord-77"},
    ),
    "password_reset_complete": Route((GET,), public=True),
    "listing_new": Route((GET, POST), post=listing_post, markers=A_MARKERS),
    "listing_edit": Route((GET, POST), kwargs=lambda w: {"pk": w.live_a.pk}, post=listing_post),
    "listing_preview": Route((GET,), kwargs=lambda w: {"pk": w.draft_a.pk}),
    "listing_submit": Route((POST,), kwargs=lambda w: {"pk": w.draft_a.pk}),
    "listing_confirm": Route((POST,), kwargs=lambda w: {"pk": w.live_a.pk}),
    "listing_delete": Route((GET, POST), kwargs=lambda w: {"pk": w.draft_a.pk}),
    "listing_history": Route((GET,), kwargs=lambda w: {"pk": w.draft_a.pk}),
    "listing_statistics": Route((GET,), kwargs=lambda w: {"pk": w.live_a.pk}),
    "inquiries": Route((GET,), markers=A_MARKERS),
    "inquiries_csv": Route((GET,), markers=A_MARKERS),
    "statistics_csv": Route((GET,), markers=A_MARKERS),
    "people": Route((GET,), markers=A_MARKERS),
    "invite": Route(
        (GET, POST),
        admin_only=True,
        post=lambda w: {"email": "kollega@alfa.example", "role": "admin"},
        markers=A_MARKERS,
    ),
    "member_remove": Route(
        (POST,), admin_only=True, kwargs=lambda w: {"pk": w.membership(w.editor_a).pk}
    ),
    "invitation_revoke": Route(
        (POST,), admin_only=True, kwargs=lambda w: {"pk": w.invitation_a.pk}
    ),
    "invitation_accept": Route(
        (GET, POST),
        public=True,
        kwargs=lambda w: {"token": INVITATION_TOKEN},
        post=lambda w: {
            "first_name": "Nina",
            "last_name": "Ny",
            "username": "nina-ny",
            "password1": "Elva-renner-2020",
            "password2": "Elva-renner-2020",
        },
    ),
}

URL_NAMES = [pattern.name for pattern in partner_urls.urlpatterns]
PROTECTED = [name for name, route in ROUTES.items() if not route.public]
WITH_OBJECT = [name for name in PROTECTED if ROUTES[name].kwargs is not no_kwargs]
WITHOUT_OBJECT = [name for name in PROTECTED if ROUTES[name].kwargs is no_kwargs]
ADMIN_ONLY = [name for name, route in ROUTES.items() if route.admin_only]
POSTABLE = [name for name, route in ROUTES.items() if POST in route.methods]


def route_of(name):
    assert name in ROUTES, f"partners:{name} has no isolation spec in {__name__}.ROUTES"
    return ROUTES[name]


def request(client, method, name, world, language="nb"):
    route = route_of(name)
    url = partner_url(name, language, **route.kwargs(world))
    if method == POST:
        return client.post(url, route.post(world))
    return client.get(url)


def snapshot():
    """Everything a partner-area request could change."""
    User = get_user_model()
    return {
        "listings": list(
            Listing.objects.order_by("pk").values_list(
                "pk",
                "title",
                "live",
                "status",
                "organisation_id",
                "confirmed_at",
                "latest_revision_id",
            )
        ),
        "revisions": Revision.objects.count(),
        "workflow_states": list(WorkflowState.objects.values_list("pk", "status")),
        "memberships": list(PartnerMembership.objects.values_list("pk", "role")),
        "invitations": list(PartnerInvitation.objects.values_list("pk", "accepted_at")),
        "emails": OutboundEmail.objects.count(),
        "users": list(User.objects.order_by("pk").values_list("pk", "is_active", "password")),
        "sessions": Session.objects.count(),
    }


# The URLconf and the spec agree -----------------------------------------------------------


def test_the_spec_covers_exactly_the_urlconf():
    assert len(URL_NAMES) == len(set(URL_NAMES)), "two partner URLs share a name"
    assert set(URL_NAMES) == set(ROUTES), (
        f"URLs without a spec: {set(URL_NAMES) - set(ROUTES)}; "
        f"specs without a URL: {set(ROUTES) - set(URL_NAMES)}"
    )


@pytest.mark.parametrize("name", URL_NAMES)
def test_each_url_answers_only_its_methods(client, world, name):
    """So that the CSRF test below sees every address that accepts a POST."""
    route = route_of(name)
    logged_in(client, world.admin_a)
    url = partner_url(name, **route.kwargs(world))
    for method in (GET, POST):
        if method not in route.methods:
            response = client.get(url) if method == GET else client.post(url, route.post(world))
            assert response.status_code == 405, f"{method} {url}"


# Anonymous visitors -------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("name", URL_NAMES)
def test_anonymous_visitors_are_sent_to_log_in(client, world, name, language):
    route = route_of(name)
    login = partner_url("login", language)
    before = snapshot()
    for method in route.methods:
        response = request(client, method, name, world, language)
        if route.public:
            assert response.status_code in (200, 302), f"{method} {name}"
            assert "next=" not in response.get("Location", ""), f"{method} {name}"
            continue
        assert response.status_code == 302, f"{method} {name}"
        assert response["Location"].startswith(f"{login}?next="), f"{method} {name}"
    if not route.public:
        assert snapshot() == before


def assert_refused_with_403(client, world, name):
    """Every method of the route answers 403 to the user logged in, and nothing changes."""
    before = snapshot()
    for method in route_of(name).methods:
        assert request(client, method, name, world).status_code == 403, f"{method} {name}"
    assert snapshot() == before


@pytest.mark.parametrize("name", PROTECTED)
def test_a_logged_in_user_outside_any_organisation_is_refused(client, world, name):
    logged_in(client, world.outsider)
    assert_refused_with_403(client, world, name)


# Another organisation -----------------------------------------------------------------------


@pytest.mark.parametrize("user", ["admin_b", "editor_b"])
@pytest.mark.parametrize("name", WITH_OBJECT)
def test_another_organisation_gets_404_for_each_object_of_a(client, world, name, user):
    route = route_of(name)
    logged_in(client, getattr(world, user))
    before = snapshot()
    for method in route.methods:
        response = request(client, method, name, world)
        expected = 403 if route.admin_only and user == "editor_b" else 404
        assert response.status_code == expected, f"{method} {name}"
    assert snapshot() == before


@pytest.mark.parametrize("name", WITHOUT_OBJECT)
def test_pages_without_an_object_show_b_nothing_of_a(client, world, name):
    route = route_of(name)
    logged_in(client, world.admin_b)
    response = request(client, GET, name, world)
    assert response.status_code == 200
    content = response.content.decode()
    for marker in route.markers:
        assert marker not in content, f"{name} shows B «{marker}»"
    # The same page shows A's own data to A, where it has any (so the check above can fail).
    logged_in(client, world.admin_a)
    own = request(client, GET, name, world).content.decode()
    if name in ("dashboard", "inquiries_csv", "statistics_csv", "people", "inquiries"):
        assert any(marker in own for marker in route.markers), name


def test_b_cannot_find_a_in_its_people_page_or_remove_a_by_guessing(client, world):
    logged_in(client, world.admin_b)
    for membership in PartnerMembership.objects.filter(organisation=world.org_a):
        url = partner_url("member_remove", pk=membership.pk)
        assert client.post(url).status_code == 404
    assert PartnerMembership.objects.filter(organisation=world.org_a).count() == 2


# Partner editors ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ADMIN_ONLY)
def test_a_partner_editor_cannot_do_what_only_a_partner_admin_may(client, world, name):
    logged_in(client, world.editor_a)
    assert_refused_with_403(client, world, name)
    # … which the organisation's partner admin may.
    logged_in(client, world.admin_a)
    for method in route_of(name).methods:
        assert request(client, method, name, world).status_code in (200, 302), method


@pytest.mark.parametrize(
    "name", [name for name in PROTECTED if name not in ADMIN_ONLY and GET in ROUTES[name].methods]
)
def test_a_partner_editor_works_with_all_the_listings(client, world, name):
    logged_in(client, world.editor_a)
    assert request(client, GET, name, world).status_code == 200


def test_a_partner_editor_sees_no_invite_or_remove_buttons(client, world):
    logged_in(client, world.editor_a)
    page = soup_of(client.get(partner_url("people")))
    for membership in PartnerMembership.objects.filter(organisation=world.org_a):
        assert not page.select(f'form[action="{partner_url("member_remove", pk=membership.pk)}"]')
    assert "ny@alfa.example" not in page.get_text()
    assert not page.find("a", href=partner_url("invite"))


# CSRF ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", POSTABLE)
def test_no_post_goes_through_without_its_csrf_token(world, name):
    route = route_of(name)
    strict = Client(enforce_csrf_checks=True)
    if not route.public or name == "logout":
        strict.force_login(world.admin_a)
    before = snapshot()
    response = request(strict, POST, name, world)
    assert response.status_code == 403
    assert snapshot() == before
    # The same request with the token is not refused, so the 403 came from the missing token.
    relaxed = Client()
    if not route.public or name == "logout":
        relaxed.force_login(world.admin_a)
    assert request(relaxed, POST, name, world).status_code in (200, 302)


# The API and the exports --------------------------------------------------------------------


def test_the_api_knows_no_draft(client, world):
    assert client.get(f"/api/v1/properties/{world.draft_a.pk}/").status_code == 404
    assert client.get(f"/api/v1/properties/{world.live_a.pk}/").status_code == 200
    listed = client.get("/api/v1/properties/", {"page_size": 100}).json()
    ids = {item["id"] for item in listed["results"]}
    assert world.live_a.pk in ids
    assert world.draft_a.pk not in ids


@pytest.mark.parametrize("name", ["inquiries_csv", "statistics_csv"])
def test_an_export_holds_only_the_organisations_own_data(client, world, name):
    logged_in(client, world.admin_b)
    b_export = client.get(partner_url(name)).content.decode("utf-8-sig")
    logged_in(client, world.admin_a)
    a_export = client.get(partner_url(name)).content.decode("utf-8-sig")
    assert "Beta" in b_export
    assert "Alfa" not in b_export
    assert "Alfa" in a_export
    assert "Beta" not in a_export


# Nothing a partner posts publishes anything --------------------------------------------------


def public_status(client, listing):
    return client.get(f"/api/v1/properties/{listing.pk}/")


def test_posting_live_and_another_organisation_publishes_nothing(client, world):
    logged_in(client, world.admin_a)
    smuggled = {
        "live": "on",
        "has_unpublished_changes": "",
        "organisation": world.org_b.pk,
        "slug": "smuglet",
        "first_published_at": "2020-01-01T00:00:00Z",
        "confirmed_at": "2030-01-01T00:00:00Z",
        "distance_to_station": "0",
    }
    response = client.post(
        partner_url("listing_new"), listing_post(world, title="Smuglet", **smuggled)
    )
    assert response.status_code == 302
    listing = Listing.objects.get(title="Smuglet")
    assert listing.live is False
    assert listing.organisation == world.org_a
    assert listing.first_published_at is None
    assert listing.confirmed_at is None
    assert not Listing.objects.public().filter(pk=listing.pk).exists()
    assert public_status(client, listing).status_code == 404
    assert client.get(listing.get_absolute_url()).status_code == 404


def test_a_let_listing_stays_let_when_a_partner_posts_available(client, world):
    let = ListingFactory(title="Alfa Utleid", contact=world.contact_a, status=Listing.Status.LET)
    logged_in(client, world.admin_a)
    response = client.post(
        partner_url("listing_edit", pk=let.pk),
        listing_post(world, title="Alfa Utleid", status="available", live="on"),
    )
    assert response.status_code == 302
    let.refresh_from_db()
    assert let.status == Listing.Status.LET
    assert let.organisation == world.org_a
    assert public_status(client, let).json()["status"] == "let"
    assert not Listing.objects.on_the_market().filter(pk=let.pk).exists()


def test_an_edit_cannot_move_a_listing_to_another_organisation(client, world):
    logged_in(client, world.admin_a)
    client.post(
        partner_url("listing_edit", pk=world.draft_a.pk),
        listing_post(world, title="Alfa Utkast", organisation=world.org_b.pk),
    )
    draft = Listing.objects.get(pk=world.draft_a.pk)
    assert draft.organisation == world.org_a
    assert draft.get_latest_revision_as_object().organisation == world.org_a
    logged_in(client, world.admin_b)
    assert client.get(partner_url("listing_edit", pk=draft.pk)).status_code == 404


def test_another_organisations_contact_is_refused(client, world):
    logged_in(client, world.admin_a)
    before = snapshot()
    response = client.post(
        partner_url("listing_edit", pk=world.draft_a.pk),
        listing_post(world, contact=world.contact_b.pk),
    )
    assert response.status_code == 400
    assert soup_of(response).select_one("#id_contact_error")
    assert snapshot() == before


def assert_edit_refused(client, world, data, message):
    """Saving A's draft with the data is refused with the message, and nothing changes."""
    before = snapshot()
    response = client.post(partner_url("listing_edit", pk=world.draft_a.pk), data)
    assert response.status_code == 400
    assert message in text_of(response)
    assert snapshot() == before


def test_another_organisations_photo_is_refused(client, world):
    logged_in(client, world.admin_a)
    data = listing_post(
        world,
        **{
            "photos-TOTAL_FORMS": "1",
            "photos-0-image_id": str(world.image_b.pk),
            "photos-0-alt_text": "Fasaden",
            "photos-0-order": "1",
        },
    )
    assert_edit_refused(client, world, data, "Dette bildet hører ikke til annonsen.")
    # Not even A's own photo, if it is not on this listing.
    data["photos-0-image_id"] = str(world.image_a.pk)
    assert_edit_refused(client, world, data, "Dette bildet hører ikke til annonsen.")


def test_another_organisations_document_is_refused(client, world):
    Document = get_document_model()
    document = Document.objects.create(
        title="Beta plantegning",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="beta.pdf"),
    )
    logged_in(client, world.admin_a)
    data = listing_post(
        world,
        **{
            "documents-TOTAL_FORMS": "1",
            "documents-0-document_id": str(document.pk),
            "documents-0-title": "Plantegning",
            "documents-0-kind": "floor_plan",
        },
    )
    assert_edit_refused(client, world, data, "Dette dokumentet hører ikke til annonsen.")


def test_a_facility_in_a_draft_of_a_is_shown_neither_to_b_nor_to_visitors(client, world):
    from properties.models import Facility

    draft = Listing.objects.get(pk=world.draft_a.pk)
    draft.facilities.add(Facility.objects.create(name="Alfas hemmelige badstue"))
    draft.save()
    draft.save_revision(user=world.admin_a)  # as the partner's form saves it
    logged_in(client, world.admin_b)
    assert "Alfas hemmelige badstue" not in client.get(partner_url("listing_new")).content.decode()
    client.logout()
    assert "Alfas hemmelige badstue" not in client.get("/lokaler/").content.decode()
    logged_in(client, world.admin_a)  # A sees it on its own listing
    own = client.get(partner_url("listing_edit", pk=draft.pk)).content.decode()
    assert "Alfas hemmelige badstue" in own
