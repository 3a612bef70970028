"""Where the day plan meets the teams and missions: when check-in closes, and which milestone each team should have
reached by a given moment. Phases and milestones are matched on their folded titles, so an organiser who renames
"Production" to "Production (atelier)" keeps the link; a custom milestone with no matching phase has no deadline.

Times come from the schedule's live timings (delays carried forward), never read from a clock here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from probono_desk.core.i18n import translate
from probono_desk.core.schedule import PhaseKind
from probono_desk.core.schedule_run import Timing
from probono_desk.core.text import fold

CHECKIN_PHASE = "Accueil et check-in"
CHECKIN_AFTER_PLENARY = timedelta(minutes=30)  # no check-in phase: the first plenary's start + 30 min

# default milestone (French, as stored) -> the phase at whose end it is due
MILESTONE_PHASES = {
    "cadrage": "Cadrage en équipes",
    "diagnostic partagé": "Découverte avec la structure",
    "pistes": "Choix de l'angle",
    "choix de l'angle": "Choix de l'angle",
    "production": "Production",
    "restitution prête": "Finalisation et répétition",
    "livrable remis": "Restitutions",
}


def _keys(title: str) -> set[str]:
    """The folded French title and its translation in the interface's language."""
    return {fold(title), fold(translate("schedule", title))} - {""}


def _find(timings: Sequence[Timing], title: str) -> Timing | None:
    keys = _keys(title)
    exact = [t for t in timings if fold(t.phase.title) in keys]
    if exact:
        return exact[0]
    return next((t for t in timings if any(fold(t.phase.title).startswith(k) for k in keys)), None)


def checkin_closes(timings: Sequence[Timing]) -> datetime | None:
    """When check-in closes and no-shows count as absent: the teams start work (the first team-work phase, 9h30 in
    the Marathon template: THE-DAY's "9h30 — check-in closes"), else the end of the check-in phase, else the first
    plenary's start + 30 min; None without a plan."""
    work = next((t for t in timings if t.phase.kind is PhaseKind.TEAMWORK), None)
    if work is not None:
        return work.start
    phase = _find(timings, CHECKIN_PHASE)
    if phase is not None:
        return phase.end
    plenary = next((t for t in timings if t.phase.kind is PhaseKind.PLENARY), None)
    return plenary.start + CHECKIN_AFTER_PLENARY if plenary is not None else None


def milestone_deadlines(labels: Sequence[str], timings: Sequence[Timing]) -> list[datetime | None]:
    """For each milestone, the end of the phase it belongs to (None: no such phase in the plan)."""
    by_key = {fold(m): phase for m, phase in MILESTONE_PHASES.items()}
    out: list[datetime | None] = []
    for label in labels:
        phase_title = by_key.get(fold(label))
        found = _find(timings, phase_title) if phase_title else None
        out.append(found.end if found is not None else None)
    return out


def expected_index(deadlines: Sequence[datetime | None], now: datetime) -> int | None:
    """The furthest milestone whose deadline has passed at ``now``; None while none is due (or none is known)."""
    due = [i for i, deadline in enumerate(deadlines) if deadline is not None and deadline <= now]
    return max(due) if due else None
