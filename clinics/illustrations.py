"""Illustrations for the demo clinics, drawn with Pillow: flat, calm and without any text.

A picture is drawn at twice its size and then reduced, which smooths the edges. The
seed (the clinic's slug) drives every random choice, so a clinic always gets the same
pictures and two clinics get different ones.
"""

import math
import random
from functools import lru_cache
from io import BytesIO

from PIL import Image, ImageColor, ImageDraw, ImageFilter, ImageOps

PHOTO_SIZE = (1200, 800)
LOGO_SIZE = (400, 400)
SCALE = 2
MARKS = ("cross", "heart", "leaf", "ring", "petals", "drop")
SCENES = ("building", "room")

WHITE = (255, 255, 255)
SKY = (143, 188, 217)
HAZE = (236, 242, 244)
GRASS = (170, 196, 150)
LEAVES = (92, 140, 96)
SHADOW = (40, 52, 60)
GLASS = (62, 92, 112)
STONE = (242, 238, 230)


def rgb(colour):
    return ImageColor.getrgb(colour)[:3]


def mix(a, b, amount):
    """The colour `amount` (0 to 1) of the way from colour `a` to colour `b`."""
    return tuple(round(x + (y - x) * amount) for x, y in zip(a, b, strict=True))


class Canvas:
    """A drawing surface in picture coordinates, drawn at SCALE times the size."""

    def __init__(self, size, background=WHITE):
        self.size = size
        self.image = Image.new("RGB", (size[0] * SCALE, size[1] * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)

    @staticmethod
    def _box(box):
        return [value * SCALE for value in box]

    @staticmethod
    def _points(points):
        return [(x * SCALE, y * SCALE) for x, y in points]

    def gradient(self, box, top, bottom):
        width, height = round(box[2] - box[0]) * SCALE, round(box[3] - box[1]) * SCALE
        mask = Image.linear_gradient("L").resize((width, height))
        band = Image.composite(
            Image.new("RGB", mask.size, bottom), Image.new("RGB", mask.size, top), mask
        )
        self.image.paste(band, (round(box[0] * SCALE), round(box[1] * SCALE)))

    def paste(self, image, corner):
        self.image.paste(image, (round(corner[0] * SCALE), round(corner[1] * SCALE)))

    def rect(self, box, fill, radius=0):
        if radius:
            self.draw.rounded_rectangle(self._box(box), radius * SCALE, fill=fill)
        else:
            self.draw.rectangle(self._box(box), fill=fill)

    def ellipse(self, box, fill):
        self.draw.ellipse(self._box(box), fill=fill)

    def circle(self, centre, radius, fill):
        x, y = centre
        self.ellipse((x - radius, y - radius, x + radius, y + radius), fill)

    def polygon(self, points, fill):
        self.draw.polygon(self._points(points), fill=fill)

    def line(self, points, fill, width):
        self.draw.line(self._points(points), fill=fill, width=round(width * SCALE), joint="curve")

    def soft(self, shapes, colour, opacity, blur):
        """Blurred ellipses and polygons in `colour`: shadows, clouds, light from a window.

        Only the area around the shapes is blurred, on a quarter-size mask: cheaper, and
        the result is soft anyway.
        """
        factor = 4
        points = [
            point
            for kind, geometry in shapes
            for point in ([geometry[:2], geometry[2:]] if kind == "ellipse" else geometry)
        ]
        margin = blur * 3
        left = max(0, min(x for x, _y in points) - margin)
        top = max(0, min(y for _x, y in points) - margin)
        right = min(self.size[0], max(x for x, _y in points) + margin)
        bottom = min(self.size[1], max(y for _x, y in points) + margin)
        mask = Image.new("L", (round((right - left) / factor), round((bottom - top) / factor)), 0)
        draw = ImageDraw.Draw(mask)
        alpha = round(255 * opacity)
        for kind, geometry in shapes:
            if kind == "ellipse":
                x0, y0, x1, y1 = geometry
                box = [(x0 - left) / factor, (y0 - top) / factor]
                draw.ellipse([*box, (x1 - left) / factor, (y1 - top) / factor], fill=alpha)
            else:
                draw.polygon(
                    [((x - left) / factor, (y - top) / factor) for x, y in geometry], fill=alpha
                )
        box = [round(value * SCALE) for value in (left, top, right, bottom)]
        mask = mask.filter(ImageFilter.GaussianBlur(blur / factor)).resize(
            (box[2] - box[0], box[3] - box[1]), Image.Resampling.BILINEAR
        )
        self.image.paste(colour, box, mask)

    def result(self):
        return self.image.resize(self.size, Image.Resampling.LANCZOS)


def draw_mark(canvas, mark, centre, radius, colour, background):
    """The clinic's geometric mark (no letters), fitting in a circle of `radius`."""
    x, y = centre
    r = radius
    if mark == "cross":
        arm = r * 0.36
        canvas.rect((x - arm, y - r, x + arm, y + r), colour, radius=arm * 0.45)
        canvas.rect((x - r, y - arm, x + r, y + arm), colour, radius=arm * 0.45)
    elif mark == "heart":
        lobe = r * 0.52
        canvas.circle((x - r * 0.46, y - r * 0.28), lobe, colour)
        canvas.circle((x + r * 0.46, y - r * 0.28), lobe, colour)
        canvas.polygon(
            [(x - r * 0.96, y - r * 0.12), (x + r * 0.96, y - r * 0.12), (x, y + r * 0.9)],
            colour,
        )
        pulse = [(-0.7, 0.02), (-0.3, 0.02), (-0.15, -0.3), (0.05, 0.3), (0.2, 0.02), (0.7, 0.02)]
        canvas.line([(x + dx * r, y + dy * r) for dx, dy in pulse], background, r * 0.09)
    elif mark == "leaf":
        canvas.polygon(_leaf_points(x, y, r), colour)
        tip = r * 0.62
        canvas.line([(x - tip, y + tip), (x + tip * 0.8, y - tip * 0.8)], background, r * 0.07)
    elif mark == "ring":
        canvas.circle(centre, r, colour)
        canvas.circle(centre, r * 0.68, background)
        canvas.circle(centre, r * 0.3, colour)
    elif mark == "petals":
        for angle in (0, 90, 180, 270):
            dx = math.cos(math.radians(angle)) * r * 0.5
            dy = math.sin(math.radians(angle)) * r * 0.5
            canvas.circle((x + dx, y + dy), r * 0.48, colour)
        canvas.circle(centre, r * 0.2, background)
    elif mark == "drop":
        canvas.circle((x, y + r * 0.28), r * 0.66, colour)
        # The sides touch the circle, so the outline has no kink.
        canvas.polygon(
            [(x, y - r), (x - r * 0.565, y - r * 0.06), (x + r * 0.565, y - r * 0.06)], colour
        )
        canvas.circle((x - r * 0.22, y + r * 0.36), r * 0.16, background)
    else:
        raise ValueError(f"Unknown mark: {mark}")


def _leaf_points(x, y, r):
    """A pointed lens turned 45 degrees: a leaf."""
    upper = [(r * t / 20, -r * 0.46 * (1 - (t / 20) ** 2)) for t in range(-20, 21)]
    lower = [(px, -py) for px, py in reversed(upper)]
    turn = math.radians(-45)
    return [
        (
            x + px * math.cos(turn) - py * math.sin(turn),
            y + px * math.sin(turn) + py * math.cos(turn),
        )
        for px, py in upper + lower
    ]


def draw_tree(canvas, rng, base, height, round_crown=True):
    x, y = base
    trunk = (94, 78, 64)
    canvas.soft(
        [("ellipse", (x - height * 0.2, y - 10, x + height * 0.6, y + 14))], SHADOW, 0.3, 10
    )
    canvas.rect((x - height * 0.035, y - height * 0.45, x + height * 0.035, y), trunk)
    green = mix(LEAVES, (60, 110, 80), rng.random())
    if round_crown:
        crown = height * 0.32
        cy = y - height * 0.62
        canvas.circle((x - crown * 0.45, cy + crown * 0.25), crown * 0.8, mix(green, SHADOW, 0.2))
        canvas.circle((x + crown * 0.45, cy + crown * 0.2), crown * 0.85, mix(green, SHADOW, 0.12))
        canvas.circle((x, cy - crown * 0.2), crown * 0.9, green)
        canvas.circle((x - crown * 0.25, cy - crown * 0.4), crown * 0.45, mix(green, WHITE, 0.08))
    else:
        width = height * 0.16
        canvas.ellipse(
            (x - width, y - height, x + width, y - height * 0.12), mix(green, SHADOW, 0.15)
        )
        canvas.ellipse((x - width * 0.8, y - height, x + width * 0.35, y - height * 0.2), green)


def building(seed, colour, mark):
    """A modern clinic building among trees, on a clear day."""
    rng = random.Random(f"{seed}-building")
    accent = rgb(colour)
    width, height = PHOTO_SIZE
    horizon = rng.randint(520, 570)
    canvas = Canvas(PHOTO_SIZE)

    sky_top = mix(SKY, accent, 0.12)
    canvas.gradient((0, 0, width, horizon), sky_top, HAZE)
    clouds = []
    for _cloud in range(rng.randint(2, 4)):
        cx, cy = rng.randint(60, width - 60), rng.randint(60, 260)
        for puff in range(3):
            size = rng.randint(50, 90)
            clouds.append(
                (
                    "ellipse",
                    (
                        cx + puff * 60 - size,
                        cy - size * 0.45,
                        cx + puff * 60 + size,
                        cy + size * 0.45,
                    ),
                )
            )
    canvas.soft(clouds, WHITE, 0.75, 18)

    hills = [(0, horizon)]
    for step in range(13):
        hills.append((step * 100, horizon - 40 - rng.randint(0, 45)))
    hills += [(width, horizon), (0, horizon)]
    canvas.polygon(hills, mix(HAZE, (130, 160, 150), 0.35))
    for step in range(40):
        tx = step * 31 + rng.randint(-8, 8)
        canvas.circle((tx, horizon - 6), rng.randint(14, 26), mix(HAZE, LEAVES, 0.4))

    canvas.gradient((0, horizon, width, height), mix(GRASS, HAZE, 0.25), mix(GRASS, LEAVES, 0.25))

    floors = rng.randint(4, 6)
    storey = 56
    block_width = rng.randint(520, 660)
    x0 = (width - block_width) // 2 + rng.randint(-50, 30)
    x1 = x0 + block_width
    base = horizon + 70
    top = base - floors * storey - 70
    depth = 70
    facade = mix(rng.choice((STONE, (236, 239, 241), (238, 228, 212))), accent, 0.05)
    side = mix(facade, (110, 125, 138), 0.3)
    roof = mix(facade, (150, 160, 168), 0.35)
    glass = mix(GLASS, accent, 0.2)

    canvas.soft(
        [
            (
                "polygon",
                [
                    (x0, base),
                    (x1 + depth, base - 24),
                    (x1 + depth + 160, base + 40),
                    (x0 + 80, base + 40),
                ],
            )
        ],
        SHADOW,
        0.35,
        24,
    )

    # A lower wing, half behind the main block.
    wing_left = rng.random() < 0.5
    wing_width = rng.randint(240, 320)
    wing_top = base - 2 * storey - 40
    wx0, wx1 = (x0 - wing_width + 60, x0 + 60) if wing_left else (x1 - 60, x1 + wing_width - 60)
    canvas.polygon(
        [
            (wx0, wing_top),
            (wx1, wing_top),
            (wx1 + depth * 0.6, wing_top - 16),
            (wx0 + depth * 0.6, wing_top - 16),
        ],
        roof,
    )
    canvas.polygon(
        [
            (wx1, wing_top),
            (wx1 + depth * 0.6, wing_top - 16),
            (wx1 + depth * 0.6, base - 16),
            (wx1, base),
        ],
        side,
    )
    canvas.rect((wx0, wing_top, wx1, base), mix(facade, accent, 0.12))
    canvas.rect((wx0, wing_top, wx1, wing_top + 10), mix(facade, SHADOW, 0.12))
    for floor in range(2):
        fy = wing_top + 26 + floor * storey
        canvas.rect((wx0 + 18, fy, wx1 - 18, fy + storey - 22), glass, radius=3)
        for mx in range(int(wx0) + 18, int(wx1) - 18, 46):
            canvas.rect((mx, fy, mx + 4, fy + storey - 22), facade)

    # The main block: roof, side and front.
    canvas.polygon([(x0, top), (x1, top), (x1 + depth, top - 24), (x0 + depth, top - 24)], roof)
    canvas.polygon([(x1, top), (x1 + depth, top - 24), (x1 + depth, base - 24), (x1, base)], side)
    canvas.rect((x0, top, x1, base), facade)
    canvas.rect((x0, top, x1, top + 14), mix(facade, SHADOW, 0.1))

    ribbon = rng.random() < 0.5
    core_left = rng.random() < 0.5
    core_width = 78
    cx0 = x0 + 60 if core_left else x1 - 60 - core_width
    columns = rng.randint(6, 9)
    for floor in range(floors):
        fy = top + 40 + floor * storey
        if ribbon:
            canvas.rect((x0 + 24, fy, x1 - 24, fy + storey - 20), glass, radius=3)
            canvas.rect((x0 + 24, fy, x1 - 24, fy + 8), mix(glass, WHITE, 0.35))
            for mx in range(x0 + 24, x1 - 24, (block_width - 48) // columns):
                canvas.rect((mx, fy, mx + 5, fy + storey - 20), facade)
        else:
            step = (block_width - 40) / columns
            for column in range(columns):
                wx = x0 + 20 + column * step + 10
                shade = mix(glass, WHITE, rng.choice((0.0, 0.08, 0.16, 0.3)))
                canvas.rect((wx, fy, wx + step - 20, fy + storey - 18), shade, radius=3)
                canvas.rect((wx, fy, wx + step - 20, fy + 7), mix(shade, WHITE, 0.35), radius=3)
    # The stair core in the clinic's colour, with its mark near the top.
    canvas.rect((cx0, top - 30, cx0 + core_width, base), accent)
    canvas.polygon(
        [
            (cx0 + core_width, top - 30),
            (cx0 + core_width + 18, top - 38),
            (cx0 + core_width + 18, base - 8),
            (cx0 + core_width, base),
        ],
        mix(accent, SHADOW, 0.35),
    )
    for floor in range(floors):
        fy = top + 48 + floor * storey
        canvas.rect(
            (cx0 + 30, fy, cx0 + core_width - 30, fy + storey - 28),
            mix(accent, WHITE, 0.45),
            radius=2,
        )
    draw_mark(canvas, mark, (cx0 + core_width / 2, top + 8), 22, WHITE, accent)

    # The lobby: glass along the ground floor, a canopy over the entrance.
    lobby_top = base - 62
    canvas.rect((x0 + 24, lobby_top, x1 - 24, base), mix(glass, HAZE, 0.3))
    for mx in range(x0 + 24, x1 - 24, 52):
        canvas.rect((mx, lobby_top, mx + 4, base), mix(facade, SHADOW, 0.15))
    door = (x0 + x1) / 2 + (60 if core_left else -60)
    canvas.rect((door - 40, lobby_top + 10, door + 40, base), mix(glass, SHADOW, 0.35))
    canvas.rect((door - 2, lobby_top + 10, door + 2, base), facade)
    canvas.soft(
        [
            (
                "polygon",
                [
                    (door - 90, lobby_top),
                    (door + 90, lobby_top),
                    (door + 110, lobby_top + 26),
                    (door - 70, lobby_top + 26),
                ],
            )
        ],
        SHADOW,
        0.35,
        8,
    )
    canvas.rect(
        (door - 100, lobby_top - 16, door + 100, lobby_top - 2), mix(accent, SHADOW, 0.15), radius=3
    )

    # A path to the door, a hedge, and trees in front.
    canvas.polygon(
        [(door - 50, base), (door + 50, base), (door + 170, height), (door - 170, height)],
        mix(STONE, SHADOW, 0.08),
    )
    canvas.rect((x0 - 10, base - 12, door - 70, base + 10), mix(LEAVES, SHADOW, 0.15), radius=10)
    canvas.rect((door + 70, base - 12, x1 + 10, base + 10), mix(LEAVES, SHADOW, 0.15), radius=10)
    round_crowns = rng.random() < 0.7
    spots = [(rng.randint(40, x0 - 20), rng.randint(base + 20, height - 60)) for _tree in range(2)]
    spots += [
        (rng.randint(x1 + 60, width - 40), rng.randint(base + 20, height - 60))
        for _tree in range(2)
    ]
    spots.append((rng.choice((door - 260, door + 260)), height - 20))
    for x, y in sorted(spots, key=lambda spot: spot[1]):
        draw_tree(
            canvas, rng, (x, y), 110 + (y - horizon) * 0.65 + rng.randint(-10, 20), round_crowns
        )
    return canvas.result()


def window_view(rng, size, accent):
    """Sky and treetops as seen through a window (drawn at SCALE, not yet reduced)."""
    view = Canvas(size)
    width, height = size
    view.gradient((0, 0, width, height), mix(SKY, accent, 0.1), HAZE)
    for step in range(9):
        x = step * width / 8
        view.circle((x, height - 10), rng.randint(24, 44), mix(LEAVES, HAZE, rng.uniform(0.1, 0.4)))
    return view.image


def draw_picture(canvas, corner, accent):
    """A framed picture of hills: calm, and nothing to read."""
    x, y = corner
    canvas.rect((x, y, x + 150, y + 100), WHITE)
    canvas.gradient((x + 10, y + 10, x + 140, y + 90), mix(SKY, WHITE, 0.4), HAZE)
    hills = [
        (x + 10, y + 90),
        (x + 10, y + 60),
        (x + 70, y + 40),
        (x + 140, y + 66),
        (x + 140, y + 90),
    ]
    canvas.polygon(hills, mix(accent, WHITE, 0.4))


def draw_shelf(canvas, corner, accent):
    x, y = corner
    canvas.rect((x - 20, y + 96, x + 170, y + 104), (226, 214, 196), radius=2)
    for pot in range(3):
        px = x + pot * 60
        canvas.rect((px, y + 66, px + 30, y + 96), mix(accent, WHITE, 0.5 - pot * 0.15), radius=4)
        canvas.circle((px + 15, y + 56), 20, mix(LEAVES, WHITE, pot * 0.1))


def room(seed, colour, mark):
    """A patient room: a bed, a window onto trees, a chair and a cabinet."""
    rng = random.Random(f"{seed}-room")
    accent = rgb(colour)
    width, height = PHOTO_SIZE
    left, right = rng.randint(230, 280), rng.randint(930, 980)
    top, bottom = rng.randint(110, 140), rng.randint(545, 575)
    wall = mix((238, 240, 236), accent, rng.uniform(0.06, 0.12))
    floor = rng.choice(((214, 200, 178), (206, 212, 212), (222, 210, 190)))
    canvas = Canvas(PHOTO_SIZE, wall)

    # Ceiling, side walls and floor in one-point perspective.
    canvas.polygon([(0, 0), (width, 0), (right, top), (left, top)], mix(wall, WHITE, 0.6))
    canvas.polygon([(0, 0), (left, top), (left, bottom), (0, height)], mix(wall, SHADOW, 0.06))
    canvas.polygon(
        [(width, 0), (right, top), (right, bottom), (width, height)], mix(wall, SHADOW, 0.1)
    )
    canvas.polygon([(0, height), (left, bottom), (right, bottom), (width, height)], floor)
    centre = ((left + right) / 2, (top + bottom) / 2)
    for step in range(1, 12):
        x = left + (right - left) * step / 12
        near_x = centre[0] + (x - centre[0]) * (height - centre[1]) / (bottom - centre[1])
        canvas.line([(x, bottom), (near_x, height)], mix(floor, SHADOW, 0.08), 1.5)
    canvas.line([(left, bottom), (right, bottom)], mix(wall, SHADOW, 0.2), 3)
    canvas.soft([("ellipse", (460, 20, 740, 100))], WHITE, 0.9, 24)
    canvas.rect((500, 44, 700, 70), (250, 250, 246), radius=6)

    # A window onto the trees, with a curtain in the clinic's colour.
    wx0 = left + rng.randint(30, 70)
    wx1 = wx0 + rng.choice((220, 250, 280))
    wy0, wy1 = top + rng.randint(40, 60), bottom - rng.randint(140, 170)
    canvas.rect((wx0 - 10, wy0 - 10, wx1 + 10, wy1 + 10), WHITE, radius=4)
    canvas.paste(window_view(rng, (wx1 - wx0, wy1 - wy0), accent), (wx0, wy0))
    canvas.rect(((wx0 + wx1) / 2 - 4, wy0, (wx0 + wx1) / 2 + 4, wy1), WHITE)
    canvas.rect((wx0, (wy0 + wy1) / 2 - 4, wx1, (wy0 + wy1) / 2 + 4), WHITE)
    canvas.rect((wx0 - 16, wy1 + 4, wx1 + 16, wy1 + 16), (250, 250, 248), radius=3)
    curtain = mix(accent, WHITE, 0.55)
    for fold in range(4):
        cx = wx1 + 6 + fold * 16
        canvas.rect((cx, wy0 - 24, cx + 16, wy1 + 40), mix(curtain, SHADOW, 0.08 * (fold % 2)))
    canvas.rect((wx0 - 30, wy0 - 30, wx1 + 90, wy0 - 22), mix(wall, SHADOW, 0.35), radius=3)
    light = [(wx0, bottom), (wx1, bottom), (wx1 + 160, height - 40), (wx0 + 40, height - 40)]
    canvas.soft([("polygon", light)], WHITE, 0.35, 30)

    # A patient monitor above the bed, or a picture or a shelf with plants.
    monitor = rng.random() < 0.5
    if not monitor and rng.random() < 0.6:
        draw_picture(canvas, (wx1 + 120, top + 60), accent)
    elif not monitor:
        draw_shelf(canvas, (wx1 + 130, top + 60), accent)

    # The bed, head at the right, with a blanket in the clinic's colour.
    bx0, bx1 = 540, 1010
    mattress = 540
    frame = (196, 203, 208)
    canvas.soft([("ellipse", (bx0 - 20, 640, bx1 + 40, 700))], SHADOW, 0.35, 18)
    canvas.rect((bx0 + 10, top + 200, bx1 - 20, top + 222), mix(wall, SHADOW, 0.18), radius=8)
    for lamp in range(3):
        canvas.circle((bx0 + 90 + lamp * 150, top + 211), 5, mix(accent, WHITE, 0.3))
    if monitor:
        # On a wall arm: a calm line, no figures.
        mx = bx1 - 170
        canvas.rect((mx + 60, top + 150, mx + 68, top + 200), mix(frame, SHADOW, 0.2))
        canvas.rect((mx, top + 70, mx + 130, top + 150), (46, 58, 66), radius=8)
        pulse = [(0, 40), (40, 40), (50, 22), (62, 58), (72, 40), (120, 40)]
        canvas.line([(mx + 5 + px, top + 70 + py) for px, py in pulse], mix(accent, WHITE, 0.6), 3)
    canvas.rect((bx1 - 20, mattress - 110, bx1 + 8, 655), mix(frame, SHADOW, 0.1), radius=10)
    canvas.rect((bx0 - 8, mattress - 40, bx0 + 16, 655), mix(frame, SHADOW, 0.1), radius=10)
    canvas.rect((bx0, mattress + 28, bx1 - 10, mattress + 52), frame, radius=6)
    for wheel in (bx0 + 40, bx1 - 60):
        canvas.rect((wheel - 4, mattress + 52, wheel + 4, 645), mix(frame, SHADOW, 0.2))
        canvas.circle((wheel, 652), 11, mix(frame, SHADOW, 0.45))
    canvas.rect((bx0 + 10, mattress - 18, bx1 - 16, mattress + 30), WHITE, radius=14)
    canvas.rect((bx1 - 150, mattress - 50, bx1 - 30, mattress - 6), (250, 250, 250), radius=18)
    blanket = mix(accent, WHITE, 0.35)
    canvas.rect((bx0 + 6, mattress - 24, bx1 - 190, mattress + 44), blanket, radius=16)
    canvas.rect(
        (bx1 - 230, mattress - 24, bx1 - 180, mattress + 44), mix(blanket, WHITE, 0.5), radius=12
    )

    # A bedside cabinet with a plant, and a chair for a visitor.
    wood = (226, 214, 196)
    cab = bx0 - 150
    canvas.soft([("ellipse", (cab - 10, 640, cab + 130, 670))], SHADOW, 0.3, 10)
    canvas.rect((cab, 520, cab + 110, 655), wood, radius=6)
    canvas.rect((cab + 8, 560, cab + 102, 564), mix(wood, SHADOW, 0.2))
    canvas.rect((cab + 45, 540, cab + 65, 545), mix(wood, SHADOW, 0.3), radius=2)
    pot = [(cab + 38, 470), (cab + 72, 470), (cab + 66, 520), (cab + 44, 520)]
    canvas.polygon(pot, mix(accent, SHADOW, 0.2))
    for dx, dy, size in ((-14, -6, 22), (14, -10, 24), (0, -26, 24)):
        canvas.circle((cab + 55 + dx, 462 + dy), size, mix(LEAVES, WHITE, 0.1))

    seat = mix(accent, SHADOW, 0.25)
    canvas.soft([("ellipse", (90, 740, 330, 790))], SHADOW, 0.3, 12)
    canvas.rect((110, 560, 150, 770), seat, radius=14)
    canvas.rect((110, 670, 320, 712), seat, radius=14)
    canvas.rect((290, 700, 306, 775), mix(seat, SHADOW, 0.3))
    canvas.rect((124, 700, 140, 780), mix(seat, SHADOW, 0.3))
    canvas.rect((150, 628, 262, 644), mix(seat, WHITE, 0.15), radius=8)
    canvas.rect((242, 636, 254, 672), mix(seat, WHITE, 0.15))

    image = canvas.result()
    return ImageOps.mirror(image) if rng.random() < 0.5 else image


def logo(colour, mark):
    """A square logo: the clinic's mark on a tint of its colour."""
    accent = rgb(colour)
    background = mix(WHITE, accent, 0.08)
    canvas = Canvas(LOGO_SIZE, background)
    draw_mark(
        canvas, mark, (LOGO_SIZE[0] / 2, LOGO_SIZE[1] / 2), LOGO_SIZE[0] * 0.32, accent, background
    )
    return canvas.result()


@lru_cache(maxsize=64)
def photo_jpeg(seed, scene, colour, mark):
    """The bytes of a 1200x800 JPEG of `scene` ("building" or "room")."""
    draw = {"building": building, "room": room}[scene]
    buffer = BytesIO()
    draw(seed, colour, mark).save(buffer, "JPEG", quality=86, optimize=True, progressive=True)
    return buffer.getvalue()


@lru_cache(maxsize=32)
def logo_png(colour, mark):
    buffer = BytesIO()
    logo(colour, mark).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
