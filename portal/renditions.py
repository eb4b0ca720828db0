"""Renditions made ahead by the background worker, and pictures drawn from what is made.

A page never makes a rendition while a visitor waits. It shows the renditions that exist — the
original image, scaled by the browser, when none does yet — and queues what is missing. Images
are queued when they are saved and when something that shows them is saved (a page published,
a listing approved); `make_missing_renditions` (`manage.py make_renditions`, the demo loader)
catches up on every image in use at once. What each kind of picture needs is declared in
portal.pictures.
"""

import logging
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache, partial

from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models import Prefetch
from django.db.models.signals import post_save
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django_tasks import task
from wagtail.images import get_image_model

from portal import chrome
from portal.pictures import KINDS, USES, kinds_used_at

logger = logging.getLogger(__name__)

MIME_TYPES = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg"}
# A page asks again for what is still missing after this long (a worker that was down).
QUEUED_SECONDS = 600
# E-mail goes first: the worker takes higher priorities first.
RENDITION_PRIORITY = -10
# Making renditions three at a time holds three decoded copies of the image.
PARALLEL_MAX_PIXELS = 12_000_000

_paused = threading.local()


def rendition_model():
    return get_image_model().get_rendition_model()


# Pictures in pages


def picture_html(image, kind, attrs):
    """The markup of `image` shown as `kind`, from renditions already made; queues the rest."""
    found = stored_renditions(image, kind)
    if len(found) < len(kind.filters):
        queue_renditions(image=image, kinds=[kind])
    renditions = tuple(found[f.spec] for f in kind.filters if f.spec in found)
    if not renditions:
        return _img_of_original(image, kind, attrs)
    sources, img = _picture_parts(kind, tuple(_facts(r) for r in renditions))
    img = f"<img{_attributes({**img, **attrs})}>"
    if len(kind.filters_by_format) == 1:
        return mark_safe(img)  # noqa: S308 - every value escaped by _attributes
    return mark_safe(f"<picture>{sources}{img}</picture>")  # noqa: S308 - as above


@dataclass(frozen=True)
class _Rendition:
    filter_spec: str
    name: str
    width: int
    height: int

    @property
    def url(self):
        return rendition_model()._meta.get_field("file").storage.url(self.name)


def _facts(rendition):
    return _Rendition(rendition.filter_spec, rendition.file.name, rendition.width, rendition.height)


@lru_cache(maxsize=4096)
def _picture_parts(kind, renditions):
    """The <source> elements and the <img>'s own attributes for these renditions, worked out
    once per process: a rendition's file never changes (a new one is a new file)."""
    groups = []
    for fmt, filters in kind.filters_by_format.items():
        specs = {f.spec for f in filters}
        group = [r for r in renditions if r.filter_spec in specs]
        if group:
            groups.append((fmt, group))
    *sources, (_, fallback) = groups
    markup = "".join(
        f"<source{_attributes(_srcset_attrs(group, kind.sizes) | {'type': MIME_TYPES[fmt]})}>"
        for fmt, group in sources
    )
    first = fallback[0]
    img = {"src": first.url, "width": first.width, "height": first.height}
    if len(fallback) > 1:
        img |= _srcset_attrs(fallback, kind.sizes)
    return markup, img


def _clear_picture_parts(setting, **kwargs):
    if setting in {"MEDIA_URL", "STORAGES", "MEDIA_ROOT"}:  # rendition addresses change
        _picture_parts.cache_clear()


def _srcset_attrs(renditions, sizes):
    """srcset with one candidate per width (a small original gives several specs the same
    width), and sizes when there is a choice."""
    by_width = {}
    for rendition in renditions:
        by_width.setdefault(rendition.width, rendition)
    if len(by_width) == 1:
        return {"srcset": renditions[0].url}
    srcset = ", ".join(f"{r.url} {width}w" for width, r in by_width.items())
    return {"srcset": srcset, "sizes": sizes or None}


def _attributes(attrs):
    """name="value" for each attribute, escaped; None and False leave it out, True is bare."""
    return "".join(
        f" {name}" if value is True else f' {name}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not None and value is not False
    )


def stored_renditions(image, kind):
    """{spec: rendition} of this kind's renditions that exist for the image as it is now (its
    focal point included): from renditions prefetched with the image when there are any, else
    from the cache, else from the database."""
    wanted = {f.spec: f.get_cache_key(image) for f in kind.filters}
    prefetched = getattr(image, "prefetched_renditions", None)
    if prefetched is not None:
        return _matching(prefetched, wanted)
    Rendition = rendition_model()
    keys = {Rendition.construct_cache_key(image, key, spec): spec for spec, key in wanted.items()}
    cached = Rendition.cache_backend.get_many(list(keys))
    found = {keys[key]: rendition for key, rendition in cached.items()}
    if len(found) < len(wanted):
        missing = {spec: key for spec, key in wanted.items() if spec not in found}
        stored = _matching(image.renditions.filter(filter_spec__in=missing), missing)
        Rendition.cache_backend.set_many({r.get_cache_key(): r for r in stored.values()})
        found.update(stored)
    return found


def _matching(renditions, wanted):
    return {r.filter_spec: r for r in renditions if wanted.get(r.filter_spec) == r.focal_point_key}


def _img_of_original(image, kind, attrs):
    """The original until the renditions are made, at the size the first rendition will have,
    so the page does not move when they come."""
    width, height = kind.filters[0].get_transform(image).size
    tag = {"src": image.file.url, "width": width, "height": height}
    return mark_safe(f"<img{_attributes(tag | attrs)}>")  # noqa: S308 - escaped by _attributes


def prefetch_renditions(*kind_names, through=""):
    """A Prefetch of the renditions these kinds show, for images reached through `through`
    (e.g. "image"). Pictures then find them without a query; prefetch every kind the page
    shows the images as, since what is not prefetched is taken as not made."""
    specs = sorted({spec for name in kind_names for spec in KINDS[name].specs})
    return Prefetch(
        f"{through}__renditions" if through else "renditions",
        queryset=rendition_model().objects.filter(filter_spec__in=specs),
        to_attr="prefetched_renditions",
    )


# Making them


def queue_renditions(*, image, kinds):
    """Queue the making of these kinds' renditions of the image, unless they were queued lately
    for the image as it is now."""
    fresh = [kind.name for kind in kinds if cache.add(_queued_key(image, kind), 1, QUEUED_SECONDS)]
    if fresh:
        make_renditions.enqueue(image.pk, fresh)


def _queued_key(image, kind):
    version = f"{image.file_hash}:{kind.filters[0].get_cache_key(image)}"
    return f"renditions-queued:{image.pk}:{version}:{kind.name}"


@task(backend="background", priority=RENDITION_PRIORITY)
def make_renditions(image_id, kind_names):
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return 0
    return renditions_make(image=image, kinds=[KINDS[name] for name in kind_names if name in KINDS])


def renditions_make(*, image, kinds, made=None, parallel=False):
    """Make the renditions of these kinds that the image lacks; the number made.

    `made` is the set of (spec, focal point key) the image has, when the caller knows it. The
    worker makes them one after the other, which leaves the other core to the web server and
    holds one decoded copy of the image at most; `parallel` makes a modest image's three at a
    time, as Wagtail does."""
    if made is None:
        made = set(image.renditions.values_list("filter_spec", "focal_point_key"))
    missing = _missing_filters(image, kinds, made)
    if not missing:
        return 0
    try:
        if parallel and image.width * image.height <= PARALLEL_MAX_PIXELS:
            image.create_renditions(*missing)
        else:
            for filter in missing:
                image.create_rendition(filter)
    except Exception as error:  # a missing or damaged file: the page keeps showing the original
        logger.warning("Renditions of image %s not made: %s: %s", image.pk, type(error), error)
        return 0
    chrome.rebuild()  # fragments kept with the original in them are made again
    return len(missing)


def _missing_filters(image, kinds, made):
    filters = {f.spec: f for kind in kinds for f in kind.filters}
    return [f for spec, f in filters.items() if (spec, f.get_cache_key(image)) not in made]


def renditions_needed():
    """{image id: {kind, …}} for every image something on the site shows, from Wagtail's
    reference index; and the uses no kind is declared for, as (model, field path)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ReferenceIndex

    image_type = ContentType.objects.get_for_model(get_image_model())
    rows = ReferenceIndex.objects.filter(to_content_type=image_type).values_list(
        "content_type__app_label", "content_type__model", "model_path", "to_object_id"
    )
    needed, undeclared = {}, set()
    for app_label, model, path, image_id in rows:
        kinds = kinds_used_at(f"{app_label}.{model}", path)
        if kinds is None:
            undeclared.add((f"{app_label}.{model}", path))
        elif kinds:
            needed.setdefault(int(image_id), set()).update(kinds)
    return needed, undeclared


def make_missing_renditions(log=print):
    """Make every rendition that images in use lack, here and now. The number made."""
    return sum(
        renditions_make(image=image, kinds=kinds, made=made, parallel=True)
        for image, kinds, made in _images_lacking_renditions(log)
    )


def queue_missing_renditions(log=print):
    """Queue for the worker every rendition that images in use lack. The number of images."""
    lacking = list(_images_lacking_renditions(log))
    for image, kinds, _made in lacking:
        queue_renditions(image=image, kinds=sorted(kinds, key=lambda kind: kind.name))
    return len(lacking)


def _images_lacking_renditions(log):
    """(image, kinds, what it has) for each image in use that lacks a rendition, in a fixed
    number of queries."""
    needed, undeclared = renditions_needed()
    for model, path in sorted(undeclared):
        log(f"No picture kind is declared for images at {model} {path} (portal/pictures.py)")
    images = get_image_model().objects.in_bulk(list(needed))
    made = {}
    stored = rendition_model().objects.filter(image_id__in=list(needed))
    for image_id, spec, key in stored.values_list("image_id", "filter_spec", "focal_point_key"):
        made.setdefault(image_id, set()).add((spec, key))
    for image_id, kinds in needed.items():
        image = images.get(image_id)
        if image and _missing_filters(image, kinds, made.get(image_id, set())):
            yield image, kinds, made.get(image_id, set())


# Queued on save


def connect():
    post_save.connect(_queue_after_save, dispatch_uid="portal-renditions-after-save")
    setting_changed.connect(_clear_picture_parts, dispatch_uid="portal-renditions-settings")


@contextmanager
def queueing_paused():
    """Saves inside queue nothing: for a caller that makes what is missing itself."""
    _paused.value = True
    try:
        yield
    finally:
        _paused.value = False


def _queue_after_save(sender, instance, raw=False, **kwargs):
    from wagtail.models import ReferenceIndex

    if raw or getattr(_paused, "value", False):
        return
    if sender is get_image_model() or (
        sender in ReferenceIndex.tracked_models and _may_show_images(sender)
    ):
        transaction.on_commit(partial(queue_missing_renditions_of, sender, instance.pk))


@lru_cache
def _may_show_images(model):
    """Pages, the models portal.pictures names, and their parts (a listing's photos); not,
    say, an inquiry."""
    from modelcluster.fields import ParentalKey
    from wagtail.models import Page

    if issubclass(model, Page) or model._meta.label_lower in {label for label, _path in USES}:
        return True
    return any(
        isinstance(field, ParentalKey) and _may_show_images(field.related_model)
        for field in model._meta.get_fields()
    )


def queue_missing_renditions_of(model, pk):
    """Queue what is missing for the images the object shows (or, for an image, for the places
    it is shown), once the reference index knows them."""
    for image, kinds in _images_shown_by(model, pk).items():
        made = set(image.renditions.values_list("filter_spec", "focal_point_key"))
        if _missing_filters(image, kinds, made):
            queue_renditions(image=image, kinds=sorted(kinds, key=lambda kind: kind.name))


def _images_shown_by(model, pk):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ReferenceIndex

    Image = get_image_model()
    image_type = ContentType.objects.get_for_model(Image)
    if model is Image:
        references = ReferenceIndex.objects.filter(to_content_type=image_type, to_object_id=str(pk))
    else:
        instance = _indexed_object(model, pk)
        if instance is None:
            return {}
        references = ReferenceIndex.get_references_for_object(instance).filter(
            to_content_type=image_type
        )
    kinds_by_image = {}
    rows = references.values_list(
        "content_type__app_label", "content_type__model", "model_path", "to_object_id"
    )
    for app_label, model_name, path, image_id in rows:
        kinds = kinds_used_at(f"{app_label}.{model_name}", path) or ()
        kinds_by_image.setdefault(int(image_id), set()).update(kinds)
    images = Image.objects.in_bulk([pk for pk, kinds in kinds_by_image.items() if kinds])
    return {images[pk]: kinds_by_image[pk] for pk in images}


def _indexed_object(model, pk):
    """The object the reference index records: a child (a listing's photo) is recorded under
    its parent."""
    from modelcluster.fields import ParentalKey

    instance = model._default_manager.filter(pk=pk).first()
    while instance is not None:
        parental = [f for f in instance._meta.get_fields() if isinstance(f, ParentalKey)]
        if not parental:
            return instance
        instance = getattr(instance, parental[0].name)
    return None
