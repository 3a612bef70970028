"""What the programme's bilan states, as plain values: gathered by ``services/trail_bilan.py``, drawn by
``output/bilan.py``."""

from __future__ import annotations

from dataclasses import dataclass, field

from probono_desk.core.evaluations import QuestionResult
from probono_desk.core.trail import RecoCount, Recommendation
from probono_desk.core.trail_hours import Hours


@dataclass(frozen=True)
class PathStep:
    label: str  # 'Diagnostic', 'Marathon', 'Trail : 1re séance'…
    date: str  # YYYY-MM-DD, '' when not reached yet


@dataclass(frozen=True)
class StructureBilan:
    structure_id: str
    name: str
    table: str = ""
    colour: str = ""
    path: tuple[PathStep, ...] = ()
    needs: tuple[str, ...] = ()
    deliverable: str = ""  # title — summary
    recommendations: tuple[Recommendation, ...] = ()
    reco_count: RecoCount = field(default_factory=RecoCount)
    trail_names: tuple[str, ...] = ()
    sessions: int = 0
    session_minutes: int = 0  # the sessions' own durations
    hours: Hours = field(default_factory=Hours)  # volunteer hours given to this structure (day + Trail)
    short_term: tuple[QuestionResult, ...] = ()  # the day's questionnaires, this structure's answers
    mid_term: tuple[QuestionResult, ...] = ()  # the mid-term interview(s)


@dataclass(frozen=True)
class Bilan:
    event_name: str
    event_date: str
    venue: str
    structures: tuple[StructureBilan, ...]
    hours: Hours
    hours_rule: str
    day_length_minutes: int
    short_term: tuple[tuple[str, QuestionResult], ...] = ()  # (audience label, result) overall
    mid_term: tuple[QuestionResult, ...] = ()  # overall
    made_at: str = ""
