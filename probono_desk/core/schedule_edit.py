"""Editing a day plan: each edit returns a valid plan or raises, the plan unchanged."""

from __future__ import annotations

from dataclasses import replace

from probono_desk.core.errors import InvalidInput
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.ids import new_id
from probono_desk.core.schedule import HOUR, MINUTE, Phase, PhaseKind, Plan, Readouts, Team
from probono_desk.core.schedule_check import checked
from probono_desk.core.text import clean

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
