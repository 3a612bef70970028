"""The rundown: the day plan on one A4 page for the organisers, facilitators and the régie — phases with their
times, kinds and room messages, then the readout order with each team's slot."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, TableStyle

from probono_desk.core.schedule import PhaseKind, Plan, french_hm, minutes_text
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
)

KIND_COLOURS = {
    PhaseKind.PLENARY: "#1565c0",
    PhaseKind.TEAMWORK: "#2e7d32",
    PhaseKind.BREAK: "#9e9e9e",
    PhaseKind.READOUTS: "#e4003a",
}


def write_rundown(
    out: str | Path,
    *,
    title: str,
    subtitle: str,
    plan: Plan,
    expected: dict[str, tuple[datetime, datetime]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """``expected`` (phase id → expected start, end) adds an "attendu" column when the day runs late or early."""
    st = styles()
    doc = new_doc(Path(out), title=f"Déroulé — {title}", footer=f"{title} — déroulé")
    story: list = [
        Paragraph("Déroulé de la journée", st["title"]),
        Clamped(_escape(f"{title} · {subtitle}"), st["subtitle"], 3),
    ]
    expected = expected or {}
    shifted = any(
        p.id in expected and (expected[p.id][0].hour * 3600 + expected[p.id][0].minute * 60) != p.start
        for p in plan.phases
    )
    header = ["Début", "Fin", "Durée", "Phase", "Type"] + (["Attendu"] if shifted else [])
    rows: list[list] = [header]
    for p in plan.phases:
        cell = [Clamped(f"<b>{_escape(p.title)}</b>", st["cell"], 2)]
        if p.message:
            cell.append(Clamped(_escape(p.message), st["small"], 4))
        row = [french_hm(p.start), french_hm(p.end), minutes_text(p.duration), cell, p.kind.label]
        if shifted and p.id in expected:
            begin, finish = expected[p.id]
            row.append(f"{begin:%H}h{begin:%M} – {finish:%H}h{finish:%M}")
        rows.append(row)
    width = PAGE[0] - 2 * MARGIN
    fixed = [16 * mm, 16 * mm, 17 * mm, 0, 32 * mm] + ([30 * mm] if shifted else [])
    fixed[3] = width - sum(fixed)
    table = layout_table(rows, fixed, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
        ("FONT", (0, 1), (0, -1), FONT_BOLD, 11),
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
    story.append(table)

    readout = plan.readout_phase()
    r = plan.readouts
    if readout is not None and r.teams:
        story.append(Spacer(1, 6 * mm))
        story.append(Paragraph("Ordre de passage des restitutions", st["h2"]))
        story.append(
            Paragraph(
                f"Chaque équipe : {minutes_text(r.talk_s)} de présentation + {minutes_text(r.questions_s)} "
                f"de questions, à partir de {french_hm(readout.start)}.",
                st["body"],
            )
        )
        turns = [["", "Passage", "Équipe"]]
        for i, team in enumerate(r.teams):
            start = readout.start + i * r.slot_s
            turns.append([str(i + 1), f"{french_hm(start)} – {french_hm(start + r.slot_s)}", team.name])
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
        story.append(Spacer(1, 2 * mm))
        story.append(t)
    if progress is not None:
        progress(0, 1)
    doc.build(story)
    if progress is not None:
        progress(1, 1)


def _escape(text: str) -> str:
    return printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def french_date(iso_date: str) -> str:
    """'2019-12-05' → '5 décembre 2019'."""
    try:
        year, month, day = (int(x) for x in iso_date.split("-"))
        return f"{day} {_MONTHS[month - 1]} {year}"
    except (ValueError, IndexError):
        return iso_date
