"""The pieces drawn on the documents' pages: the band in a structure's colour at the top of a page (on a canvas, or
as a flowable), a box to write in by hand, a line to sign on, and a marker that reports progress when drawn."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from probono_desk.output.fit import ellipsize, fit_text
from probono_desk.output.fonts import FONT, FONT_BOLD
from probono_desk.output.palette import INK, LINE, MUTED, WHITE, text_on

# --- drawing on a canvas ----------------------------------------------------------------------------------------


def header_band(
    canvas: Canvas,
    *,
    x: float,
    y: float,
    width: float,
    height: float,
    colour: Any,
    title: str,
    subtitle: str = "",
    badge: str = "",
    badge_caption: str = "Table",
) -> None:
    """The band at the top of a page in the structure's colour: its name (fitted), a subtitle, and on the right
    a disc with the table label. ``y`` is the band's bottom edge."""
    canvas.saveState()
    ink = text_on(colour)
    canvas.setFillColor(colour)
    canvas.roundRect(x, y, width, height, 3 * mm, stroke=0, fill=1)
    pad = 5 * mm
    badge_d = height - 2 * 3 * mm if badge else 0.0
    text_w = width - 2 * pad - (badge_d + pad if badge else 0)
    title_h = height * (0.55 if subtitle else 0.8)
    size, lines = fit_text(title, FONT_BOLD, text_w, title_h, max_size=22, min_size=11, max_lines=2)
    canvas.setFillColor(ink)
    sub_size = min(11.0, height * 0.2)
    block = len(lines) * size * 1.1 + (sub_size * 1.5 if subtitle else 0)
    top = y + height / 2 + block / 2
    canvas.setFont(FONT_BOLD, size)
    for i, line in enumerate(lines):
        canvas.drawString(x + pad, top - size * 0.85 - i * size * 1.1, line)
    if subtitle:
        canvas.setFont(FONT, sub_size)
        sub = ellipsize(" ".join(subtitle.split()), FONT, sub_size, text_w)
        canvas.drawString(x + pad, top - len(lines) * size * 1.1 - sub_size * 1.2, sub)
    if badge:
        cx, cy = x + width - pad - badge_d / 2, y + height / 2
        canvas.setFillColor(WHITE if ink == WHITE else INK)
        canvas.circle(cx, cy, badge_d / 2, stroke=0, fill=1)
        canvas.setFillColor(colour if ink == WHITE else WHITE)
        cap = badge_d * 0.16
        canvas.setFont(FONT, cap)
        canvas.drawCentredString(cx, cy + badge_d * 0.17, ellipsize(badge_caption, FONT, cap, badge_d * 0.8))
        label_size, label = fit_text(
            badge, FONT_BOLD, badge_d * 0.7, badge_d * 0.45, max_size=badge_d * 0.42, max_lines=1, leading=1.0
        )
        canvas.setFont(FONT_BOLD, label_size)
        canvas.drawCentredString(cx, cy - badge_d * 0.3, label[0])
    canvas.restoreState()


# --- platypus pieces --------------------------------------------------------------------------------------------


class Band(Flowable):
    """``header_band`` as a flowable, full frame width."""

    def __init__(self, title: str, *, colour: Any, subtitle: str = "", badge: str = "", height: float = 24 * mm):
        super().__init__()
        self.title, self.colour, self.subtitle, self.badge, self.height = title, colour, subtitle, badge, height
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        header_band(
            self.canv,
            x=0,
            y=0,
            width=self.width,
            height=self.height,
            colour=self.colour,
            title=self.title,
            subtitle=self.subtitle,
            badge=self.badge,
        )


class WriteInBox(Flowable):
    """A framed box to write in by hand: a caption on top, ruled lines (or none) below."""

    def __init__(self, caption: str, *, height: float, lines: int = 0, note: str = "", colour: Any = MUTED):
        super().__init__()
        self.caption, self.height, self.lines, self.note, self.colour = caption, height, lines, note, colour
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.colour)
        c.setLineWidth(1)
        c.roundRect(0, 0, self.width, self.height, 2 * mm, stroke=1, fill=0)
        c.setFillColor(INK)
        c.setFont(FONT_BOLD, 10)
        c.drawString(4 * mm, self.height - 6 * mm, ellipsize(self.caption, FONT_BOLD, 10, self.width - 8 * mm))
        first = self.height - 9 * mm
        if self.note:
            c.setFont(FONT, 8)
            c.setFillColor(MUTED)
            c.drawString(4 * mm, self.height - 10.5 * mm, ellipsize(self.note, FONT, 8, self.width - 8 * mm))
            first = self.height - 13 * mm
        if self.lines:
            c.setStrokeColor(LINE)
            c.setLineWidth(0.5)
            c.setDash(1, 2)
            step = (first - 2 * mm) / self.lines
            for i in range(1, self.lines + 1):
                yy = first - i * step + step * 0.3
                c.line(4 * mm, yy, self.width - 4 * mm, yy)
        c.restoreState()


class SignatureLine(Flowable):
    """A line to sign on, right-aligned in the frame."""

    def __init__(self, length: float, *, align: str = "right") -> None:
        super().__init__()
        self.length, self.align_to = length, align
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        self.width = availWidth
        return availWidth, 2 * mm

    def draw(self) -> None:
        x = self.width - self.length if self.align_to == "right" else 0
        self.canv.saveState()
        self.canv.setStrokeColor(MUTED)
        self.canv.setLineWidth(0.6)
        self.canv.line(x, 1 * mm, x + self.length, 1 * mm)
        self.canv.restoreState()


class OnDraw(Flowable):
    """Zero-size marker that calls ``callback`` when the page holding it is drawn: progress reports that follow
    the real work of ``doc.build``."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback = callback

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        return 0, 0

    def draw(self) -> None:
        self.callback()


def progress_marks(progress: Callable[[int, int], None] | None, total: int) -> Callable[[], OnDraw]:
    """A maker of markers for a story in ``total`` steps: the n-th marker made reports (n, total) when drawn."""
    made = 0

    def mark() -> OnDraw:
        nonlocal made
        made += 1
        value = made
        return OnDraw(lambda: progress(value, total) if progress is not None else None)

    return mark
