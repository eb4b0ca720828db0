"""`manage.py load_demo`: the whole demo site in two languages, safe to run again, and no demo
accounts with a public password outside development."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from portal.demo.users import DEMO_PASSWORD
from portal.models import (
    AccessibilityStatementPage,
    ArticlePage,
    ContentPage,
    FourKPage,
    HomePage,
    NewsIndexPage,
    PrivacyStatementPage,
    RelocationFormPage,
)
from tests.conftest import kept_for_the_module, whole_sitemap
from tests.html import soup_of


def load_demo(*args):
    out = io.StringIO()
    call_command("load_demo", *args, "--queue-renditions", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def _demo_in_module(django_db_setup, django_db_blocker):
    """The demo content, loaded once for this module with DEBUG off (so without users)."""
    with kept_for_the_module(django_db_blocker, DEBUG=False):
        yield load_demo("--skip-users")


@pytest.fixture
def demo(_demo_in_module, db):
    return _demo_in_module


def pages_of(model, language):
    return model.objects.live().filter(locale__language_code=language)


def snapshot():
    """What a run of load_demo could have added or changed."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
        "latest_revisions": sorted(Page.objects.values_list("pk", "latest_revision_id")),
    }


def test_skip_users_loads_content_without_debug(demo):
    assert "Demo site loaded" in demo
    assert not get_user_model().objects.exists()


@pytest.mark.parametrize("language", ["nb", "en"])
def test_demo_site_has_every_page_type_in_both_languages(demo, language):
    home = pages_of(HomePage, language).get()
    site_root = Site.objects.get(is_default_site=True).root_page
    assert home.translation_key == site_root.translation_key
    assert pages_of(FourKPage, language).child_of(home).count() == 4
    news = pages_of(NewsIndexPage, language).child_of(home).get()
    assert pages_of(ArticlePage, language).child_of(news).count() >= 4
    assert pages_of(RelocationFormPage, language).child_of(home).count() == 1
    assert pages_of(AccessibilityStatementPage, language).child_of(home).count() == 1
    assert pages_of(PrivacyStatementPage, language).child_of(home).count() == 1
    assert pages_of(ContentPage, language).child_of(home).exists()


def test_every_facility_of_the_demo_premises_has_an_english_name(demo):
    from properties.models import Facility

    used = Facility.objects.filter(tagged_listings__isnull=False).distinct()
    assert used.count() >= 8
    assert not used.filter(name_en="").exists()


def test_every_demo_listing_is_written_in_english_too(demo, client):
    from properties.models import Listing, ListingDocument, ListingImage

    listings = Listing.objects.all()
    assert listings.count() >= 30
    assert not listings.filter(title_en="").exists()
    assert not listings.filter(description_en="").exists()
    assert not ListingImage.objects.filter(alt_text_en="").exists()
    assert not ListingDocument.objects.filter(title_en="").exists()
    english = client.get(f"/en/premises/{listings.filter(live=True).first().slug}/")
    assert not soup_of(english).select("main [lang=nb], .language-note")


def test_default_site_root_is_the_norwegian_home_page(demo):
    root = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(root, HomePage)
    assert root.locale.language_code == "nb"
    assert (
        not Page.objects.filter(depth=2).exclude(pk__in=HomePage.objects.values("pk")).exists()
    )  # Wagtail's welcome page is gone


def test_the_sitemap_leads_to_where_the_demo_is_served(demo, client):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("testserver", 80)  # WAGTAILADMIN_BASE_URL in tests
    sitemap = whole_sitemap(client)
    assert "<loc>http://testserver/flyttehjelp/</loc>" in sitemap
    assert "localhost" not in sitemap


def test_demo_form_sends_to_the_team(demo):
    for form in RelocationFormPage.objects.all():
        assert form.to_address
        assert form.live


def test_refuses_demo_users_when_debug_is_off(demo, settings):
    settings.DEBUG = False
    before = snapshot()
    with pytest.raises(CommandError, match="DEBUG"):
        load_demo()
    assert snapshot() == before


def test_demo_users_with_debug_on(demo, settings):
    settings.DEBUG = True
    load_demo()
    User = get_user_model()
    admin = User.objects.get(username="admin")
    assert admin.is_superuser
    assert admin.is_staff
    assert admin.check_password(DEMO_PASSWORD)
    assert DEMO_PASSWORD == "changeme"
    editor = User.objects.get(username="redaktor")
    assert not editor.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]
    assert editor.check_password(DEMO_PASSWORD)


def test_second_run_creates_and_changes_nothing(demo, settings):
    settings.DEBUG = True
    load_demo()  # adds the users the module's run skipped
    before = snapshot()
    output = load_demo()
    assert snapshot() == before
    assert "nothing changed" in output


def test_editors_changes_survive_another_run(demo, settings):
    home = HomePage.objects.get(locale__language_code="nb")
    home.hero_heading = "Endret av en redaktør"
    home.save_revision().publish()
    settings.DEBUG = True
    load_demo()
    home.refresh_from_db()
    assert home.hero_heading == "Endret av en redaktør"
