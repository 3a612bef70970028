"""The run of the day: the operator's operations (start, pause, ±minutes, shift, skip, next team, message) and
the pure function ``snapshot(plan, day, operations, now)`` that every view and ``status --at`` reads.

The plan follows the wall clock: at 10h20 the phase planned for 10h20 is current, unless operations moved it.
Every operation is stored with its moment; the snapshot replays those at or before ``now`` over the planned
timeline, so reopening the file (or a crash) gives the same clock, and any past moment can be replayed.

How the timeline moves:
- a pause freezes the countdown; at resume the current phase ends later and every later phase (and readout turn)
  starts later by the length of the pause;
- ``add`` lengthens (or, negative, shortens) the current phase; every later phase moves by as much;
- ``shift`` moves a phase that has not started and every phase after it; the phase before it absorbs the change
  (a late start: the welcome lasts longer, the rest of the day moves);
- ``skip`` ends the current phase now; the next one starts now and keeps its end (it gains the time);
- ``next_team`` ends the current readout turn now; the later turns move earlier.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from probono_desk.core.clock import Clock
from probono_desk.core.dates import hhmm
from probono_desk.core.errors import InvalidInput
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.schedule import PhaseKind, Plan, minutes_text, moment
from probono_desk.core.schedule_values import (  # noqa: F401 - the run's values, re-exported
    TEAM_DANGER_S,
    TEAM_WARNING_S,
    Level,
    MessageMode,
    Operation,
    OpKind,
    Snapshot,
    Timing,
    Turn,
    level_for,
)

# --- the timeline ---------------------------------------------------------------------------------------------------


@dataclass
class _Span:
    start: datetime
    end: datetime
    phase: int  # index of its phase
    turn: int = -1  # index of its readout turn, -1 for the phase itself


@dataclass
class _State:
    spans: list[_Span]
    started: bool = False
    paused_at: datetime | None = None
    paused_s: int = 0
    message: str = ""
    message_mode: MessageMode = MessageMode.NONE

    def phases(self) -> list[_Span]:
        return [s for s in self.spans if s.turn < 0]

    def turns(self) -> list[_Span]:
        return [s for s in self.spans if s.turn >= 0]

    def current(self, at: datetime) -> int | None:
        for i, s in enumerate(self.phases()):
            if s.start <= at < s.end:
                return i
        return None

    def current_or_next(self, at: datetime) -> int | None:
        for i, s in enumerate(self.phases()):
            if at < s.end:
                return i
        return None

    def delay(self, at: datetime, seconds: int, *, extend_ending_at: bool) -> None:
        """Insert ``seconds`` at moment ``at``: what starts at or after it moves, what spans it grows."""
        d = timedelta(seconds=seconds)
        for s in self.spans:
            if s.start >= at:
                s.start += d
                s.end += d
            elif s.end > at or (extend_ending_at and s.end == at):
                s.end += d


def _initial(plan: Plan, day: date) -> _State:
    spans = [_Span(moment(day, p.start), moment(day, p.end), i) for i, p in enumerate(plan.phases)]
    readout = plan.readout_phase()
    if readout is not None:
        index = plan.phases.index(readout)
        r = plan.readouts
        for position, _team in enumerate(r.teams):
            start = moment(day, readout.start + position * r.slot_s)
            spans.append(_Span(start, start + timedelta(seconds=r.slot_s), index, position))
    return _State(spans=spans)


def _refuse(template: str, **values: object) -> InvalidInput:
    return InvalidInput(template, **values)


def _apply(state: _State, plan: Plan, op: Operation, *, check: bool) -> None:
    """Apply one operation; with ``check`` refuse (InvalidInput) one that makes no sense at its moment."""
    at = op.at
    kind = op.kind
    if kind is OpKind.RESET:  # handled by _replay, which starts over from the plan
        return
    if kind is OpKind.MESSAGE:
        state.message, state.message_mode = op.text, op.mode
        return
    if kind is OpKind.START:
        if check and state.started:
            raise _refuse(QT_TRANSLATE_NOOP("errors", "La journée est déjà démarrée."))
        state.started = True
        return
    if check and not state.started:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "Démarrez d'abord la journée."))
    if kind is OpKind.PAUSE:
        if check and state.paused_at is not None:
            raise _refuse(QT_TRANSLATE_NOOP("errors", "Le chrono est déjà en pause."))
        if check and state.current_or_next(at) is None:
            raise _refuse(QT_TRANSLATE_NOOP("errors", "La journée est terminée."))
        state.paused_at = at
        return
    if kind is OpKind.RESUME:
        if state.paused_at is None:
            _nothing_to(QT_TRANSLATE_NOOP("errors", "Le chrono n'est pas en pause."), check)
            return
        _resume(state, at)
        return
    if state.paused_at is not None:
        if check:
            raise _refuse(QT_TRANSLATE_NOOP("errors", "Reprenez d'abord le chrono (il est en pause)."))
        _resume(state, at)  # a stored operation during a pause: resume first, as the operator would have
    move = _TIMELINE_MOVES.get(kind)
    if move is not None:
        move(state, plan, op, check)


def _nothing_to(template: str, check: bool) -> None:
    """An operation with nothing to act on at its moment: refused when checked, ignored when replayed."""
    if check:
        raise _refuse(template)


def _add(state: _State, plan: Plan, op: Operation, check: bool) -> None:
    """Lengthen (or shorten) the current phase; every later phase moves by as much."""
    at = op.at
    index = state.current(at)
    if index is None:
        _nothing_to(QT_TRANSLATE_NOOP("errors", "Aucune phase en cours : rien à allonger ou raccourcir."), check)
        return
    span = state.phases()[index]
    if check and span.end + timedelta(seconds=op.seconds) <= at + timedelta(seconds=10):
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Impossible de retirer {asked} : il ne reste que {left} à « {title} »."),
            asked=minutes_text(op.seconds),
            left=minutes_text(int((span.end - at).total_seconds())),
            title=plan.phases[index].title,
        )
    state.delay(span.end, op.seconds, extend_ending_at=True)


def _shift_target(state: _State, plan: Plan, op: Operation) -> int | None:
    """The phase a shift moves: the one named, else the current or next one — or the one after it if it has
    begun; None when there is none."""
    try:
        index = plan.index(op.phase_id) if op.phase_id else state.current_or_next(op.at)
    except InvalidInput:
        index = None
    if index is None:
        return None
    phases = state.phases()
    if phases[index].start <= op.at:
        if index + 1 >= len(phases):
            return None
        index += 1  # the current phase has begun: shift what follows it
    return index


def _shift(state: _State, plan: Plan, op: Operation, check: bool) -> None:
    """Move a phase that has not started and every phase after it; the phase before it absorbs the change."""
    at = op.at
    index = _shift_target(state, plan, op)
    if index is None:
        _nothing_to(QT_TRANSLATE_NOOP("errors", "Aucune phase à venir à décaler."), check)
        return
    phases = state.phases()
    span = phases[index]
    new_start = span.start + timedelta(seconds=op.seconds)
    if check and new_start <= at:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "« {title} » commencerait dans le passé ({when}) : décalage refusé."),
            title=plan.phases[index].title,
            when=hhmm(new_start),
        )
    if check and index > 0 and phases[index - 1].end == span.start and new_start <= phases[index - 1].start:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Décalage refusé : « {title} » n'aurait plus de durée."),
            title=plan.phases[index - 1].title,
        )
    state.delay(span.start, op.seconds, extend_ending_at=True)


def _skip(state: _State, plan: Plan, op: Operation, check: bool) -> None:
    """End the current phase now; the next one, if it followed on, starts now and keeps its end."""
    at = op.at
    index = state.current(at)
    if index is None:
        _nothing_to(QT_TRANSLATE_NOOP("errors", "Aucune phase en cours à passer."), check)
        return
    started = min((s.start for s in state.spans if s.phase == index), default=at)
    if check and at <= started:  # a double press: the phase that just began would be left with no duration
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "« {title} » vient de commencer : passage à la suite refusé."),
            title=plan.phases[index].title,
        )
    phases = state.phases()
    old_end = phases[index].end
    gained = at - old_end  # negative
    for s in state.spans:
        if s.phase == index and s.end > at:
            s.end = max(at, s.start)
        if s.phase == index and s.start > at:
            s.start = at
    if index + 1 < len(phases) and phases[index + 1].start == old_end:
        for s in state.spans:
            if s.phase == index + 1:
                if s.turn < 0:
                    s.start = at
                else:
                    s.start += gained
                    s.end += gained


def _next_team(state: _State, plan: Plan, op: Operation, check: bool) -> None:
    """End the current readout turn now; the later turns move earlier."""
    at = op.at
    turn = _current_turn(state, at)
    if turn is None:
        _nothing_to(QT_TRANSLATE_NOOP("errors", "Aucun passage d'équipe en cours."), check)
        return
    gained = at - turn.end
    for s in state.turns():
        if s.turn > turn.turn:
            s.start += gained
            s.end += gained
    turn.end = at


_TIMELINE_MOVES: dict[OpKind, Callable[[_State, Plan, Operation, bool], None]] = {
    OpKind.ADD: _add,
    OpKind.SHIFT: _shift,
    OpKind.SKIP: _skip,
    OpKind.NEXT_TEAM: _next_team,
}


def _resume(state: _State, at: datetime) -> None:
    assert state.paused_at is not None
    seconds = int((at - state.paused_at).total_seconds())
    state.delay(state.paused_at, seconds, extend_ending_at=False)
    state.paused_s += seconds
    state.paused_at = None


def _current_turn(state: _State, at: datetime) -> _Span | None:
    index = state.current(at)
    if index is None:
        return None
    phase = state.phases()[index]
    for s in state.turns():
        if s.phase == index and s.start <= at < s.end and s.start < phase.end:
            return s
    return None


def _replay(plan: Plan, day: date, operations: list[Operation], now: datetime) -> _State:
    state = _initial(plan, day)
    for op in operations:
        if op.at > now:
            continue
        if op.kind is OpKind.RESET:
            state = _initial(plan, day)
            continue
        _apply(state, plan, op, check=False)
    return state


def check(plan: Plan, day: date, operations: list[Operation], op: Operation) -> None:
    """Raise ``InvalidInput`` (French message) if ``op`` cannot be applied at its moment; else do nothing."""
    state = _replay(plan, day, operations, op.at)
    if op.kind in (OpKind.MESSAGE, OpKind.RESET):
        return
    _apply(state, plan, op, check=True)


def snapshot(plan: Plan, day: date, operations: list[Operation], now: datetime) -> Snapshot:
    """Where the day stands at ``now``: current phase, countdown, colour, what comes next, readout turn."""
    state = _replay(plan, day, operations, now)
    paused = state.paused_at is not None
    paused_s = state.paused_s
    if paused:
        assert state.paused_at is not None
        paused_s += int((now - state.paused_at).total_seconds())
        _resume(state, now)  # a virtual resume now: the countdown is frozen where the pause began
    timings = _timings(plan, day, state)
    index = state.current(now)
    current = timings[index] if index is not None else None
    upcoming = tuple(t for t in timings if t.start > now)
    remaining = int((current.end - now).total_seconds()) if current else 0
    level = (
        level_for(remaining, current.phase.warning_s, current.phase.danger_s)
        if current
        else (Level.OVER if timings and now >= timings[-1].end else Level.NORMAL)
    )
    readouts = _readouts_at(plan, day, state, now)
    return Snapshot(
        now=now,
        timings=timings,
        current=current,
        remaining_s=remaining,
        level=level,
        upcoming=upcoming,
        started=state.started,
        paused=paused,
        paused_s=paused_s,
        message=state.message,
        message_mode=state.message_mode,
        turns=readouts.turns,
        turn=readouts.turn,
        turn_stage=readouts.stage,
        turn_remaining_s=readouts.remaining_s,
        turn_level=readouts.level,
    )


def _timings(plan: Plan, day: date, state: _State) -> tuple[Timing, ...]:
    """Each phase with its planned moments and those the operations gave it."""
    phases = state.phases()
    return tuple(
        Timing(
            phase=p,
            planned_start=moment(day, p.start),
            planned_end=moment(day, p.end),
            start=phases[i].start,
            end=phases[i].end,
        )
        for i, p in enumerate(plan.phases)
    )


class _ReadoutsNow(NamedTuple):
    """The readout turns, and the one under way at a moment with its stage, countdown and colour."""

    turns: tuple[Turn, ...] = ()
    turn: Turn | None = None
    stage: str = ""
    remaining_s: int = 0
    level: Level = Level.NORMAL


def _readouts_at(plan: Plan, day: date, state: _State, now: datetime) -> _ReadoutsNow:
    readout = plan.readout_phase()
    if readout is None:
        return _ReadoutsNow()
    questions = timedelta(seconds=plan.readouts.questions_s)
    turns = tuple(
        Turn(
            team=plan.readouts.teams[s.turn],
            position=s.turn,
            planned_start=moment(day, readout.start + s.turn * plan.readouts.slot_s),
            start=s.start,
            talk_end=max(s.start, s.end - questions),
            end=s.end,
        )
        for s in state.turns()
    )
    span = _current_turn(state, now)
    if span is None:
        return _ReadoutsNow(turns)
    turn = turns[span.turn]
    if now < turn.talk_end:
        remaining = int((turn.talk_end - now).total_seconds())
        return _ReadoutsNow(
            turns, turn, "talk", remaining, Level.WARNING if remaining <= TEAM_WARNING_S else Level.NORMAL
        )
    remaining = int((turn.end - now).total_seconds())
    return _ReadoutsNow(
        turns, turn, "questions", remaining, Level.DANGER if remaining <= TEAM_DANGER_S else Level.WARNING
    )


def is_readout(timing: Timing | None) -> bool:
    return timing is not None and timing.phase.kind is PhaseKind.READOUTS


class RehearsalClock:
    """A clock for rehearsals: plan time ``origin_plan`` at real time ``origin_real``, running ``speed`` times
    faster. ``real`` is any clock (the system clock on the day, a FixedClock in tests)."""

    def __init__(self, real: Clock, origin_plan: datetime, speed: float = 1.0) -> None:
        self.real = real
        self.origin_real = self.real.now()
        self.origin_plan = origin_plan
        self.speed = speed

    def now(self) -> datetime:
        elapsed = (self.real.now() - self.origin_real).total_seconds()
        return (self.origin_plan + timedelta(seconds=elapsed * self.speed)).replace(microsecond=0)

    def set_speed(self, speed: float) -> None:
        """Change speed without a jump: plan time continues from where it is."""
        self.origin_plan = self.now()
        self.origin_real = self.real.now()
        self.speed = speed

    def jump(self, plan_moment: datetime) -> None:
        self.origin_plan = plan_moment
        self.origin_real = self.real.now()
