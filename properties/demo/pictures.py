"""Demo photos of premises, drawn with Pillow: each kind of premises looks like what it is —
an office block, a shop front, a warehouse with loading docks, an industrial hall, a coworking
room, a building with a shop below offices, or an empty plot. The same name always gives the
same picture."""

import io
import random

from PIL import Image, ImageDraw

from portal.demo.images import HEIGHT, WIDTH, mix, vertical_gradient

GROUND = int(HEIGHT * 0.86)
SKY = ("#6fa8c4", "#d9ecf3")
ASPHALT = "#4b5358"
GLASS_DARK, GLASS_LIGHT = "#274b5c", "#9cc7d9"
FACADE_WALL = "#c9b8a3"
AWNINGS = ("#b5402f", "#2f6f5b", "#1f4e79", "#c28a1e")


def draw_premises(kind, name, wall=FACADE_WALL):
    """A JPEG of premises of this kind (a PropertyKind slug), as bytes; wall is the colour of
    its walls. Kinds without a drawing of their own are drawn as an office building."""
    rng = random.Random(name)  # noqa: S311 - drawings, not secrets
    picture = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(picture)
    DRAWINGS.get(kind, office)(draw, rng, wall)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()


def outdoors(draw, rng, ground_colour=ASPHALT):
    vertical_gradient(draw, *SKY, (0, 0, WIDTH, HEIGHT))
    draw.rectangle([0, GROUND, WIDTH, HEIGHT], fill=ground_colour)


def trees(draw, rng, every=180):
    for x in range(0, WIDTH, every):
        trunk = x + rng.randint(0, 60)
        draw.rectangle([trunk, GROUND - 80, trunk + 10, GROUND], fill="#5b4636")
        draw.ellipse([trunk - 50, GROUND - 190, trunk + 60, GROUND - 70], fill="#3f7d4f")


def windows(draw, rng, box, floors, columns):
    left, top, right, bottom = box
    glass = mix(GLASS_DARK, GLASS_LIGHT, rng.uniform(0.1, 0.4))
    floor_height = (bottom - top) / floors
    step = (right - left) / columns
    for floor in range(floors):
        y = top + floor * floor_height + 18
        for column in range(columns):
            x = left + column * step + 12
            draw.rectangle([x, y, x + step - 24, y + floor_height - 36], fill=glass)
            draw.line([x + 6, y + 6, x + 26, y + 30], fill="#d7eef7", width=3)


def block(draw, rng, wall, floors, width):
    """A building's walls and roof edge; returns its box (left, top, right, ground)."""
    left = (WIDTH - width) // 2
    floor_height = min(120, (GROUND - 120) // floors)
    top = GROUND - floors * floor_height
    wall = mix(wall, "#ffffff", rng.uniform(0, 0.3))
    draw.rectangle([left, top, left + width, GROUND], fill=wall)
    draw.rectangle([left - 10, top - 16, left + width + 10, top], fill=mix(wall, "#000000", 0.4))
    return left, top, left + width, GROUND


def shop_fronts(draw, rng, left, right, height):
    """Shop windows with striped awnings along the ground floor."""
    shops = rng.randint(2, 4)
    step = (right - left) / shops
    for shop in range(shops):
        x0, x1 = left + shop * step + 16, left + (shop + 1) * step - 16
        top = GROUND - height
        draw.rectangle([x0, top + 40, x1, GROUND], fill=mix(GLASS_DARK, GLASS_LIGHT, 0.55))
        draw.rectangle(
            [x0 + (x1 - x0) * 0.4, top + 60, x0 + (x1 - x0) * 0.6, GROUND], fill="#1f2a30"
        )
        colour = rng.choice(AWNINGS)
        for stripe in range(int((x1 - x0) // 30) + 1):
            fill = colour if stripe % 2 == 0 else "#f4efe6"
            sx = x0 - 10 + stripe * 30
            draw.polygon(
                [(sx, top), (sx + 30, top), (sx + 40, top + 40), (sx + 10, top + 40)], fill=fill
            )
        draw.rectangle([x0, top - 34, x1, top - 6], fill="#f4efe6")
        draw.rectangle([x0 + 20, top - 26, x0 + 20 + (x1 - x0) * 0.5, top - 14], fill=colour)


def office(draw, rng, wall):
    outdoors(draw, rng)
    floors = rng.randint(3, 7)
    left, top, right, ground = block(draw, rng, wall, floors, rng.randint(900, 1300))
    windows(draw, rng, (left, top, right, ground), floors, rng.randint(6, 12))
    door = (left + right) // 2
    draw.rectangle([door - 70, ground - 110, door + 70, ground], fill="#1f2a30")
    trees(draw, rng)


def mixed_use(draw, rng, wall):
    outdoors(draw, rng)
    floors = rng.randint(3, 5)
    left, top, right, ground = block(draw, rng, wall, floors, rng.randint(1000, 1300))
    shop_height = (ground - top) // floors
    windows(draw, rng, (left, top, right, ground - shop_height), floors - 1, rng.randint(6, 10))
    shop_fronts(draw, rng, left, right, shop_height)


def retail(draw, rng, wall):
    outdoors(draw, rng, ground_colour="#8c8a84")
    floors = rng.randint(1, 2)
    left, top, right, ground = block(draw, rng, wall, floors + 1, rng.randint(1100, 1450))
    upper = (ground - top) // (floors + 1)
    if floors > 1:
        windows(draw, rng, (left, top, right, ground - 2 * upper), 1, rng.randint(8, 12))
    shop_fronts(draw, rng, left, right, 2 * upper - 20)


def warehouse(draw, rng, wall):
    outdoors(draw, rng)
    left, right = 120, WIDTH - rng.randint(120, 260)
    top = GROUND - rng.randint(230, 300)
    colour = mix(wall, "#8a9aa3", 0.5)
    draw.rectangle([left, top, right, GROUND], fill=colour)
    draw.polygon(
        [(left - 10, top), (right + 10, top), (right - 40, top - 40), (left + 40, top - 40)],
        fill=mix(colour, "#000000", 0.35),
    )
    for x in range(left, right, 14):  # corrugated cladding
        draw.line([x, top, x, GROUND], fill=mix(colour, "#000000", 0.12), width=2)
    docks = rng.randint(4, 7)
    step = (right - left - 200) / docks
    for dock in range(docks):
        x = left + 100 + dock * step
        draw.rectangle([x, GROUND - 150, x + step * 0.7, GROUND - 20], fill="#c9ccce")
        for slat in range(GROUND - 150, GROUND - 20, 16):
            draw.line([x, slat, x + step * 0.7, slat], fill="#9ea3a6", width=2)
        draw.rectangle([x - 8, GROUND - 20, x + step * 0.7 + 8, GROUND], fill="#2b2f31")
    truck(draw, rng, right - 420)


def truck(draw, rng, x):
    y = GROUND - 10
    draw.rectangle([x, y - 170, x + 300, y - 30], fill="#eceeef", outline="#6b7275", width=3)
    draw.rectangle([x + 300, y - 120, x + 390, y - 30], fill=rng.choice(AWNINGS))
    draw.rectangle([x + 320, y - 110, x + 375, y - 75], fill=GLASS_LIGHT)
    for wheel in (x + 40, x + 230, x + 340):
        draw.ellipse([wheel, y - 50, wheel + 44, y - 6], fill="#1c1f21")


def industrial(draw, rng, wall):
    outdoors(draw, rng, ground_colour="#6a6e70")
    left, right = 160, WIDTH - 160
    top = GROUND - rng.randint(260, 320)
    colour = mix(wall, "#9a8f86", 0.4)
    draw.rectangle([left, top, right, GROUND], fill=colour)
    teeth = rng.randint(5, 8)
    step = (right - left) / teeth
    for tooth in range(teeth):  # sawtooth roof with north lights
        x = left + tooth * step
        draw.polygon(
            [(x, top), (x + step, top), (x + step, top - 90)], fill=mix(colour, "#000000", 0.3)
        )
        draw.line([x + step, top, x + step, top - 90], fill=GLASS_LIGHT, width=10)
    chimney = left + rng.randint(60, 200)
    draw.rectangle([chimney, top - 260, chimney + 40, top], fill="#7b4b3a")
    draw.rectangle([left + 80, GROUND - 180, left + 320, GROUND], fill="#5d666a")
    windows(draw, rng, (left + 400, top + 30, right - 40, top + 130), 1, rng.randint(6, 10))


def plot(draw, rng, wall):
    vertical_gradient(draw, *SKY, (0, 0, WIDTH, HEIGHT))
    horizon = int(HEIGHT * 0.5)
    points = [(0, horizon)]
    for x in range(0, WIDTH + 100, 100):
        points.append((x, horizon - rng.randint(20, 110)))
    points.append((WIDTH, horizon))
    draw.polygon(points, fill="#5f8a6a")
    vertical_gradient(draw, "#9fb37a", "#7d8f55", (0, horizon, WIDTH, HEIGHT))
    for _ in range(160):  # gravel and grass
        x, y = rng.randint(0, WIDTH), rng.randint(horizon + 10, HEIGHT)
        draw.line([x, y, x + rng.randint(4, 16), y - rng.randint(2, 8)], fill="#6b7a46", width=2)
    fence = horizon + 60
    for x in range(0, WIDTH, 60):
        draw.rectangle([x, fence - 50, x + 6, fence + 10], fill="#8a8f90")
    draw.line([0, fence - 40, WIDTH, fence - 40], fill="#a9aeb0", width=3)
    draw.line([0, fence - 10, WIDTH, fence - 10], fill="#a9aeb0", width=3)
    sign = rng.randint(200, WIDTH - 500)
    draw.rectangle([sign + 60, fence + 40, sign + 72, fence + 240], fill="#5b4636")
    draw.rectangle([sign + 228, fence + 40, sign + 240, fence + 240], fill="#5b4636")
    draw.rectangle(
        [sign, fence - 60, sign + 300, fence + 80], fill="#f4efe6", outline="#1d3b45", width=6
    )
    for line in range(3):
        draw.rectangle(
            [sign + 30, fence - 30 + line * 36, sign + 270 - line * 40, fence - 14 + line * 36],
            fill="#1d3b45",
        )


def coworking(draw, rng, wall):
    """Inside: big windows, rows of desks, plants and lamps."""
    vertical_gradient(
        draw, mix(wall, "#ffffff", 0.6), mix(wall, "#ffffff", 0.3), (0, 0, WIDTH, HEIGHT)
    )
    floor = int(HEIGHT * 0.62)
    draw.rectangle([0, floor, WIDTH, HEIGHT], fill="#b88a5a")
    for x in range(0, WIDTH, 80):
        draw.line([x, floor, x - 200, HEIGHT], fill="#a77a4c", width=2)
    panes = rng.randint(3, 5)
    step = (WIDTH - 200) / panes
    for pane in range(panes):
        x = 100 + pane * step
        vertical_gradient(draw, *SKY, (int(x + 12), 90, int(x + step - 12), floor - 60))
        draw.rectangle([x + 12, floor - 160, x + step - 12, floor - 60], fill="#5f8a6a")
    for row, (y, scale) in enumerate(((floor + 40, 0.8), (floor + 170, 1.0))):
        for desk in range(4):
            x = 120 + desk * 360 + row * 60
            width = 260 * scale
            draw.rectangle([x, y, x + width, y + 18], fill="#f4efe6")
            draw.rectangle([x + 10, y + 18, x + 18, y + 90 * scale], fill="#3b3b3b")
            draw.rectangle([x + width - 18, y + 18, x + width - 10, y + 90 * scale], fill="#3b3b3b")
            draw.rectangle(
                [x + width * 0.35, y - 70 * scale, x + width * 0.65, y - 8], fill="#1f2a30"
            )
    for x in range(200, WIDTH, 400):
        draw.line([x, 0, x, 60], fill="#3b3b3b", width=3)
        draw.pieslice([x - 40, 40, x + 40, 100], 180, 360, fill=rng.choice(AWNINGS))
    for x in (40, WIDTH - 140):
        draw.rectangle([x + 20, floor - 20, x + 80, floor + 60], fill="#7b4b3a")
        draw.ellipse([x - 10, floor - 160, x + 110, floor - 10], fill="#3f7d4f")


DRAWINGS = {
    "kontor": office,
    "kombinasjonsbygg": mixed_use,
    "handel": retail,
    "lager-logistikk": warehouse,
    "industri": industrial,
    "tomt": plot,
    "kontorfellesskap": coworking,
}
