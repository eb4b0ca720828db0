"""An editor hears of a partner's submission in the editor's own admin language, whatever the
partner's, with links that open the listing under review."""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from portal.models import OutboundEmail

from .conftest import logged_in, make_user, partner_url


@pytest.fixture
def english_editor(world):
    editor = make_user("editor-in-english", first_name="Emma")
    editor.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    return editor


def submit_in_english(client, world):
    """The partner works in the English partner area."""
    partner = logged_in(client, world.admin_a)
    response = partner.post(partner_url("listing_submit", language="en", pk=world.draft_a.pk))
    assert response.status_code == 302


def review_mail_to(user):
    [mail] = OutboundEmail.objects.filter(to=[user.email])
    return mail


def links_in(body):
    return re.findall(r"https?://\S+", body)


def test_each_editor_reads_the_review_request_in_their_own_language(client, world, english_editor):
    submit_in_english(client, world)

    norwegian = review_mail_to(world.moderator)  # no language chosen: the site's, Norwegian
    assert norwegian.subject == "Til godkjenning: Alfa Utkast"
    assert "«Alfa Utkast» (annonse) er sendt til godkjenning i trinnet" in norwegian.body
    assert "Hei Reidun," in norwegian.body
    assert "has been" not in norwegian.body

    english = review_mail_to(english_editor)
    assert english.subject == "For approval: Alfa Utkast"
    assert '"Alfa Utkast" (listing) has been submitted for approval in the step' in english.body
    assert "Hello Emma," in english.body


def test_the_review_request_links_open_the_listing_under_review(client, world, english_editor):
    submit_in_english(client, world)
    editor = logged_in(client, world.moderator)

    links = links_in(review_mail_to(world.moderator).body)
    review, edit = (urlsplit(link) for link in links if "#tab-notifications" not in link)

    assert f"/{world.draft_a.pk}/" in review.path and review.path != "/"
    preview = editor.get(review.path)
    assert preview.status_code == 200
    assert "Alfa Utkast" in preview.content.decode()
    edit_view = editor.get(edit.path)
    assert edit_view.status_code == 200
    assert "Alfa Utkast" in edit_view.content.decode()
    assert links == links_in(review_mail_to(english_editor).body)
