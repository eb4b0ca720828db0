"""What "Translate this page" (wagtail-localize) makes public: nothing under /en/ until an
editor has translated the page and published the translation."""

from importlib import import_module
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import DraftStateMixin, Locale, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import LocaleSynchronization, Translation

from portal.factories import ArticlePageFactory, ContentPageFactory, publish_translation
from properties.factories import ListingFactory
from sectors.models import FocusArea, FocusAreaIndexPage, FocusAreaPage
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory

NORWEGIAN_TITLE = "Ny kontorklynge ved elva"
ENGLISH_TITLE = "A new office cluster by the river"


@pytest.fixture
def editor(client, small_site):
    user = get_user_model().objects.create_superuser("redaksjon", "r@example.com", "pw")
    client.force_login(user)
    return user


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def translate_this_page(client, editor, english, django_capture_on_commit_callbacks):
    """What an editor does with "Translate this page" in the admin; wagtail-localize publishes
    after the commit, so what waits for it runs too."""

    def translate(page, include_subtree=False):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
                {"locales": [english.pk], "include_subtree": include_subtree},
            )
        assert response.status_code == 302
        return page.get_translation(english)

    return translate


def translate_title_and_publish(client, translation, title, capture_on_commit):
    """The editor types the English title in the translation editor and presses Publish."""
    record = Translation.objects.get(
        source__object_id=translation.translation_key, target_locale=translation.locale
    )
    segment = record.source.stringsegment_set.get(context__path="title")
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[record.pk, segment.pk]),
        urlencode({"value": title}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201
    with capture_on_commit(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[translation.pk]), {"action": "publish"}
        )
    assert response.status_code == 302


@pytest.fixture
def norwegian_article(small_site):
    return ArticlePageFactory(
        parent=small_site["news"]["nb"], title=NORWEGIAN_TITLE, slug="ny-kontorklynge"
    )


def english_pages_show(client, small_site, title):
    """Whether the title is on the English home page, news index or search results for its
    last word."""
    pages = [
        client.get(small_site.url("home", "en")),
        client.get(small_site.url("news", "en")),
        client.get("/en/search/", {"q": title.split()[-1]}),
    ]
    assert all(page.status_code == 200 for page in pages)
    return any(title in page.text for page in pages)


def test_translate_this_page_saves_the_english_copy_as_a_draft(
    client, translate_this_page, norwegian_article
):
    translation = translate_this_page(norwegian_article)

    assert not translation.live
    assert translation.url.startswith("/en/news/")
    client.logout()
    assert client.get(translation.url).status_code == 404


def test_the_untranslated_copy_is_on_no_english_page(
    client, translate_this_page, small_site, norwegian_article
):
    translate_this_page(norwegian_article)
    client.logout()

    assert not english_pages_show(client, small_site, NORWEGIAN_TITLE)


def test_the_translation_is_public_once_the_editor_publishes_it(
    client, translate_this_page, small_site, norwegian_article, django_capture_on_commit_callbacks
):
    translation = translate_this_page(norwegian_article)
    translate_title_and_publish(
        client, translation, ENGLISH_TITLE, django_capture_on_commit_callbacks
    )
    client.logout()

    response = client.get(translation.url)
    assert response.status_code == 200
    assert ENGLISH_TITLE in response.text
    assert english_pages_show(client, small_site, ENGLISH_TITLE)
    assert not english_pages_show(client, small_site, NORWEGIAN_TITLE)


def test_a_subtree_translated_at_once_stays_in_draft(client, translate_this_page, small_site):
    section = ContentPageFactory(parent=small_site["home"]["nb"], title="Seksjon", slug="seksjon")
    ContentPageFactory(parent=section, title="Underside", slug="underside")

    translated = translate_this_page(section, include_subtree=True)

    assert translated.get_children().count() == 1
    assert not translated.get_descendants(inclusive=True).live().exists()


def focus_area_page_under_index(home):
    index = FocusAreaIndexPage(title="Satsingsområder", slug="satsingsomrader")
    home.add_child(instance=index)
    index.save_revision().publish()
    english_index = publish_translation(index, "en", title="Focus areas", slug="focus-areas")
    page = FocusAreaPage(
        title="Helsenæringen i Drammen",
        slug="helse",
        focus_area=FocusArea.objects.get(slug="helsenaering"),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page, english_index


def campaign_page_under_index(home):
    index = CampaignIndexPageFactory(parent=home)
    english_index = publish_translation(index, "en", title="Campaigns", slug="campaigns")
    return CampaignPageFactory(parent=index, campaign__name="Kontorbyen ved elva"), english_index


@pytest.mark.parametrize("make_page", [focus_area_page_under_index, campaign_page_under_index])
def test_the_english_index_pages_list_no_untranslated_copy(
    client, translate_this_page, small_site, make_page
):
    page, english_index = make_page(small_site["home"]["nb"])
    translate_this_page(page)
    client.logout()

    for address in (english_index.url, small_site.url("home", "en")):
        response = client.get(address)
        assert response.status_code == 200
        assert page.title not in response.text


@pytest.fixture
def page_under_untranslated_parent(small_site):
    parent = ContentPageFactory(
        parent=small_site["home"]["nb"], title="Bare på norsk", slug="bare-norsk"
    )
    return parent, ContentPageFactory(parent=parent, title="Undersiden", slug="undersiden")


def test_the_parent_copied_for_a_translation_stays_a_draft(
    client, translate_this_page, small_site, page_under_untranslated_parent, english
):
    parent, child = page_under_untranslated_parent
    translate_this_page(child)
    placeholder = parent.get_translation(english)

    assert placeholder.alias_of_id == parent.pk
    assert not placeholder.live
    client.logout()
    assert client.get(placeholder.url).status_code == 404
    assert "Bare på norsk" not in client.get(small_site.url("home", "en")).text


def test_the_copied_parent_stays_a_draft_when_the_norwegian_page_is_published_again(
    translate_this_page, page_under_untranslated_parent, english
):
    parent, child = page_under_untranslated_parent
    translate_this_page(child)

    parent.save_revision().publish()

    assert not parent.get_translation(english).live
    assert parent.aliases.get().locale == english


def test_a_synchronised_english_tree_holds_drafts_only(small_site, english):
    """Locales → English → "Sync from Norsk bokmål" mirrors every untranslated page as an alias."""
    only_norwegian = ContentPageFactory(
        parent=small_site["home"]["nb"], title="Bare på norsk", slug="bare-norsk"
    )

    LocaleSynchronization.objects.create(locale=english, sync_from=only_norwegian.locale)

    mirrored = only_norwegian.get_translation(english)
    assert mirrored.alias_of_id == only_norwegian.pk
    assert not mirrored.live


def test_placeholders_published_before_the_upgrade_are_unpublished(
    translate_this_page, page_under_untranslated_parent, english
):
    parent, child = page_under_untranslated_parent
    translate_this_page(child)
    placeholder = parent.get_translation(english)
    type(placeholder).objects.filter(pk=placeholder.pk).update(live=True)  # as before
    migration = import_module("portal.migrations.0014_placeholders_in_another_language_unpublished")

    migration.unpublish_placeholders_in_another_language(apps, None)

    placeholder.refresh_from_db()
    assert not placeholder.live
    assert parent.live


def test_an_alias_in_its_own_language_stays_live(small_site):
    news = small_site["news"]["nb"]
    article = ArticlePageFactory(parent=news, title="Speilet sak", slug="speilet")

    alias = article.create_alias(parent=small_site["home"]["nb"], update_slug="speilet-sak")

    assert alias.live


def test_snippets_are_not_copied_by_wagtail_localize(client, editor):
    """Snippets carry both languages in their own fields (title, title_en); none is a
    wagtail-localize translation that could go live with the Norwegian text."""
    listing = ListingFactory(title="Kontor ved stasjonen")

    response = client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["properties", "listing", listing.pk],
        ),
        {"locales": [Locale.objects.get(language_code="en").pk]},
    )

    assert response.status_code == 404
    assert type(listing).objects.filter(title="Kontor ved stasjonen").count() == 1


def test_a_snippet_wagtail_localize_may_translate_starts_as_a_draft():
    """wagtail-localize publishes a translated snippet at once unless it can be a draft."""
    translatable = [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]

    assert all(issubclass(model, DraftStateMixin) for model in translatable)
