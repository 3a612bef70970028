"""Where the text of a PDF lands: every run of text drawn, with its box, from pypdf's text positions.

Widths come from the shipped fonts' metrics (every document embeds DejaVu), so a run that starts on the page but
runs off its right edge is caught too."""

from __future__ import annotations

import logging
from pathlib import Path

from pypdf import PdfReader

from probono_desk.output.fonts import FONT, FONT_BOLD, FONT_MONO, width_of

logging.getLogger("pypdf").setLevel(logging.ERROR)  # emoji ToUnicode entries make pypdf warn, harmlessly


def text_outside_page(path: Path, tolerance: float = 1.0) -> list[tuple[int, float, float, float, str]]:
    """(page, x, y, width, text) of every run of text not wholly inside its page's box."""
    reader = PdfReader(str(path))
    outside: list[tuple[int, float, float, float, str]] = []
    for number, page in enumerate(reader.pages, start=1):
        page_w, page_h = float(page.mediabox.width), float(page.mediabox.height)

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            font: dict | None,
            size: float,
            n: int = number,
            page_w: float = page_w,
            page_h: float = page_h,
        ) -> None:
            text = text.strip("\r\n")
            if not text.strip():
                return
            a, b, _c, _d, e, f = tm
            ca, cb, cc, cd, ce, cf = cm
            x = e * ca + f * cc + ce
            y = e * cb + f * cd + cf
            scale = a * ca + b * cc
            name = str((font or {}).get("/BaseFont", ""))
            face = FONT_BOLD if "Bold" in name else FONT_MONO if "Mono" in name else FONT
            width = width_of(text, face, size) * scale
            low, high = min(x, x + width), max(x, x + width)
            if low < -tolerance or high > page_w + tolerance or not -tolerance <= y <= page_h + tolerance:
                outside.append((n, round(x, 1), round(y, 1), round(width, 1), text[:60]))

        page.extract_text(visitor_text=visit)
    return outside
