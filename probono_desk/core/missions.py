"""Mission tracking rules: the day's milestones, a team's status, and how far behind the day plan a team is."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import Enum

from probono_desk.core.i18n import QT_TRANSLATE_NOOP

DEFAULT_MILESTONES = (
    QT_TRANSLATE_NOOP("missions", "cadrage"),
    QT_TRANSLATE_NOOP("missions", "diagnostic partagé"),
    QT_TRANSLATE_NOOP("missions", "pistes"),
    QT_TRANSLATE_NOOP("missions", "choix de l'angle"),
    QT_TRANSLATE_NOOP("missions", "production"),
    QT_TRANSLATE_NOOP("missions", "restitution prête"),
    QT_TRANSLATE_NOOP("missions", "livrable remis"),
)


class TeamStatus(str, Enum):
    ON_TRACK = "en_bonne_voie"
    WATCH = "a_surveiller"
    BLOCKED = "bloquee"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def colour(self) -> str:
        return STATUS_COLOURS[self]


STATUS_LABELS = {
    TeamStatus.ON_TRACK: QT_TRANSLATE_NOOP("missions", "en bonne voie"),
    TeamStatus.WATCH: QT_TRANSLATE_NOOP("missions", "à surveiller"),
    TeamStatus.BLOCKED: QT_TRANSLATE_NOOP("missions", "bloquée"),
}
STATUS_COLOURS = {TeamStatus.ON_TRACK: "#2e7d32", TeamStatus.WATCH: "#ef6c00", TeamStatus.BLOCKED: "#c62828"}


class Alert(str, Enum):
    """How much a team needs the organiser: none, orange, red."""

    OK = "ok"
    WATCH = "orange"
    HELP = "rouge"


@dataclass(frozen=True)
class Milestone:
    id: str
    position: int
    label: str


@dataclass(frozen=True)
class Tick:
    structure_id: str
    milestone_id: str
    at: str
    by: str


@dataclass(frozen=True)
class Note:
    id: str
    structure_id: str
    at: str
    author: str
    text: str


@dataclass(frozen=True)
class Progress:
    done: int  # milestones ticked
    total: int
    reached: int  # index of the furthest milestone ticked, -1 if none
    expected: int | None  # index of the milestone the day plan expects by now, None while unknown
    behind: int  # how many milestones behind the plan (0 when on time or unknown)
    alert: Alert


def progress(
    ticked_positions: Collection[int], total: int, status: TeamStatus, expected_index: int | None = None
) -> Progress:
    """Where a team stands. ``expected_index``: the milestone the schedule says should be ticked by now (the
    schedule feature supplies it; None means judge on status alone). Behind by 1 is orange, by 2 or more red;
    'à surveiller' is at least orange, 'bloquée' red."""
    reached = max(ticked_positions, default=-1)
    behind = max(0, expected_index - reached) if expected_index is not None else 0
    alert = Alert.OK
    if behind == 1 or status == TeamStatus.WATCH:
        alert = Alert.WATCH
    if behind >= 2 or status == TeamStatus.BLOCKED:
        alert = Alert.HELP
    return Progress(len(ticked_positions), total, reached, expected_index, behind, alert)
