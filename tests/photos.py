"""Photos of printed badges, made at run time: the app's own badge sheet (PDF → pdftoppm) cut into badges, each
placed in a 1280×720 scene and degraded the ways a door photographs them — a steep angle, blur, glare, dim light,
JPEG artefacts, a phone screen's moiré, a lanyard's curve, far away. Deterministic: a sample is a function of its
seed. Nothing is committed; ``samples()`` builds them again each run.

Pillow only (no numpy): the warps are ``Image.transform`` (PERSPECTIVE, MESH), the noise comes from ``randbytes``.
"""

from __future__ import annotations

import io
import math
import random
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from probono_desk.core.codes import ALPHABET, check_letter, qr_payload
from probono_desk.output.badges import BADGE_H, BADGE_W, Badge, BadgeTexts, badge_origin, write_badges
from probono_desk.output.pdf import PAGE
from probono_desk.output.qr import write_qr_png

SCENE = (1280, 720)
DPI = 200
NAMES = [("Thérèse", "Petit", "Decathlon"), ("Amélie", "Dupont", "Kiabi"), ("Jean-Baptiste", "Lefèvre", "Auchan"),
         ("Inès", "Benali", "Leroy Merlin"), ("Marc", "Roussel", ""), ("Sofia", "Marchetti", "Boulanger"),
         ("Hugo", "Lambert", "Norauto"), ("Léa", "Nguyen", "Camaïeu")]  # fmt: skip


def seeded_code(rng: random.Random) -> str:
    payload = "pbd" + "".join(rng.choice(ALPHABET) for _ in range(15))
    return payload + check_letter(payload)


@lru_cache(maxsize=1)
def badges() -> tuple[tuple[Image.Image, str], ...]:
    """(badge image, the text its QR holds): the app's badge sheet rendered by pdftoppm, cut along its grid. Falls
    back on the app's QR image on a white card when poppler is missing."""
    rng = random.Random(14)
    made = [Badge(first, last, org, seeded_code(rng), team="Les Restos", table="3", colour="#1565c0")
            for first, last, org in NAMES]  # fmt: skip
    if shutil.which("pdftoppm") is None:
        return tuple(_card(b.code) for b in made)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = write_badges(Path(tmp) / "badges.pdf", made, BadgeTexts(event="Marathon Probono Lille"))
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", str(pdf), str(Path(tmp) / "p")],
                       check=True)  # fmt: skip
        page = Image.open(Path(tmp) / "p.png").convert("L")
        page.load()
    scale = DPI / 72
    cut = []
    for index, badge in enumerate(made):
        x, y = badge_origin(index)
        box = (x * scale, (PAGE[1] - y - BADGE_H) * scale, (x + BADGE_W) * scale, (PAGE[1] - y) * scale)
        cut.append((page.crop(tuple(round(v) for v in box)), qr_payload(badge.code)))  # type: ignore[arg-type]
    return tuple(cut)


def _card(code: str) -> tuple[Image.Image, str]:
    with tempfile.TemporaryDirectory() as tmp:
        qr = Image.open(write_qr_png(qr_payload(code), Path(tmp) / "qr.png", box_size=8)).convert("L")
        qr.load()
    card = Image.new("L", (748, 535), 255)
    card.paste(qr.resize((252, 252), Image.Resampling.NEAREST), (460, 140))
    ImageDraw.Draw(card).rectangle((0, 445, 747, 534), fill=90)
    return card, qr_payload(code)


# --- geometry --------------------------------------------------------------------------------------------------


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients for ``Image.transform(PERSPECTIVE)``: each output point ``dst[i]`` samples ``src[i]``."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return _solve(rows, rhs)


def lanyard_curve(badge: Image.Image, bend: float, sag: float) -> tuple[Image.Image, Image.Image]:
    """The badge bent round a vertical axis (``bend``: the half-angle in radians), its sides falling by ``sag`` of
    its height: (image, mask)."""
    w, h = badge.size
    radius = (w / 2) / bend
    half = radius * math.sin(bend)
    drop = sag * h
    out_w, out_h = round(2 * half), round(h + drop)

    def source(x: float) -> tuple[float, float]:
        theta = math.asin(max(-1.0, min(1.0, (x - out_w / 2) / radius)))
        return w / 2 + radius * theta, drop * (1 - math.cos(theta)) / (1 - math.cos(bend))

    mesh = []
    strips = 48
    for i in range(strips):
        x0, x1 = out_w * i / strips, out_w * (i + 1) / strips
        (u0, d0), (u1, d1) = source(x0), source(x1)
        quad = (u0, -d0, u0, out_h - d0, u1, out_h - d1, u1, -d1)
        mesh.append(((round(x0), 0, round(x1), out_h), quad))
    image = badge.transform((out_w, out_h), Image.Transform.MESH, mesh, Image.Resampling.BILINEAR, fillcolor=0)
    mask = Image.new("L", badge.size, 255).transform((out_w, out_h), Image.Transform.MESH, mesh, fillcolor=0)
    return image, mask


def place(
    badge: Image.Image, mask: Image.Image, background: Image.Image, corners: list[tuple[float, float]]
) -> Image.Image:
    """The badge seen in the scene with its corners (UL, UR, LR, LL) at ``corners``."""
    w, h = badge.size
    coeffs = perspective_coeffs(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = badge.transform(SCENE, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=0)
    alpha = mask.transform(SCENE, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR, fillcolor=0)
    scene = background.copy()
    scene.paste(warped, (0, 0), alpha)
    return scene


def tilted(rng: random.Random, size: tuple[int, int], width: float, tilt: float, turn: float) -> list[tuple[float, float]]:
    """Corners of a badge ``width`` px wide, its far side shrunk by ``tilt`` (0 = facing the camera, 0.5 = steep),
    turned by ``turn`` radians, somewhere in the scene."""
    w, h = size
    height = width * h / w
    cx = SCENE[0] / 2 + rng.uniform(-0.25, 0.25) * SCENE[0]
    cy = SCENE[1] / 2 + rng.uniform(-0.15, 0.15) * SCENE[1]
    near, far = 1 + tilt / 2, 1 - tilt / 2
    horizontal = rng.random() < 0.5  # the tilt foreshortens left-right or top-bottom
    if horizontal:
        pts = [(-width / 2 * near, -height / 2 * near), (width / 2 * far, -height / 2 * far),
               (width / 2 * far, height / 2 * far), (-width / 2 * near, height / 2 * near)]  # fmt: skip
        pts = [(x * (1 - tilt / 3), y) for x, y in pts]
    else:
        pts = [(-width / 2 * far, -height / 2 * far), (width / 2 * far, -height / 2 * far),
               (width / 2 * near, height / 2 * near), (-width / 2 * near, height / 2 * near)]  # fmt: skip
        pts = [(x, y * (1 - tilt / 3)) for x, y in pts]
    c, s = math.cos(turn), math.sin(turn)
    return [(cx + x * c - y * s, cy + x * s + y * c) for x, y in pts]


# --- light and sensor ------------------------------------------------------------------------------------------


def noise(rng: random.Random, size: tuple[int, int], amount: float) -> Image.Image:
    """Sensor noise, centred on 128, ``amount`` its half-range."""
    raw = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    raw = raw.filter(ImageFilter.BoxBlur(0.6))  # grain, not pure salt and pepper
    return raw.point(lambda v: max(0, min(255, round(128 + (v - 128) * amount / 64))))


def background(rng: random.Random) -> Image.Image:
    base = rng.randint(60, 190)
    scene = Image.new("L", SCENE, base)
    draw = ImageDraw.Draw(scene)
    for _ in range(12):  # shelves, a table edge, someone's jumper
        x, y = rng.randrange(SCENE[0]), rng.randrange(SCENE[1])
        draw.rectangle((x, y, x + rng.randint(40, 500), y + rng.randint(20, 300)), fill=rng.randint(20, 235))
    return scene.filter(ImageFilter.GaussianBlur(6))


def low_light(scene: Image.Image, rng: random.Random, level: float) -> Image.Image:
    dark = scene.point(lambda v: round(8 + v * level))
    return ImageChops.add(dark, noise(rng, SCENE, 6 + 14 * (1 - level)), 1.0, -128)


def glare(scene: Image.Image, rng: random.Random, at: tuple[float, float], radius: float, strength: float) -> Image.Image:
    spot = Image.radial_gradient("L").point(lambda v: round(max(0, 255 - v * 1.4) * strength))
    size = round(radius * 2)
    spot = spot.resize((size, round(size * rng.uniform(0.5, 1.0))), Image.Resampling.BILINEAR)
    layer = Image.new("L", SCENE, 0)
    layer.paste(spot, (round(at[0] - spot.width / 2), round(at[1] - spot.height / 2)))
    return ImageChops.add(scene, layer)


def jpeg(scene: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    scene.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def motion_blur(scene: Image.Image, length: int) -> Image.Image:
    w, h = scene.size
    return scene.resize((max(1, w // length), h), Image.Resampling.BOX).resize((w, h), Image.Resampling.BILINEAR)


def moire(scene: Image.Image, rng: random.Random, period: float, depth: float) -> Image.Image:
    """A phone screen photographed: its pixel grid, slightly turned, beating against the camera's."""
    side = 2 * max(SCENE)
    row = Image.new("L", (side, 1))
    row.putdata([round(255 * (1 - depth * (0.5 + 0.5 * math.sin(2 * math.pi * x / period)))) for x in range(side)])
    grating = row.resize((side, side), Image.Resampling.NEAREST)
    grid = ImageChops.multiply(grating, grating.transpose(Image.Transpose.ROTATE_90))
    grid = grid.rotate(rng.uniform(2, 12), resample=Image.Resampling.BILINEAR)
    left, top = (side - SCENE[0]) // 2, (side - SCENE[1]) // 2
    grid = grid.crop((left, top, left + SCENE[0], top + SCENE[1]))
    lit = scene.point(lambda v: round(40 + v * 0.8))  # a screen glows: its black is grey
    return ImageChops.multiply(lit, grid)


# --- the samples -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    name: str
    image: Image.Image
    text: str


KINDS = ["perspective", "blur", "glare", "low light", "jpeg", "moire", "lanyard", "far"]


def make(kind: str, seed: int, hard: bool = False) -> Sample:
    """One photo: a badge and ``kind``'s degradation; ``hard``: stronger, and a second degradation on top."""
    rng = random.Random(f"{kind}/{seed}/{hard}")
    badge, text = badges()[seed % len(badges())]
    kinds = [kind]
    if hard:
        kinds.append(rng.choice([k for k in KINDS if k != kind]))
    return Sample(f"{'+'.join(kinds)} #{seed}", render(badge, kinds, rng, hard), text)


def render(badge: Image.Image, kinds: list[str], rng: random.Random, hard: bool) -> Image.Image:
    """The first kind at full strength (``hard``: 25 % stronger), any second one milder."""

    def k(kind: str) -> float:  # severity of a kind in this photo, 0 when absent
        if kind not in kinds:
            return 0.0
        return (1.25 if hard else 1.0) if kinds[0] == kind else 0.7

    mask = Image.new("L", badge.size, 255)
    if k("lanyard"):
        badge, mask = lanyard_curve(badge, min(1.2, rng.uniform(0.75, 1.0) * k("lanyard")),
                                    rng.uniform(0.08, 0.18) * k("lanyard"))  # fmt: skip
    width = rng.uniform(380, 620)
    if k("far"):
        width = rng.uniform(170, 230) / k("far")
    tilt = rng.uniform(0.35, 0.55) * k("perspective") if k("perspective") else rng.uniform(0, 0.15)
    turn = rng.uniform(-0.5, 0.5) if k("perspective") else rng.uniform(-0.15, 0.15)
    corners = tilted(rng, badge.size, width, min(tilt, 0.8), turn)
    scene = place(badge, mask, background(rng), corners)
    if k("glare"):
        qr_x = sum(x for x, _ in corners) / 4 + width * 0.22
        qr_y = sum(y for _, y in corners) / 4
        scene = glare(scene, rng, (qr_x + rng.uniform(-0.1, 0.1) * width, qr_y + rng.uniform(-0.1, 0.1) * width),
                      width * rng.uniform(0.1, 0.16) * k("glare"), rng.uniform(0.85, 1.0))  # fmt: skip
    if k("moire"):
        scene = moire(scene, rng, rng.uniform(2.6, 3.6), min(0.9, rng.uniform(0.4, 0.6) * k("moire")))
    if k("blur"):
        if rng.random() < 0.5:
            scene = scene.filter(ImageFilter.GaussianBlur(rng.uniform(1.4, 2.4) * k("blur")))
        else:
            scene = motion_blur(scene, round(rng.uniform(4, 7) * k("blur")))
    if k("low light"):
        scene = low_light(scene, rng, rng.uniform(0.22, 0.35) / k("low light"))
    else:
        scene = ImageChops.add(scene, noise(rng, SCENE, 5), 1.0, -128)
    if k("jpeg"):
        scene = jpeg(scene, max(3, round(rng.uniform(6, 14) / k("jpeg"))))
    return scene


def samples(per_kind: int, hard: bool) -> Iterator[Sample]:
    for seed in range(per_kind):
        for kind in KINDS:
            yield make(kind, seed, hard)


def read_share(read: Callable[[Image.Image], list[str]], chosen: list[Sample]) -> tuple[float, list[str]]:
    """The share of ``chosen`` read right, and the names of those missed."""
    missed = [s.name for s in chosen if s.text not in read(s.image)]
    return 100 * (len(chosen) - len(missed)) / max(1, len(chosen)), missed
