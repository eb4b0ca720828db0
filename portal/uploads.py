"""Checks for the photos and PDF documents that partners upload through the portal's own forms,
and for the images editors upload in the Wagtail admin.

Nothing is stored as the partner sent it: a photo is decoded in full and encoded again without
its metadata (EXIF with the GPS position, XMP), a PDF is checked by its content, and every stored
file gets a name made here, never one taken from the client.
"""

import io
import re
import threading
import warnings
from contextlib import contextmanager
from uuid import uuid4

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageFile, ImageMode, ImageOps, UnidentifiedImageError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

MEGABYTE = 1024 * 1024
MAX_IMAGE_BYTES = 10 * MEGABYTE
MAX_IMAGE_PIXELS = 40_000_000
# The memory an opened photo takes: pixels × bands × bytes per band. The most is that of a
# 40-megapixel colour photo; one with transparency or 16-bit bands may have fewer pixels.
MAX_DECODED_BYTES = MAX_IMAGE_PIXELS * 3
MAX_DOCUMENT_BYTES = 20 * MEGABYTE

# Pillow's format name -> the format the photo is stored in and its file extension.
# MPO is the multi-picture JPEG many phones write; its first picture is stored as JPEG.
STORED_IMAGE_FORMATS = {
    "JPEG": ("JPEG", "jpg"),
    "MPO": ("JPEG", "jpg"),
    "PNG": ("PNG", "png"),
    "WEBP": ("WEBP", "webp"),
}
ENCODER_OPTIONS = {"JPEG": {"quality": 90}, "WEBP": {"quality": 90}}
# The only image metadata kept: what is needed to show the pixels as they were meant.
KEPT_IMAGE_INFO = ("icc_profile", "transparency")

PDF_HEADER = re.compile(rb"%PDF-[12]\.\d")
PDF_TRAILER_BYTES = 2048

IMAGE_TOO_LARGE = _("The photo is larger than %(megabytes)s MB. Make it smaller and try again.")
TOO_MANY_PIXELS = _(
    "The photo has more than %(megapixels)s megapixels. Make it smaller and try again."
)
DECOMPRESSION_BOMB = _(
    "The photo is far too large to open safely. Upload a photo of at most %(megapixels)s "
    "megapixels."
)
DECODED_TOO_LARGE = _(
    "The photo is too large to open safely: at %(width)s × %(height)s pixels it takes "
    "%(megabytes)s MB of memory, and %(limit)s MB is the most. Make it smaller and try again."
)
NOT_AN_IMAGE = _("The file is not a photo in JPEG, PNG or WebP format.")
BROKEN_IMAGE = _("The photo could not be read; it may be damaged. Try saving it again.")
DOCUMENT_TOO_LARGE = _(
    "The document is larger than %(megabytes)s MB. Make it smaller and try again."
)
NOT_A_PDF = _("The file is not a PDF document. Save it as PDF and try again.")

# Pillow's warning filter and LOAD_TRUNCATED_IMAGES are process-wide; the lock keeps concurrent
# checks from undoing each other's settings.
_strict_decoding_lock = threading.Lock()


def clean_image_upload(uploaded_file):
    """The uploaded photo decoded, turned upright and encoded again without metadata, under a
    server-made name. Raises ValidationError for anything that is not a sound, modest photo."""
    data = _read_at_most(uploaded_file, MAX_IMAGE_BYTES, IMAGE_TOO_LARGE)
    image = _decoded_image(data)
    return _encoded_without_metadata(image)


def clean_pdf_upload(uploaded_file):
    """The uploaded PDF under a server-made name. Raises ValidationError unless the content
    starts like a PDF and ends like one."""
    data = _read_at_most(uploaded_file, MAX_DOCUMENT_BYTES, DOCUMENT_TOO_LARGE)
    # Strict: the header must come first, so no HTML or script can precede it.
    if not PDF_HEADER.match(data) or b"%%EOF" not in data[-PDF_TRAILER_BYTES:]:
        raise ValidationError(NOT_A_PDF, code="not_a_pdf")
    return ContentFile(data, name=f"{uuid4().hex}.pdf")


def _read_at_most(uploaded_file, limit, message):
    """The file's bytes, reading at most one byte past the limit to tell that it is too large."""
    if (uploaded_file.size or 0) > limit:
        raise _too_large(message, limit)
    uploaded_file.seek(0)
    data = uploaded_file.read(limit + 1)
    if len(data) > limit:
        raise _too_large(message, limit)
    return data


def _too_large(message, limit):
    return ValidationError(message, code="too_large", params={"megabytes": limit // MEGABYTE})


def _pixels_error(message, code):
    return ValidationError(message, code=code, params={"megapixels": MAX_IMAGE_PIXELS // 10**6})


@contextmanager
def _strict_decoding():
    """Pillow's decompression-bomb warning raised as an error, and truncated files refused even
    if something else in the process has allowed them."""
    with _strict_decoding_lock, warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        load_truncated = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            yield
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = load_truncated


def decoded_bytes(image):
    """What an opened Pillow image will take in memory once decoded, from its header."""
    mode = ImageMode.getmode(image.mode)
    return image.width * image.height * len(mode.bands) * int(mode.typestr[-1])


def check_decoded_size(image):
    """Refuse an image whose pixels would take more memory than a large photo's: a file of a
    few kilobytes can hold an image of hundreds of megabytes."""
    size = decoded_bytes(image)
    if size > MAX_DECODED_BYTES:
        raise ValidationError(
            DECODED_TOO_LARGE,
            code="decoded_too_large",
            params={
                "width": image.width,
                "height": image.height,
                "megabytes": size // 10**6,
                "limit": MAX_DECODED_BYTES // 10**6,
            },
        )


def _decoded_image(data):
    with _strict_decoding():
        image = _opened_image(data)
        width, height = image.size  # read from the header; nothing is decoded yet
        if width * height > MAX_IMAGE_PIXELS:
            raise _pixels_error(TOO_MANY_PIXELS, "too_many_pixels")
        check_decoded_size(image)
        try:
            image.load()
        except Exception:  # Pillow reports damaged data with many exception types
            raise ValidationError(BROKEN_IMAGE, code="broken_image") from None
    return image


def _opened_image(data):
    try:
        return Image.open(io.BytesIO(data), formats=["JPEG", "PNG", "WEBP"])
    except UnidentifiedImageError:
        raise ValidationError(NOT_AN_IMAGE, code="not_an_image") from None
    except Image.DecompressionBombWarning:
        # Above Pillow's warning limit, which is itself above ours: just a very large photo.
        raise _pixels_error(TOO_MANY_PIXELS, "too_many_pixels") from None
    except Image.DecompressionBombError:
        raise _pixels_error(DECOMPRESSION_BOMB, "decompression_bomb") from None
    except Exception:
        raise ValidationError(BROKEN_IMAGE, code="broken_image") from None


def _encoded_without_metadata(image):
    stored_format, extension = STORED_IMAGE_FORMATS[image.format]
    kept_info = {key: image.info[key] for key in KEPT_IMAGE_INFO if key in image.info}
    buffer = io.BytesIO()
    try:
        upright = ImageOps.exif_transpose(image)  # reads the EXIF, which may itself be damaged
        upright.info = {}
        upright.save(buffer, stored_format, **kept_info, **ENCODER_OPTIONS.get(stored_format, {}))
    except Exception:
        raise ValidationError(BROKEN_IMAGE, code="broken_image") from None
    return ContentFile(buffer.getvalue(), name=f"{uuid4().hex}.{extension}")


class _CheckedFileField(forms.FileField):
    """A file field that hands every new upload to `check_upload` and returns what it gives back."""

    accept = ""

    def check_upload(self, uploaded_file):
        raise NotImplementedError

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "accept": self.accept}

    def clean(self, data, initial=None):
        file = super().clean(data, initial)
        # A stored file kept from `initial`, or False for "clear", is not a new upload.
        return self.check_upload(file) if isinstance(file, UploadedFile) else file


class SafeImageField(_CheckedFileField):
    accept = "image/jpeg,image/png,image/webp"

    def check_upload(self, uploaded_file):
        return clean_image_upload(uploaded_file)


class SafePdfField(_CheckedFileField):
    accept = "application/pdf"

    def check_upload(self, uploaded_file):
        return clean_pdf_upload(uploaded_file)


class MemoryCappedImageField(WagtailImageField):
    """Wagtail's image field decodes the whole image to read its size. Its limits in pixels and
    memory are checked from the header first, and damaged data is refused with a message
    instead of failing the upload."""

    def to_python(self, data):
        if hasattr(data, "read"):
            _check_header(data)
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception:  # Pillow reports damaged data with many exception types
            raise ValidationError(BROKEN_IMAGE, code="broken_image") from None


def _check_header(uploaded_file):
    uploaded_file.seek(0)
    try:
        with _strict_decoding():
            image = Image.open(uploaded_file)
    except Exception:  # not an image Pillow can read: Wagtail's own checks say why
        return
    finally:
        uploaded_file.seek(0)
    if image.width * image.height > MAX_IMAGE_PIXELS:
        raise _pixels_error(TOO_MANY_PIXELS, "too_many_pixels")
    check_decoded_size(image)


class AdminImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE), for one image and for many, with the
    file checked as a partner's photo is, so that one upload can neither exhaust the memory of
    the server that opens it nor break the worker that makes its renditions."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # Wagtail makes this field itself (formfield_for_dbfield): use the checked kind.
            self.fields["file"].__class__ = MemoryCappedImageField
