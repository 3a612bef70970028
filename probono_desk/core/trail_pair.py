"""The Trail's rules, pure: who may carry on with a structure (2–3 distinct members of its own team, present on the
day), their availability and agreement to be contacted, and the dates (after the day, at most three months) with the
first meeting in between. The service reads the roster and writes the result; nothing here touches the event file.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from probono_desk.core.dates import parse_day
from probono_desk.core.deliverables import TRAIL_MAX, TRAIL_MIN, TrailMember, TrailPlan
from probono_desk.core.errors import InvalidInput, NotFound
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.models import Volunteer
from probono_desk.core.text import clean

MAX_TRAIL_DAYS = 100  # December to February, and a little slack


@dataclass(frozen=True)
class TrailChoice:
    """What the picker hands over for one volunteer."""

    volunteer_id: str
    availability: str = ""
    agrees_contact: bool = False


@dataclass(frozen=True)
class TrailRequest:
    """Everything typed for one structure's Trail, as typed."""

    structure_id: str
    choices: Sequence[TrailChoice]
    start_date: str = ""
    end_date: str = ""
    first_meeting: str = ""
    first_meeting_place: str = ""


def default_dates(event_date: str) -> tuple[str, str]:
    """From the day after the event to the end of the February that follows (or three months for other dates)."""
    day = date.fromisoformat(event_date)
    start = day + timedelta(days=1)
    year = day.year + 1 if day.month >= 3 else day.year
    end = date(year, 3, 1) - timedelta(days=1)
    if (end - start).days > MAX_TRAIL_DAYS or end < start:
        end = start + timedelta(days=90)
    return start.isoformat(), end.isoformat()


def check_count(choices: Sequence[TrailChoice]) -> None:
    """No one (not chosen yet) or 2–3 distinct people. Raises InvalidInput."""
    ids = [c.volunteer_id for c in choices]
    if len(set(ids)) != len(ids):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Une même personne est choisie deux fois pour le Trail."))
    if choices and not TRAIL_MIN <= len(choices) <= TRAIL_MAX:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Le Trail compte {low} ou {high} bénévoles de l'équipe ({count} choisi·e·s)."),
            low=TRAIL_MIN,
            high=TRAIL_MAX,
            count=len(choices),
        )


def trail_members(
    request: TrailRequest, volunteers: Mapping[str, Volunteer], present: Collection[str]
) -> tuple[TrailMember, ...]:
    """The chosen people as Trail members: each must exist (``volunteers`` by id), belong to the structure's team and
    be checked in today. Raises NotFound / InvalidInput with the person's name."""
    check_count(request.choices)
    members: list[TrailMember] = []
    for choice in request.choices:
        volunteer = volunteers.get(choice.volunteer_id)
        if volunteer is None:
            raise NotFound(what=choice.volunteer_id)
        if volunteer.structure_id != request.structure_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} ne fait pas partie de cette équipe : le Trail se choisit dans l'équipe de la structure.",
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
                structure_id=request.structure_id,
                volunteer_id=volunteer.id,
                name=volunteer.name,
                availability=clean(choice.availability),
                agrees_contact=choice.agrees_contact,
            )
        )
    return tuple(members)


def trail_dates(request: TrailRequest, event_date: str) -> tuple[date, date]:
    """Start and end (defaults: ``default_dates``): from the day on, at most MAX_TRAIL_DAYS long."""
    default_start, default_end = default_dates(event_date)
    start = parse_day(request.start_date or default_start, QT_TRANSLATE_NOOP("errors", "début du Trail"))
    end = parse_day(request.end_date or default_end, QT_TRANSLATE_NOOP("errors", "fin du Trail"))
    if start < date.fromisoformat(event_date) or end < start or (end - start).days > MAX_TRAIL_DAYS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "Dates du Trail invalides : du {start} au {end}. Le Trail commence après la journée et dure "
                "au plus trois mois (décembre à février).",
            ),
            start=start.isoformat(),
            end=end.isoformat(),
        )
    return start, end


def first_meeting(text: str, event_date: str, end: date) -> str:
    """The first meeting as YYYY-MM-DDTHH:MM ("" when none), between the day and the Trail's end."""
    if not clean(text):
        return ""
    try:
        moment = datetime.fromisoformat(clean(text))
    except ValueError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Date du premier rendez-vous « {value} » invalide (AAAA-MM-JJ HH:MM)."),
            value=text,
        ) from exc
    if not date.fromisoformat(event_date) <= moment.date() <= end:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "Le premier rendez-vous ({value}) doit tomber entre la journée et la fin du Trail."
            ),
            value=moment.strftime("%d/%m/%Y %H:%M"),
        )
    return moment.isoformat(timespec="minutes")


def validate_trail(
    request: TrailRequest, volunteers: Mapping[str, Volunteer], present: Collection[str], event_date: str
) -> TrailPlan:
    """The plan to store, or the first rule broken (InvalidInput / NotFound): members, then dates, then meeting."""
    members = trail_members(request, volunteers, present)
    start, end = trail_dates(request, event_date)
    return TrailPlan(
        structure_id=request.structure_id,
        start_date=start.isoformat(),
        end_date=end.isoformat(),
        first_meeting=first_meeting(request.first_meeting, event_date, end),
        first_meeting_place=clean(request.first_meeting_place),
        members=members,
    )
