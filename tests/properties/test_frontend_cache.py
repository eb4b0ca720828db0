"""A listing's publish, unpublish or deletion purges every address that shows it."""

import pytest

from properties.factories import ListingFactory

ROOT = "http://localhost"


@pytest.fixture
def draft(small_site):
    return ListingFactory(title="Elvekanten kontorhus", slug="elvekanten", live=False)


def everything_that_shows(listing_id):
    return {
        f"{ROOT}/lokaler/elvekanten/",
        f"{ROOT}/en/premises/elvekanten/",
        f"{ROOT}/lokaler/",
        f"{ROOT}/en/premises/",
        f"{ROOT}/lokaler/sammenlign/",
        f"{ROOT}/en/premises/compare/",
        f"{ROOT}/lokaler/feed/",
        f"{ROOT}/en/premises/feed/",
        f"{ROOT}/sitemap.xml",
        f"{ROOT}/sitemap-premises.xml",
        f"{ROOT}/sitemap-premises-en.xml",
        f"{ROOT}/api/v1/properties/",
        f"{ROOT}/api/v1/properties/{listing_id}/",
        # the home page in both languages lists featured premises
        f"{ROOT}/",
        f"{ROOT}/en/",
    }


def test_publishing_a_listing_purges_everything_that_shows_it(
    draft, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision().publish()

    assert everything_that_shows(draft.pk) <= set(purged)


def test_unpublishing_a_listing_purges_everything_that_showed_it(
    draft, purged, django_capture_on_commit_callbacks
):
    draft.save_revision().publish()
    draft.refresh_from_db()
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        draft.unpublish()

    assert everything_that_shows(draft.pk) <= set(purged)


def test_deleting_a_listing_purges_everything_that_showed_it(
    draft, purged, django_capture_on_commit_callbacks
):
    listing_id = draft.pk
    with django_capture_on_commit_callbacks(execute=True):
        draft.delete()

    assert everything_that_shows(listing_id) <= set(purged)


def test_pages_that_list_premises_are_purged_and_others_not(
    draft, small_site, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision().publish()

    assert f"{ROOT}/" in purged
    assert f"{ROOT}/om-drammen-works/" not in purged
