"""Sign-in sheets (feuilles d'émargement): one page per team and per half-day, signed by each volunteer and by the
referent — the proof a company keeps for skills-based sponsorship (mécénat de compétences)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from probono_desk.core.documents import DayPlanRow, HalfDay, french_duration, half_days, long_date
from probono_desk.core.i18n import translate
from probono_desk.core.models import EventInfo, Structure, Volunteer
from probono_desk.output.pdf import (
    LINE,
    MUTED,
    Band,
    OnDraw,
    WriteInBox,
    grid_table,
    hex_colour,
    layout_table,
    new_doc,
    para,
    rich,
    style,
    styles,
    tint,
)

Progress = Callable[[int, int], None]
BLANK_ROWS = 3  # for the walk-ins and late changes, written by hand
ROW_HEIGHT = 11 * mm


def details_block(info: EventInfo, structure: Structure, half: HalfDay, width: float, colour: Any) -> Any:
    label = style("sl", 8, colour=MUTED)
    value = style("sv", 10, bold=True, leading=12)
    cells = [
        (translate("sign_in", "Événement"), info.name),
        (translate("sign_in", "Date"), long_date(info.date)),
        (translate("sign_in", "Lieu"), info.venue or "—"),
        (
            translate("sign_in", "Structure accompagnée"),
            structure.name + (f" ({structure.city})" if structure.city else ""),
        ),
        (translate("sign_in", "Demi-journée"), f"{half.label} · {half.span} · {french_duration(half.minutes)}"),
        (translate("sign_in", "Référent·e"), structure.referent_name or "—"),
    ]
    rows = []
    for i in range(0, len(cells), 2):
        row: list[Any] = []
        for caption, text in cells[i : i + 2]:
            row.append([para(caption.upper(), label, max_lines=1), para(text, value, max_lines=3)])
        rows.append(row)
    return layout_table(
        rows,
        [width / 2, width / 2],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, -1), tint(colour, 0.92)),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )


def signature_table(members: Sequence[Volunteer], half: HalfDay, width: float, colour: Any) -> Any:
    cell = style("sc", 9, leading=11)
    muted = style("sm", 8, colour=MUTED, leading=10)
    widths = [9 * mm, 52 * mm, 42 * mm, 27 * mm]
    widths.append(width - sum(widths))
    rows: list[list[Any]] = [
        [
            translate("sign_in", "N°"),
            translate("sign_in", "Nom et prénom"),
            translate("sign_in", "Organisation"),
            translate("sign_in", "Horaires"),
            translate("sign_in", "Signature"),
        ]
    ]
    for number, v in enumerate(members, start=1):
        rows.append(
            [
                str(number),
                rich(f"<b>{escape(v.last_name.upper())}</b> {escape(v.first_name)}", cell),
                para(v.organisation or "—", cell),
                para(half.span, muted),
                "",
            ]
        )
    for number in range(len(members) + 1, len(members) + BLANK_ROWS + 1):
        rows.append([str(number), "", "", para(half.span, muted), ""])
    return grid_table(
        rows,
        widths,
        header_colour=colour,
        zebra=False,
        row_height=ROW_HEIGHT,
        extra=[
            ("LINEAFTER", (0, 0), (-2, -1), 0.4, LINE),
            ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
        ],
    )


def sign_in_page(
    info: EventInfo, structure: Structure, members: Sequence[Volunteer], half: HalfDay, width: float
) -> list[Any]:
    colour = hex_colour(structure.colour)
    note = style("note", 8, colour=MUTED, leading=10)
    return [
        Band(
            translate("sign_in", "Feuille d'émargement — {half}").format(half=half.label.lower()),
            colour=colour,
            subtitle=f"{structure.name} · {long_date(info.date)}",
            badge=structure.table_label or "–",
        ),
        Spacer(1, 4 * mm),
        details_block(info, structure, half, width, colour),
        Spacer(1, 4 * mm),
        signature_table(members, half, width, colour),
        Spacer(1, 3 * mm),
        para(
            translate(
                "sign_in",
                "Chaque bénévole signe en personne. Cette feuille atteste du temps passé au titre du mécénat de "
                "compétences ; elle est conservée par l'organisateur et peut être communiquée à l'employeur.",
            ),
            note,
        ),
        Spacer(1, 4 * mm),
        KeepTogether(
            WriteInBox(
                translate("sign_in", "Visa du / de la référent·e")
                + (f" — {structure.referent_name}" if structure.referent_name else ""),
                note=translate("sign_in", "Je certifie l'exactitude des présences ci-dessus. Signature :"),
                height=24 * mm,
                colour=colour,
            )
        ),
    ]


def draw_sign_in(
    target: str | Path | Any,
    info: EventInfo,
    teams: Sequence[tuple[Structure, Sequence[Volunteer]]],
    plan: Sequence[DayPlanRow],
    *,
    progress: Progress | None = None,
) -> int:
    """Two pages per team (morning, afternoon); returns the number of sheets."""
    doc = new_doc(
        target,
        title=translate("sign_in", "Feuilles d'émargement — {name}").format(name=info.name),
        footer=translate("sign_in", "{name} · émargement").format(name=info.name),
    )
    story: list[Any] = []
    halves = half_days(plan)
    total = len(teams) * len(halves)
    done = 0
    for structure, members in teams:
        for half in halves:
            if done:
                story.append(PageBreak())
            story.extend(sign_in_page(info, structure, members, half, doc.width))
            done += 1
            if progress is not None:
                story.append(OnDraw(partial(progress, done, total)))
    if not teams:
        story.append(para(translate("documents", "Aucune structure dans cet événement."), styles()["title"]))
    doc.build(story)
    return total
