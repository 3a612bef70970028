"""The rundown: the day plan on one A4 page for the organisers, facilitators and the régie — phases with their
times, kinds and room messages, then the readout order with each team's slot."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from probono_desk.core.documents import clock_time, long_date
from probono_desk.core.i18n import translate
from probono_desk.core.schedule import PhaseKind, Plan, minutes_text
from probono_desk.output.pdf import (
    FONT,
    FONT_BOLD,
    MARGIN,
    MUTED,
    PAGE,
    Clamped,
    layout_table,
    new_doc,
    printable,
    styles,
    width_of,
)

KIND_COLOURS = {
    PhaseKind.PLENARY: "#1565c0",
    PhaseKind.TEAMWORK: "#2e7d32",
    PhaseKind.BREAK: "#9e9e9e",
    PhaseKind.READOUTS: "#e4003a",
}


Expected = dict[str, tuple[datetime, datetime]]


def write_rundown(
    out: str | Path,
    *,
    title: str,
    subtitle: str,
    plan: Plan,
    expected: Expected | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """``expected`` (phase id → expected start, end) adds an "attendu" column when the day runs late or early."""
    st = styles()
    doc = new_doc(
        Path(out),
        title=translate("rundown", "Déroulé — {title}").format(title=title),
        footer=translate("rundown", "{title} — déroulé").format(title=title),
    )
    story: list = [
        Paragraph(translate("rundown", "Déroulé de la journée"), st["title"]),
        Clamped(_escape(f"{title} · {subtitle}"), st["subtitle"], 3),
    ]
    width = PAGE[0] - 2 * MARGIN
    story.append(_phases_table(plan, expected or {}, width))
    story += _readout_order(plan, width)
    if progress is not None:
        progress(0, 1)
    doc.build(story)
    if progress is not None:
        progress(1, 1)


def _phase_rows(plan: Plan, expected: Expected, *, shifted: bool) -> list[list]:
    """The header, then per phase: start, end, duration, title (and its room message), kind [, expected span]."""
    st = styles()
    header = [
        translate("rundown", "Début"),
        translate("rundown", "Fin"),
        translate("rundown", "Durée"),
        translate("rundown", "Phase"),
        translate("rundown", "Type"),
    ] + ([translate("rundown", "Attendu")] if shifted else [])
    rows: list[list] = [header]
    for p in plan.phases:
        cell = [Clamped(f"<b>{_escape(p.title)}</b>", st["cell"], 2)]
        if p.message:
            cell.append(Clamped(_escape(p.message), st["small"], 4))
        row = [clock_time(p.start), clock_time(p.end), minutes_text(p.duration), cell, p.kind.label]
        if shifted:
            begin, finish = expected.get(p.id, (None, None))
            row.append(f"{clock_time(_seconds(begin))} – {clock_time(_seconds(finish))}" if begin and finish else "")
        rows.append(row)
    return rows


def _phases_table(plan: Plan, expected: Expected, width: float) -> Table:
    """The phases, each marked in its kind's colour, breaks shaded; the expected column once the day has moved."""
    shifted = any(
        p.id in expected and (expected[p.id][0].hour * 3600 + expected[p.id][0].minute * 60) != p.start
        for p in plan.phases
    )
    rows = _phase_rows(plan, expected, shifted=shifted)
    fixed = column_widths(rows, shifted=shifted)
    fixed[3] = width - sum(fixed)
    table = layout_table(rows, fixed, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
        ("FONT", (0, 1), (0, -1), FONT_BOLD, TIME_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for i, p in enumerate(plan.phases, start=1):
        colour = colors.HexColor(KIND_COLOURS[p.kind])
        style.append(("TEXTCOLOR", (4, i), (4, i), colour))
        style.append(("LINEBEFORE", (0, i), (0, i), 3, colour))
        if p.kind is PhaseKind.BREAK:
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f3f3f3")))
    table.setStyle(TableStyle(style))
    return table


def _readout_order(plan: Plan, width: float) -> list:
    """The readouts' order with each team's slot; nothing without a readout phase or teams."""
    readout = plan.readout_phase()
    r = plan.readouts
    if readout is None or not r.teams:
        return []
    st = styles()
    story: list = [Spacer(1, 6 * mm), Paragraph(translate("rundown", "Ordre de passage des restitutions"), st["h2"])]
    story.append(
        Paragraph(
            translate(
                "rundown", "Chaque équipe : {talk} de présentation + {questions} de questions, à partir de {start}."
            ).format(talk=minutes_text(r.talk_s), questions=minutes_text(r.questions_s), start=clock_time(readout.start)),
            st["body"],
        )
    )
    turns = [["", translate("rundown", "Passage"), translate("rundown", "Équipe")]]
    for i, team in enumerate(r.teams):
        start = readout.start + i * r.slot_s
        turns.append([str(i + 1), f"{clock_time(start)} – {clock_time(start + r.slot_s)}", team.name])
    t = layout_table(turns, [10 * mm, 34 * mm, width - 44 * mm], max_lines=2, font_size=10)
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 10),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
            ]
        )
    )
    story += [Spacer(1, 2 * mm), t]
    return story


TIME_SIZE = 11  # the start column is set in bold at this size; the others in the table's 9 pt
CELL_PADDING = 2 * 6 + 2 * mm  # reportlab's default left and right cell padding, plus a gap between two times


def column_widths(rows: list[list], *, shifted: bool) -> list[float]:
    """Start, end, duration, phase (filled by the caller), kind [, expected]: each measured column as wide as its
    widest text in its font, so '10h15' never runs into '11h15' next to it."""

    def widest(col: int, font: str, size: float, floor: float) -> float:
        texts = [row[col] for row in rows[1:] if isinstance(row[col], str)]
        head = width_of(str(rows[0][col]), FONT_BOLD, 9)
        return max([floor, head, *(width_of(t, font, size) for t in texts)]) + CELL_PADDING

    widths = [
        widest(0, FONT_BOLD, TIME_SIZE, 10 * mm),
        widest(1, FONT, 9, 10 * mm),
        widest(2, FONT, 9, 10 * mm),
        0.0,
        widest(4, FONT, 9, 24 * mm),
    ]
    if shifted:
        widths.append(widest(5, FONT, 9, 20 * mm))
    return widths


def _seconds(moment: datetime) -> int:
    return moment.hour * 3600 + moment.minute * 60


def _escape(text: str) -> str:
    return printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def french_date(iso_date: str) -> str:
    """'2019-12-05' → '5 décembre 2019' (in the document's language)."""
    return long_date(iso_date)
