"""Pictures never keep a visitor waiting: the background worker makes an image's renditions when
the image is saved or starts being shown somewhere; a page shows what is made — the original,
scaled by the browser, until then — queues the rest, and never makes one itself."""

import time

import pytest
from bs4 import BeautifulSoup
from django_tasks_db.models import DBTaskResult

from portal.models import HomePage
from portal.pictures import KINDS
from portal.renditions import make_missing_renditions, renditions_make, renditions_needed
from tests.images import library_image

pytestmark = pytest.mark.usefixtures("uploads_in_tmp")


def new_image(title="Elva om kvelden", size=(1600, 900)):
    return library_image(title, "elva.jpg", size)


def fresh_home(small_site):
    """The Norwegian home page as the database has it now: each test rolls its changes back."""
    return HomePage.objects.get(pk=small_site["home"]["nb"].pk)


def rendition_tasks():
    return DBTaskResult.objects.filter(task_path="portal.renditions.make_renditions")


def specs_made(image):
    return set(image.renditions.values_list("filter_spec", flat=True))


def publish_hero(home, image, capture):
    home.hero_image = image
    home.hero_image_alt = "Elva om kvelden"
    with capture(execute=True):
        home.save_revision().publish()


def new_hero(small_site, *, renditions_made=False):
    """A new image as the home page's hero, published (its queueing after the commit does not
    run in a test); with `renditions_made`, its hero renditions made as the worker makes them."""
    image = new_image()
    home = fresh_home(small_site)
    home.hero_image, home.hero_image_alt = image, "Elva om kvelden"
    home.save_revision().publish()
    if renditions_made:
        renditions_make(image=image, kinds=[KINDS["hero"]])
    return image


def hero_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(".hero")


def test_publishing_a_new_hero_queues_its_renditions_and_the_worker_makes_them(
    small_site, django_capture_on_commit_callbacks, run_background_worker
):
    image = new_image()

    publish_hero(fresh_home(small_site), image, django_capture_on_commit_callbacks)

    assert not image.renditions.exists()  # none made while the editor waits
    task = rendition_tasks().get()
    assert task.args_kwargs["args"] == [image.pk, ["hero"]]
    run_background_worker()
    assert specs_made(image) == set(KINDS["hero"].specs)
    assert rendition_tasks().get().status == "SUCCESSFUL"


def test_a_first_view_shows_the_original_at_once_and_makes_nothing(client, small_site):
    image = new_hero(small_site)

    started = time.perf_counter()
    response = client.get("/")
    elapsed = time.perf_counter() - started

    assert elapsed < 2
    assert not image.renditions.exists()
    img = hero_of(response).find("img")
    assert img["src"] == image.file.url
    assert (img["width"], img["height"]) == ("640", "480")  # as the smallest rendition will be
    assert img["alt"] == "Elva om kvelden"
    assert img["fetchpriority"] == "high"
    assert not img.has_attr("loading")
    assert rendition_tasks().count() == 1  # what was missing is queued, once
    client.get("/")
    assert rendition_tasks().count() == 1


def test_once_made_the_hero_is_a_picture_in_avif_webp_and_jpeg(client, small_site):
    new_hero(small_site, renditions_made=True)

    hero = hero_of(client.get("/"))

    sources = hero.select("picture source")
    assert [source["type"] for source in sources] == ["image/avif", "image/webp"]
    assert all(source["sizes"] == "100vw" for source in sources)
    img = hero.select_one("picture img")
    assert ".jpg" in img["src"]
    widths = [candidate.split()[1] for candidate in img["srcset"].split(", ")]
    assert widths == ["640w", "1280w", "1600w"]  # the original is 1600 wide: never enlarged
    assert img["fetchpriority"] == "high"
    assert not img.has_attr("loading")
    assert not rendition_tasks().exists()


def test_a_new_focal_point_queues_renditions_cropped_around_it(
    small_site, django_capture_on_commit_callbacks
):
    image = new_hero(small_site, renditions_made=True)

    image.focal_point_x, image.focal_point_y = 1200, 300
    image.focal_point_width = image.focal_point_height = 200
    with django_capture_on_commit_callbacks(execute=True):
        image.save()

    assert rendition_tasks().get().args_kwargs["args"] == [image.pk, ["hero"]]


def test_an_image_saved_again_unchanged_queues_nothing(
    small_site, django_capture_on_commit_callbacks
):
    image = new_hero(small_site, renditions_made=True)

    with django_capture_on_commit_callbacks(execute=True):
        image.save()

    assert not rendition_tasks().exists()


def test_make_missing_renditions_makes_what_pages_show_and_then_nothing(small_site):
    image = new_hero(small_site)

    assert make_missing_renditions() == len(KINDS["hero"].specs)
    assert make_missing_renditions() == 0
    assert specs_made(image) == set(KINDS["hero"].specs)


def test_an_image_nothing_shows_needs_no_renditions(small_site):
    image = new_image()

    needed, undeclared = renditions_needed()

    assert image.pk not in needed
    assert not undeclared


def test_a_damaged_image_file_leaves_the_original_in_the_page(client, small_site):
    image = new_hero(small_site)
    with image.file.open("wb") as file:
        file.write(b"\xff\xd8\xff\xe0 not a jpeg any more")

    assert renditions_make(image=image, kinds=[KINDS["hero"]]) == 0
    assert hero_of(client.get("/")).find("img")["src"] == image.file.url


@pytest.mark.parametrize(("page_name", "field"), [("hub", "hero_image"), ("article", "image")])
def test_the_image_atop_a_four_k_page_or_an_article_is_fetched_first(
    client, small_site, page_name, field
):
    page = small_site[page_name]["nb"].specific_class.objects.get(pk=small_site[page_name]["nb"].pk)
    image = new_image()
    setattr(page, field, image)
    page.save_revision().publish()
    make_missing_renditions()

    img = BeautifulSoup(client.get(page.url).content, "html.parser").select_one(".page__image img")

    assert img["fetchpriority"] == "high"
    assert not img.has_attr("loading")
    assert img["sizes"] == "(max-width: 1280px) 100vw, 1280px"
