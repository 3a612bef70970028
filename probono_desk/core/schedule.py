"""The day plan: phases (start, end, title, kind, room message, thresholds), the default Marathon template,
readout turns, validation and edits that never leave the plan broken.

Times of day are whole seconds since midnight (``9 * 3600`` is 9h00); the event's date turns them into moments.
Edits are pure functions that return a new ``Plan`` or raise ``InvalidInput`` with a French message, the plan
unchanged. The run of the day (start, pauses, delays) lives in ``core.schedule_run``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import Enum

from probono_desk.core.errors import InvalidInput
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.ids import new_id
from probono_desk.core.text import clean

HOUR = 3600
MINUTE = 60
DAY_OPENS = 6 * HOUR  # a phase cannot start before 6h00...
DAY_CLOSES = 23 * HOUR  # ...nor end after 23h00
DEFAULT_WARNING_S = 10 * MINUTE
DEFAULT_DANGER_S = 2 * MINUTE
DEFAULT_TALK_S = 5 * MINUTE
DEFAULT_QUESTIONS_S = 2 * MINUTE


class PhaseKind(str, Enum):
    PLENARY = "pleniere"
    TEAMWORK = "travail"
    BREAK = "pause"
    READOUTS = "restitutions"

    @property
    def label(self) -> str:
        return translate("schedule", KIND_LABELS[self])


KIND_LABELS: dict[PhaseKind, str] = {
    PhaseKind.PLENARY: QT_TRANSLATE_NOOP("schedule", "Plénière"),
    PhaseKind.TEAMWORK: QT_TRANSLATE_NOOP("schedule", "Travail en équipe"),
    PhaseKind.BREAK: QT_TRANSLATE_NOOP("schedule", "Pause"),
    PhaseKind.READOUTS: QT_TRANSLATE_NOOP("schedule", "Restitutions"),
}


@dataclass(frozen=True)
class Phase:
    id: str
    start: int
    end: int
    title: str
    kind: PhaseKind = PhaseKind.TEAMWORK
    message: str = ""
    warning_s: int = DEFAULT_WARNING_S
    danger_s: int = DEFAULT_DANGER_S

    @property
    def duration(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Team:
    """One readout turn's owner: a structure (id) and the name shown on the projector."""

    id: str
    name: str


@dataclass(frozen=True)
class Readouts:
    """Each team presents for ``talk_s`` then answers questions for ``questions_s``, in ``teams`` order."""

    talk_s: int = DEFAULT_TALK_S
    questions_s: int = DEFAULT_QUESTIONS_S
    teams: tuple[Team, ...] = ()

    @property
    def slot_s(self) -> int:
        return self.talk_s + self.questions_s


@dataclass(frozen=True)
class Plan:
    phases: tuple[Phase, ...] = ()
    readouts: Readouts = field(default_factory=Readouts)

    def phase(self, phase_id: str) -> Phase:
        for p in self.phases:
            if p.id == phase_id:
                return p
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Phase introuvable dans le programme."))

    def index(self, phase_id: str) -> int:
        return self.phases.index(self.phase(phase_id))

    def readout_phase(self) -> Phase | None:
        return next((p for p in self.phases if p.kind is PhaseKind.READOUTS), None)


@dataclass(frozen=True)
class Problem:
    """A validation finding: ``error`` refuses the plan, ``warning`` is shown but allowed (a gap, a tight slot)."""

    level: str
    message: str
    phase_id: str = ""


# --- times of day --------------------------------------------------------------------------------------------------

_HM = re.compile(r"^\s*(\d{1,2})\s*(?:[h:.]\s*(\d{2})?)?\s*$", re.IGNORECASE)


def parse_hm(text: str) -> int:
    """'9h30', '09:30', '9h', '9.30' or '930' → seconds since midnight."""
    raw = clean(text).lower()
    match = _HM.match(raw)
    if match is None and raw.isdigit() and len(raw) in (3, 4):
        match = _HM.match(f"{raw[:-2]}h{raw[-2:]}")
    if match is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Heure « {value} » illisible : écrivez par exemple 9h30 ou 09:30."), value=text
        )
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Heure « {value} » impossible."), value=text)
    return hours * HOUR + minutes * MINUTE


def hm(seconds: int) -> str:
    """'09:30' (the printed and exported form)."""
    seconds = int(seconds)
    return f"{seconds // HOUR:02d}:{seconds % HOUR // MINUTE:02d}"


def french_hm(seconds: int) -> str:
    """'9h30', '9h' — how times are said in the room."""
    seconds = int(seconds)
    h, m = seconds // HOUR, seconds % HOUR // MINUTE
    return f"{h}h{m:02d}" if m else f"{h}h"


def moment(day: date, seconds: int) -> datetime:
    return datetime.combine(day, time()) + timedelta(seconds=seconds)


def seconds_of_day(when: datetime, day: date) -> int:
    return int((when - datetime.combine(day, time())).total_seconds())


def minutes_text(seconds: int) -> str:
    """'1 h 05', '45 min', '30 s' — durations in messages."""
    seconds = abs(int(seconds))
    if seconds < MINUTE:
        return f"{seconds} s"
    minutes = round(seconds / MINUTE)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d}"


# --- the default template ------------------------------------------------------------------------------------------

_TEMPLATE: list[tuple[str, str, PhaseKind, str]] = [
    (
        "8h30",
        QT_TRANSLATE_NOOP("schedule", "Accueil et check-in"),
        PhaseKind.PLENARY,
        QT_TRANSLATE_NOOP("schedule", "Bienvenue ! Passez au check-in puis rejoignez la table de votre équipe."),
    ),
    ("9h00", QT_TRANSLATE_NOOP("schedule", "Plénière : lancement et pitchs des structures"), PhaseKind.PLENARY, ""),
    ("9h30", QT_TRANSLATE_NOOP("schedule", "Cadrage en équipes"), PhaseKind.TEAMWORK, ""),
    ("10h15", QT_TRANSLATE_NOOP("schedule", "Découverte avec la structure"), PhaseKind.TEAMWORK, ""),
    (
        "11h15",
        QT_TRANSLATE_NOOP("schedule", "Pause"),
        PhaseKind.BREAK,
        QT_TRANSLATE_NOOP("schedule", "Café au fond de la salle."),
    ),
    ("11h30", QT_TRANSLATE_NOOP("schedule", "Choix de l'angle"), PhaseKind.TEAMWORK, ""),
    (
        "12h30",
        QT_TRANSLATE_NOOP("schedule", "Déjeuner"),
        PhaseKind.BREAK,
        QT_TRANSLATE_NOOP("schedule", "Bon appétit ! Pensez à signer la feuille d'émargement."),
    ),
    ("13h30", QT_TRANSLATE_NOOP("schedule", "Production"), PhaseKind.TEAMWORK, ""),
    ("15h30", QT_TRANSLATE_NOOP("schedule", "Pause"), PhaseKind.BREAK, ""),
    ("15h45", QT_TRANSLATE_NOOP("schedule", "Finalisation et répétition"), PhaseKind.TEAMWORK, ""),
    (
        "16h15",
        QT_TRANSLATE_NOOP("schedule", "Restitutions"),
        PhaseKind.READOUTS,
        QT_TRANSLATE_NOOP("schedule", "5 minutes de présentation, 2 minutes de questions."),
    ),
    ("16h50", QT_TRANSLATE_NOOP("schedule", "Évaluations et Trail"), PhaseKind.TEAMWORK, ""),
    ("17h00", QT_TRANSLATE_NOOP("schedule", "Clôture"), PhaseKind.PLENARY, ""),
]
TEMPLATE_END = "17h30"


def default_plan(teams: tuple[Team, ...] = (), language: str | None = None) -> Plan:
    """The Marathon's day, 8h30–17h30, with fresh phase ids and the given readout order."""
    starts = [parse_hm(start) for start, *_ in _TEMPLATE] + [parse_hm(TEMPLATE_END)]
    phases = tuple(
        Phase(
            id=new_id(),
            start=starts[i],
            end=starts[i + 1],
            title=translate("schedule", title, language),
            kind=kind,
            message=translate("schedule", message, language) if message else "",
        )
        for i, (_start, title, kind, message) in enumerate(_TEMPLATE)
    )
    return Plan(phases=phases, readouts=Readouts(teams=teams))


# --- validation ----------------------------------------------------------------------------------------------------


def _msg(template: str, **values: object) -> str:
    return translate("errors", template).format(**values)


def validate(plan: Plan) -> list[Problem]:
    """Everything wrong with a plan, errors first. A plan with no error can run."""
    errors: list[Problem] = []
    warnings: list[Problem] = []
    for p in plan.phases:
        if not clean(p.title):
            errors.append(
                Problem(
                    "error",
                    _msg(
                        QT_TRANSLATE_NOOP("errors", "Une phase de {start} n'a pas de titre."), start=french_hm(p.start)
                    ),
                    p.id,
                )
            )
        if p.end <= p.start:
            errors.append(
                Problem(
                    "error",
                    _msg(
                        QT_TRANSLATE_NOOP("errors", "« {title} » se termine ({end}) avant de commencer ({start})."),
                        title=p.title,
                        start=french_hm(p.start),
                        end=french_hm(p.end),
                    ),
                    p.id,
                )
            )
        if p.start < DAY_OPENS or p.end > DAY_CLOSES:
            errors.append(
                Problem(
                    "error",
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "errors", "« {title} » ({start}–{end}) sort de la journée ({opens}–{closes})."
                        ),
                        title=p.title,
                        start=french_hm(p.start),
                        end=french_hm(p.end),
                        opens=french_hm(DAY_OPENS),
                        closes=french_hm(DAY_CLOSES),
                    ),
                    p.id,
                )
            )
        if p.warning_s < 0 or p.danger_s < 0 or p.danger_s > p.warning_s:
            errors.append(
                Problem(
                    "error",
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "« {title} » : l'alerte rouge ({danger}) doit venir après l'alerte orange ({warning}).",
                        ),
                        title=p.title,
                        danger=minutes_text(p.danger_s),
                        warning=minutes_text(p.warning_s),
                    ),
                    p.id,
                )
            )
    ordered = sorted(plan.phases, key=lambda p: (p.start, p.end))
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after.start < before.end:
            errors.append(
                Problem(
                    "error",
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "« {first} » ({first_start}–{first_end}) chevauche « {second} » "
                            "({second_start}–{second_end}).",
                        ),
                        first=before.title,
                        first_start=french_hm(before.start),
                        first_end=french_hm(before.end),
                        second=after.title,
                        second_start=french_hm(after.start),
                        second_end=french_hm(after.end),
                    ),
                    after.id,
                )
            )
        elif after.start > before.end:
            warnings.append(
                Problem(
                    "warning",
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Trou de {gap} entre « {first} » et « {second} » ({start}–{end}) : "
                            "l'écran affichera la phase suivante à venir.",
                        ),
                        gap=minutes_text(after.start - before.end),
                        first=before.title,
                        second=after.title,
                        start=french_hm(before.end),
                        end=french_hm(after.start),
                    ),
                    after.id,
                )
            )
    r = plan.readouts
    if r.talk_s <= 0 or r.questions_s < 0:
        errors.append(
            Problem(
                "error",
                _msg(
                    QT_TRANSLATE_NOOP(
                        "errors", "Le passage d'une équipe doit durer au moins une minute de présentation."
                    )
                ),
            )
        )
    readout = plan.readout_phase()
    if r.teams and readout is None:
        warnings.append(
            Problem(
                "warning",
                _msg(
                    QT_TRANSLATE_NOOP(
                        "errors", "Aucune phase « Restitutions » : les passages des équipes ne seront pas affichés."
                    )
                ),
            )
        )
    if r.teams and readout is not None and len(r.teams) * r.slot_s > readout.duration:
        warnings.append(
            Problem(
                "warning",
                _msg(
                    QT_TRANSLATE_NOOP(
                        "errors", "Les {count} passages ({total}) dépassent la phase « {title} » ({length})."
                    ),
                    count=len(r.teams),
                    total=minutes_text(len(r.teams) * r.slot_s),
                    title=readout.title,
                    length=minutes_text(readout.duration),
                ),
                readout.id,
            )
        )
    return errors + warnings


def errors_of(plan: Plan) -> list[Problem]:
    return [p for p in validate(plan) if p.level == "error"]


def checked(plan: Plan) -> Plan:
    """The plan, sorted by start, if it has no error; otherwise ``InvalidInput`` with the first error."""
    plan = replace(plan, phases=tuple(sorted(plan.phases, key=lambda p: (p.start, p.end))))
    errors = errors_of(plan)
    if errors:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{detail}"), detail=errors[0].message)
    return plan


# --- edits: each returns a valid plan or raises, the plan unchanged -------------------------------------------------


def set_times(plan: Plan, phase_id: str, *, start: int | None = None, end: int | None = None) -> Plan:
    """Move a phase's start and/or end. A neighbour that touched the moved boundary follows it, so the day stays
    contiguous; anything else that would overlap is refused."""
    index = plan.index(phase_id)
    phases = list(plan.phases)
    old = phases[index]
    new = replace(old, start=old.start if start is None else start, end=old.end if end is None else end)
    phases[index] = new
    if index > 0 and phases[index - 1].end == old.start and new.start != old.start:
        phases[index - 1] = replace(phases[index - 1], end=new.start)
    if index + 1 < len(phases) and phases[index + 1].start == old.end and new.end != old.end:
        phases[index + 1] = replace(phases[index + 1], start=new.end)
    return checked(replace(plan, phases=tuple(phases)))


def set_duration(plan: Plan, phase_id: str, seconds: int) -> Plan:
    """Lengthen or shorten a phase and move every later phase by the same amount."""
    index = plan.index(phase_id)
    old = plan.phases[index]
    delta = seconds - old.duration
    phases = [replace(old, end=old.start + seconds)] if seconds > 0 else [replace(old, end=old.start)]
    phases = list(plan.phases[:index]) + phases
    phases += [replace(p, start=p.start + delta, end=p.end + delta) for p in plan.phases[index + 1 :]]
    return checked(replace(plan, phases=tuple(phases)))


def update_phase(plan: Plan, phase_id: str, **changes: object) -> Plan:
    """Change title, kind, message or thresholds (``title=``, ``kind=``, ``message=``, ``warning_s=``...)."""
    allowed = {"title", "kind", "message", "warning_s", "danger_s"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"unknown phase fields: {sorted(unknown)}")
    if "title" in changes:
        changes["title"] = clean(str(changes["title"]))
    if "message" in changes:
        changes["message"] = str(changes["message"]).strip()
    if "kind" in changes and not isinstance(changes["kind"], PhaseKind):
        changes["kind"] = PhaseKind(str(changes["kind"]))
    index = plan.index(phase_id)
    phases = list(plan.phases)
    phases[index] = replace(phases[index], **changes)  # type: ignore[arg-type]
    return checked(replace(plan, phases=tuple(phases)))


def insert_after(
    plan: Plan, phase_id: str | None, title: str, minutes: int, kind: PhaseKind = PhaseKind.TEAMWORK
) -> tuple[Plan, str]:
    """A new phase right after ``phase_id`` (or at the end of the day when None); later phases move later."""
    seconds = minutes * MINUTE
    if seconds <= 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Une phase dure au moins une minute."))
    if phase_id is None:
        index = len(plan.phases)
        start = plan.phases[-1].end if plan.phases else 9 * HOUR
    else:
        index = plan.index(phase_id) + 1
        start = plan.phases[index - 1].end
    new = Phase(id=new_id(), start=start, end=start + seconds, title=clean(title), kind=kind)
    later = [replace(p, start=p.start + seconds, end=p.end + seconds) for p in plan.phases[index:]]
    phases = (*plan.phases[:index], new, *later)
    return checked(replace(plan, phases=phases)), new.id


def remove_phase(plan: Plan, phase_id: str) -> Plan:
    """Remove a phase; the phase before it (if it touched) takes over its time, so no gap opens."""
    index = plan.index(phase_id)
    old = plan.phases[index]
    phases = list(plan.phases)
    del phases[index]
    if index > 0 and phases[index - 1].end == old.start:
        phases[index - 1] = replace(phases[index - 1], end=old.end)
    return checked(replace(plan, phases=tuple(phases)))


def set_readouts(
    plan: Plan, *, teams: tuple[Team, ...] | None = None, talk_s: int | None = None, questions_s: int | None = None
) -> Plan:
    r = plan.readouts
    if teams is not None and len({t.id for t in teams}) != len(teams):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Une équipe ne peut passer qu'une fois."))
    new = Readouts(
        talk_s=r.talk_s if talk_s is None else talk_s,
        questions_s=r.questions_s if questions_s is None else questions_s,
        teams=r.teams if teams is None else teams,
    )
    return checked(replace(plan, readouts=new))


def move_team(plan: Plan, team_id: str, offset: int) -> Plan:
    """Move a team earlier (-1) or later (+1) in the readout order."""
    teams = list(plan.readouts.teams)
    index = next((i for i, t in enumerate(teams) if t.id == team_id), None)
    if index is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Cette équipe n'est pas dans l'ordre de passage."))
    target = max(0, min(len(teams) - 1, index + offset))
    teams.insert(target, teams.pop(index))
    return set_readouts(plan, teams=tuple(teams))
