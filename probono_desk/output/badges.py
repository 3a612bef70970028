"""Name badges on A4 sheets: eight per page (95 × 68 mm, 2 × 4), cut lines in light grey.

Each badge: the event's name, the first name in big type, the last name, the organisation, the QR code, the code in
short groups for typing by hand, and a band in the team's colour with its table and structure once teams exist.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from probono_desk.core.codes import format_code, qr_payload
from probono_desk.output.pdf import (
    FONT,
    FONT_BOLD,
    FONT_MONO,
    INK,
    MUTED,
    PAGE,
    ellipsize,
    flat,
    hex_colour,
    new_canvas,
)
from probono_desk.output.qr import draw_qr

BADGE_W = 95 * mm
BADGE_H = 68 * mm
COLUMNS = 2
ROWS = 4
PER_PAGE = COLUMNS * ROWS
PAD = 5 * mm
QR_SIZE = 32 * mm
BAND_H = 11 * mm


@dataclass(frozen=True)
class Badge:
    first_name: str
    last_name: str
    organisation: str
    code: str
    team: str = ""
    table: str = ""
    colour: str = ""


@dataclass(frozen=True)
class BadgeTexts:
    """The words printed on every badge (French by default; the service passes translated ones)."""

    event: str
    table: str = "Table {table}"
    no_team: str = "Équipe : à l'accueil"
    code: str = "Code : {code}"  # French puts a space before the colon, English does not


def fit(text: str, font: str, size: float, smallest: float, width: float) -> tuple[str, float]:
    """The largest size from ``size`` down to ``smallest`` at which ``text`` fits ``width``; cut with '…' if even
    the smallest is too wide."""
    text = flat(text)
    current = size
    while current > smallest and stringWidth(text, font, current) > width:
        current -= 0.5
    return ellipsize(text, font, current, width), current


def draw_badge(canvas: Canvas, badge: Badge, x: float, y: float, texts: BadgeTexts) -> None:
    """One badge with its lower-left corner at (x, y)."""
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#c8c8c8"))
    canvas.setLineWidth(0.4)
    canvas.setDash(2, 2)
    canvas.rect(x, y, BADGE_W, BADGE_H, stroke=1, fill=0)
    canvas.setDash()

    top = y + BADGE_H - PAD
    text_w = BADGE_W - 2 * PAD - QR_SIZE - 2 * mm
    left = x + PAD

    event, size = fit(texts.event, FONT, 7, 6, BADGE_W - 2 * PAD)
    canvas.setFont(FONT, size)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, top - 7, event)

    first, size = fit(badge.first_name, FONT_BOLD, 28, 14, text_w)
    canvas.setFont(FONT_BOLD, size)
    canvas.setFillColor(INK)
    canvas.drawString(left, top - 9 - size, first)
    line = top - 9 - size - 6

    last, size = fit(badge.last_name, FONT, 15, 9, text_w)
    canvas.setFont(FONT, size)
    canvas.drawString(left, line - size, last)
    line -= size + 5

    if badge.organisation:
        org, size = fit(badge.organisation, FONT, 9.5, 7, text_w)
        canvas.setFont(FONT, size)
        canvas.setFillColor(MUTED)
        canvas.drawString(left, line - size, org)

    qr_x = x + BADGE_W - PAD - QR_SIZE + 2 * mm  # the quiet zone may sit in the padding
    qr_y = y + BAND_H + 6 * mm
    draw_qr(canvas, qr_payload(badge.code), qr_x, qr_y, QR_SIZE)

    canvas.setFont(FONT_MONO, 9)
    canvas.setFillColor(INK)
    label = texts.code.format(code=format_code(badge.code))
    canvas.drawString(left, y + BAND_H + 2.2 * mm, label)

    if badge.team:
        canvas.setFillColor(hex_colour(badge.colour))
        canvas.rect(x, y, BADGE_W, BAND_H, stroke=0, fill=1)
        band = (texts.table.format(table=badge.table) + " — " if badge.table else "") + badge.team
        band, size = fit(band, FONT_BOLD, 12, 8, BADGE_W - 2 * PAD)
        canvas.setFont(FONT_BOLD, size)
        canvas.setFillColor(colors.white)
    else:
        canvas.setFillColor(colors.HexColor("#eeeeee"))
        canvas.rect(x, y, BADGE_W, BAND_H, stroke=0, fill=1)
        band, size = fit(texts.no_team, FONT, 10, 8, BADGE_W - 2 * PAD)
        canvas.setFont(FONT, size)
        canvas.setFillColor(MUTED)
    canvas.drawString(left, y + (BAND_H - size) / 2 + 1, band)
    canvas.restoreState()


def badge_origin(index: int) -> tuple[float, float]:
    """Lower-left corner of the badge at ``index`` on its page (left to right, top to bottom)."""
    slot = index % PER_PAGE
    col, row = slot % COLUMNS, slot // COLUMNS
    margin_x = (PAGE[0] - COLUMNS * BADGE_W) / 2
    margin_y = (PAGE[1] - ROWS * BADGE_H) / 2
    return margin_x + col * BADGE_W, PAGE[1] - margin_y - (row + 1) * BADGE_H


def write_badges(
    out: str | Path,
    badges: Sequence[Badge],
    texts: BadgeTexts,
    *,
    title: str = "Badges",
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    canvas = new_canvas(Path(out), title=title)
    total = len(badges)
    for index, badge in enumerate(badges):
        if index and index % PER_PAGE == 0:
            canvas.showPage()
        draw_badge(canvas, badge, *badge_origin(index), texts)
        if progress is not None:
            progress(index + 1, total)
    if not badges:
        canvas.setFont(FONT, 12)
        canvas.drawString(20 * mm, PAGE[1] - 30 * mm, "—")
    canvas.showPage()
    canvas.save()
    return Path(out)
