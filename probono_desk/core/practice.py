"""A practice copy of an event (« Répétition »): its marks, its clock, and the script of a simulated rush.

Pure rules: the meta keys that mark a copy, the practice clock (plan time at any hour of the event's day, faster
than real time), whether today is the real day, and the arrivals a facilitator rehearses with. Time and randomness
are passed in."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum

from probono_desk.core.clock import Clock
from probono_desk.core.errors import InvalidInput
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.schedule_run import RehearsalClock

# meta keys of a practice copy (the real event has none of them)
PRACTICE = "practice"
SOURCE_PATH = "practice_source_path"
SOURCE_ID = "practice_source_id"
START = "practice_start"
SPEED = "practice_speed"

MARK = QT_TRANSLATE_NOOP("practice", "EXERCICE")  # on every screen and every printed page
DEFAULT_START = time(8, 25)
DEFAULT_SPEED = 1.0
SPEEDS = (1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
TRAINEES = 6  # practice badges for the facilitators' training, only in the copy
TRAINEE_FIRST = QT_TRANSLATE_NOOP("practice", "Stagiaire")
TRAINEE_LAST = QT_TRANSLATE_NOOP("practice", "Exercice")
SURPRISE = QT_TRANSLATE_NOOP("practice", "Arrivée Surprise")


@dataclass(frozen=True)
class PracticeInfo:
    """What a practice copy knows of itself: the real event it was made from, and how its clock runs."""

    source_path: str
    source_id: str
    start: time = DEFAULT_START
    speed: float = DEFAULT_SPEED


def parse_start(text: str) -> time:
    """'8h25', '08:25', '8:25' → 08:25; anything else is refused with a French message."""
    match = re.fullmatch(r"\s*(\d{1,2})\s*[hH:]\s*(\d{2})?\s*", text or "")
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise InvalidInput(
        QT_TRANSLATE_NOOP("errors", "Heure de départ « {value} » invalide : attendu HH:MM (par exemple 08:25)."),
        value=text,
    )


def parse_speed(value: str | float) -> float:
    """A speed between ×1 and ×60."""
    try:
        speed = float(str(value).strip().lstrip("×x"))
    except ValueError:
        speed = 0.0
    if not 1.0 <= speed <= 60.0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Vitesse « {value} » invalide : de 1 à 60 fois le temps réel."), value=value
        )
    return speed


def start_text(start: time) -> str:
    return f"{start.hour:02d}:{start.minute:02d}"


def info_from_meta(meta: dict[str, str]) -> PracticeInfo | None:
    """The copy's marks read back from its meta table; ``None`` for a real event. Bad clock values fall back to the
    defaults (the copy still opens, still marked)."""
    if meta.get(PRACTICE) != "1":
        return None
    try:
        start = parse_start(meta.get(START, "")) if meta.get(START) else DEFAULT_START
    except InvalidInput:
        start = DEFAULT_START
    try:
        speed = parse_speed(meta.get(SPEED, "")) if meta.get(SPEED) else DEFAULT_SPEED
    except InvalidInput:
        speed = DEFAULT_SPEED
    return PracticeInfo(meta.get(SOURCE_PATH, ""), meta.get(SOURCE_ID, ""), start, speed)


def is_event_day(event_date: str, today: date) -> bool:
    """True on the event's own date: a practice copy opened that day may be a mistake at the door."""
    try:
        return date.fromisoformat(event_date) == today
    except ValueError:
        return False


class PracticeClock:
    """The one clock of a practice copy, for every screen: plan time ``start`` on the event's day at the moment it
    is (re)started, running ``speed`` times faster than ``real``. The object stays the same when the organiser
    changes the start or the speed, so every screen holding it follows."""

    def __init__(self, real: Clock, day: date, start: time = DEFAULT_START, speed: float = DEFAULT_SPEED) -> None:
        self.real = real
        self.day = day
        self._clock = RehearsalClock(real, datetime.combine(day, start), speed)
        self.start = start

    @property
    def speed(self) -> float:
        return self._clock.speed

    def now(self) -> datetime:
        return self._clock.now()

    def restart(self, start: time, speed: float) -> None:
        """From ``start`` again, at ``speed``."""
        self.start = start
        self._clock = RehearsalClock(self.real, datetime.combine(self.day, start), speed)


class RushKind(str, Enum):
    SCAN = "scan"  # a badge of the copy
    UNKNOWN = "unknown"  # a code of this event that nobody holds
    DUPLICATE = "duplicate"  # a badge already scanned a moment ago
    WALK_IN = "walk_in"  # somebody who did not register


@dataclass(frozen=True)
class RushStep:
    kind: RushKind
    text: str  # the code a scanner types; for a walk-in, the name


def rush_script(
    codes: list[str], *, count: int, unknown_codes: list[str], rng: random.Random, walk_in_name: str = "Sur place"
) -> list[RushStep]:
    """``count`` arrivals: mostly badges of the copy not yet scanned (in a shuffled order), a few unknown codes, one
    duplicate scan and one walk-in, the surprises spread through the rush rather than at its end."""
    pool = list(codes)
    rng.shuffle(pool)
    steps: list[RushStep] = [RushStep(RushKind.SCAN, code) for code in pool[: max(0, count)]]
    surprises: list[RushStep] = [RushStep(RushKind.UNKNOWN, code) for code in unknown_codes]
    surprises.append(RushStep(RushKind.WALK_IN, walk_in_name))
    for step in surprises:
        steps.insert(rng.randint(min(1, len(steps)), len(steps)), step)
    scanned = [i for i, s in enumerate(steps) if s.kind is RushKind.SCAN]
    if scanned:  # the same badge again, a few arrivals after it first went through
        first = scanned[min(2, len(scanned) - 1)]
        steps.insert(min(first + 3, len(steps)), RushStep(RushKind.DUPLICATE, steps[first].text))
    return steps
