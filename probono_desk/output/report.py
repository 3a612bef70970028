"""The event's report (bilan): attendance overall, per team and per situation with two charts; per structure its
deliverable and Trail pair; the evaluation results.

Deliverables and evaluations come in as plain dicts, so the report is drawn from whatever exists:
- deliverables: ``{"structure_id", "summary", "status", "trail": [names]}`` (any key may be missing);
- evaluations: ``{"question", "average", "scale" (default 5), "answers"}``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from probono_desk.core.documents import Attendance, attendance, decimal, long_date, situation_label
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.models import EventInfo, Situation, Structure, Volunteer
from probono_desk.output.flowables import progress_marks
from probono_desk.output.pdf import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    LINE,
    MUTED,
    Band,
    grid_table,
    hex_colour,
    layout_table,
    new_doc,
    new_drawing,
    para,
    rich,
    style,
    styles,
    tint,
)

Progress = Callable[[int, int], None]
REGISTERED_COLOUR = colors.HexColor("#b0bec5")
UNASSIGNED = QT_TRANSLATE_NOOP("report", "Sans équipe")


class Group(NamedTuple):
    """One line of the presence per team: a structure's team, or the people in none (``nobody``)."""

    label: str
    name: str
    people: list[Volunteer]
    nobody: bool


def key_figures(total: Attendance, width: float) -> Any:
    big = style("kf", 26, bold=True, leading=30, align=1)
    small = style("kfs", 9, colour=MUTED, align=1)
    cells = [
        (total.registered, translate("report", "inscrit·es")),
        (total.present, translate("report", "présent·es")),
        (total.walk_ins, translate("report", "venu·es sans inscription")),
        (total.no_shows, translate("report", "absent·es (inscrit·es)")),
    ]
    row = [[para(str(n), big), para(label, small)] for n, label in cells]
    return layout_table(
        [row],
        [width / 4] * 4,
        [
            ("BACKGROUND", (0, 0), (-1, -1), tint(ACCENT, 0.94)),
            ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ],
    )


def _chart_labels(chart: Any, size: float = 8) -> None:
    """reportlab.graphics labels start on Helvetica: every label of a chart is pointed at our font."""
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = size
        axis.strokeColor = LINE
    chart.valueAxis.gridStrokeColor = LINE
    chart.valueAxis.visibleGrid = True
    chart.barLabels.fontName = FONT_BOLD
    chart.barLabels.fontSize = size


def attendance_chart(rows: Sequence[tuple[str, int, int]], width: float) -> Drawing:
    """Grouped bars per team: registered (grey) beside present (team colour kept simple: the accent)."""
    height = 62 * mm
    drawing = new_drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 14 * mm
    chart.width, chart.height = width - 16 * mm, height - 24 * mm
    chart.data = [[r[1] for r in rows], [r[2] for r in rows]]
    chart.categoryAxis.categoryNames = [r[0] for r in rows]
    chart.valueAxis.valueMin = 0
    top = max([1, *chart.data[0], *chart.data[1]])
    chart.valueAxis.valueMax = top + 1
    chart.valueAxis.valueStep = max(1, round(top / 5))
    chart.bars[0].fillColor = REGISTERED_COLOUR
    chart.bars[1].fillColor = ACCENT
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 8
    _chart_labels(chart)
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 6
    drawing.add(chart)
    legend = Legend()
    legend.fontName, legend.fontSize = FONT, 8
    legend.x, legend.y = width - 60 * mm, height - 3 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 28 * mm
    legend.colorNamePairs = [
        (REGISTERED_COLOUR, translate("report", "équipe au complet")),
        (ACCENT, translate("report", "présent·es")),
    ]
    drawing.add(legend)
    return drawing


def situation_chart(rows: Sequence[tuple[str, int, int]], width: float) -> Drawing:
    """Horizontal bars: present people per situation."""
    bar_h = 7 * mm
    height = len(rows) * bar_h + 16 * mm
    drawing = new_drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 45 * mm, 6 * mm
    chart.width, chart.height = width - 55 * mm, len(rows) * bar_h
    chart.data = [[r[2] for r in rows]]
    chart.categoryAxis.categoryNames = [r[0] for r in rows]
    chart.categoryAxis.reverseDirection = True
    chart.valueAxis.valueMin = 0
    top = max([1, *chart.data[0]])
    chart.valueAxis.valueMax = top + 1
    chart.valueAxis.valueStep = max(1, round(top / 5))
    chart.bars[0].fillColor = ACCENT
    chart.bars.strokeColor = None
    _chart_labels(chart)
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 6
    drawing.add(chart)
    title = translate("report", "Présent·es par situation")
    drawing.add(String(0, height - 8, title, fontName=FONT_BOLD, fontSize=10, fillColor=INK))
    return drawing


def _structure_facts(
    structure: Structure, members: Sequence[Volunteer], present: set[str], deliverable: dict[str, Any]
) -> list[tuple[str, str, bool]]:
    """The structure's lines (label, text, dimmed when nothing is known yet): mission, deliverable, Trail, team."""
    figures = attendance(members, present)
    trail = [str(n) for n in deliverable.get("trail") or [] if str(n).strip()]
    summary = str(deliverable.get("summary") or "").strip()
    status = str(deliverable.get("status") or "").strip()
    team = (
        translate("report", "{n} bénévole") if len(members) <= 1 else translate("report", "{n} bénévoles")
    ).format(n=len(members))
    here = (
        translate("report", "{n} présent·e") if figures.present <= 1 else translate("report", "{n} présent·es")
    ).format(n=figures.present)
    referent = translate("report", "référent·e : {name}").format(name=structure.referent_name or "—")
    return [
        (
            translate("report", "Mission"),
            " — ".join(x for x in (structure.mission_theme, structure.problem) if x) or "—",
            False,
        ),
        (translate("report", "Livrable attendu"), structure.expected_deliverable or "—", False),
        (translate("report", "Livrable remis"), summary or translate("report", "pas encore renseigné"), not summary),
        (translate("report", "État"), status or "—", not status),
        (
            translate("report", "Trail"),
            ", ".join(trail) if trail else translate("report", "pas encore désigné"),
            not trail,
        ),
        (translate("report", "Équipe"), f"{team}, {here} · {referent}", False),
    ]


def structure_section(
    structure: Structure, members: Sequence[Volunteer], present: set[str], deliverable: dict[str, Any], width: float
) -> list[Any]:
    colour = hex_colour(structure.colour)
    label = style("rl", 8, colour=MUTED)
    value = style("rv", 9.5, leading=12)
    muted = style("rm", 9.5, colour=MUTED, leading=12)
    rows = _structure_facts(structure, members, present, deliverable)
    table = layout_table(
        [[para(k.upper(), label), para(v, muted if dim else value)] for k, v, dim in rows],
        [34 * mm, width - 34 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, LINE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )
    return [
        CondPageBreak(60 * mm),
        KeepTogether(
            [
                Band(
                    structure.name,
                    colour=colour,
                    subtitle=" · ".join(x for x in (structure.city, structure.legal_form) if x),
                    badge=structure.table_label or "–",
                    height=17 * mm,
                ),
                Spacer(1, 2 * mm),
                table,
                Spacer(1, 5 * mm),
            ]
        ),
    ]


def evaluations_block(evaluations: Sequence[dict[str, Any]], width: float) -> list[Any]:
    st = styles()
    items: list[Any] = [para(translate("report", "Évaluations"), st["h2"])]
    if not evaluations:
        items.append(para(translate("report", "Aucune évaluation enregistrée."), style("none", 10, colour=MUTED)))
        return items
    rows: list[list[Any]] = [
        [translate("report", "Question"), translate("report", "Moyenne"), translate("report", "Réponses")]
    ]
    for ev in evaluations:
        scale = ev.get("scale") or 5
        average = ev.get("average")
        shown = "—" if average is None else f"{decimal(float(average))} / {scale}"
        rows.append([para(str(ev.get("question") or "—"), style("eq", 9)), shown, str(ev.get("answers") or 0)])
    items.append(grid_table(rows, [width - 60 * mm, 32 * mm, 28 * mm], header_colour=ACCENT, numbers_from=1))
    return items


def _opening(info: EventInfo, total: Attendance, structure_count: int, width: float) -> list[Any]:
    """The title band, the four key figures and the attendance rate."""
    where = f" · {info.venue}" if info.venue else ""
    return [
        Band(
            translate("report", "Bilan — {name}").format(name=info.name),
            colour=ACCENT,
            subtitle=f"{long_date(info.date)}{where}",
        ),
        Spacer(1, 5 * mm),
        key_figures(total, width),
        Spacer(1, 2 * mm),
        rich(
            (
                translate("report", "Taux de présence des inscrit·es : <b>{rate} %</b> · {n} structure accompagnée.")
                if structure_count <= 1
                else translate(
                    "report", "Taux de présence des inscrit·es : <b>{rate} %</b> · {n} structures accompagnées."
                )
            ).format(rate=round(total.rate * 100), n=structure_count),
            style("rate", 10, colour=MUTED),
        ),
    ]


def _team_groups(
    structures: Sequence[Structure], volunteers: Sequence[Volunteer]
) -> tuple[dict[str, list[Volunteer]], list[Group]]:
    """Each structure's members, and the teams in table order (label, name, people, nobody's team), the people in
    no known team last."""
    members: dict[str, list[Volunteer]] = {s.id: [] for s in structures}
    unassigned: list[Volunteer] = []
    for v in volunteers:
        (members[v.structure_id] if v.structure_id in members else unassigned).append(v)
    groups = [Group(s.table_label or "–", s.name, members[s.id], False) for s in structures]
    if unassigned:
        groups.append(Group("–", translate("report", UNASSIGNED), unassigned, True))
    return members, groups


def _team_block(
    groups: Sequence[Group], everyone: int, present: set[str], total: Attendance, width: float
) -> list[Any]:
    """Presence per team: the table with its total line, then the chart."""
    team_rows: list[list[Any]] = [
        [
            translate("report", "Table"),
            translate("report", "Structure"),
            translate("report", "Équipe"),
            translate("report", "Présent·es"),
            translate("report", "Sans inscription"),
            translate("report", "Absent·es"),
        ]
    ]
    chart_rows: list[tuple[str, int, int]] = []
    for label, name, people, nobody in groups:
        a = attendance(people, present)
        team_rows.append([label, para(name, style("tn", 9)), len(people), a.present, a.walk_ins, a.no_shows])
        chart_rows.append((translate("report", "sans") if nobody else f"{label}", len(people), a.present))
    team_rows.append(["", translate("report", "Total"), everyone, total.present, total.walk_ins, total.no_shows])
    items: list[Any] = [
        para(translate("report", "Présence par équipe"), styles()["h2"]),
        grid_table(
            team_rows,
            [14 * mm, width - 14 * mm - 4 * 24 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm],
            header_colour=INK,
            numbers_from=2,
            extra=[("FONT", (0, -1), (-1, -1), FONT_BOLD, 9)],
        ),
        Spacer(1, 4 * mm),
    ]
    if chart_rows:
        items.append(attendance_chart(chart_rows, width))
    return items


def _situation_block(volunteers: Sequence[Volunteer], present: set[str], total: Attendance, width: float) -> list[Any]:
    """Presence per situation (employee, student…, then none given): the table, then the chart."""
    situations: list[tuple[str, int, int]] = []
    keys: list[Situation | None] = [*Situation, None]
    for sit in keys:
        people = [v for v in volunteers if v.situation == sit]
        if people:
            situations.append((situation_label(sit), len(people), attendance(people, present).present))
    sit_rows: list[list[Any]] = [
        [
            translate("report", "Situation"),
            translate("report", "Bénévoles"),
            translate("report", "Présent·es"),
            translate("report", "Part des présent·es"),
        ]
    ]
    for label, count, here in situations:
        share = f"{round(100 * here / total.present)} %" if total.present else "—"
        sit_rows.append([label, count, here, share])
    items: list[Any] = [
        CondPageBreak(70 * mm),
        para(translate("report", "Présence par situation"), styles()["h2"]),
        grid_table(
            sit_rows,
            [width - 3 * 36 * mm, 36 * mm, 36 * mm, 36 * mm],
            header_colour=INK,
            numbers_from=1,
        ),
        Spacer(1, 4 * mm),
    ]
    if situations:
        items.append(situation_chart(situations, width))
    return items


def draw_report(
    target: str | Path | Any,
    info: EventInfo,
    structures: Sequence[Structure],
    volunteers: Sequence[Volunteer],
    present: set[str],
    *,
    deliverables: Sequence[dict[str, Any]] = (),
    evaluations: Sequence[dict[str, Any]] = (),
    progress: Progress | None = None,
) -> Attendance:
    """Write the report; returns the overall attendance it states."""
    doc = new_doc(
        target,
        title=translate("report", "Bilan — {name}").format(name=info.name),
        footer=translate("report", "{name} · bilan").format(name=info.name),
    )
    width = doc.width
    total = attendance(volunteers, present)
    step = progress_marks(progress, 4 + len(structures))
    members, groups = _team_groups(structures, volunteers)
    story: list[Any] = [*_opening(info, total, len(structures), width), step()]
    story += [*_team_block(groups, len(volunteers), present, total, width), step()]
    story += [*_situation_block(volunteers, present, total, width), step()]

    by_structure = {str(d.get("structure_id")): d for d in deliverables}
    story += [
        CondPageBreak(80 * mm),
        para(translate("report", "Les structures : livrables et Trail"), styles()["h2"]),
        Spacer(1, 2 * mm),
    ]
    for s in structures:
        story += structure_section(s, members[s.id], present, by_structure.get(s.id, {}), width)
        story.append(step())

    story += evaluations_block(evaluations, width)
    story.append(step())
    doc.build(story)
    return total
