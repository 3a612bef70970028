"""What ``probono-desk export`` writes: the event as spreadsheets (XLSX with one sheet per table, CSV of the
volunteers). Gathers plain rows from the services; ``output/exports.py`` writes them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from probono_desk.core.deliverables import DeliverableState
from probono_desk.core.errors import InvalidInput
from probono_desk.core.evaluations import Audience
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, speaking, translate
from probono_desk.output.exports import Cell, Sheet, write_csv, write_xlsx
from probono_desk.storage import checkin as checkin_store
from probono_desk.storage import deliverables as deliverables_store

if TYPE_CHECKING:
    from probono_desk.services.event import Event

VOLUNTEER_HEADERS = [
    QT_TRANSLATE_NOOP("exports", "Nom"),
    QT_TRANSLATE_NOOP("exports", "Prénom"),
    QT_TRANSLATE_NOOP("exports", "E-mail"),
    QT_TRANSLATE_NOOP("exports", "Téléphone"),
    QT_TRANSLATE_NOOP("exports", "Organisation"),
    QT_TRANSLATE_NOOP("exports", "Situation"),
    QT_TRANSLATE_NOOP("exports", "Équipe"),
    QT_TRANSLATE_NOOP("exports", "Table"),
    QT_TRANSLATE_NOOP("exports", "Présent·e"),
    QT_TRANSLATE_NOOP("exports", "Arrivée"),
    QT_TRANSLATE_NOOP("exports", "Trail"),
    QT_TRANSLATE_NOOP("exports", "Inscrit·e sur place"),
    QT_TRANSLATE_NOOP("exports", "Inscription"),
]
TEAM_HEADERS = [
    QT_TRANSLATE_NOOP("exports", "Table"),
    QT_TRANSLATE_NOOP("exports", "Structure"),
    QT_TRANSLATE_NOOP("exports", "Ville"),
    QT_TRANSLATE_NOOP("exports", "Thème"),
    QT_TRANSLATE_NOOP("exports", "Référent·e"),
    QT_TRANSLATE_NOOP("exports", "Membres"),
    QT_TRANSLATE_NOOP("exports", "Présents"),
    QT_TRANSLATE_NOOP("exports", "Livrable"),
    QT_TRANSLATE_NOOP("exports", "Trail"),
]
DELIVERABLE_HEADERS = [
    QT_TRANSLATE_NOOP("exports", "Structure"),
    QT_TRANSLATE_NOOP("exports", "Titre"),
    QT_TRANSLATE_NOOP("exports", "Type"),
    QT_TRANSLATE_NOOP("exports", "État"),
    QT_TRANSLATE_NOOP("exports", "Brouillon"),
    QT_TRANSLATE_NOOP("exports", "Soumis"),
    QT_TRANSLATE_NOOP("exports", "Validé référent·e"),
    QT_TRANSLATE_NOOP("exports", "Validé structure"),
    QT_TRANSLATE_NOOP("exports", "Validé par"),
    QT_TRANSLATE_NOOP("exports", "Synthèse"),
    QT_TRANSLATE_NOOP("exports", "Recommandations"),
    QT_TRANSLATE_NOOP("exports", "Prochaines étapes"),
    QT_TRANSLATE_NOOP("exports", "Pièces jointes"),
    QT_TRANSLATE_NOOP("exports", "Dernier enregistrement"),
]
TRAIL_HEADERS = [
    QT_TRANSLATE_NOOP("exports", "Structure"),
    QT_TRANSLATE_NOOP("exports", "Bénévole"),
    QT_TRANSLATE_NOOP("exports", "E-mail"),
    QT_TRANSLATE_NOOP("exports", "Téléphone"),
    QT_TRANSLATE_NOOP("exports", "Disponibilités"),
    QT_TRANSLATE_NOOP("exports", "Accepte d'être contacté·e"),
    QT_TRANSLATE_NOOP("exports", "Début"),
    QT_TRANSLATE_NOOP("exports", "Fin"),
    QT_TRANSLATE_NOOP("exports", "Premier rendez-vous"),
    QT_TRANSLATE_NOOP("exports", "Lieu"),
]
EVALUATION_HEADERS = [
    QT_TRANSLATE_NOOP("exports", "Public"),
    QT_TRANSLATE_NOOP("exports", "Structure"),
    QT_TRANSLATE_NOOP("exports", "Reçue à"),
    QT_TRANSLATE_NOOP("exports", "Réponse"),
    QT_TRANSLATE_NOOP("exports", "Question"),
    QT_TRANSLATE_NOOP("exports", "Valeur"),
]
SHEET_TITLES = {
    "volunteers": QT_TRANSLATE_NOOP("exports", "Bénévoles"),
    "teams": QT_TRANSLATE_NOOP("exports", "Équipes"),
    "deliverables": QT_TRANSLATE_NOOP("exports", "Livrables"),
    "trail": QT_TRANSLATE_NOOP("exports", "Trail"),
    "evaluations": QT_TRANSLATE_NOOP("exports", "Évaluations"),
}


def headers(words: list[str]) -> list[str]:
    """Column titles in the language being spoken (the event's, inside ``export``)."""
    return [translate("exports", w) for w in words]


def sheet(key: str, words: list[str]) -> Sheet:
    return Sheet(translate("exports", SHEET_TITLES[key]), headers(words))


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def arrival_times(event: Event) -> dict[str, str]:
    """First active check-in time per volunteer."""
    return checkin_store.arrival_times(event.db)


def volunteer_rows(event: Event) -> list[list[Cell]]:
    structures = {s.id: s for s in event.roster.structures()}
    present = event.status.present_ids()
    arrivals = arrival_times(event)
    trail = deliverables_store.trail_volunteer_ids(event.db)
    rows: list[list[Cell]] = []
    for v in event.roster.volunteers():
        team = structures.get(v.structure_id or "")
        rows.append(
            [
                v.last_name,
                v.first_name,
                v.email,
                v.phone,
                v.organisation,
                translate("situation", v.situation.label) if v.situation else "",
                team.name if team else "",
                team.table_label if team else "",
                v.id in present,
                _moment(arrivals.get(v.id, "")) if v.id in present else None,
                v.id in trail,
                v.walk_in,
                _day(v.registered_at),
            ]
        )
    return rows


def sheets(event: Event, pin: str | None = None) -> list[Sheet]:
    structures = event.roster.structures()
    present = event.status.present_ids()
    volunteers = event.roster.volunteers()
    deliverables = event.deliverables.all()
    plans = {p.structure_id: p for p in event.trail.plans()}

    teams = sheet("teams", TEAM_HEADERS)
    for s in structures:
        members = [v for v in volunteers if v.structure_id == s.id]
        d = deliverables.get(s.id)
        teams.rows.append(
            [
                s.table_label,
                s.name,
                s.city,
                s.mission_theme,
                s.referent_name,
                len(members),
                sum(1 for v in members if v.id in present),
                translate("deliverables", d.state.label) if d else "",
                len(plans[s.id].members),
            ]
        )

    livrables = sheet("deliverables", DELIVERABLE_HEADERS)
    for s in structures:
        d = deliverables.get(s.id)
        if d is None:
            livrables.rows.append([s.name, "", "", "", None, None, None, None, "", "", "", "", 0, None])
            continue
        livrables.rows.append(
            [
                s.name,
                d.text.title,
                translate("deliverables", d.text.kind.label),
                translate("deliverables", d.state.label),
                *(_moment(d.time_of(state)) for state in DeliverableState),
                d.validated_by,
                d.text.summary,
                d.text.recommendations,
                d.text.next_steps,
                len(event.deliverables.attachments(s.id)),
                _moment(d.saved_at),
            ]
        )

    trail = sheet("trail", TRAIL_HEADERS)
    for s in structures:
        plan = plans[s.id]
        for m in plan.members:
            trail.rows.append(
                [
                    s.name,
                    m.name,
                    m.email if m.agrees_contact else "",
                    m.phone if m.agrees_contact else "",
                    m.availability,
                    m.agrees_contact,
                    _day(plan.start_date),
                    _day(plan.end_date),
                    _moment(plan.first_meeting),
                    plan.first_meeting_place,
                ]
            )

    evaluations = sheet("evaluations", EVALUATION_HEADERS)
    names = {s.id: s.name for s in structures}
    for audience in Audience:
        questionnaire = event.evaluations.questionnaire(audience)
        for n, answer in enumerate(event.evaluations.answers(audience), start=1):
            for q in questionnaire.questions:
                if q.key not in answer.answers:
                    continue
                evaluations.rows.append(
                    [
                        translate("evaluations", audience.label),
                        names.get(answer.structure_id or "", ""),
                        _moment(answer.at),
                        n,
                        q.label,
                        answer.answers[q.key],
                    ]
                )

    from probono_desk.services.trail_exports import trail_sheets  # after the day; the diagnostic needs the PIN

    volunteers_sheet = sheet("volunteers", VOLUNTEER_HEADERS)
    volunteers_sheet.rows = volunteer_rows(event)
    return [volunteers_sheet, teams, livrables, trail, evaluations, *trail_sheets(event, pin)]


def export(event: Event, out: str | Path, *, pin: str | None = None) -> Path:
    """``.xlsx``: every sheet (the diagnostics' confidential part only with the organiser's ``pin``); ``.csv``: the
    volunteers. Headers and values speak the event's language."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        with speaking(event.language):
            return write_xlsx(out, sheets(event, pin))
    if suffix == ".csv":
        with speaking(event.language):
            return write_csv(out, headers(VOLUNTEER_HEADERS), volunteer_rows(event))
    raise InvalidInput(
        QT_TRANSLATE_NOOP("errors", "Format d'export inconnu « {suffix} » : choisissez un fichier .xlsx ou .csv."),
        suffix=out.suffix or out.name,
    )
