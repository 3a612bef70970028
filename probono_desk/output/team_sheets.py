"""Team sheets: one A4 page per structure for its referent — the mission, the day plan, the members, the Trail."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from probono_desk.core.documents import DayPlanRow, french_time, long_date, situation_label
from probono_desk.core.i18n import translate
from probono_desk.core.models import EventInfo, Structure, Volunteer
from probono_desk.core.trail import CONFIDENTIAL
from probono_desk.output.pdf import (
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

Team = tuple[Structure, list[Volunteer]]
Progress = Callable[[int, int], None]

PRESENT = "✓"
TO_TICK = "☐"


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def mission_block(structure: Structure, width: float, diagnostic: str = "") -> list[Any]:
    st = styles()
    label = style("label", 8, colour=MUTED, space_before=4)
    value = style("value", 10, leading=12.5)
    items: list[Any] = [para(translate("team_sheets", "La mission"), st["h2"])]
    fields = [  # (caption, text, most lines): the block shares one table row, which cannot break across pages
        (translate("team_sheets", "Thématique"), structure.mission_theme, 2),
        (translate("team_sheets", "Problématique"), structure.problem, 10),
        (translate("team_sheets", "Livrable attendu"), structure.expected_deliverable, 4),
        (translate("team_sheets", "Référent·e Pro Bono Lab"), structure.referent_name, 2),
        (
            translate("team_sheets", "Représentant·es de la structure"),
            ", ".join(r for r in (structure.representative_1, structure.representative_2) if r),
            3,
        ),
    ]
    for caption, text, lines in fields:
        items.append(para(caption.upper(), label, max_lines=1))
        items.append(para(text or "—", value, max_lines=lines))
    if diagnostic:  # the diagnostic it refers to is confidential, and the sheet says so
        mark = _esc(translate("trail", CONFIDENTIAL))
        items.append(para(translate("team_sheets", "Diagnostic").upper(), label, max_lines=1))
        items.append(rich(f"{_esc(diagnostic)} — <font color='#e4003a'><b>{mark}</b></font>", value, max_lines=3))
    return items


def plan_block(rows: Sequence[DayPlanRow], width: float, colour: Any) -> list[Any]:
    st = styles()
    items: list[Any] = [para(translate("team_sheets", "Programme de la journée"), st["h2"])]
    if not rows:
        items.append(
            para(
                translate("team_sheets", "Le programme est affiché au chrono de la salle."),
                style("muted", 9, colour=MUTED),
            )
        )
        return items
    cell = style("plan", 8, leading=9.5)
    data = [[para(f"{french_time(s)}–{french_time(e)}", cell), para(t, cell, max_lines=2)] for s, e, t in rows]
    table = layout_table(
        data,
        [24 * mm, width - 24 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("ROWBACKGROUNDS", (0, 0), (-1, -1), [tint(colour, 0.9), None]),
        ],
    )
    items.append(table)
    return items


def presence_mark(volunteer: Volunteer, present: set[str]) -> str:
    """Ticked when checked in; 'absent·e' once check-in has begun; an empty box to tick by hand before."""
    if volunteer.id in present:
        return PRESENT
    return translate("team_sheets", "absent·e") if present else TO_TICK


def members_table(members: Sequence[Volunteer], present: set[str], width: float, colour: Any) -> Any:
    cell = style("m", 8.5, leading=10.5)
    bold = style("mb", 11, bold=True, leading=11, colour=colour)
    muted = style("mm", 8, colour=MUTED, leading=10)
    widths = [21 * mm, 42 * mm, 36 * mm, 30 * mm]
    widths.append(width - sum(widths))
    rows: list[list[Any]] = [
        [
            translate("team_sheets", "Présent·e"),
            translate("team_sheets", "Nom"),
            translate("team_sheets", "Organisation"),
            translate("team_sheets", "Situation"),
            translate("team_sheets", "Compétences"),
        ]
    ]
    for v in members:
        name = f"<b>{_esc(v.last_name.upper())}</b> {_esc(v.first_name)}"
        if v.walk_in:
            on_site = translate("team_sheets", "(sur place)")
            name += f" <font size=7 color='#5f6368'>{_esc(on_site)}</font>"
        mark = presence_mark(v, present)
        rows.append(
            [
                para(mark, bold if v.id in present else (muted if present else cell)),
                rich(name, cell),
                para(v.organisation or "—", cell),
                para(situation_label(v.situation), cell),
                para(", ".join(v.skills) or "—", cell),
            ]
        )
    if not members:
        rows.append(
            ["", para(translate("team_sheets", "Aucun·e bénévole dans cette équipe pour l'instant."), muted), "", "", ""]
        )
    return grid_table(rows, widths, header_colour=colour, font_size=8.5)


def team_page(
    info: EventInfo,
    structure: Structure,
    members: Sequence[Volunteer],
    present: set[str],
    plan: Sequence[DayPlanRow],
    frame_width: float,
    diagnostic: str = "",
) -> list[Any]:
    colour = hex_colour(structure.colour)
    subtitle = " · ".join(x for x in (structure.city, structure.legal_form) if x)
    subtitle = f"{subtitle} — {long_date(info.date)}" if subtitle else long_date(info.date)
    left_w = frame_width * 0.58
    right_w = frame_width - left_w - 6 * mm
    top = layout_table(
        [[mission_block(structure, left_w, diagnostic), plan_block(plan, right_w, colour)]],
        [left_w + 6 * mm, right_w],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
        ],
    )
    count = len(members)
    here = sum(1 for v in members if v.id in present)
    heading = (
        translate("team_sheets", "L'équipe — {count} bénévole")
        if count == 1
        else translate("team_sheets", "L'équipe — {count} bénévoles")
    ).format(count=count)
    if present:
        heading += (
            translate("team_sheets", ", {here} présent·e")
            if here == 1
            else translate("team_sheets", ", {here} présent·es")
        ).format(here=here)
    return [
        Band(structure.name, colour=colour, subtitle=subtitle, badge=structure.table_label or "–"),
        Spacer(1, 3 * mm),
        top,
        para(heading, styles()["h2"]),
        members_table(members, present, frame_width, colour),
        Spacer(1, 5 * mm),
        KeepTogether(
            WriteInBox(
                translate("team_sheets", "Candidat·es au Trail"),
                note=translate("team_sheets", "2 ou 3 bénévoles qui poursuivent la mission 1 à 2 mois"),
                height=34 * mm,
                lines=3,
                colour=colour,
            )
        ),
    ]


def draw_team_sheets(
    target: str | Path | Any,
    info: EventInfo,
    teams: Sequence[tuple[Structure, Sequence[Volunteer]]],
    present: set[str],
    plan: Sequence[DayPlanRow],
    *,
    progress: Progress | None = None,
    diagnostics: Mapping[str, str] | None = None,
) -> int:
    """Write the team sheets to ``target``; returns the number of structures drawn."""
    doc = new_doc(
        target,
        title=translate("team_sheets", "Fiches équipes — {name}").format(name=info.name),
        footer=translate("team_sheets", "{name} · fiches équipes").format(name=info.name),
    )
    frame_width = doc.width
    story: list[Any] = []
    total = len(teams)
    for index, (structure, members) in enumerate(teams):
        if index:
            story.append(PageBreak())
        diagnostic = (diagnostics or {}).get(structure.id, "")
        story.extend(team_page(info, structure, members, present, plan, frame_width, diagnostic))
        if progress is not None:
            story.append(OnDraw(partial(progress, index + 1, total)))
    if not teams:
        story.append(para(translate("documents", "Aucune structure dans cet événement."), styles()["title"]))
    doc.build(story)
    return total
