"""``event.schedule``: the day plan and its clock, for the Chrono screen, the projector and ``status --at``.

Every operator action is checked against the clock at its moment (``core.schedule_run.check``), then stored as an
operation with the journal entry in one transaction. A rehearsal (``rehearsal()``) runs the same plan on a
rehearsal clock with its operations kept in memory, so the real day's clock is never touched.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from probono_desk.core import plan_links as links
from probono_desk.core import schedule_edit as plans
from probono_desk.core.clock import Clock, iso
from probono_desk.core.schedule import MINUTE, PhaseKind, Plan, Readouts, Team, default_plan, hm
from probono_desk.core.schedule_check import checked, validate
from probono_desk.core.schedule_run import (
    MessageMode,
    Operation,
    OpKind,
    RehearsalClock,
    Snapshot,
    check,
    snapshot,
)
from probono_desk.storage import roster as roster_store
from probono_desk.storage import schedule as store

if TYPE_CHECKING:
    from probono_desk.core.schedule import Problem
    from probono_desk.services.event import Event

DISPLAY_DEFAULTS = {"chime": "1", "large_digits": "0", "show_seconds": "1"}


class ScheduleService:
    def __init__(self, event: Event, clock: Clock | None = None) -> None:
        self.event = event
        self._clock = clock

    @property
    def clock(self) -> Clock:
        return self._clock or self.event.clock

    @property
    def rehearsing(self) -> bool:
        return False

    def day(self) -> date:
        return date.fromisoformat(self.event.info.date)

    # --- the plan ----------------------------------------------------------------------------------------------

    def _load(self) -> tuple[Plan, list[Operation]]:
        # Read every time (a dozen rows, well under a millisecond): always what the file says, whoever wrote it.
        return self._read_plan(), self._read_operations()

    def _read_plan(self) -> Plan:
        db = self.event.db
        structures = roster_store.list_structures(db)
        names = {s.id: s.name for s in structures}
        order = [i for i in store.readout_order(db) if i in names]
        order += [s.id for s in structures if s.id not in order]
        settings = store.get_settings(db)
        readouts = Readouts(
            talk_s=int(settings.get("talk_s", 5 * MINUTE)),
            questions_s=int(settings.get("questions_s", 2 * MINUTE)),
            teams=tuple(Team(i, names[i]) for i in order),
        )
        return Plan(phases=tuple(store.list_phases(db)), readouts=readouts)

    def _read_operations(self) -> list[Operation]:
        return store.list_operations(self.event.db)

    def plan(self) -> Plan:
        return self._load()[0]

    def problems(self) -> list[Problem]:
        return validate(self.plan())

    def save_plan(self, plan: Plan, action: str = "schedule.plan") -> Plan:
        """Validate and store the whole plan (phases, readout order, slot) in one transaction."""
        plan = checked(plan)
        with self.event.write() as w:
            store.replace_phases(w.db, plan.phases)
            store.replace_readout_order(w.db, [t.id for t in plan.readouts.teams])
            store.set_setting(w.db, "talk_s", str(plan.readouts.talk_s))
            store.set_setting(w.db, "questions_s", str(plan.readouts.questions_s))
            w.log(action, "schedule", "", {"phases": len(plan.phases), "teams": len(plan.readouts.teams)})
        return plan

    def load_default(self) -> Plan:
        """Replace the plan with the Marathon template; the readout order follows the structures."""
        plan = default_plan(teams=self.plan().readouts.teams, language=self.event.language)  # the event's words
        return self.save_plan(plan, action="schedule.template")

    def set_times(self, phase_id: str, *, start: int | None = None, end: int | None = None) -> Plan:
        return self.save_plan(plans.set_times(self.plan(), phase_id, start=start, end=end))

    def set_duration(self, phase_id: str, minutes: int) -> Plan:
        return self.save_plan(plans.set_duration(self.plan(), phase_id, minutes * MINUTE))

    def update_phase(self, phase_id: str, **changes: object) -> Plan:
        return self.save_plan(plans.update_phase(self.plan(), phase_id, **changes))

    def insert_after(
        self, phase_id: str | None, title: str, minutes: int, kind: PhaseKind = PhaseKind.TEAMWORK
    ) -> tuple[Plan, str]:
        plan, new_id = plans.insert_after(self.plan(), phase_id, title, minutes, kind)
        return self.save_plan(plan), new_id

    def remove_phase(self, phase_id: str) -> Plan:
        return self.save_plan(plans.remove_phase(self.plan(), phase_id))

    def move_team(self, team_id: str, offset: int) -> Plan:
        return self.save_plan(plans.move_team(self.plan(), team_id, offset))

    def set_slot(self, talk_minutes: int, questions_minutes: int) -> Plan:
        plan = plans.set_readouts(self.plan(), talk_s=talk_minutes * MINUTE, questions_s=questions_minutes * MINUTE)
        return self.save_plan(plan)

    def day_plan_rows(self) -> list[tuple[str, str, str]]:
        """(start "HH:MM", end "HH:MM", title) for each phase — the printed team sheets' day plan."""
        return [(hm(p.start), hm(p.end), p.title) for p in self.plan().phases]

    # --- display settings (kept in the event so the projector looks the same after reopening) -------------------

    def display(self) -> dict[str, bool]:
        settings = {**DISPLAY_DEFAULTS, **store.get_settings(self.event.db)}
        return {key: settings[key] == "1" for key in DISPLAY_DEFAULTS}

    def set_display(self, key: str, on: bool) -> None:
        if key not in DISPLAY_DEFAULTS:
            raise ValueError(key)
        with self.event.write() as w:
            store.set_setting(w.db, key, "1" if on else "0")
            w.log("schedule.display", "schedule", "", {key: on})

    # --- the clock ---------------------------------------------------------------------------------------------

    def operations(self) -> list[Operation]:
        return self._load()[1]

    def at(self, moment: datetime | None = None) -> Snapshot:
        """The clock at ``moment`` (default: now on this service's clock)."""
        plan, ops = self._load()
        return snapshot(plan, self.day(), ops, moment or self.clock.now())

    def _record(self, kind: OpKind, **fields: Any) -> Snapshot:
        now = self.clock.now()
        op = Operation(kind=kind, at=now, **fields)
        plan, ops = self._load()
        check(plan, self.day(), ops, op)
        self._store(op)
        return self.at(now)

    def _store(self, op: Operation) -> None:
        with self.event.write() as w:
            store.insert_operation(w.db, op, self.event.station)
            payload: dict[str, Any] = {"at": iso(op.at)}
            if op.seconds:
                payload["seconds"] = op.seconds
            if op.phase_id:
                payload["phase_id"] = op.phase_id
            if op.kind is OpKind.MESSAGE:
                payload["mode"] = op.mode.value
            w.log(f"schedule.{op.kind.value}", "schedule", op.phase_id, payload)

    def start(self) -> Snapshot:
        return self._record(OpKind.START)

    def pause(self) -> Snapshot:
        return self._record(OpKind.PAUSE)

    def resume(self) -> Snapshot:
        return self._record(OpKind.RESUME)

    def add_minutes(self, minutes: int) -> Snapshot:
        """Lengthen (or, negative, shorten) the current phase; later phases move by as much."""
        return self._record(OpKind.ADD, seconds=int(minutes * MINUTE))

    def shift(self, minutes: int, phase_id: str = "") -> Snapshot:
        """Move ``phase_id`` (default: the next phase) and every later phase; the phase before absorbs it."""
        return self._record(OpKind.SHIFT, seconds=int(minutes * MINUTE), phase_id=phase_id)

    def skip(self) -> Snapshot:
        return self._record(OpKind.SKIP)

    def next_team(self) -> Snapshot:
        return self._record(OpKind.NEXT_TEAM)

    def message(self, text: str, mode: MessageMode | str = MessageMode.SHOW) -> Snapshot:
        mode = MessageMode(mode)
        text = text.strip()
        if not text:
            mode = MessageMode.NONE
        return self._record(OpKind.MESSAGE, text=text, mode=mode)

    def reset(self) -> Snapshot:
        """Forget the day's operations (the clock follows the plan again). The operations stay in the file."""
        return self._record(OpKind.RESET)

    # --- what the plan means for the teams and missions -------------------------------------------------------

    def checkin_closes(self, moment: datetime | None = None) -> datetime:
        """When those not checked in count as absent: the check-in phase's expected end (delays included), else
        the first plenary's start + 30 min, else 09:30."""
        found = links.checkin_closes(self.at(moment).timings)
        return found or datetime.combine(self.day(), time(9, 30))

    def expected_milestone(self, labels: list[str], moment: datetime | None = None) -> int | None:
        """Index of the milestone every team should have ticked by ``moment`` (default now), from the live plan."""
        snap = self.at(moment)
        return links.expected_index(links.milestone_deadlines(labels, snap.timings), snap.now)

    # --- outputs -----------------------------------------------------------------------------------------------

    def status_block(self, moment: datetime | None = None) -> dict[str, Any]:
        """The ``schedule`` part of ``status --json``: current phase (null outside the day) and the next one."""
        s = self.at(moment)
        current = None
        if s.current is not None:
            current = {
                "title": s.current.phase.title,
                "kind": s.current.phase.kind.value,
                "starts_at": iso(s.current.start),
                "ends_at": iso(s.current.end),
                "remaining_s": s.remaining_s,
            }
        upcoming = s.next
        nxt = {"title": upcoming.phase.title, "starts_at": iso(upcoming.start)} if upcoming else None
        block: dict[str, Any] = {"current": current, "next": nxt}
        block.update(started=s.started, paused=s.paused, delay_s=s.delay_s)
        if s.turn is not None:
            block["readout"] = {"team": s.turn.team.name, "stage": s.turn_stage, "remaining_s": s.turn_remaining_s}
        return block

    def rehearsal(self, start: datetime | None = None, speed: float = 1.0) -> RehearsalSchedule:
        """The same plan on a rehearsal clock (plan time ``start``, ``speed`` times faster), operations in memory."""
        origin = start or datetime.combine(self.day(), datetime.min.time()).replace(hour=8, minute=25)
        return RehearsalSchedule(self.event, RehearsalClock(self.event.clock, origin, speed))


class RehearsalSchedule(ScheduleService):
    """A rehearsal: operations are kept in memory (the event file's clock is untouched); the plan is the real one."""

    def __init__(self, event: Event, clock: RehearsalClock) -> None:
        super().__init__(event, clock)
        self.rehearsal_clock = clock
        self._ops: list[Operation] = []

    @property
    def rehearsing(self) -> bool:
        return True

    def _read_operations(self) -> list[Operation]:
        return list(self._ops)

    def _store(self, op: Operation) -> None:
        self._ops.append(op)
