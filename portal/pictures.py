"""Every kind of picture the site shows, the renditions each needs, and where images are used.

This one declaration serves all who make or show renditions: templates render a kind with
`{% responsive_image image "kind" %}` (portal.templatetags.picture_tags); the background worker
makes a kind's renditions when an image is saved or starts being used somewhere, and
`manage.py make_renditions` (the demo loader too) makes whatever is missing (portal.renditions).
Change a kind here and all of them follow.
"""

from dataclasses import dataclass
from functools import cached_property

from wagtail.images.models import Filter

# Large pictures, often the largest element in view: AVIF first, where the browser takes it.
LARGE = ("avif", "webp", "jpeg")
# Photos of premises, many per listing and made for every upload: AVIF would cost the worker
# about five times as long as WebP and JPEG together, for a few kilobytes less per photo.
PHOTO = ("webp", "jpeg")


@dataclass(frozen=True)
class PictureKind:
    """One way a picture is shown: its sizes (smallest first), formats (preferred first; none
    keeps the image's own) and the `sizes` attribute that tells the browser which width to take.
    """

    name: str
    resizes: tuple[str, ...]
    formats: tuple[str, ...] = ()
    sizes: str = ""

    @cached_property
    def filters_by_format(self):
        """{format: (Filter, …) smallest first}, parsed once per process.

        The specs are written as Wagtail's own `{% picture %}` writes them, so renditions made
        by either are the same rows.
        """
        return {
            fmt: tuple(
                _parsed_filter(f"format-{fmt}|{resize}" if fmt else resize)
                for resize in self.resizes
            )
            for fmt in self.formats or (None,)
        }

    @cached_property
    def filters(self):
        return tuple(f for filters in self.filters_by_format.values() for f in filters)

    @cached_property
    def specs(self):
        return tuple(f.spec for f in self.filters)


def _parsed_filter(spec):
    filter = Filter(spec=spec)
    filter.operations  # noqa: B018 - parse now: Wagtail would parse it again for every image
    return filter


KINDS = {
    kind.name: kind
    for kind in [
        PictureKind("hero", ("fill-640x480", "fill-1280x640", "fill-1920x800"), LARGE, "100vw"),
        PictureKind(
            "page_image",
            ("fill-640x360", "fill-1280x720"),
            LARGE,
            "(max-width: 1280px) 100vw, 1280px",
        ),
        PictureKind(
            "body_image",
            ("width-480", "width-800", "width-1200"),
            LARGE,
            "(max-width: 800px) 100vw, 800px",
        ),
        PictureKind(
            "listing_card",
            ("fill-400x260", "fill-800x520"),
            PHOTO,
            "(max-width: 48rem) 100vw, 400px",
        ),
        PictureKind(
            "listing_photo",
            ("fill-640x400", "fill-960x600", "fill-1440x900"),
            PHOTO,
            "(max-width: 64rem) 100vw, 900px",
        ),
        PictureKind(
            "listing_thumbnail",
            ("fill-320x200", "fill-640x400"),
            PHOTO,
            "(max-width: 48rem) 50vw, 300px",
        ),
        PictureKind("card", ("fill-640x360",), ("webp",)),
        PictureKind("video_poster", ("fill-960x540",), ("webp",)),
        PictureKind("logo", ("max-240x96",)),
        PictureKind("upload_thumbnail", ("fill-240x160",)),
    ]
}

LISTING_PHOTO_KINDS = ("listing_card", "listing_photo", "listing_thumbnail", "upload_thumbnail")

# Where an image is used — the model and the field path, as Wagtail's reference index records
# them — and the kinds it is shown as there. "*" is any model: the stream blocks pages share.
USES = {
    ("portal.homepage", "hero_image"): ("hero",),
    ("portal.fourkpage", "hero_image"): ("page_image",),
    ("portal.articlepage", "image"): ("page_image", "card"),
    ("portal.partnerorganisation", "logo"): ("logo",),
    ("sectors.successstory", "image"): ("card",),
    ("properties.listing", "images.item.image"): LISTING_PHOTO_KINDS,
    ("campaigns.campaignpage", "body.hero.image"): ("hero",),
    ("campaigns.campaignpage", "body.developer.images.item.image"): ("body_image",),
    ("campaigns.campaignpage", "body.film.poster"): ("video_poster",),
    ("*", "body.image.image"): ("body_image",),
    ("*", "body.video.poster"): ("video_poster",),
    ("*", "social_image"): (),  # for sharing services; no page shows it
}


def kinds_used_at(model_label, model_path):
    """The kinds of picture an image is shown as, where `model_label` (e.g. "portal.homepage")
    refers to it at `model_path`; None for a use nobody has declared."""
    names = USES.get((model_label, model_path), USES.get(("*", model_path)))
    return None if names is None else tuple(KINDS[name] for name in names)
