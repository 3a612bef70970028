"""QR decoding with zxing-cpp, on grayscale pixels only, in passes.

Camera frames arrive in whatever format the platform delivers (some give premultiplied RGBA, which zxing-cpp
refuses), so the faces convert to 8-bit grayscale first and hand plain bytes here.

A badge photographed at the door is tilted, blurred, dim, washed by a lamp, curved on its lanyard or shown on a
phone's screen. One default zxing-cpp call reads the easy ones; the rest are read by further passes, cheapest and
most fruitful first (the order comes from ``benchmarks/bench_photos.py``), stopping at the first hit or when the
time budget is spent:
- zxing-cpp's other binarizers (a global histogram, a fixed threshold), on the image and on a half-size copy;
- a light box blur (sensor noise, JPEG blocks, a screen's pixel grid), a contrast stretch (dim light, glare);
- scaled-up and sharpened copies (small or curved codes, blur), then equalised, median-filtered, turned copies.

A live camera frame gets the first pass and only the cheap ones that fit its budget; ``FrameDecoder`` starts each
frame at the next cheap pass, so a badge held up for a few frames has been tried with all of them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import zxingcpp
from PIL import Image, ImageFilter, ImageOps

LIVE_BUDGET = 0.007  # seconds per camera frame, first pass included (frames come every 33 ms; the UI needs its share)
FILE_BUDGET = 1.5  # seconds for a photo given on the command line or dropped on the desk
WORK_SIDE = 1920  # photos larger than this are worked on at this size (the first pass sees the original)
UPSCALE_MAX = 2600  # a scaled-up copy is never larger than this

# (image transform, binarizer) in the order tried after the first pass
LIVE_PASSES: tuple[tuple[str, str], ...] = (
    ("half", "GlobalHistogram"),
    ("same", "FixedThreshold"),
    ("same", "GlobalHistogram"),
    ("box", "LocalAverage"),
    ("stretch", "FixedThreshold"),
    ("box", "GlobalHistogram"),
)
FILE_PASSES: tuple[tuple[str, str], ...] = (
    *LIVE_PASSES,
    ("stretch", "LocalAverage"),
    ("up1.5", "LocalAverage"),
    ("up2", "LocalAverage"),
    ("sharp", "LocalAverage"),
    ("smooth-sharp", "LocalAverage"),
    ("up2", "FixedThreshold"),
    ("sharp", "GlobalHistogram"),
    ("equalize", "LocalAverage"),
    ("median", "LocalAverage"),
    ("turn45", "LocalAverage"),
    ("turn-45", "LocalAverage"),
    ("turn20", "LocalAverage"),
    ("turn-20", "LocalAverage"),
)


def _qr_only() -> zxingcpp.BarcodeFormats:
    # built per call: a module-level nanobind object is reported as "leaked" at interpreter exit
    return zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


def _texts(image: object, binarizer: str = "LocalAverage") -> list[str]:
    found = zxingcpp.read_barcodes(image, formats=_qr_only(), binarizer=getattr(zxingcpp.Binarizer, binarizer))
    return [r.text for r in found if r.valid and r.text]


def _scaled(gray: Image.Image, factor: float) -> Image.Image:
    factor = min(factor, UPSCALE_MAX / max(gray.size))
    if factor <= 1:
        return gray
    size = (round(gray.width * factor), round(gray.height * factor))
    return gray.resize(size, Image.Resampling.BICUBIC)


def _turned(angle: int) -> Callable[[Image.Image], Image.Image]:
    return lambda g: ImageOps.autocontrast(g.rotate(angle, expand=True, fillcolor=255), cutoff=1)


TRANSFORMS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "same": lambda g: g,
    "half": lambda g: g.reduce(2),
    "box": lambda g: g.filter(ImageFilter.BoxBlur(1)),
    "stretch": lambda g: ImageOps.autocontrast(g, cutoff=1),
    "up1.5": lambda g: _scaled(g, 1.5),
    "up2": lambda g: _scaled(g, 2),
    "sharp": lambda g: g.filter(ImageFilter.UnsharpMask(radius=4, percent=250, threshold=0)),
    "smooth-sharp": lambda g: g.filter(ImageFilter.GaussianBlur(1.2)).filter(ImageFilter.UnsharpMask(3, 200, 0)),
    "equalize": ImageOps.equalize,
    "median": lambda g: g.filter(ImageFilter.MedianFilter(3)),
    "turn45": _turned(45),
    "turn-45": _turned(-45),
    "turn20": _turned(20),
    "turn-20": _turned(-20),
}


def _shrink(gray: Image.Image, longest: int) -> Image.Image:
    if max(gray.size) <= longest:
        return gray
    scale = longest / max(gray.size)
    size = (max(1, int(gray.width * scale)), max(1, int(gray.height * scale)))
    return gray.resize(size, Image.Resampling.LANCZOS)


def passes(
    gray: Image.Image,
    plan: tuple[tuple[str, str], ...],
    deadline: float,
    first: int = 0,
    cost: Callable[[str, str], float] | None = None,
    spent: Callable[[str, str, float], None] | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> list[str]:
    """The plan's passes from ``first`` on (wrapping round), until one reads a code or the next would end after
    ``deadline`` (by ``cost``, its expected seconds; else only the deadline itself stops)."""
    made: dict[str, Image.Image] = {}
    for step in range(len(plan)):
        transform, binarizer = plan[(first + step) % len(plan)]
        now = clock()
        if now + (cost(transform, binarizer) if cost else 0.0) > deadline:
            if cost is None:
                break
            continue  # a cheaper one may still fit
        if transform not in made:
            made[transform] = TRANSFORMS[transform](gray)
        found = _texts(made[transform], binarizer)
        if spent is not None:
            spent(transform, binarizer, clock() - now)
        if found:
            return found
    return []


def decode_pil(image: Image.Image, *, try_harder: bool = True, budget: float = FILE_BUDGET) -> list[str]:
    """Texts of the QR codes in a photo: one default pass, then the harder ones while ``budget`` seconds last."""
    deadline = time.perf_counter() + budget
    gray = image.convert("L")
    found = _texts(gray)
    if found or not try_harder:
        return found
    return passes(_shrink(gray, WORK_SIDE), FILE_PASSES, deadline)


def decode_file(path: str | Path, budget: float = FILE_BUDGET) -> list[str]:
    """Texts of the QR codes in a photo or scan; [] when none (or the file is not an image)."""
    try:
        with Image.open(path) as opened:
            image = ImageOps.exif_transpose(opened) or opened
            image.load()
            return decode_pil(image, budget=budget)
    except (OSError, ValueError, Image.DecompressionBombError):
        return []


def _gray_image(raw: bytes, width: int, height: int, stride: int) -> Image.Image:
    return Image.frombuffer("L", (width, height), raw, "raw", "L", stride or width, 1)


def decode_gray(
    data: bytes | bytearray | memoryview, width: int, height: int, stride: int = 0, budget: float = 0.0
) -> list[str]:
    """Texts of the QR codes in an 8-bit grayscale image (``stride`` bytes per row, 0 = ``width``): the first pass,
    then, with a ``budget`` in seconds, the cheap ones that fit in it."""
    start = time.perf_counter()
    raw = bytes(data)
    found = _texts(zxingcpp.ImageView(raw, width, height, zxingcpp.ImageFormat.Lum, stride or width))
    if found or budget <= 0:
        return found
    return passes(_gray_image(raw, width, height, stride), LIVE_PASSES, start + budget)


class FrameDecoder:
    """Camera frames, one after the other: the first pass on each, then the cheap passes that fit the frame's
    budget, each frame starting where the last one stopped. Keeps what each pass costs on this camera and machine.
    Not thread-safe: one frame at a time (the desk decodes one frame at a time)."""

    def __init__(self, budget: float = LIVE_BUDGET, clock: Callable[[], float] = time.perf_counter) -> None:
        self.budget = budget
        self.clock = clock
        self._next = 0
        self._cost: dict[tuple[str, str], float] = {}

    def _expected(self, transform: str, binarizer: str) -> float:
        return self._cost.get((transform, binarizer), self.budget / 4)

    def _spent(self, transform: str, binarizer: str, seconds: float) -> None:
        key = (transform, binarizer)
        self._cost[key] = seconds if key not in self._cost else 0.7 * self._cost[key] + 0.3 * seconds
        self._next = (LIVE_PASSES.index(key) + 1) % len(LIVE_PASSES)

    def decode(self, data: bytes | bytearray | memoryview, width: int, height: int, stride: int = 0) -> list[str]:
        start = self.clock()
        raw = bytes(data)
        found = _texts(zxingcpp.ImageView(raw, width, height, zxingcpp.ImageFormat.Lum, stride or width))
        if found:
            return found
        gray = _gray_image(raw, width, height, stride)
        return passes(gray, LIVE_PASSES, start + self.budget, self._next, self._expected, self._spent, self.clock)
