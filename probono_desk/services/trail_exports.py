"""The workbook's sheets for the path after the day: diagnostics, recommendations, Trail sessions, mid-term
answers. The diagnostic's confidential part (its summary and its document) is in the workbook only when the
organiser's PIN was given; otherwise its cells say it was left out."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from probono_desk.core.i18n import translate
from probono_desk.core.trail import EntryKind
from probono_desk.output.exports import Cell, Sheet
from probono_desk.services.trail_followup import TrailFollowupService
from probono_desk.services.trail_midterm import MidtermService

if TYPE_CHECKING:
    from probono_desk.services.event import Event

LEFT_OUT = "(confidentiel : exporté seulement avec le code PIN de l'organisateur·rice)"


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def trail_sheets(event: Event, pin: str | None = None) -> list[Sheet]:
    followup = TrailFollowupService(event)
    midterm = MidtermService(event)
    structures = event.roster.structures()
    with_secret = followup.may_release(pin)

    diagnostics = Sheet(
        "Diagnostics",
        [
            "Structure",
            "Date",
            "Pour Pro Bono Lab",
            "Pour la structure",
            "Besoins (par priorité)",
            "Synthèse",
            "Document joint",
        ],
    )
    recommendations = Sheet("Recommandations", ["Structure", "N°", "Recommandation", "Porteur·se", "Échéance", "État"])
    sessions = Sheet(
        "Séances Trail",
        [
            "Structure",
            "Date",
            "Type",
            "Format",
            "Durée (min)",
            "Bénévoles",
            "Participant·es",
            "Notes",
            "Décisions",
            "Prochaine étape",
            "Date prochaine étape",
        ],
    )
    form = midterm.form()
    answers = Sheet(
        "Mi-parcours", ["Structure", "Date", "Mode", "Mené par", "Interlocuteur·rice", "Question", "Réponse"]
    )
    entries = followup.entries()
    interviews = midterm.interviews()
    for s in structures:
        d = followup.diagnostic(s.id)
        if d.recorded:
            secret: list[Cell] = (
                [d.summary, d.document_name] if with_secret else [LEFT_OUT, LEFT_OUT if d.document_name else ""]
            )
            diagnostics.rows.append(
                [s.name, _day(d.date), d.lab_people, d.structure_people, " ; ".join(d.needs), *secret]
            )
        for n, r in enumerate(followup.recommendations(s.id), start=1):
            recommendations.rows.append(
                [s.name, n, r.text, r.owner, _day(r.target_date), translate("trail", r.state.label)]
            )
        for e in (x for x in entries if x.structure_id == s.id):
            session = e.kind is EntryKind.SESSION
            sessions.rows.append(
                [
                    s.name,
                    _day(e.date),
                    "Séance" if session else "Note de suivi",
                    translate("trail", e.format.label) if e.format else "",
                    e.duration_minutes if session else None,
                    e.volunteer_count if session else None,
                    ", ".join(p.name for p in e.participants),
                    e.notes,
                    e.decisions,
                    e.next_step,
                    _day(e.next_date),
                ]
            )
        for i in (x for x in interviews if x.structure_id == s.id):
            for q in form.questions:
                if q.key in (i.answers or {}):
                    value = (i.answers or {})[q.key]
                    answers.rows.append(
                        [
                            s.name,
                            _day(i.date),
                            translate("trail", i.mode.label),
                            i.interviewer,
                            i.respondent,
                            q.label,
                            value,
                        ]
                    )
    return [diagnostics, recommendations, sessions, answers]
