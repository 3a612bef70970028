"""The run of the day's values: the operator's operations (``Operation``, ``OpKind``), and what the clock shows at
a moment (``Snapshot`` with its ``Timing``s and readout ``Turn``s, the colour ``Level`` of a countdown).
``core.schedule_run`` computes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from probono_desk.core.schedule import Phase, Team


class OpKind(str, Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    ADD = "add"
    SHIFT = "shift"
    SKIP = "skip"
    NEXT_TEAM = "next_team"
    MESSAGE = "message"
    RESET = "reset"


class MessageMode(str, Enum):
    NONE = ""
    SHOW = "show"
    BLINK = "blink"
    BLACKOUT = "blackout"


class Level(str, Enum):
    NORMAL = "normal"
    WARNING = "warning"
    DANGER = "danger"
    OVER = "over"


TEAM_WARNING_S = 60  # last minute of a team's talk
TEAM_DANGER_S = 30  # last 30 seconds of its questions


@dataclass(frozen=True)
class Operation:
    kind: OpKind
    at: datetime
    seconds: int = 0
    phase_id: str = ""
    text: str = ""
    mode: MessageMode = MessageMode.NONE


@dataclass(frozen=True)
class Timing:
    """A phase with its planned and expected (after delays) moments."""

    phase: Phase
    planned_start: datetime
    planned_end: datetime
    start: datetime
    end: datetime

    @property
    def delay_s(self) -> int:
        return int((self.start - self.planned_start).total_seconds())


@dataclass(frozen=True)
class Turn:
    team: Team
    position: int
    planned_start: datetime
    start: datetime
    talk_end: datetime
    end: datetime


@dataclass(frozen=True)
class Snapshot:
    now: datetime
    timings: tuple[Timing, ...]
    current: Timing | None
    remaining_s: int
    level: Level
    upcoming: tuple[Timing, ...]
    started: bool
    paused: bool
    paused_s: int
    message: str
    message_mode: MessageMode
    turns: tuple[Turn, ...] = ()
    turn: Turn | None = None
    turn_stage: str = ""  # "talk" or "questions"
    turn_remaining_s: int = 0
    turn_level: Level = Level.NORMAL

    @property
    def next(self) -> Timing | None:
        return self.upcoming[0] if self.upcoming else None

    @property
    def before_day(self) -> bool:
        return bool(self.timings) and self.now < self.timings[0].start

    @property
    def day_over(self) -> bool:
        return not self.timings or self.now >= self.timings[-1].end

    @property
    def delay_s(self) -> int:
        """How late the end of the day is expected, in seconds (negative: early)."""
        if not self.timings:
            return 0
        last = self.timings[-1]
        return int((last.end - last.planned_end).total_seconds())

    @property
    def room_message(self) -> str:
        """The operator's message if one is on, else the current phase's own message."""
        if self.message_mode is not MessageMode.NONE and self.message:
            return self.message
        return self.current.phase.message if self.current else ""

    @property
    def progress(self) -> float:
        """Share of the current phase already gone, 0..1."""
        if self.current is None:
            return 0.0
        total = (self.current.end - self.current.start).total_seconds()
        return 0.0 if total <= 0 else max(0.0, min(1.0, 1 - self.remaining_s / total))


def level_for(remaining_s: int, warning_s: int, danger_s: int) -> Level:
    if remaining_s <= 0:
        return Level.OVER
    if remaining_s <= danger_s:
        return Level.DANGER
    if remaining_s <= warning_s:
        return Level.WARNING
    return Level.NORMAL
