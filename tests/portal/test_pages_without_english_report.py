"""The admin report «Sider uten engelsk versjon»: the live Norwegian pages an English visitor
cannot read yet, each with the way to its translation, for editors only, with CSV and XLSX
exports."""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import String, StringTranslation, Translation, TranslationSource

from portal.factories import ArticlePageFactory, ContentPageFactory
from tests.campaigns.reporting import csv_rows, xlsx_rows
from tests.html import soup_of

REPORT = "/admin/reports/pages-without-english/"


def user_in(username, *groups, language="en"):
    user = get_user_model().objects.create_user(username, f"{username}@example.no", "pw")
    user.groups.add(*groups)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def editor(small_site):
    return user_in("redaksjon", Group.objects.get(name="Editors"))


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def untranslated(small_site):
    """One page of each kind the report names, beside the small site's translated pages."""
    home = small_site["home"]["nb"]
    english = Locale.objects.get(language_code="en")
    missing = ContentPageFactory(parent=home, title="Bare på norsk", slug="bare-norsk")
    missing.save_revision().publish()
    missing.refresh_from_db()
    drafted = ArticlePageFactory(parent=small_site["news"]["nb"], title="Utkast på engelsk")
    draft = drafted.copy_for_translation(english)
    parent = ContentPageFactory(parent=home, title="Forelder uten oversettelse", slug="forelder")
    child = ContentPageFactory(parent=parent, title="Barnet", slug="barnet")
    child.copy_for_translation(english, copy_parents=True)
    ContentPageFactory(parent=home, title="Ikke publisert", slug="ikke-publisert", live=False)
    return {
        "missing": missing,
        "draft": drafted,
        "draft_translation": draft,
        "placeholder": parent,
        "placeholder_translation": parent.get_translation(english),
    }


def report_rows(response):
    """{Norwegian title: (English version, action text, action address)}."""
    assert response.status_code == 200
    rows = {}
    for row in soup_of(response).select("main table tbody tr"):
        cells = row.find_all("td")
        action = cells[-1].find("a")
        rows[cells[0].get_text(strip=True)] = (
            cells[-2].get_text(strip=True),
            action.get_text(strip=True),
            action["href"],
        )
    return rows


def test_lists_each_live_norwegian_page_without_a_published_english_version(
    editor_client, untranslated
):
    rows = report_rows(editor_client.get(REPORT))

    assert set(rows) == {
        "Bare på norsk",
        "Utkast på engelsk",
        "Forelder uten oversettelse",
        "Barnet",
    }
    assert rows["Bare på norsk"][0] == "Not translated"
    assert rows["Utkast på engelsk"][0] == "Draft, not published"
    assert rows["Forelder uten oversettelse"][0] == "Placeholder with the Norwegian text"
    assert rows["Barnet"][0] == "Draft, not published"


def test_each_row_leads_to_the_translation(editor_client, untranslated):
    rows = report_rows(editor_client.get(REPORT))

    missing = untranslated["missing"]
    submit = reverse("wagtail_localize:submit_page_translation", args=[missing.pk])
    assert rows["Bare på norsk"][1:] == ("Translate", f"{submit}?select_locale=en")
    draft = untranslated["draft_translation"]
    assert rows["Utkast på engelsk"][2] == reverse("wagtailadmin_pages:edit", args=[draft.pk])
    placeholder = untranslated["placeholder_translation"]
    assert rows["Forelder uten oversettelse"][2] == reverse(
        "wagtailadmin_pages:edit", args=[placeholder.pk]
    )
    assert editor_client.get(rows["Bare på norsk"][2]).status_code == 200


def test_a_page_leaves_the_report_once_its_translation_is_published(editor_client, untranslated):
    untranslated["draft_translation"].save_revision().publish()

    assert "Utkast på engelsk" not in report_rows(editor_client.get(REPORT))


@pytest.fixture
def published_untranslated(small_site, django_capture_on_commit_callbacks):
    """An article that wagtail-localize published in English with its Norwegian text, as it did
    before translations started as drafts."""
    article = ArticlePageFactory(parent=small_site["news"]["nb"], title="Lekket til engelsk")
    source, _created = TranslationSource.get_or_create_from_instance(article)
    english = Locale.objects.get(language_code="en")
    translation = Translation.objects.create(source=source, target_locale=english)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert article.get_translation(english).live
    return translation


def test_lists_an_english_page_published_without_translated_text(
    editor_client, published_untranslated
):
    rows = report_rows(editor_client.get(REPORT))

    assert rows["Lekket til engelsk"][:2] == ("Published without any translated text", "Translate")


def test_an_english_page_with_translated_text_is_not_listed(editor_client, published_untranslated):
    title = published_untranslated.source.stringsegment_set.get(context__path="title")
    StringTranslation.objects.create(
        translation_of=String.objects.get(pk=title.string_id),
        locale=published_untranslated.target_locale,
        context=title.context,
        data="Leaked into English",
    )

    assert "Lekket til engelsk" not in report_rows(editor_client.get(REPORT))


def test_filters_by_the_state_of_the_english_version(editor_client, untranslated):
    rows = report_rows(editor_client.get(REPORT, {"english_version": "placeholder"}))

    assert set(rows) == {"Forelder uten oversettelse"}


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_the_exports_hold_the_rows_of_the_page(editor_client, untranslated, export):
    response = editor_client.get(REPORT, {"export": export})

    assert response.status_code == 200
    header, *rows = csv_rows(response) if export == "csv" else xlsx_rows(response)
    assert header == ["Norwegian page", "Address", "Type", "Last published", "English version"]
    by_title = {row[0]: row for row in rows}
    assert set(by_title) == set(report_rows(editor_client.get(REPORT)))
    assert by_title["Bare på norsk"][1] == "http://localhost/bare-norsk/"
    assert by_title["Bare på norsk"][2] == "Content page"
    assert by_title["Bare på norsk"][4] == "Not translated"
    published = timezone.localtime(untranslated["missing"].last_published_at)
    assert str(by_title["Bare på norsk"][3]) == published.strftime("%Y-%m-%d %H:%M:%S")


def queries_to_read(client, address):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(address).status_code == 200
    return len(queries)


@pytest.mark.parametrize("address", [REPORT, f"{REPORT}?export=csv"])
def test_its_queries_do_not_grow_with_the_pages(editor_client, small_site, untranslated, address):
    before = queries_to_read(editor_client, address)
    for number in range(10):
        ContentPageFactory(parent=small_site["home"]["nb"], slug=f"side-{number}")

    assert queries_to_read(editor_client, address) == before


def test_the_report_speaks_norwegian_to_a_norwegian_editor(client, untranslated):
    client.force_login(user_in("norsk", Group.objects.get(name="Editors"), language="nb"))

    response = client.get(REPORT)

    assert "Sider uten engelsk versjon" in soup_of(response).find("h1").get_text()
    assert report_rows(response)["Bare på norsk"][:2] == ("Ikke oversatt", "Oversett")
    header = xlsx_rows(client.get(REPORT, {"export": "xlsx"}))[0]
    assert header[:2] == ["Norsk side", "Adresse"]


def test_the_reports_menu_offers_it_to_editors(editor_client, untranslated):
    assert REPORT in editor_client.get("/admin/").text


@pytest.mark.parametrize("address", [REPORT, f"{REPORT}?export=csv"])
def test_only_editors_with_page_permissions_reach_it(client, untranslated, address):
    admin_only = user_in("bare-admin")
    admin_only.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(admin_only)

    response = client.get(address)

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "pages-without-english" not in urlsplit(response["Location"]).path
    assert "Bare på norsk" not in response.text
    assert REPORT not in client.get("/admin/").text
