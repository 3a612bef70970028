"""The workbook's sheets for the path after the day: diagnostics, recommendations, Trail sessions, mid-term
answers. The diagnostic's confidential part (its summary and its document) is in the workbook only when the
organiser's PIN was given; otherwise its cells say it was left out."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.trail import EntryKind
from probono_desk.output.exports import Cell, Sheet
from probono_desk.services.trail_followup import TrailFollowupService
from probono_desk.services.trail_midterm import MidtermService

if TYPE_CHECKING:
    from probono_desk.services.event import Event

LEFT_OUT = QT_TRANSLATE_NOOP("exports", "(confidentiel : exporté seulement avec le code PIN de l'organisateur·rice)")
DIAGNOSTIC_HEADERS = [
    QT_TRANSLATE_NOOP("exports", "Structure"),
    QT_TRANSLATE_NOOP("exports", "Date"),
    QT_TRANSLATE_NOOP("exports", "Pour Pro Bono Lab"),
    QT_TRANSLATE_NOOP("exports", "Pour la structure"),
    QT_TRANSLATE_NOOP("exports", "Besoins (par priorité)"),
    QT_TRANSLATE_NOOP("exports", "Synthèse"),
    QT_TRANSLATE_NOOP("exports", "Document joint"),
]
RECOMMENDATION_HEADERS = [
    QT_TRANSLATE_NOOP("exports", "Structure"),
    QT_TRANSLATE_NOOP("exports", "N°"),
    QT_TRANSLATE_NOOP("exports", "Recommandation"),
    QT_TRANSLATE_NOOP("exports", "Porteur·se"),
    QT_TRANSLATE_NOOP("exports", "Échéance"),
    QT_TRANSLATE_NOOP("exports", "État"),
]
SESSION_HEADERS = [
    QT_TRANSLATE_NOOP("exports", "Structure"),
    QT_TRANSLATE_NOOP("exports", "Date"),
    QT_TRANSLATE_NOOP("exports", "Type"),
    QT_TRANSLATE_NOOP("exports", "Format"),
    QT_TRANSLATE_NOOP("exports", "Durée (min)"),
    QT_TRANSLATE_NOOP("exports", "Bénévoles"),
    QT_TRANSLATE_NOOP("exports", "Participant·es"),
    QT_TRANSLATE_NOOP("exports", "Notes"),
    QT_TRANSLATE_NOOP("exports", "Décisions"),
    QT_TRANSLATE_NOOP("exports", "Prochaine étape"),
    QT_TRANSLATE_NOOP("exports", "Date prochaine étape"),
]
MIDTERM_HEADERS = [
    QT_TRANSLATE_NOOP("exports", "Structure"),
    QT_TRANSLATE_NOOP("exports", "Date"),
    QT_TRANSLATE_NOOP("exports", "Mode"),
    QT_TRANSLATE_NOOP("exports", "Mené par"),
    QT_TRANSLATE_NOOP("exports", "Interlocuteur·rice"),
    QT_TRANSLATE_NOOP("exports", "Question"),
    QT_TRANSLATE_NOOP("exports", "Réponse"),
]
SHEET_TITLES = {
    "diagnostics": QT_TRANSLATE_NOOP("exports", "Diagnostics"),
    "recommendations": QT_TRANSLATE_NOOP("exports", "Recommandations"),
    "sessions": QT_TRANSLATE_NOOP("exports", "Séances Trail"),
    "midterm": QT_TRANSLATE_NOOP("exports", "Mi-parcours"),
}


def _sheet(key: str, words: list[str]) -> Sheet:
    """Titles and headers in the language being spoken (the event's, inside ``export``)."""
    return Sheet(translate("exports", SHEET_TITLES[key]), [translate("exports", w) for w in words])


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

    diagnostics = _sheet("diagnostics", DIAGNOSTIC_HEADERS)
    recommendations = _sheet("recommendations", RECOMMENDATION_HEADERS)
    sessions = _sheet("sessions", SESSION_HEADERS)
    form = midterm.form()
    answers = _sheet("midterm", MIDTERM_HEADERS)
    left_out = translate("exports", LEFT_OUT)
    entries = followup.entries()
    interviews = midterm.interviews()
    for s in structures:
        d = followup.diagnostic(s.id)
        if d.recorded:
            secret: list[Cell] = (
                [d.summary, d.document_name] if with_secret else [left_out, left_out if d.document_name else ""]
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
                    translate("exports", "Séance") if session else translate("exports", "Note de suivi"),
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
                            translate("trail", q.label),
                            value,
                        ]
                    )
    return [diagnostics, recommendations, sessions, answers]
