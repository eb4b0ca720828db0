"""Pictures for the demo site, drawn with Pillow so that nothing is downloaded.

Each is a stylised Drammen scene (river, bridge, hills, town) in the site's colours. The same
name always gives the same picture.
"""

import io
import random

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1600, 900

PALETTES = {
    "fjord": ("#0b5a6f", "#8fc7d3", "#f2b33d", "#1d3b45"),
    "evening": ("#2d2a5a", "#e98a5b", "#f6d28b", "#1b1a33"),
    "summer": ("#2f7d5b", "#a9dcf0", "#ffd166", "#17473a"),
    "winter": ("#45657a", "#dbe7ee", "#ffffff", "#25394a"),
}


def vertical_gradient(draw, top, bottom, box):
    x0, y0, x1, y1 = box
    (r0, g0, b0), (r1, g1, b1) = rgb(top), rgb(bottom)
    for y in range(y0, y1):
        t = (y - y0) / max(1, y1 - y0 - 1)
        colour = (round(r0 + (r1 - r0) * t), round(g0 + (g1 - g0) * t), round(b0 + (b1 - b0) * t))
        draw.line([(x0, y), (x1, y)], fill=colour)


def rgb(colour):
    if isinstance(colour, tuple):
        return colour
    hex_colour = colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def draw_scene(name, palette="fjord"):
    """A JPEG of a river town at dusk or day, as bytes."""
    rng = random.Random(name)
    deep, sky, light, dark = PALETTES[palette]
    picture = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(picture)
    horizon = int(HEIGHT * rng.uniform(0.5, 0.6))
    vertical_gradient(draw, deep, sky, (0, 0, WIDTH, horizon))
    draw.ellipse([WIDTH * 0.7, 90, WIDTH * 0.7 + 140, 230], fill=light)
    for layer, shade in enumerate((0.55, 0.75)):
        points = [(0, horizon)]
        for x in range(0, WIDTH + 100, 100):
            points.append((x, horizon - rng.randint(40, 160) * shade - layer * 10))
        points.append((WIDTH, horizon))
        draw.polygon(points, fill=mix(dark, sky, 0.35 - layer * 0.2))
    x = 0
    while x < WIDTH:
        width, height = rng.randint(40, 110), rng.randint(40, 220)
        draw.rectangle([x, horizon - height, x + width, horizon], fill=dark)
        for wy in range(horizon - height + 12, horizon - 10, 22):
            for wx in range(x + 8, x + width - 8, 18):
                if rng.random() < 0.45:
                    draw.rectangle([wx, wy, wx + 7, wy + 10], fill=light)
        x += width + rng.randint(2, 14)
    vertical_gradient(draw, mix(deep, dark, 0.4), deep, (0, horizon, WIDTH, HEIGHT))
    for _ in range(60):
        y = rng.randint(horizon + 10, HEIGHT)
        x = rng.randint(0, WIDTH)
        draw.line([(x, y), (x + rng.randint(30, 120), y)], fill=mix(light, deep, 0.6), width=2)
    deck = horizon + 50
    draw.rectangle([0, deck, WIDTH, deck + 14], fill=mix(light, dark, 0.2))
    for arch in range(0, WIDTH, 260):
        draw.arc([arch, deck - 10, arch + 260, deck + 200], 180, 360, fill=light, width=10)
    picture = picture.filter(ImageFilter.SMOOTH)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()


def mix(a, b, t):
    (r0, g0, b0), (r1, g1, b1) = rgb(a), rgb(b)
    return (round(r0 + (r1 - r0) * t), round(g0 + (g1 - g0) * t), round(b0 + (b1 - b0) * t))


def draw_floor_plan_pdf(name, rooms=6):
    """A one-page PDF floor plan, as bytes."""
    rng = random.Random(name)
    picture = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(picture)
    draw.text((80, 60), f"Plantegning – {name} (demo)", fill="black")
    left, top, right, bottom = 100, 160, 1140, 1100
    draw.rectangle([left, top, right, bottom], outline="black", width=8)
    x = left
    for _ in range(rooms // 2):
        x += rng.randint(180, 320)
        if x < right - 100:
            draw.line([x, top, x, top + 380], fill="black", width=4)
            draw.line([x, bottom - 380, x, bottom], fill="black", width=4)
    draw.line([left, top + 380, right, top + 380], fill="black", width=4)
    draw.line([left, bottom - 380, right, bottom - 380], fill="black", width=4)
    buffer = io.BytesIO()
    picture.save(buffer, format="PDF", resolution=150)
    return buffer.getvalue()


def draw_logo(initials, colour):
    """A PNG logo: initials on a coloured square, as bytes."""
    picture = Image.new("RGB", (400, 160), "white")
    draw = ImageDraw.Draw(picture)
    draw.rounded_rectangle([0, 0, 160, 160], radius=24, fill=colour)
    draw.text((40, 50), initials, fill="white", font_size=56)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()
