"""Partner uploads: only sound photos and PDFs get through, stored without the photo's location
and under names the server makes. Every input is made here, in memory."""

import io
import random
import re
import warnings

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import ExifTags, Image, ImageCms, ImageFile

from portal.uploads import (
    MAX_DECODED_BYTES,
    MAX_DOCUMENT_BYTES,
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    SafeImageField,
    SafePdfField,
    clean_image_upload,
    clean_pdf_upload,
)
from tests.images import SMALL_FILE_HUGE_IMAGE

RED, BLUE = (255, 0, 0), (0, 0, 255)
SERVER_NAME = {
    ext: re.compile(rf"^[0-9a-f]{{32}}\.{ext}$") for ext in ("jpg", "png", "webp", "pdf")
}
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>'
)


def upload(content, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def gps_exif(orientation=1):
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Fjordkamera"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (59.0, 44.0, 35.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (10.0, 12.0, 16.0)
    return exif


def two_halves(size=(60, 40)):
    """Red on the left half, blue on the right: shows which way a photo was turned."""
    image = Image.new("RGB", size, BLUE)
    image.paste(RED, (0, 0, size[0] // 2, size[1]))
    return image


def encoded(image, image_format="JPEG", **options):
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def noisy_jpeg():
    return encoded(Image.effect_noise((300, 300), 60).convert("RGB"), quality=95)


def pdf_bytes():
    return encoded(Image.new("RGB", (20, 20), "white"), "PDF")


def opened(file):
    return Image.open(io.BytesIO(file.read()))


def refusal(clean, uploaded_file):
    with pytest.raises(ValidationError) as caught:
        clean(uploaded_file)
    message = caught.value.messages[0]
    assert message.strip()
    assert "%(" not in message
    return caught.value


# Photos that pass


@pytest.mark.parametrize(
    ("image_format", "extension"), [("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp")]
)
def test_a_photo_is_stored_in_its_own_format_without_exif(image_format, extension):
    data = encoded(two_halves(), image_format, exif=gps_exif(), xmp=b"<x:xmpmeta/>")
    assert b"Fjordkamera" in data

    cleaned = clean_image_upload(upload(data, name=f"photo.{extension}"))

    stored = cleaned.read()
    image = Image.open(io.BytesIO(stored))
    assert image.format == image_format
    assert image.size == (60, 40)
    assert not image.getexif()
    assert not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert "exif" not in image.info
    assert "xmp" not in image.info
    assert b"Fjordkamera" not in stored
    assert SERVER_NAME[extension].match(cleaned.name)


def test_a_photo_turned_by_exif_is_stored_upright():
    # Orientation 6: the camera was held upright; the stored pixels lie on their side.
    data = encoded(two_halves(size=(60, 40)), exif=gps_exif(orientation=6))

    image = opened(clean_image_upload(upload(data)))

    assert image.size == (40, 60)
    top, bottom = image.getpixel((20, 5)), image.getpixel((20, 55))
    assert top[0] > 200 and top[2] < 60  # red
    assert bottom[2] > 200 and bottom[0] < 60  # blue
    assert ExifTags.Base.Orientation not in image.getexif()


def test_a_colour_profile_and_transparency_are_kept():
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encoded(Image.new("RGBA", (30, 30), (0, 128, 0, 0)), "PNG", icc_profile=srgb)

    image = opened(clean_image_upload(upload(data, name="logo.png")))

    assert image.info.get("icc_profile") == srgb
    assert image.mode == "RGBA"
    assert image.getpixel((0, 0))[3] == 0


@pytest.mark.parametrize(
    "client_name",
    ["photo.jpg", "../../etc/passwd", "tegning.php.png", "<script>alert(1)</script>.jpg", ""],
)
def test_the_stored_name_is_made_by_the_server(client_name):
    data = encoded(two_halves(), "PNG")

    cleaned = clean_image_upload(upload(data, name=client_name or "x"))

    assert SERVER_NAME["png"].match(cleaned.name)  # the content decides the extension


def test_a_multi_picture_jpeg_from_a_phone_is_stored_as_its_first_picture():
    data = encoded(
        Image.new("RGB", (30, 20), RED), "MPO", save_all=True, append_images=[two_halves()]
    )

    image = opened(clean_image_upload(upload(data)))

    assert (image.format, image.size, getattr(image, "n_frames", 1)) == ("JPEG", (30, 20), 1)


def test_a_photo_of_exactly_the_pixel_limit_passes():
    data = encoded(Image.new("1", (8000, MAX_IMAGE_PIXELS // 8000)), "PNG")

    assert opened(clean_image_upload(upload(data))).size == (8000, 5000)


# Photos that are refused


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (HTML, "photo.jpg"),
        (SVG, "photo.jpg"),
        (SVG, "photo.svg"),
        (random.Random(7).randbytes(4096), "photo.jpg"),
        (b"", "photo.jpg"),
        (pdf_bytes(), "photo.jpg"),
        (encoded(two_halves(), "GIF"), "photo.gif"),
    ],
    ids=["html", "svg", "svg-named-svg", "random", "empty", "pdf", "gif"],
)
def test_anything_but_a_jpeg_png_or_webp_photo_is_not_an_image(content, name):
    error = refusal(clean_image_upload, upload(content, name=name))

    assert error.code == "not_an_image"
    with translation.override("en"):
        assert error.messages == ["The file is not a photo in JPEG, PNG or WebP format."]


@pytest.mark.parametrize("image_format", ["JPEG", "PNG"])
def test_a_truncated_photo_is_broken(image_format):
    data = encoded(Image.effect_noise((300, 300), 60).convert("RGB"), image_format)

    error = refusal(clean_image_upload, upload(data[: len(data) // 2]))

    assert error.code == "broken_image"


def test_html_behind_a_jpeg_signature_is_broken():
    error = refusal(clean_image_upload, upload(b"\xff\xd8\xff\xe0" + HTML))

    assert error.code == "broken_image"


def test_a_truncated_photo_is_broken_even_when_pillow_is_told_to_allow_it(monkeypatch):
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    data = noisy_jpeg()

    assert refusal(clean_image_upload, upload(data[: len(data) // 2])).code == "broken_image"
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True


def test_a_photo_over_10_mb_is_too_large():
    error = refusal(clean_image_upload, upload(b"\xff\xd8" + b"\0" * (11 * 1024 * 1024)))

    assert error.code == "too_large"
    with translation.override("en"):
        assert "10 MB" in error.messages[0]


class ReadRecordingUpload(SimpleUploadedFile):
    def read(self, size=-1):
        data = self.file.read(size)
        self.bytes_read = getattr(self, "bytes_read", 0) + len(data)
        return data


def test_the_declared_size_is_checked_before_anything_is_read():
    uploaded = ReadRecordingUpload("photo.jpg", noisy_jpeg())
    uploaded.size = MAX_IMAGE_BYTES + 1

    assert refusal(clean_image_upload, uploaded).code == "too_large"
    assert getattr(uploaded, "bytes_read", 0) == 0


def test_a_file_larger_than_it_claims_is_read_only_one_byte_past_the_limit():
    uploaded = ReadRecordingUpload("photo.jpg", b"\0" * (MAX_IMAGE_BYTES + 5000))
    uploaded.size = 1000

    assert refusal(clean_image_upload, uploaded).code == "too_large"
    assert uploaded.bytes_read == MAX_IMAGE_BYTES + 1


def test_a_photo_just_over_40_megapixels_is_refused_before_decoding():
    data = encoded(Image.new("1", (8000, 5001)), "PNG")

    error = refusal(clean_image_upload, upload(data, name="photo.png"))

    assert error.code == "too_many_pixels"
    with translation.override("en"):
        assert "40 megapixels" in error.messages[0]


def test_a_tiny_png_of_100_megapixels_has_too_many_pixels():
    data = encoded(Image.new("1", (10000, 10000)), "PNG")  # about 12 kB on disk
    assert len(data) < 20_000

    assert refusal(clean_image_upload, upload(data)).code == "too_many_pixels"


def test_the_pixel_limit_holds_when_pillow_has_none(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)
    data = encoded(Image.new("1", (10000, 10000)), "PNG")

    assert refusal(clean_image_upload, upload(data)).code == "too_many_pixels"


def test_a_png_above_pillows_own_bomb_limit_is_a_decompression_bomb():
    side = 20000  # 400 megapixels: more than twice Pillow's default limit
    assert side * side > 2 * Image.MAX_IMAGE_PIXELS
    data = encoded(Image.new("1", (side, side)), "PNG")

    error = refusal(clean_image_upload, upload(data, name="kart.png"))

    assert error.code == "decompression_bomb"


def test_a_small_file_that_opens_to_more_memory_than_a_large_photo_is_refused():
    assert len(SMALL_FILE_HUGE_IMAGE) < 1_000_000
    assert MAX_DECODED_BYTES < 6000 * 6000 * 4

    error = refusal(clean_image_upload, upload(SMALL_FILE_HUGE_IMAGE, name="kart.png"))

    assert error.code == "decoded_too_large"
    with translation.override("en"):
        assert error.messages == [
            "The photo is too large to open safely: at 6000 × 6000 pixels it takes 144 MB of "
            "memory, and 120 MB is the most. Make it smaller and try again."
        ]
    with translation.override("nb"):
        assert "144 MB" in error.messages[0]
        assert "Bildet" in error.messages[0]


def test_a_refusal_leaves_pillow_and_the_warning_filters_as_they_were():
    filters = list(warnings.filters)
    data = encoded(Image.new("1", (10000, 10000)), "PNG")

    refusal(clean_image_upload, upload(data))

    assert warnings.filters == filters
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


# Documents


def test_a_pdf_is_kept_as_it_is_under_a_server_made_name():
    data = pdf_bytes()

    cleaned = clean_pdf_upload(upload(data, name="Plantegning 3. etg.pdf"))

    assert SERVER_NAME["pdf"].match(cleaned.name)
    assert cleaned.read() == data


def test_a_hand_written_minimal_pdf_passes():
    data = b"%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

    assert clean_pdf_upload(upload(data, name="x.pdf")).read() == data


@pytest.mark.parametrize(
    "content",
    [
        HTML,
        SVG,
        b"",
        pdf_bytes().replace(b"%%EOF", b""),
        b"<html><script>alert(1)</script></html>\n" + pdf_bytes(),
        b"%PDF-<script>alert(1)</script>\n%%EOF",
        noisy_jpeg(),
    ],
    ids=["html", "svg", "empty", "no-eof", "html-before-header", "bad-version", "jpeg"],
)
def test_anything_but_a_pdf_is_not_a_pdf(content):
    error = refusal(clean_pdf_upload, upload(content, name="prospekt.pdf"))

    assert error.code == "not_a_pdf"


def test_a_pdf_over_20_mb_is_too_large():
    data = pdf_bytes()
    oversized = data[:-8] + b"\n" * (MAX_DOCUMENT_BYTES + 1) + data[-8:]

    error = refusal(clean_pdf_upload, upload(oversized, name="prospekt.pdf"))

    assert error.code == "too_large"
    with translation.override("en"):
        assert "20 MB" in error.messages[0]


# Form fields


class ListingUploadForm(forms.Form):
    photo = SafeImageField()
    floor_plan = SafePdfField(required=False)


def bound_form(**files):
    return ListingUploadForm(data={}, files=files)


def test_the_form_returns_cleaned_files_with_server_names():
    form = bound_form(
        photo=upload(encoded(two_halves(), exif=gps_exif())),
        floor_plan=upload(pdf_bytes(), name="plan.pdf", content_type="application/pdf"),
    )

    assert form.is_valid(), form.errors
    assert SERVER_NAME["jpg"].match(form.cleaned_data["photo"].name)
    assert not opened(form.cleaned_data["photo"]).getexif()
    assert SERVER_NAME["pdf"].match(form.cleaned_data["floor_plan"].name)


def test_the_form_shows_why_a_file_was_refused():
    form = bound_form(
        photo=upload(SVG, name="photo.jpg"),
        floor_plan=upload(HTML, name="plan.pdf", content_type="application/pdf"),
    )

    with translation.override("en"):
        assert not form.is_valid()
        assert form.errors["photo"] == ["The file is not a photo in JPEG, PNG or WebP format."]
        assert form.errors["floor_plan"] == [
            "The file is not a PDF document. Save it as PDF and try again."
        ]
    assert form.errors.as_data()["photo"][0].code == "not_an_image"
    assert form.errors.as_data()["floor_plan"][0].code == "not_a_pdf"


def test_the_form_still_refuses_an_empty_file_and_a_missing_one():
    form = bound_form(floor_plan=upload(b"", name="plan.pdf"))

    assert not form.is_valid()
    assert form.errors.as_data()["photo"][0].code == "required"
    assert form.errors.as_data()["floor_plan"][0].code == "empty"


def test_the_file_inputs_tell_the_browser_what_to_offer():
    form = ListingUploadForm()

    assert 'accept="image/jpeg,image/png,image/webp"' in str(form["photo"])
    assert 'accept="application/pdf"' in str(form["floor_plan"])


# The Wagtail admin's image uploads: the same memory limit, in the editor's language


@pytest.fixture
def editor(client, django_user_model, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    user = django_user_model.objects.create_superuser("bilderedaktor", "bilde@example.com", "x")
    client.force_login(user)
    return user


def set_admin_language(user, language):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


MEMORY_MESSAGE = {"en": "144 MB of memory, and 120 MB is the most", "nb": "144 MB minne"}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_admin_refuses_an_image_that_opens_too_large(client, editor, language):
    from bs4 import BeautifulSoup
    from django.urls import reverse
    from wagtail.images import get_image_model

    set_admin_language(editor, language)
    kart = upload(SMALL_FILE_HUGE_IMAGE, name="kart.png", content_type="image/png")

    response = client.post(reverse("wagtailimages:add"), {"title": "Kart", "file": kart})

    assert response.status_code < 500
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert MEMORY_MESSAGE[language] in text
    assert not get_image_model().objects.exists()


@pytest.mark.django_db
def test_the_admins_multiple_upload_refuses_it_with_the_message(client, editor):
    from django.urls import reverse
    from wagtail.images import get_image_model

    set_admin_language(editor, "en")
    kart = upload(SMALL_FILE_HUGE_IMAGE, name="kart.png", content_type="image/png")

    response = client.post(reverse("wagtailimages:add_multiple"), {"files[]": kart})

    assert response.status_code < 500
    assert response.json()["success"] is False
    assert MEMORY_MESSAGE["en"] in response.json()["error_message"]
    assert not get_image_model().objects.exists()


@pytest.mark.django_db
def test_the_admin_refuses_a_truncated_image(client, editor):
    from django.urls import reverse
    from wagtail.images import get_image_model

    data = noisy_jpeg()
    broken = upload(data[: len(data) // 2], name="halv.jpg")

    response = client.post(reverse("wagtailimages:add_multiple"), {"files[]": broken})

    assert response.json()["success"] is False
    assert not get_image_model().objects.exists()


@pytest.mark.django_db
def test_the_admin_still_takes_a_sound_image(client, editor):
    from django.urls import reverse
    from wagtail.images import get_image_model

    photo = upload(encoded(two_halves(size=(600, 400))), name="elva.jpg")

    response = client.post(reverse("wagtailimages:add_multiple"), {"files[]": photo})

    assert response.json()["success"] is True
    assert get_image_model().objects.get().width == 600
