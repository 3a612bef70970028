"""The day plan: phases (start, end, title, kind, room message, thresholds), the default Marathon template,
readout turns; its validation is in ``core.schedule_check``, its edits (never leaving the plan broken) in
``core.schedule_edit``.

Times of day are whole seconds since midnight (``9 * 3600`` is 9h00); the event's date turns them into moments.
Edits are pure functions that return a new ``Plan`` or raise ``InvalidInput`` with a French message, the plan
unchanged. The run of the day (start, pauses, delays) lives in ``core.schedule_run``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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
