"""The demo's photos of premises look like their kind: an office block, a shop front, a
warehouse, an industrial hall, a coworking room, a plot — drawn, never downloaded."""

import io

from PIL import Image

from properties.demo.pictures import DRAWINGS, draw_premises
from properties.models import PropertyKind


def test_every_kind_of_premises_has_a_drawing_of_its_own(db):
    kinds = set(PropertyKind.objects.values_list("slug", flat=True))
    assert kinds and kinds <= set(DRAWINGS)
    assert len(set(DRAWINGS.values())) == len(DRAWINGS)


def test_the_same_name_gives_the_same_photo_and_kinds_differ():
    office = draw_premises("kontor", "elvekanten-0")
    assert draw_premises("kontor", "elvekanten-0") == office
    assert draw_premises("tomt", "elvekanten-0") != office
    picture = Image.open(io.BytesIO(office))
    assert picture.format == "JPEG" and picture.size == (1600, 900)
