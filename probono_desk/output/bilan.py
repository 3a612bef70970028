"""The programme's bilan: across the structures, the volunteer hours given (the "mécénat de compétences" figure,
with the rule that counts them), the short-term and mid-term results with charts; then per structure its path in
dates, the diagnostic's needs, the deliverable, the recommendations done against planned, the Trail's sessions and
hours, and its satisfaction and impact results."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from probono_desk.core.documents import decimal, long_date
from probono_desk.core.evaluations import QuestionKind, QuestionResult
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.trail import RecoState
from probono_desk.core.trail_bilan import Bilan, StructureBilan
from probono_desk.core.trail_hours import hours_text
from probono_desk.output.bilan_charts import audience_label, grouped_chart, question_label, scale_chart
from probono_desk.output.flowables import progress_marks
from probono_desk.output.pdf import (
    ACCENT,
    FONT_BOLD,
    INK,
    LINE,
    MUTED,
    Band,
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
PLANNED_COLOUR = colors.HexColor("#b0bec5")
STATE_TEXT = {
    RecoState.TODO: QT_TRANSLATE_NOOP("bilan", "à lancer"),
    RecoState.DOING: QT_TRANSLATE_NOOP("bilan", "en cours"),
    RecoState.DONE: QT_TRANSLATE_NOOP("bilan", "fait"),
    RecoState.DROPPED: QT_TRANSLATE_NOOP("bilan", "abandonné"),
}


def _date(iso: str) -> str:
    return long_date(iso) if iso else "—"


def _short_date(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if len(iso) >= 10 else "—"


def _result(res: QuestionResult) -> str:
    if res.kind is QuestionKind.SCALE:
        return "—" if res.mean is None else f"{decimal(res.mean)} / {res.high}"
    if res.kind is QuestionKind.YES_NO:
        share = res.yes_share
        return "—" if share is None else translate("bilan", "{n} % oui").format(n=round(share * 100))
    return translate("bilan", "{n} réponse(s)").format(n=len(res.comments))


def key_figures(bilan: Bilan, width: float) -> Any:
    big = style("bk", 22, bold=True, leading=26, align=1, colour=ACCENT)
    small = style("bks", 8.5, colour=MUTED, align=1)
    done = sum(s.reco_count.done for s in bilan.structures)
    planned = sum(s.reco_count.planned for s in bilan.structures)
    cells = [
        (hours_text(bilan.hours.total_minutes), translate("bilan", "de mécénat de compétences")),
        (str(len(bilan.structures)), translate("bilan", "structures accompagnées")),
        (str(bilan.hours.sessions), translate("bilan", "séances de Trail")),
        (f"{done} / {planned}", translate("bilan", "recommandations mises en œuvre")),
    ]
    table = layout_table(
        [[para(v, big) for v, _ in cells], [para(t, small) for _, t in cells]],
        [width / len(cells)] * len(cells),
        [
            ("BOX", (0, 0), (-1, -1), 0.6, LINE),
            ("LINEAFTER", (0, 0), (-2, -1), 0.4, LINE),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
        ],
    )
    return table


def hours_block(bilan: Bilan, width: float) -> list[Any]:
    st = styles()
    h = bilan.hours
    rows: list[list[Any]] = [
        ["", translate("bilan", "Bénévoles"), translate("bilan", "Heures")],
        [
            translate("bilan", "Sur la journée (présence enregistrée à l'accueil)"),
            str(h.day_people),
            hours_text(h.day_minutes),
        ],
        [
            translate("bilan", "Dans le Trail ({n} séance(s))").format(n=h.sessions),
            str(h.trail_people),
            hours_text(h.trail_minutes),
        ],
        [translate("bilan", "Total — mécénat de compétences"), "", hours_text(h.total_minutes)],
    ]
    rows = [[para(r[0], style("hc", 9)) if i and r[0] else r[0], r[1], r[2]] for i, r in enumerate(rows)]
    rule = escape(translate("bilan", "Règle de calcul."))
    return [
        para(translate("bilan", "Heures données par les bénévoles"), st["h2"]),
        grid_table(
            rows,
            [width - 60 * mm, 28 * mm, 32 * mm],
            header_colour=INK,
            numbers_from=1,
            extra=[("FONT", (0, -1), (-1, -1), FONT_BOLD, 9)],
        ),
        Spacer(1, 2 * mm),
        rich(
            f"<b>{rule}</b> {escape(bilan.hours_rule)}",
            style("rule", 8, colour=MUTED, leading=10),
        ),
    ]


def results_block(title: str, results: Sequence[tuple[str, QuestionResult]], width: float, empty: str) -> list[Any]:
    st = styles()
    items: list[Any] = [CondPageBreak(50 * mm), para(title, st["h2"])]
    shown = [(audience_label(label), r) for label, r in results if r.count]
    if not shown:
        return [*items, para(empty, style("none", 9.5, colour=MUTED))]
    rows: list[list[Any]] = [
        [translate("bilan", "Question"), translate("bilan", "Résultat"), translate("bilan", "Réponses")]
    ]
    for label, r in shown:
        rows.append([para(question_label(label, r), style("rq", 9)), _result(r), str(r.count)])
    items.append(grid_table(rows, [width - 58 * mm, 34 * mm, 24 * mm], header_colour=ACCENT, numbers_from=1))
    chart = scale_chart(translate("bilan", "Moyennes (en % de l'échelle)"), shown, width)
    if chart is not None:
        items += [Spacer(1, 3 * mm), chart]
    return items


def _path_table(s: StructureBilan, colour: Any, width: float) -> Any:
    """The structure's path in dates, one column per step (diagnostic, Marathon, Trail…), "—" for a step not reached."""
    steps = [p for p in s.path]
    return layout_table(
        [
            [para(translate("bilan", p.label), style("pl", 7.5, colour=MUTED, align=1)) for p in steps],
            [para(_short_date(p.date) if p.date else "—", style("pd", 9, bold=bool(p.date), align=1)) for p in steps],
        ],
        [width / len(steps)] * len(steps),
        [
            ("BACKGROUND", (0, 0), (-1, -1), tint(colour, 0.9)),
            ("LINEAFTER", (0, 0), (-2, -1), 0.4, LINE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )


def _facts(s: StructureBilan) -> list[tuple[str, str, bool]]:
    """The structure's lines (label, text, dimmed when nothing is known yet): needs, deliverable, Trail, sessions,
    recommendations, satisfaction and impact."""
    c = s.reco_count
    return [
        (
            translate("bilan", "Besoins (diagnostic)"),
            " · ".join(f"{i}. {n}" for i, n in enumerate(s.needs, start=1)) or "—",
            not s.needs,
        ),
        (
            translate("bilan", "Livrable"),
            s.deliverable or translate("bilan", "pas encore renseigné"),
            not s.deliverable,
        ),
        ("Trail", ", ".join(s.trail_names) or translate("bilan", "pas encore désigné"), not s.trail_names),
        (
            translate("bilan", "Séances"),
            translate(
                "bilan",
                "{n} séance(s), {work} de travail ; heures bénévoles : {trail} dans le Trail, {day} sur la journée",
            ).format(
                n=s.sessions,
                work=hours_text(s.session_minutes),
                trail=hours_text(s.hours.trail_minutes),
                day=hours_text(s.hours.day_minutes),
            ),
            not s.sessions,
        ),
        (
            translate("bilan", "Recommandations"),
            translate("bilan", "{done} faite(s) sur {planned} prévue(s) · {doing} en cours · {todo} à lancer").format(
                done=c.done, planned=c.planned, doing=c.doing, todo=c.todo
            )
            + (translate("bilan", " · {n} abandonnée(s)").format(n=c.dropped) if c.dropped else ""),
            not c.planned,
        ),
        (
            translate("bilan", "Satisfaction (journée)"),
            " · ".join(f"{translate('evaluations', r.label)} {_result(r)}" for r in s.short_term)
            or translate("bilan", "aucune réponse"),
            not s.short_term,
        ),
        (
            translate("bilan", "Impact (mi-parcours)"),
            " · ".join(
                f"{translate('trail', r.label)} {_result(r)}"
                for r in s.mid_term
                if r.kind is not QuestionKind.TEXT and r.count
            )
            or translate("bilan", "entretien pas encore tenu"),
            not any(r.count for r in s.mid_term),
        ),
    ]


def _facts_table(s: StructureBilan, width: float) -> Any:
    label = style("sl", 8, colour=MUTED)
    value = style("sv", 9.5, leading=12)
    muted = style("sm", 9.5, colour=MUTED, leading=12)
    return layout_table(
        [[para(k.upper(), label), para(v, muted if dim else value)] for k, v, dim in _facts(s)],
        [38 * mm, width - 38 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, LINE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )


def _recommendations_block(s: StructureBilan, colour: Any, width: float) -> list[Any]:
    """The recommendations with their owner, due date and state; nothing when there are none."""
    if not s.recommendations:
        return []
    rows: list[list[Any]] = [
        [
            translate("bilan", "Recommandation"),
            translate("bilan", "Porteur·se"),
            translate("bilan", "Échéance"),
            translate("bilan", "État"),
        ]
    ]
    for r in s.recommendations:
        rows.append(
            [
                para(r.text, style("rt", 8.5)),
                para(r.owner or "—", style("ro", 8.5)),
                _short_date(r.target_date) if r.target_date else "—",
                translate("bilan", STATE_TEXT[r.state]),
            ]
        )
    return [
        para(translate("bilan", "Recommandations"), styles()["h2"]),
        grid_table(rows, [width - 92 * mm, 38 * mm, 26 * mm, 28 * mm], header_colour=colour, font_size=8.5),
    ]


def _said_block(s: StructureBilan) -> list[Any]:
    """What the structure said at mid-term, question by question; nothing when it said nothing."""
    said = [
        (translate("trail", r.label), comment)
        for r in s.mid_term
        if r.kind is QuestionKind.TEXT
        for comment in r.comments
    ]
    if not said:
        return []
    items: list[Any] = [para(translate("bilan", "Ce que dit la structure (mi-parcours)"), styles()["h2"])]
    for question, comment in said:
        items.append(rich(f"<b>{escape(question)}</b> — {escape(comment)}", style("qc", 9, leading=11.5, space_after=3)))
    return items


def structure_page(s: StructureBilan, width: float) -> list[Any]:
    colour = hex_colour(s.colour)
    band = Band(s.name, colour=colour, subtitle=translate("bilan", "Le parcours"), badge=s.table or "–", height=17 * mm)
    return [
        KeepTogether([band, Spacer(1, 2 * mm), _path_table(s, colour, width), Spacer(1, 3 * mm), _facts_table(s, width)]),
        *_recommendations_block(s, colour, width),
        *_said_block(s),
        Spacer(1, 6 * mm),
    ]


def _hours_chart(bilan: Bilan, names: list[str], width: float) -> Any:
    """Hours given per structure, on the day beside in the Trail."""
    return grouped_chart(
        translate("bilan", "Heures données par structure"),
        names,
        [
            [s.hours.day_minutes / 60 for s in bilan.structures],
            [s.hours.trail_minutes / 60 for s in bilan.structures],
        ],
        [(PLANNED_COLOUR, translate("bilan", "journée")), (ACCENT, "Trail")],
        width,
        fmt="%.0f",
    )


def _recommendations_chart(bilan: Bilan, names: list[str], width: float) -> Any:
    """Recommendations per structure, planned beside done."""
    return grouped_chart(
        translate("bilan", "Recommandations : faites / prévues"),
        names,
        [[s.reco_count.planned for s in bilan.structures], [s.reco_count.done for s in bilan.structures]],
        [(PLANNED_COLOUR, translate("bilan", "prévues")), (ACCENT, translate("bilan", "faites"))],
        width,
    )


def draw_bilan(target: str | Path | Any, bilan: Bilan, *, progress: Progress | None = None) -> None:
    doc = new_doc(
        target,
        title=translate("bilan", "Bilan du programme — {name}").format(name=bilan.event_name),
        footer=translate("bilan", "{name} · bilan du programme").format(name=bilan.event_name),
    )
    width = doc.width
    step = progress_marks(progress, 3 + len(bilan.structures))
    where = f" · {bilan.venue}" if bilan.venue else ""
    names = [s.table or s.name[:6] for s in bilan.structures]
    story: list[Any] = [
        Band(
            translate("bilan", "Bilan du programme — {name}").format(name=bilan.event_name),
            colour=ACCENT,
            subtitle=translate("bilan", "Marathon du {date}{where} · diagnostic, journée, Trail").format(
                date=long_date(bilan.event_date), where=where
            ),
        ),
        Spacer(1, 5 * mm),
        key_figures(bilan, width),
        Spacer(1, 3 * mm),
        *hours_block(bilan, width),
        Spacer(1, 4 * mm),
        _hours_chart(bilan, names, width),
        step(),
        CondPageBreak(70 * mm),
        _recommendations_chart(bilan, names, width),
        *results_block(
            translate("bilan", "Résultats à court terme (questionnaires de la journée)"),
            bilan.short_term,
            width,
            translate("bilan", "Aucun questionnaire rempli."),
        ),
        step(),
        *results_block(
            translate("bilan", "Résultats à mi-parcours (entretiens)"),
            [("", r) for r in bilan.mid_term],
            width,
            translate("bilan", "Aucun entretien à mi-parcours enregistré."),
        ),
        step(),
    ]
    for s in bilan.structures:
        story += [CondPageBreak(150 * mm), *structure_page(s, width), step()]
    made = translate("bilan", "Bilan établi le {date}.").format(date=_date(bilan.made_at[:10]))
    story.append(para(made, style("made", 8, colour=MUTED)))
    doc.build(story)
