"""Demo company logos, drawn with Pillow: a mark (waves, arches, a bridge, peaks, rings or a
grid, chosen from the name) in the company's colour beside its name set as a word mark. The
same name always gives the same logo; nothing is downloaded."""

import io
import random

from PIL import Image, ImageDraw, ImageFont

from portal.demo.images import mix

LOGO_SIZE = (480, 160)
MARK_BOX = (16, 16, 144, 144)


# A system font with æ, ø and å if there is one (Pillow looks in the system's font folders);
# Pillow's own font has none of them, so names are spelt without them there.
WORD_MARK_FONTS = ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf")
NORWEGIAN_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


def draw_logo(name, colour, mark=0):
    """A PNG logo for the company called name, as bytes; mark chooses the symbol."""
    rng = random.Random(name)
    picture = Image.new("RGB", LOGO_SIZE, "white")
    draw = ImageDraw.Draw(picture)
    MARKS[mark % len(MARKS)](draw, rng, colour)
    word, rest = word_mark(name)
    write(draw, (164, 40), word, 32, mix(colour, "#000000", 0.35))
    if rest:
        write(draw, (166, 88), rest, 21, "#5b6366")
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def write(draw, position, text, size, colour):
    """The text from position, in a smaller size where a long name would run off the logo."""
    room = LOGO_SIZE[0] - position[0] - 12
    for font_name in WORD_MARK_FONTS:
        try:
            font = ImageFont.truetype(font_name, size)
        except OSError:
            continue
        while size > 12 and draw.textlength(text, font=font) > room:
            size -= 2
            font = ImageFont.truetype(font_name, size)
        draw.text(position, text, fill=colour, font=font)
        return
    draw.text(position, text.translate(NORWEGIAN_LETTERS), fill=colour, font_size=size)


def word_mark(name):
    """The name without legal form and demo label, split into a first word and the rest."""
    words = [w for w in name.replace("(demo)", "").split() if w not in ("AS", "ASA", "SA")]
    return words[0], " ".join(words[1:])


def waves(draw, rng, colour):
    left, top, _right, _bottom = MARK_BOX
    draw.rounded_rectangle(MARK_BOX, radius=28, fill=colour)
    for row in range(3):
        y = top + 40 + row * 26
        draw.arc([left + 14, y, left + 64, y + 30], 200, 340, fill="white", width=7)
        draw.arc([left + 62, y, left + 112, y + 30], 200, 340, fill="white", width=7)


def arches(draw, rng, colour):
    left, top, right, bottom = MARK_BOX
    for arch in range(rng.randint(2, 3)):
        inset = arch * 22
        draw.arc(
            [left + inset, top + 20 + inset, right - inset, bottom + 60 - inset],
            180,
            360,
            fill=mix(colour, "#ffffff", arch * 0.3),
            width=14,
        )
    draw.rectangle([left, bottom - 18, right, bottom - 8], fill=colour)


def bridge(draw, rng, colour):
    left, top, right, bottom = MARK_BOX
    draw.ellipse(MARK_BOX, fill=colour)
    draw.arc([left + 18, top + 50, right - 18, bottom + 40], 180, 360, fill="white", width=8)
    draw.line([left + 14, top + 86, right - 14, top + 86], fill="white", width=8)
    for x in range(left + 40, right - 30, 24):
        draw.line([x, top + 86, x, top + 62], fill="white", width=4)


def peaks(draw, rng, colour):
    left, top, right, bottom = MARK_BOX
    draw.polygon([(left, bottom), (left + 50, top + 30), (left + 100, bottom)], fill=colour)
    draw.polygon(
        [(left + 40, bottom), (left + 88, top + 10), (right, bottom)],
        fill=mix(colour, "#ffffff", 0.35),
    )
    draw.polygon(
        [(left + 88, top + 10), (left + 80, top + 32), (left + 96, top + 32)], fill="white"
    )


def rings(draw, rng, colour):
    left, top, right, bottom = MARK_BOX
    for ring in range(3):
        inset = ring * 20
        draw.ellipse(
            [left + inset, top + inset, right - inset, bottom - inset],
            outline=mix(colour, "#ffffff", ring * 0.25),
            width=12,
        )


def grid(draw, rng, colour):
    left, top, _right, _bottom = MARK_BOX
    for row in range(3):
        for column in range(3):
            shade = mix(colour, "#ffffff", rng.choice((0, 0.25, 0.5)))
            x, y = left + column * 44, top + row * 44
            if rng.random() < 0.8:
                draw.rounded_rectangle([x, y, x + 36, y + 36], radius=8, fill=shade)


MARKS = (waves, arches, bridge, peaks, rings, grid)
