"""Table signs: one A4 landscape page per structure, its table label and name readable from the back of the room.

Sizes: letters read from 10 m need a cap height of about 3 cm. The table label is set at up to 220 pt (cap height
≈ 5.6 cm), the structure's name at up to 120 pt and never below 64 pt (cap height ≈ 1.6 cm, the floor for a very
long name on two or three lines)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm

from probono_desk.core.documents import long_date
from probono_desk.core.i18n import translate
from probono_desk.core.models import EventInfo, Structure
from probono_desk.output.pdf import (
    FONT,
    FONT_BOLD,
    INK,
    PAGE_LANDSCAPE,
    ellipsize,
    fit_text,
    hex_colour,
    new_canvas,
    text_on,
    whole,
    width_of,
)

Progress = Callable[[int, int], None]
LABEL_MAX, NAME_MAX, NAME_MIN = 220.0, 120.0, 64.0
SIDE = 12 * mm
BAND_TOP, BAND_BOTTOM = 16 * mm, 20 * mm


def _fits(lines: list[str], size: float, width: float, height: float, leading: float) -> bool:
    return len(lines) * size * leading <= height and all(width_of(x, FONT_BOLD, size) <= width for x in lines)


def sign_sizes(structure: Structure, width: float = PAGE_LANDSCAPE[0] - 2 * SIDE) -> dict[str, Any]:
    """The fitted sizes and lines of one sign. The label gives up room before the name goes below NAME_MIN;
    a name too long even then is set smaller rather than run off the page."""
    label_text = translate("table_signs", "Table {table}").format(table=structure.table_label or "–")
    label_text = ellipsize(label_text, FONT_BOLD, 48, width)  # a table label is a short tag: a long one is cut
    room = PAGE_LANDSCAPE[1] - BAND_TOP - BAND_BOTTOM - 22 * mm  # between the bands, less the gaps
    best: dict[str, Any] | None = None
    for label_max in (LABEL_MAX, 180.0, 150.0, 120.0, 96.0, 72.0):
        label_size, _ = fit_text(label_text, FONT_BOLD, width, 90 * mm, max_size=label_max, min_size=48, max_lines=1)
        name_room = room - label_size * 0.95
        name_size, name_lines = fit_text(
            structure.name, FONT_BOLD, width, name_room, max_size=NAME_MAX, min_size=NAME_MIN, max_lines=5, leading=1.08
        )
        if not _fits(name_lines, name_size, width, name_room, 1.08) or not whole(structure.name, name_lines):
            continue  # cut with "…" at this size: try a smaller label, then smaller type, before cutting
        found = {"label": label_text, "label_size": label_size, "name_size": name_size, "name_lines": name_lines}
        if best is None or name_size > best["name_size"]:
            best = found
        if name_size >= 96:
            break
    if best is None:  # longer than any sign should carry: smaller type, never off the page
        label_size, _ = fit_text(label_text, FONT_BOLD, width, 90 * mm, max_size=96.0, min_size=48, max_lines=1)
        name_room = room - label_size * 0.95
        name_size, name_lines = fit_text(
            structure.name, FONT_BOLD, width, name_room, max_size=NAME_MIN, min_size=24, max_lines=8, leading=1.08
        )
        best = {"label": label_text, "label_size": label_size, "name_size": name_size, "name_lines": name_lines}
    return best


def draw_sign(canvas: Any, info: EventInfo, structure: Structure) -> None:
    page_w, page_h = PAGE_LANDSCAPE
    colour = hex_colour(structure.colour)
    ink = text_on(colour)
    sizes = sign_sizes(structure)
    # bands, top and bottom, in the team's colour
    canvas.setFillColor(colour)
    canvas.rect(0, page_h - BAND_TOP, page_w, BAND_TOP, stroke=0, fill=1)
    canvas.rect(0, 0, page_w, BAND_BOTTOM, stroke=0, fill=1)
    canvas.setFillColor(ink)
    canvas.setFont(FONT, 13)
    date_text = long_date(info.date)
    room = page_w - 2 * SIDE - width_of(date_text, FONT, 13) - 10 * mm
    canvas.drawString(SIDE, page_h - BAND_TOP + 5.5 * mm, ellipsize(" ".join(info.name.split()), FONT, 13, room))
    canvas.drawRightString(page_w - SIDE, page_h - BAND_TOP + 5.5 * mm, date_text)
    footer = " ".join(" · ".join(x for x in (structure.city, structure.mission_theme) if x).split())
    if footer:
        size = 22.0
        while width_of(footer, FONT, size) > page_w - 2 * SIDE and size > 10:
            size -= 1
        footer = ellipsize(footer, FONT, size, page_w - 2 * SIDE)
        canvas.setFont(FONT, size)
        canvas.drawCentredString(page_w / 2, BAND_BOTTOM / 2 - size * 0.35, footer)
    # "Table N", huge, in the team's colour
    label_size = sizes["label_size"]
    label_base = page_h - BAND_TOP - 8 * mm - label_size * 0.76
    canvas.setFillColor(colour)
    canvas.setFont(FONT_BOLD, label_size)
    canvas.drawCentredString(page_w / 2, label_base, sizes["label"])
    # the structure's name, fitted, centred in the space left
    name_size, lines = sizes["name_size"], sizes["name_lines"]
    line_h = name_size * 1.08
    top = label_base - label_size * 0.28
    bottom = BAND_BOTTOM + 6 * mm
    block = len(lines) * line_h
    first_base = bottom + (top - bottom) / 2 + block / 2 - name_size * 0.8
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, name_size)
    for i, line in enumerate(lines):
        canvas.drawCentredString(page_w / 2, first_base - i * line_h, line)


def draw_table_signs(
    target: str | Path | Any,
    info: EventInfo,
    structures: Sequence[Structure],
    *,
    progress: Progress | None = None,
) -> int:
    canvas = new_canvas(
        target,
        pagesize=PAGE_LANDSCAPE,
        title=translate("table_signs", "Chevalets de table — {name}").format(name=info.name),
    )
    total = len(structures)
    for index, structure in enumerate(structures):
        draw_sign(canvas, info, structure)
        canvas.showPage()
        if progress is not None:
            progress(index + 1, total)
    if not structures:
        canvas.setFont(FONT_BOLD, 24)
        canvas.drawString(SIDE, PAGE_LANDSCAPE[1] / 2, translate("documents", "Aucune structure dans cet événement."))
        canvas.showPage()
    canvas.save()
    return total
