"""The export's sheets as plain rows, pure: which columns, in which order, from data the service gathered.

Each function returns the rows of one sheet (cells are text, numbers, booleans, dates or empty); labels are
translated in the language being spoken. ``output/exports.py`` writes them, ``services/exports.py`` gathers the data.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, datetime

from probono_desk.core.deliverables import Deliverable, DeliverableState, TrailPlan
from probono_desk.core.evaluations import Answer, Audience, Questionnaire
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.models import Structure, Volunteer

Cell = str | int | float | bool | date | datetime | None

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



def moment(text: str) -> datetime | None:
    """An ISO date-time as a spreadsheet date-time; empty or unreadable: an empty cell."""
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def day(text: str) -> date | None:
    """The date part of an ISO date or date-time; empty or unreadable: an empty cell."""
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def volunteer_rows(
    volunteers: Iterable[Volunteer],
    structures: Iterable[Structure],
    present: Collection[str],
    arrivals: Mapping[str, str],
    trail_ids: Collection[str],
) -> list[list[Cell]]:
    """One row per volunteer (VOLUNTEER_HEADERS); the arrival time only for who is present."""
    by_id = {s.id: s for s in structures}
    rows: list[list[Cell]] = []
    for v in volunteers:
        team = by_id.get(v.structure_id or "")
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
                moment(arrivals.get(v.id, "")) if v.id in present else None,
                v.id in trail_ids,
                v.walk_in,
                day(v.registered_at),
            ]
        )
    return rows


def team_rows(
    structures: Iterable[Structure],
    volunteers: Sequence[Volunteer],
    present: Collection[str],
    deliverables: Mapping[str, Deliverable],
    plans: Mapping[str, TrailPlan],
) -> list[list[Cell]]:
    """One row per structure (TEAM_HEADERS): members, how many present, the deliverable's state, Trail size."""
    rows: list[list[Cell]] = []
    for s in structures:
        members = [v for v in volunteers if v.structure_id == s.id]
        d = deliverables.get(s.id)
        rows.append(
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
    return rows


def deliverable_rows(
    structures: Iterable[Structure], deliverables: Mapping[str, Deliverable], attachments: Mapping[str, int]
) -> list[list[Cell]]:
    """One row per structure (DELIVERABLE_HEADERS), empty but for its name when it has no deliverable yet;
    ``attachments``: structure id -> number of attached files."""
    rows: list[list[Cell]] = []
    for s in structures:
        d = deliverables.get(s.id)
        if d is None:
            rows.append([s.name, "", "", "", None, None, None, None, "", "", "", "", 0, None])
            continue
        rows.append(
            [
                s.name,
                d.text.title,
                translate("deliverables", d.text.kind.label),
                translate("deliverables", d.state.label),
                *(moment(d.time_of(state)) for state in DeliverableState),
                d.validated_by,
                d.text.summary,
                d.text.recommendations,
                d.text.next_steps,
                attachments.get(s.id, 0),
                moment(d.saved_at),
            ]
        )
    return rows


def trail_rows(structures: Iterable[Structure], plans: Mapping[str, TrailPlan]) -> list[list[Cell]]:
    """One row per Trail member (TRAIL_HEADERS); e-mail and phone only for who agreed to be contacted."""
    rows: list[list[Cell]] = []
    for s in structures:
        plan = plans[s.id]
        for m in plan.members:
            rows.append(
                [
                    s.name,
                    m.name,
                    m.email if m.agrees_contact else "",
                    m.phone if m.agrees_contact else "",
                    m.availability,
                    m.agrees_contact,
                    day(plan.start_date),
                    day(plan.end_date),
                    moment(plan.first_meeting),
                    plan.first_meeting_place,
                ]
            )
    return rows


def evaluation_rows(
    names: Mapping[str, str], surveys: Iterable[tuple[Audience, Questionnaire, Sequence[Answer]]]
) -> list[list[Cell]]:
    """One row per question answered (EVALUATION_HEADERS), answers numbered per audience; ``names``: structure id ->
    name; ``surveys``: each audience with its questionnaire and its answers."""
    rows: list[list[Cell]] = []
    for audience, questionnaire, answers in surveys:
        for n, answer in enumerate(answers, start=1):
            for q in questionnaire.questions:
                if q.key not in answer.answers:
                    continue
                rows.append(
                    [
                        translate("evaluations", audience.label),
                        names.get(answer.structure_id or "", ""),
                        moment(answer.at),
                        n,
                        q.label,
                        answer.answers[q.key],
                    ]
                )
    return rows
