"""Image files made in memory for tests."""

import io
import struct
import zlib
from pathlib import Path

from django.core.files.base import ContentFile
from PIL import Image
from wagtail.images import get_image_model


def _png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def transparent_png(width, height):
    """A real, transparent PNG compressed row by row: a few hundred kilobytes on disk,
    width × height × 4 bytes once opened."""
    compressor, row = zlib.compressobj(9), b"\0" * (1 + 4 * width)
    rows = [compressor.compress(row) for _ in range(height)] + [compressor.flush()]
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", b"".join(rows))
        + _png_chunk(b"IEND", b"")
    )


# 36 megapixels, under the pixel limit; 144 MB once opened, over the memory limit.
SMALL_FILE_HUGE_IMAGE = transparent_png(6000, 6000)


def picture_bytes(size=(64, 48), colour=(11, 90, 111), kind="JPEG"):
    """A picture of one colour, encoded in the kind given (a Pillow format name)."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, kind)
    return buffer.getvalue()


def library_image(title, name="photo.jpg", size=(64, 48), colour=(11, 90, 111)):
    """An image in Wagtail's library, a picture of one colour in the format its name says."""
    kind = Image.registered_extensions()[Path(name).suffix.lower()]
    file = ContentFile(picture_bytes(size, colour, kind), name=name)
    return get_image_model().objects.create(title=title, file=file)
