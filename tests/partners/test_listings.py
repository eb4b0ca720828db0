"""A partner's listing from first draft to live: every field, photos and documents, preview,
submission, the editors' approval or request for changes, history, freshness, bad uploads."""

import contextlib
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Revision, WorkflowState
from wagtail.users.models import UserProfile

from partners import services
from portal.models import OutboundEmail
from portal.pictures import LISTING_PHOTO_KINDS
from properties.factories import ListingFactory
from properties.fields import FIELDS, partner_fields
from properties.models import Listing
from tests.html import soup_of, text_of
from tests.images import SMALL_FILE_HUGE_IMAGE, picture_bytes

from .conftest import (
    draft_listing,
    form_values,
    listing_post,
    logged_in,
    new_listing_data,
    partner_url,
)

EDITOR_COMMENT = "Legg til energimerke og et bilde av inngangen, takk."


def upload(content, name, content_type):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type=content_type)


def pdf_bytes():
    return b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def approver(world):
    """The editor, with the right to publish listings given to them directly: their group lacks
    it (see test_an_editor_approves_with_the_admins_approve_button)."""
    user = get_user_model().objects.get(pk=world.moderator.pk)
    user.user_permissions.add(Permission.objects.get(codename="publish_listing"))
    return get_user_model().objects.get(pk=user.pk)


def task_state_of(listing):
    return Listing.objects.get(pk=listing.pk).current_workflow_state.current_task_state


def admin_action(client, listing, action, task_state, comment=""):
    """What the approve and request-changes buttons in the Wagtail admin do."""
    url = reverse(
        "wagtailsnippets_properties_listing:workflow_action",
        args=(listing.pk, action, task_state.pk),
    )
    return client.post(url, {"comment": comment})


def public_main(client, listing):
    response = client.get(Listing.objects.get(pk=listing.pk).get_absolute_url())
    assert response.status_code == 200
    return response


def dashboard_state(client, listing):
    page = soup_of(client.get(partner_url("dashboard")))
    link = page.find("a", href=partner_url("listing_edit", pk=listing.pk))
    return link.find_parent("tr").select_one(".state").get_text(strip=True)


def submit(client, listing):
    response = client.post(partner_url("listing_submit", pk=listing.pk))
    assert response.status_code == 302
    return task_state_of(listing)


# Create, preview, submit, approve -----------------------------------------------------------


def declared_examples():
    """A value for every field the partner form takes from the listing's declaration."""
    return {field.name: field.example for field in partner_fields() if field.example is not None}


def all_fields(client):
    response = client.get(partner_url("listing_new"))
    focus_area = soup_of(response).select("input[name=focus_areas]")[1]["value"]
    return new_listing_data(
        client,
        **declared_examples(),
        focus_areas=[focus_area],
        description_text="Lyse kontorer over torget.\n\nSeks etasjer med utsikt mot elva.",
        description_en_text="Bright offices above the square.",
        other_facilities="Takterrasse, Sykkelverksted",
        **{
            "photos-0-upload": upload(
                picture_bytes((40, 30), (200, 0, 0), "PNG"), "rod.png", "image/png"
            ),
            "photos-0-alt_text": "Den røde fasaden mot torget",
            "photos-0-alt_text_en": "The red front facing the square",
            "photos-0-caption": "Fasaden",
            "photos-0-order": "2",
            "photos-1-upload": upload(picture_bytes(colour=(0, 0, 200)), "bla.jpg", "image/jpeg"),
            "photos-1-alt_text": "Den blå inngangen",
            "photos-1-order": "1",
            "documents-0-upload": upload(pdf_bytes(), "plan.pdf", "application/pdf"),
            "documents-0-title": "Plantegning 3. etasje",
            "documents-0-title_en": "Floor plan, third floor",
            "documents-0-kind": "floor_plan",
        },
    ), int(focus_area)


def test_a_listing_with_every_field_goes_from_draft_to_live(client, world, approver):
    partner = logged_in(client, world.admin_a)
    data, focus_area = all_fields(partner)
    data["action"] = "preview"
    response = partner.post(partner_url("listing_new"), data)
    assert response.status_code == 302
    listing = Listing.objects.get(title="Kontorhuset ved Bragernes")
    assert response["Location"] == partner_url("listing_preview", pk=listing.pk)
    assert listing.live is False
    assert listing.organisation == world.org_a
    assert client.get(listing.get_absolute_url()).status_code == 404

    preview = partner.get(response["Location"])
    assert preview.status_code == 200
    gallery = [img["alt"] for img in soup_of(preview).select(".gallery img")]
    assert gallery == ["Den blå inngangen", "Den røde fasaden mot torget"]
    preview_main = str(soup_of(preview).select_one(".listing__main"))
    preview_text = text_of(preview)
    for shown in ("Plantegning 3. etasje", "Takterrasse", "Sykkelverksted", "Seks etasjer"):
        assert shown in preview_text

    submit(partner, listing)
    assert dashboard_state(partner, listing) == "Venter på godkjenning"
    editor = logged_in(type(client)(), world.moderator)
    queue = soup_of(editor.get("/admin/")).select_one("#awaiting-review-section")
    assert "Kontorhuset ved Bragernes" in queue.get_text()

    task_state_of(listing).approve(user=approver)
    listing = Listing.objects.get(pk=listing.pk)
    assert listing.live
    assert listing.first_published_at is not None
    assert listing.confirmed_at is not None
    public = public_main(type(client)(), listing)
    assert str(soup_of(public).select_one(".listing__main")) == preview_main

    expected = {
        "title_en": "Office building by Bragernes square",
        "status": "negotiating",
        "address": "Bragernes torg 6",
        "postcode": "3017",
        "area_min": 450,
        "area_max": 1200,
        "plot_area": 2100,
        "rent_per_m2": 2450,
        "shared_costs_per_m2": 380,
        "sale_price": 98000000,
        "floors": 6,
        "parking_spaces": 14,
        "energy_label": "A",
        "year_built": 1962,
        "year_renovated": 2024,
        "video_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    }
    assert {name: getattr(listing, name) for name in expected} == expected
    assert str(listing.available_from) == "2027-08-01"
    assert str(listing.latitude) == "59.743900"
    assert list(listing.focus_areas.values_list("pk", flat=True)) == [focus_area]
    assert sorted(t.name for t in listing.facilities.all()) == ["Sykkelverksted", "Takterrasse"]
    assert listing.description == (
        "<p>Lyse kontorer over torget.</p><p>Seks etasjer med utsikt mot elva.</p>"
    )
    assert listing.description_en == "<p>Bright offices above the square.</p>"
    assert [(i.alt_text, i.alt_text_en) for i in listing.images.all()] == [
        ("Den blå inngangen", ""),
        ("Den røde fasaden mot torget", "The red front facing the square"),
    ]
    assert [(d.title, d.title_en, d.kind) for d in listing.documents.all()] == [
        ("Plantegning 3. etasje", "Floor plan, third floor", "floor_plan")
    ]
    assert dashboard_state(partner, listing) == "Publisert"
    email = OutboundEmail.objects.filter(to=[world.admin_a.email]).latest("pk")
    assert email.subject == "Godkjent og publisert: Kontorhuset ved Bragernes"


# Kinds of field a partner picks from choices or writes in a form field of its own.
PICKED = ("taxon", "choices", "person", "richtext", "facilities")


def test_every_field_a_partner_types_has_an_example_for_the_every_field_test():
    typed = [field.name for field in partner_fields() if field.kind not in PICKED]
    assert [name for name in typed if name not in declared_examples()] == []


def test_every_declared_field_reaches_every_surface(client, world, approver):
    """A partner fills in every field; each is kept, shown back in the form, and shown on the
    surfaces its declaration names: the listing page, compare, the card, the admin, the API."""
    partner = logged_in(client, world.admin_a)
    data, _focus_area = all_fields(partner)
    assert partner.post(partner_url("listing_new"), data).status_code == 302
    listing = Listing.objects.get(title="Kontorhuset ved Bragernes")
    kept = {name: str(getattr(listing, name)) for name in declared_examples()}
    assert kept == declared_examples()
    shown_back = form_values(partner.get(partner_url("listing_edit", pk=listing.pk)))
    assert {name: shown_back[name] for name in declared_examples()} == declared_examples()
    admin = logged_in(type(client)(), world.moderator)
    edit = soup_of(admin.get(reverse("wagtailsnippets_properties_listing:edit", args=[listing.pk])))
    in_admin = [f.name for f in partner_fields() if edit.select(f"[name={f.name}]")]
    assert in_admin == [f.name for f in partner_fields()]

    submit(partner, listing)
    task_state_of(listing).approve(user=approver)
    visitor = type(client)()
    with translation.override("nb"):
        page_labels = [str(f.label) for f in sorted(FIELDS, key=lambda f: f.page) if f.page]
        compare_labels = [
            str(f.label) for f in sorted(FIELDS, key=lambda f: f.compare) if f.compare
        ]
    page = soup_of(visitor.get(listing.get_absolute_url()))
    assert [th.get_text(strip=True) for th in page.select(".facts-table th")] == page_labels
    compare = soup_of(visitor.get(f"/lokaler/sammenlign/?id={listing.pk}"))
    rows = compare.select(".compare-table tbody tr")
    assert [row.th.get_text(strip=True) for row in rows] == compare_labels
    assert "–" not in [row.td.get_text(strip=True) for row in rows]
    card = soup_of(visitor.get(f"/lokaler/?q={listing.title}")).select_one(".listing-card")
    assert len(card.select(".listing-card__facts li")) == len([f for f in FIELDS if f.card])
    detail = visitor.get(f"/api/v1/properties/{listing.pk}/").json()
    assert [f.api for f in FIELDS if f.api and detail[f.api] in (None, "")] == []


def test_the_english_partner_area_creates_listings_too(client, world):
    logged_in(client, world.editor_a)
    with translation.override("en"):
        data = new_listing_data(client, title="Offices by the river")
    response = client.post(partner_url("listing_new", "en"), data)
    assert response.status_code == 302
    listing = Listing.objects.get(title="Offices by the river")
    assert response["Location"] == partner_url("listing_edit", "en", pk=listing.pk)
    assert "Saved. Nothing is published" in text_of(client.get(response["Location"]))


def test_a_photo_needs_its_alternative_text(client, world):
    logged_in(client, world.admin_a)
    data = new_listing_data(
        client,
        title="Uten alt-tekst",
        **{"photos-0-upload": upload(picture_bytes(), "foto.jpg", "image/jpeg")},
    )
    response = client.post(partner_url("listing_new"), data)
    assert response.status_code == 400
    assert soup_of(response).select_one("#id_photos-0-alt_text_error")
    assert soup_of(response).select_one("#error-summary")
    assert not Listing.objects.filter(title="Uten alt-tekst").exists()


def test_a_new_photo_is_queued_for_its_renditions_before_anyone_approves_it(client, world):
    logged_in(client, world.admin_a)
    data = new_listing_data(
        client,
        title="Med nytt bilde",
        **{
            "photos-0-upload": upload(picture_bytes(), "foto.jpg", "image/jpeg"),
            "photos-0-alt_text": "Fasaden",
        },
    )
    assert client.post(partner_url("listing_new"), data).status_code == 302

    image = get_image_model().objects.latest("pk")
    tasks = DBTaskResult.objects.filter(task_path="portal.renditions.make_renditions")
    queued = [task.args_kwargs["args"] for task in tasks if task.args_kwargs["args"][0] == image.pk]
    assert queued == [[image.pk, list(LISTING_PHOTO_KINDS)]]
    assert not image.renditions.exists()  # the worker makes them, not the partner's request


def test_photos_are_reordered_and_removed_in_the_next_revision(client, world):
    logged_in(client, world.admin_a)
    data = new_listing_data(
        client,
        title="Tre bilder",
        **{
            f"photos-{n}-{field}": value
            for n, alt in enumerate(["Første", "Andre", "Tredje"])
            for field, value in (
                ("upload", upload(picture_bytes(), f"{n}.jpg", "image/jpeg")),
                ("alt_text", alt),
            )
        },
    )
    assert client.post(partner_url("listing_new"), data).status_code == 302
    listing = Listing.objects.get(title="Tre bilder")
    form = client.get(partner_url("listing_edit", pk=listing.pk))
    assert form.status_code == 200
    data = form_values(form)
    assert [data[f"photos-{n}-alt_text"] for n in range(3)] == ["Første", "Andre", "Tredje"]
    data.update({"photos-0-order": "3", "photos-1-remove": "on", "photos-2-order": "1"})
    data["action"] = "save"
    assert client.post(partner_url("listing_edit", pk=listing.pk), data).status_code == 302
    draft = Listing.objects.get(pk=listing.pk).get_latest_revision_as_object()
    assert [image.alt_text for image in draft.images.all()] == ["Tredje", "Første"]
    assert get_image_model().objects.filter(title__in=["Første", "Tredje"]).count() == 2


# A live listing keeps its approved form ------------------------------------------------------


def test_a_live_listing_stays_as_approved_until_the_change_is_approved(client, world, approver):
    live = world.live_a
    partner = logged_in(client, world.admin_a)
    data = listing_post(world, title="Alfa Kontorhus, nå med takterrasse", rent_per_m2="9999")
    assert partner.post(partner_url("listing_edit", pk=live.pk), data).status_code == 302
    visitor = type(client)()
    public = public_main(visitor, live)
    assert "Alfa Kontorhus" in text_of(public)
    assert "takterrasse" not in text_of(public)
    api = visitor.get(f"/api/v1/properties/{live.pk}/").json()
    assert (api["title"], api["rent_per_m2_year_nok"]) == ("Alfa Kontorhus", 2000)
    assert Listing.objects.get(pk=live.pk).live
    dashboard = text_of(partner.get(partner_url("dashboard")))
    assert "Alfa Kontorhus, nå med takterrasse" in dashboard
    assert "Endringer venter på godkjenning" in dashboard
    # The partner's form shows the partner's own latest version.
    form = soup_of(partner.get(partner_url("listing_edit", pk=live.pk)))
    assert form.select_one("#id_title")["value"] == "Alfa Kontorhus, nå med takterrasse"

    submit(partner, live).approve(user=approver)
    assert "Alfa Kontorhus, nå med takterrasse" in text_of(public_main(visitor, live))
    assert visitor.get(f"/api/v1/properties/{live.pk}/").json()["rent_per_m2_year_nok"] == 9999


def test_an_edit_made_while_awaiting_approval_is_not_published_unseen(client, world, approver):
    """The editor approves what they reviewed; a later edit must not ride along."""
    partner = logged_in(client, world.admin_a)
    listing = world.draft_a
    reviewed = submit(partner, listing)
    partner.post(
        partner_url("listing_edit", pk=listing.pk),
        listing_post(world, title="Alfa Utkast, uønsket tillegg"),
    )
    # If the edit restarted the review, the old approval no longer counts.
    with contextlib.suppress(PermissionDenied):
        reviewed.specific.approve(user=approver)
    listing = Listing.objects.get(pk=listing.pk)
    assert listing.title != "Alfa Utkast, uønsket tillegg"
    response = type(client)().get(f"/api/v1/properties/{listing.pk}/")
    if response.status_code == 200:
        assert response.json()["title"] != "Alfa Utkast, uønsket tillegg"


def test_an_editor_approves_with_the_admins_approve_button(client, world):
    """The editors' groups need the right to publish listings, or approving fails."""
    partner = logged_in(client, world.admin_a)
    reviewed = submit(partner, world.draft_a)
    editor = logged_in(type(client)(), world.moderator)
    response = admin_action(editor, world.draft_a, "approve", reviewed, "Fint!")
    assert response.status_code == 302
    assert response["Location"] != "/admin/", "the editor was refused"
    listing = Listing.objects.get(pk=world.draft_a.pk)
    assert listing.live
    assert public_main(type(client)(), listing)
    assert world.moderator.has_perm("properties.publish_listing")


# Requests for changes -----------------------------------------------------------------------


def test_a_request_for_changes_reaches_the_partner_in_the_area_and_by_email(client, world):
    partner = logged_in(client, world.admin_a)
    listing = world.draft_a
    editor = logged_in(type(client)(), world.moderator)
    response = admin_action(editor, listing, "reject", submit(partner, listing), EDITOR_COMMENT)
    assert response.status_code == 302
    state = Listing.objects.get(pk=listing.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not Listing.objects.get(pk=listing.pk).live

    assert dashboard_state(partner, listing) == "Endringer ønsket"
    form = partner.get(partner_url("listing_edit", pk=listing.pk))
    assert EDITOR_COMMENT in text_of(form)
    history = text_of(partner.get(partner_url("listing_history", pk=listing.pk)))
    assert EDITOR_COMMENT in history
    email = OutboundEmail.objects.filter(to=[world.admin_a.email]).latest("pk")
    assert email.subject == "Endringer ønsket: Alfa Utkast"
    assert EDITOR_COMMENT in email.body
    assert partner_url("listing_edit", pk=listing.pk) in email.body

    # The partner fixes it and sends it again: back in the queue.
    data = form_values(form)
    data.update({"title": "Alfa Utkast", "action": "submit"})
    assert partner.post(partner_url("listing_edit", pk=listing.pk), data).status_code == 302
    state = Listing.objects.get(pk=listing.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert dashboard_state(partner, listing) == "Venter på godkjenning"
    assert EDITOR_COMMENT not in text_of(partner.get(partner_url("listing_edit", pk=listing.pk)))


def test_the_email_is_in_the_partners_language(client, world):
    profile = UserProfile.get_for_user(world.editor_a)
    profile.preferred_language = "en"
    profile.save()
    listing = draft_listing(world.org_a, world.contact_a, world.editor_a, "Alfa Engelsk")
    state = services.listing_submit(listing=listing, user=world.editor_a)
    state.current_task_state.reject(user=world.moderator, comment="Please add photos.")
    email = OutboundEmail.objects.filter(to=[world.editor_a.email]).latest("pk")
    assert email.subject == "Changes requested: Alfa Engelsk"
    assert "Please add photos." in email.body
    assert f"/en/partner/listings/{listing.pk}/" in email.body


def test_the_preview_leads_back_to_editing_and_the_public_page_does_not(client, world):
    partner = logged_in(client, world.admin_a)
    listing = world.draft_a
    notice = soup_of(partner.get(partner_url("listing_preview", pk=listing.pk))).select_one(
        ".listing__notice"
    )
    assert notice.select_one("a")["href"] == partner_url("listing_edit", pk=listing.pk)
    assert notice.select_one("a").get_text() == "Tilbake til redigering"
    public = soup_of(partner.get(world.live_a.get_absolute_url()))
    assert public.select_one(".listing__notice") is None


def test_the_history_shows_who_did_what(client, world, approver):
    partner = logged_in(client, world.admin_a)
    listing = world.draft_a
    editor = logged_in(type(client)(), world.moderator)
    admin_action(editor, listing, "reject", submit(partner, listing), EDITOR_COMMENT)
    submit(partner, listing).approve(user=approver)
    page = soup_of(partner.get(partner_url("listing_history", pk=listing.pk)))
    entries = [item.get_text(" ", strip=True) for item in page.select(".history-list__item")]
    assert len(entries) >= 4
    assert any("Reidun Redaktør" in entry and EDITOR_COMMENT in entry for entry in entries)
    assert any("alfa-admin" in entry or "Alfa" in entry for entry in entries)
    whens = [t["datetime"] for t in page.select(".history-list__item time")]
    assert whens == sorted(whens, reverse=True)


# The dashboard shows every state --------------------------------------------------------------


def test_the_dashboard_names_each_state(client, world):
    partner = logged_in(client, world.admin_a)
    let = ListingFactory(title="Alfa Utleid", contact=world.contact_a, status=Listing.Status.LET)
    archived = ListingFactory(
        title="Alfa Arkivert", contact=world.contact_a, status=Listing.Status.ARCHIVED
    )
    awaiting = draft_listing(world.org_a, world.contact_a, world.admin_a, "Alfa Venter")
    services.listing_submit(listing=awaiting, user=world.admin_a)
    changes = draft_listing(world.org_a, world.contact_a, world.admin_a, "Alfa Endres")
    state = services.listing_submit(listing=changes, user=world.admin_a)
    state.current_task_state.reject(user=world.moderator, comment="Mer tekst.")
    expected = {
        world.draft_a: "Utkast",
        awaiting: "Venter på godkjenning",
        changes: "Endringer ønsket",
        world.live_a: "Publisert",
        let: "Utleid eller solgt",
        archived: "Arkivert",
    }
    assert {listing: dashboard_state(partner, listing) for listing in expected} == expected


# Freshness ------------------------------------------------------------------------------------


def test_one_click_confirms_a_live_listing_is_current(client, world):
    Listing.objects.filter(pk=world.live_a.pk).update(
        confirmed_at=timezone.now() - timezone.timedelta(days=80)
    )
    logged_in(client, world.editor_a)
    before = timezone.now()
    response = client.post(partner_url("listing_confirm", pk=world.live_a.pk))
    assert response.status_code == 302
    assert Listing.objects.get(pk=world.live_a.pk).confirmed_at >= before
    assert "Alfa Kontorhus" in text_of(client.get(response["Location"]))
    assert client.get(partner_url("listing_confirm", pk=world.live_a.pk)).status_code == 405


def test_a_draft_cannot_be_confirmed(client, world):
    logged_in(client, world.admin_a)
    client.post(partner_url("listing_confirm", pk=world.draft_a.pk))
    assert Listing.objects.get(pk=world.draft_a.pk).confirmed_at is None


# Bad uploads through the listing form -------------------------------------------------------

HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9"/></svg>'
BAD_PHOTOS = {
    "html-named-jpg": ("photo.jpg", HTML, "image/jpeg"),
    "truncated-jpeg": ("photo.jpg", picture_bytes(size=(400, 300))[:600], "image/jpeg"),
    "svg": ("photo.svg", SVG, "image/svg+xml"),
    "opens-too-large": ("kart.png", SMALL_FILE_HUGE_IMAGE, "image/png"),
}


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("bad", list(BAD_PHOTOS))
def test_a_bad_photo_gets_a_message_on_the_form(client, world, bad, language):
    name, content, content_type = BAD_PHOTOS[bad]
    logged_in(client, world.admin_a)
    images, revisions = get_image_model().objects.count(), Revision.objects.count()
    with translation.override(language):
        data = new_listing_data(
            client,
            **{
                "photos-0-upload": upload(content, name, content_type),
                "photos-0-alt_text": "Fasaden",
            },
        )
    response = client.post(partner_url("listing_new", language), data)
    assert response.status_code == 400
    error = soup_of(response).select_one("#id_photos-0-upload_error")
    assert error is not None
    message = error.get_text(" ", strip=True)
    assert re.search(r"JPEG|photo|bilde", message, re.IGNORECASE)
    assert ("photo" in message) == (language == "en")
    assert get_image_model().objects.count() == images
    assert Revision.objects.count() == revisions
    assert not Listing.objects.filter(title=data["title"]).exists()


def test_a_pdf_that_is_html_gets_a_message_on_the_form(client, world):
    logged_in(client, world.admin_a)
    revisions = Revision.objects.count()
    data = new_listing_data(
        client,
        **{
            "documents-0-upload": upload(HTML, "plantegning.pdf", "application/pdf"),
            "documents-0-title": "Plantegning",
        },
    )
    response = client.post(partner_url("listing_new"), data)
    assert response.status_code == 400
    error = soup_of(response).select_one("#id_documents-0-upload_error")
    assert error is not None
    assert "PDF" in error.get_text()
    assert Revision.objects.count() == revisions


# A form sent twice, and deleting drafts -----------------------------------------------------


def test_the_new_listing_form_sent_twice_makes_one_listing(client, world):
    partner = logged_in(client, world.admin_a)
    data = new_listing_data(partner, title="Sendt to ganger")
    first = partner.post(partner_url("listing_new"), data)
    again = partner.post(partner_url("listing_new"), data)  # Back in the browser, then Save
    listing = Listing.objects.get(title="Sendt to ganger")
    assert first["Location"] == again["Location"] == partner_url("listing_edit", pk=listing.pk)
    assert "allerede lagret" in text_of(partner.get(again["Location"]))
    # the form's own address (where the Back button goes) leads there too
    back = partner.get(partner_url("listing_new"), {"form_key": data["form_key"]})
    assert back["Location"] == partner_url("listing_edit", pk=listing.pk)

    # A new form is a new listing, even with the same words in it.
    partner.post(partner_url("listing_new"), new_listing_data(partner, title="Sendt to ganger"))
    assert Listing.objects.filter(title="Sendt to ganger").count() == 2


@pytest.mark.parametrize("key", ["x" * 10_000, "<script>", "0" * 31])
def test_a_made_up_form_key_is_ignored(client, world, key):
    partner = logged_in(client, world.admin_a)
    response = partner.get(partner_url("listing_new"), {"form_key": key})
    assert response.status_code == 200
    fresh = soup_of(response).select_one("form[data-form-key]")["data-form-key"]
    assert re.fullmatch(r"[0-9a-f]{32}", fresh)


def test_a_partner_deletes_a_draft_that_was_never_published(client, world):
    partner = logged_in(client, world.editor_a)
    draft = world.draft_a
    revisions = Revision.objects.for_instance(draft)
    assert revisions.exists()
    delete_url = partner_url("listing_delete", pk=draft.pk)
    assert soup_of(partner.get(partner_url("dashboard"))).find("a", href=delete_url)
    assert soup_of(partner.get(partner_url("listing_edit", pk=draft.pk))).find("a", href=delete_url)
    confirm = partner.get(delete_url)
    assert "Alfa Utkast" in text_of(confirm)
    assert Listing.objects.filter(pk=draft.pk).exists(), "GET asks; it deletes nothing"

    response = partner.post(delete_url)

    assert response["Location"] == partner_url("dashboard")
    assert "er slettet" in text_of(partner.get(response["Location"]))
    assert not Listing.objects.filter(pk=draft.pk).exists()
    assert not revisions.exists()
    deleted = ModelLogEntry.objects.get(action="wagtail.delete", object_id=str(draft.pk))
    assert deleted.user_id == world.editor_a.pk  # the site history keeps who deleted it


def test_a_draft_waiting_for_approval_leaves_the_editors_queue_when_deleted(client, world):
    partner = logged_in(client, world.admin_a)
    draft = world.draft_a
    submit(partner, draft)
    partner.post(partner_url("listing_delete", pk=draft.pk))
    assert not Listing.objects.filter(pk=draft.pk).exists()
    assert not WorkflowState.objects.filter(
        object_id=str(draft.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()


def test_a_listing_that_has_been_published_cannot_be_deleted(client, world):
    partner = logged_in(client, world.admin_a)
    live = world.live_a
    delete_url = partner_url("listing_delete", pk=live.pk)
    assert not soup_of(partner.get(partner_url("dashboard"))).find("a", href=delete_url)
    for response in (partner.get(delete_url), partner.post(delete_url)):
        assert response["Location"] == partner_url("dashboard")
    assert "kan ikke slettes" in text_of(partner.get(partner_url("dashboard")))
    assert Listing.objects.get(pk=live.pk).live
