"""Publishing a page purges it and what shows it from the HTTP cache, in both languages."""

import logging

import pytest

ROOT = "http://localhost"


@pytest.fixture
def about(small_site):
    """The about page in both languages, as stored (an earlier test's revisions rolled back)."""
    for page in small_site["about"].values():
        page.refresh_from_db()
    return small_site["about"]


def test_publishing_purges_the_page_its_translation_and_what_lists_it(
    about, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        about["nb"].save_revision().publish()

    assert {
        f"{ROOT}/om-drammen-works/",
        f"{ROOT}/en/about-drammen-works/",
        f"{ROOT}/",
        f"{ROOT}/sok/",
        f"{ROOT}/en/search/",
        f"{ROOT}/sitemap.xml",
        f"{ROOT}/sitemap-pages.xml",
    } <= set(purged)


def test_the_purge_waits_for_the_commit(about, purged, django_capture_on_commit_callbacks):
    """Purged before the commit, a request in between would cache the old version again."""
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        about["nb"].save_revision().publish()
        before_commit = set(purged)

    assert f"{ROOT}/en/about-drammen-works/" not in before_commit
    for callback in callbacks:
        callback()
    assert f"{ROOT}/en/about-drammen-works/" in purged


def test_unpublishing_purges_the_page_and_its_translation(
    about, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        about["en"].unpublish()

    assert {f"{ROOT}/en/about-drammen-works/", f"{ROOT}/om-drammen-works/"} <= set(purged)


def test_no_cache_configured_purges_nothing(about, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = None
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        about["nb"].save_revision().publish()
    purges = [callback for callback in callbacks if callback.__module__ == "portal.frontend_cache"]
    assert purges == []


def test_a_cache_that_does_not_answer_never_fails_the_publish(
    about, settings, caplog, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",  # discard port: nothing listens
        }
    }
    about["nb"].title = "Om oss"
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        about["nb"].save_revision().publish()

    about["nb"].refresh_from_db()
    assert about["nb"].title == "Om oss"
    assert about["nb"].live
    assert "Couldn't purge 'http://localhost/om-drammen-works/'" in caplog.text
