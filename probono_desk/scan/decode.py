"""QR decoding with zxing-cpp, on grayscale pixels only.

Camera frames arrive in whatever format the platform delivers (some give premultiplied RGBA, which zxing-cpp
refuses), so the faces convert to 8-bit grayscale first and hand plain bytes here. Photos of badges (tilted,
blurred, dim, huge) get a few more tries: downscaled, contrast stretched, sharpened, rotated.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import zxingcpp
from PIL import Image, ImageFilter, ImageOps


def _qr_only() -> zxingcpp.BarcodeFormats:
    # built per call: a module-level nanobind object is reported as "leaked" at interpreter exit
    return zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


def decode_gray(data: bytes | bytearray | memoryview, width: int, height: int, stride: int = 0) -> list[str]:
    """Texts of the QR codes in an 8-bit grayscale image (``stride`` bytes per row, 0 = ``width``)."""
    view = zxingcpp.ImageView(bytes(data), width, height, zxingcpp.ImageFormat.Lum, stride or width)
    return [r.text for r in zxingcpp.read_barcodes(view, formats=_qr_only()) if r.valid and r.text]


def decode_pil(image: Image.Image, *, try_harder: bool = True) -> list[str]:
    gray = image.convert("L")
    found = _read(gray)
    if found or not try_harder:
        return found
    for variant in _variants(gray):
        found = _read(variant)
        if found:
            return found
    return []


def decode_file(path: str | Path) -> list[str]:
    """Texts of the QR codes in a photo or scan; [] when none (or the file is not an image)."""
    try:
        with Image.open(path) as opened:
            image = ImageOps.exif_transpose(opened) or opened
            image.load()
            return decode_pil(image)
    except (OSError, ValueError, Image.DecompressionBombError):
        return []


def _read(gray: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(gray, formats=_qr_only()) if r.valid and r.text]


def _variants(gray: Image.Image) -> Iterator[Image.Image]:
    """Harder tries, cheapest first: smaller (blur and noise shrink away), contrast stretched (dim light),
    sharpened, binarised, and rotated by 45° (zxing-cpp tries the right angles itself)."""
    sizes = [s for s in (1600, 1000, 640, 400) if s < max(gray.size)]
    bases = [gray] + [_shrink(gray, s) for s in sizes]
    for base in bases:
        stretched = ImageOps.autocontrast(base, cutoff=1)
        yield stretched
        yield ImageOps.equalize(base)
        yield stretched.filter(ImageFilter.UnsharpMask(radius=2, percent=200, threshold=2))
        yield stretched.point(lambda v: 255 if v > 128 else 0)
    for base in bases[:2]:
        for angle in (45, -45, 20, -20):
            yield ImageOps.autocontrast(base.rotate(angle, expand=True, fillcolor=255), cutoff=1)


def _shrink(gray: Image.Image, longest: int) -> Image.Image:
    scale = longest / max(gray.size)
    return gray.resize((max(1, int(gray.width * scale)), max(1, int(gray.height * scale))), Image.Resampling.LANCZOS)
