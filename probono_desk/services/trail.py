"""The Trail: two or three volunteers of each team, present on the day, who carry on with the structure from
December to February; their availability and agreement to be contacted, the dates and the first meeting."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from probono_desk.core.deliverables import TRAIL_MAX, TRAIL_MIN, TrailMember, TrailPlan
from probono_desk.core.errors import InvalidInput, NotFound
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.models import Volunteer
from probono_desk.core.text import clean
from probono_desk.storage import deliverables as store
from probono_desk.storage import roster as roster_store

if TYPE_CHECKING:
    from probono_desk.services.event import Event

MAX_TRAIL_DAYS = 100  # December to February, and a little slack


@dataclass(frozen=True)
class TrailChoice:
    """What the picker hands over for one volunteer."""

    volunteer_id: str
    availability: str = ""
    agrees_contact: bool = False


class TrailService:
    def __init__(self, event: Event) -> None:
        self.event = event

    def plan(self, structure_id: str) -> TrailPlan:
        self._check_structure(structure_id)
        plan = store.get_trail(self.event.db, structure_id)
        if not plan.start_date and not plan.end_date:
            start, end = default_dates(self.event.info.date)
            plan = replace(plan, start_date=start, end_date=end)
        return plan

    def plans(self) -> list[TrailPlan]:
        return [self.plan(s.id) for s in roster_store.list_structures(self.event.db)]

    def candidates(self, structure_id: str) -> list[Volunteer]:
        """Who can be picked: the members of this team who are checked in today."""
        self._check_structure(structure_id)
        present = self.event.status.present_ids()
        return [
            v
            for v in roster_store.list_volunteers(self.event.db, "m.structure_id = ?", [structure_id])
            if v.id in present
        ]

    def save(
        self,
        structure_id: str,
        choices: list[TrailChoice],
        *,
        start_date: str = "",
        end_date: str = "",
        first_meeting: str = "",
        first_meeting_place: str = "",
    ) -> TrailPlan:
        """Replace the structure's Trail. No one (not chosen yet) or 2–3 present members of its own team."""
        self._check_structure(structure_id)
        ids = [c.volunteer_id for c in choices]
        if len(set(ids)) != len(ids):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Une même personne est choisie deux fois pour le Trail."))
        if choices and not TRAIL_MIN <= len(choices) <= TRAIL_MAX:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "Le Trail compte {low} ou {high} bénévoles de l'équipe ({count} choisi·e·s)."
                ),
                low=TRAIL_MIN,
                high=TRAIL_MAX,
                count=len(choices),
            )
        present = self.event.status.present_ids()
        members: list[TrailMember] = []
        for choice in choices:
            volunteer = roster_store.get_volunteer(self.event.db, choice.volunteer_id)
            if volunteer is None:
                raise NotFound(what=choice.volunteer_id)
            if volunteer.structure_id != structure_id:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} ne fait pas partie de cette équipe : le Trail se choisit dans "
                        "l'équipe de la structure.",
                    ),
                    name=volunteer.name,
                )
            if volunteer.id not in present:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} n'est pas enregistré·e comme présent·e aujourd'hui : le Trail "
                        "se choisit parmi les présents.",
                    ),
                    name=volunteer.name,
                )
            members.append(
                TrailMember(
                    structure_id=structure_id,
                    volunteer_id=volunteer.id,
                    name=volunteer.name,
                    availability=clean(choice.availability),
                    agrees_contact=choice.agrees_contact,
                )
            )
        default_start, default_end = default_dates(self.event.info.date)
        start = _parse_date(start_date or default_start, QT_TRANSLATE_NOOP("errors", "début du Trail"))
        end = _parse_date(end_date or default_end, QT_TRANSLATE_NOOP("errors", "fin du Trail"))
        event_day = date.fromisoformat(self.event.info.date)
        if start < event_day or end < start or (end - start).days > MAX_TRAIL_DAYS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Dates du Trail invalides : du {start} au {end}. Le Trail commence après la journée et dure "
                    "au plus trois mois (décembre à février).",
                ),
                start=start.isoformat(),
                end=end.isoformat(),
            )
        meeting = ""
        if clean(first_meeting):
            try:
                moment = datetime.fromisoformat(clean(first_meeting))
            except ValueError as exc:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "Date du premier rendez-vous « {value} » invalide (AAAA-MM-JJ HH:MM)."),
                    value=first_meeting,
                ) from exc
            if not event_day <= moment.date() <= end:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "errors", "Le premier rendez-vous ({value}) doit tomber entre la journée et la fin du Trail."
                    ),
                    value=moment.strftime("%d/%m/%Y %H:%M"),
                )
            meeting = moment.isoformat(timespec="minutes")
        plan = TrailPlan(
            structure_id=structure_id,
            start_date=start.isoformat(),
            end_date=end.isoformat(),
            first_meeting=meeting,
            first_meeting_place=clean(first_meeting_place),
            members=tuple(members),
        )
        with self.event.write() as w:
            store.replace_trail(w.db, plan, w.at)
            w.log(
                "trail.save",
                "structure",
                structure_id,
                {"volunteer_ids": ids, "start": plan.start_date, "end": plan.end_date, "first_meeting": meeting},
            )
        return self.plan(structure_id)

    def _check_structure(self, structure_id: str) -> None:
        if roster_store.get_structure(self.event.db, structure_id) is None:
            raise NotFound(what=structure_id)


def default_dates(event_date: str) -> tuple[str, str]:
    """From the day after the event to the end of the February that follows (or three months for other dates)."""
    day = date.fromisoformat(event_date)
    start = day + timedelta(days=1)
    year = day.year + 1 if day.month >= 3 else day.year
    end = date(year, 3, 1) - timedelta(days=1)
    if (end - start).days > MAX_TRAIL_DAYS or end < start:
        end = start + timedelta(days=90)
    return start.isoformat(), end.isoformat()


def _parse_date(text: str, what: str) -> date:
    try:
        return date.fromisoformat(clean(text))
    except ValueError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Date « {value} » invalide ({what}) : attendu AAAA-MM-JJ."),
            value=text,
            what=translate("errors", what),
        ) from exc
