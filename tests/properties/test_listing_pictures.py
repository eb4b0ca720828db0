"""Listing photos in cards and on the listing page: the first result's photo loads first, cards
cost the same queries however many there are, and a photo without renditions yet is shown at
once from its original while the worker is asked to make them."""

import pytest
from django_tasks_db.models import DBTaskResult

from portal.pictures import KINDS, LISTING_PHOTO_KINDS
from portal.renditions import renditions_make
from properties.factories import ListingFactory
from properties.models import ListingImage
from tests.html import soup_of
from tests.images import library_image

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uploads_in_tmp")]


def photo(name):
    return library_image(name, f"{name}.jpg", (960, 600), (120, 100, 90))


def listing_with_photos(photos=2, made=True, **fields):
    listing = ListingFactory(**fields)
    for order in range(photos):
        image = photo(f"{listing.slug}-foto-{order}")
        ListingImage.objects.create(
            listing=listing, image=image, alt_text=f"Foto {order}", sort_order=order
        )
        if made:
            renditions_make(image=image, kinds=[KINDS[name] for name in LISTING_PHOTO_KINDS])
    return listing


def card_images(response):
    assert response.status_code == 200
    return soup_of(response).select(".listing-card img")


def test_the_first_result_photo_is_fetched_first_and_the_first_cards_are_not_lazy(client):
    for _ in range(5):
        listing_with_photos(photos=1)

    images = card_images(client.get("/lokaler/"))

    assert len(images) == 5
    assert images[0]["fetchpriority"] == "high"
    assert [img.get("loading") for img in images] == [None, None, None, "lazy", "lazy"]
    assert not any(img.has_attr("fetchpriority") for img in images[1:])


def test_a_card_shows_the_first_photo_in_webp_and_jpeg(client):
    listing = listing_with_photos(photos=3)

    card = soup_of(client.get("/lokaler/")).select_one(".listing-card")

    assert [source["type"] for source in card.select("picture source")] == ["image/webp"]
    img = card.select_one("picture img")
    first_photo = listing.images.get(sort_order=0).image
    assert img["src"] == first_photo.renditions.get(filter_spec="format-jpeg|fill-400x260").url
    assert [c.split()[1] for c in img["srcset"].split(", ")] == ["400w", "800w"]
    assert img["sizes"] == "(max-width: 48rem) 100vw, 400px"
    assert img["alt"] == ""


def test_search_cards_cost_the_same_queries_for_many_as_for_few(
    client, django_assert_max_num_queries
):
    for _ in range(2):
        listing_with_photos()
    client.get("/lokaler/")
    with django_assert_max_num_queries(100) as few:
        assert len(card_images(client.get("/lokaler/"))) == 2
    baseline = len(few.captured_queries)
    for _ in range(8):
        listing_with_photos()
    client.get("/lokaler/")  # new renditions build the site chrome anew

    with django_assert_max_num_queries(baseline):
        assert len(card_images(client.get("/lokaler/"))) == 10
    assert not DBTaskResult.objects.exists()  # every photo was made: nothing to queue


def test_a_card_without_renditions_yet_shows_the_original_and_makes_none(client):
    listing = listing_with_photos(photos=1, made=False)
    image = listing.images.first().image

    (img,) = card_images(client.get("/lokaler/"))

    assert img["src"] == image.file.url
    assert (img["width"], img["height"]) == ("400", "260")
    assert not image.renditions.exists()
    task = DBTaskResult.objects.get(task_path="portal.renditions.make_renditions")
    assert task.args_kwargs["args"] == [image.pk, ["listing_card"]]


def test_the_listing_page_shows_its_first_photo_large_and_first(client):
    listing = listing_with_photos(photos=3)

    page = soup_of(client.get(listing.get_absolute_url()))

    first, *others = page.select(".gallery picture img")
    assert first["fetchpriority"] == "high"
    assert not first.has_attr("loading")
    assert [c.split()[1] for c in first["srcset"].split(", ")] == ["640w", "960w"]
    assert len(others) == 2
    assert all(img["loading"] == "lazy" for img in others)
    assert not DBTaskResult.objects.exists()


def test_the_listing_page_costs_the_same_queries_with_many_photos(
    client, django_assert_max_num_queries
):
    few_photos = listing_with_photos(photos=1)
    many_photos = listing_with_photos(photos=6)
    client.get(few_photos.get_absolute_url())
    with django_assert_max_num_queries(100) as few:
        client.get(few_photos.get_absolute_url())
    baseline = len(few.captured_queries)
    client.get(many_photos.get_absolute_url())

    with django_assert_max_num_queries(baseline):
        response = client.get(many_photos.get_absolute_url())
    assert len(soup_of(response).select(".gallery img")) == 6
