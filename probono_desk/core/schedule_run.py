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

from dataclasses import dataclass
from datetime import date, datetime, timedelta

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
            if check:
                raise _refuse(QT_TRANSLATE_NOOP("errors", "Le chrono n'est pas en pause."))
            return
        _resume(state, at)
        return
    if state.paused_at is not None:
        if check:
            raise _refuse(QT_TRANSLATE_NOOP("errors", "Reprenez d'abord le chrono (il est en pause)."))
        _resume(state, at)  # a stored operation during a pause: resume first, as the operator would have
    phases = state.phases()
    if kind is OpKind.ADD:
        index = state.current(at)
        if index is None:
            if check:
                raise _refuse(QT_TRANSLATE_NOOP("errors", "Aucune phase en cours : rien à allonger ou raccourcir."))
            return
        span = phases[index]
        if check and span.end + timedelta(seconds=op.seconds) <= at + timedelta(seconds=10):
            raise _refuse(
                QT_TRANSLATE_NOOP("errors", "Impossible de retirer {asked} : il ne reste que {left} à « {title} »."),
                asked=minutes_text(op.seconds),
                left=minutes_text(int((span.end - at).total_seconds())),
                title=plan.phases[index].title,
            )
        state.delay(span.end, op.seconds, extend_ending_at=True)
        return
    if kind is OpKind.SHIFT:
        try:
            index = plan.index(op.phase_id) if op.phase_id else state.current_or_next(at)
        except InvalidInput:
            index = None
        if index is None:
            if check:
                raise _refuse(QT_TRANSLATE_NOOP("errors", "Aucune phase à venir à décaler."))
            return
        if phases[index].start <= at:
            if index + 1 >= len(phases):
                if check:
                    raise _refuse(QT_TRANSLATE_NOOP("errors", "Aucune phase à venir à décaler."))
                return
            index += 1  # the current phase has begun: shift what follows it
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
        return
    if kind is OpKind.SKIP:
        index = state.current(at)
        if index is None:
            if check:
                raise _refuse(QT_TRANSLATE_NOOP("errors", "Aucune phase en cours à passer."))
            return
        started = min((s.start for s in state.spans if s.phase == index), default=at)
        if check and at <= started:  # a double press: the phase that just began would be left with no duration
            raise _refuse(
                QT_TRANSLATE_NOOP("errors", "« {title} » vient de commencer : passage à la suite refusé."),
                title=plan.phases[index].title,
            )
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
        return
    if kind is OpKind.NEXT_TEAM:
        turn = _current_turn(state, at)
        if turn is None:
            if check:
                raise _refuse(QT_TRANSLATE_NOOP("errors", "Aucun passage d'équipe en cours."))
            return
        gained = at - turn.end
        for s in state.turns():
            if s.turn > turn.turn:
                s.start += gained
                s.end += gained
        turn.end = at
        return


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
    phases = state.phases()
    timings = tuple(
        Timing(
            phase=p,
            planned_start=moment(day, p.start),
            planned_end=moment(day, p.end),
            start=phases[i].start,
            end=phases[i].end,
        )
        for i, p in enumerate(plan.phases)
    )
    index = state.current(now)
    current = timings[index] if index is not None else None
    upcoming = tuple(t for t in timings if t.start > now)
    remaining = int((current.end - now).total_seconds()) if current else 0
    level = (
        level_for(remaining, current.phase.warning_s, current.phase.danger_s)
        if current
        else (Level.OVER if timings and now >= timings[-1].end else Level.NORMAL)
    )
    turns: tuple[Turn, ...] = ()
    turn = None
    stage = ""
    turn_remaining = 0
    turn_level = Level.NORMAL
    readout = plan.readout_phase()
    if readout is not None:
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
        if span is not None:
            turn = turns[span.turn]
            if now < turn.talk_end:
                stage = "talk"
                turn_remaining = int((turn.talk_end - now).total_seconds())
                turn_level = Level.WARNING if turn_remaining <= TEAM_WARNING_S else Level.NORMAL
            else:
                stage = "questions"
                turn_remaining = int((turn.end - now).total_seconds())
                turn_level = Level.DANGER if turn_remaining <= TEAM_DANGER_S else Level.WARNING
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
        turns=turns,
        turn=turn,
        turn_stage=stage,
        turn_remaining_s=turn_remaining,
        turn_level=turn_level,
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
