"""The clock arithmetic, to the second: the plan on the wall clock, pauses, delays carried forward, boundaries,
readout turns. Time is always passed in."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from probono_desk.core.clock import FixedClock
from probono_desk.core.errors import InvalidInput
from probono_desk.core.schedule import Plan, Team, default_plan
from probono_desk.core.schedule_edit import set_readouts
from probono_desk.core.schedule_run import (
    Level,
    MessageMode,
    Operation,
    OpKind,
    RehearsalClock,
    Snapshot,
    check,
    snapshot,
)

DAY = date(2019, 12, 5)


def at(hms: str) -> datetime:
    parts = [int(x) for x in hms.split(":")] + [0]
    return datetime(2019, 12, 5, parts[0], parts[1], parts[2])


def hm(moment: datetime) -> str:
    return moment.strftime("%H:%M:%S")


@pytest.fixture
def plan() -> Plan:
    return set_readouts(default_plan(), teams=tuple(Team(c, f"Équipe {c}") for c in "ABCDE"))


class Day:
    """A plan, its operations, and a helper that checks then records each operation like the service does."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.ops: list[Operation] = []

    def do(self, kind: OpKind, when: str, seconds: int = 0, phase_id: str = "", **kw: object) -> None:
        op = Operation(kind=kind, at=at(when), seconds=seconds, phase_id=phase_id, **kw)  # type: ignore[arg-type]
        check(self.plan, DAY, self.ops, op)
        self.ops.append(op)

    def at(self, when: str) -> Snapshot:
        return snapshot(self.plan, DAY, self.ops, at(when))

    def times(self, when: str, title: str) -> tuple[str, str]:
        timing = next(x for x in self.at(when).timings if x.phase.title == title)
        return hm(timing.start), hm(timing.end)


def test_without_operations_the_plan_follows_the_wall_clock(plan: Plan) -> None:
    s = snapshot(plan, DAY, [], at("10:20"))
    assert s.current is not None and s.current.phase.title == "Découverte avec la structure"
    assert s.remaining_s == 55 * 60
    assert s.next is not None and s.next.phase.title == "Pause" and hm(s.next.start) == "11:15:00"
    assert s.level is Level.NORMAL and not s.started and s.delay_s == 0


def test_phase_boundaries_to_the_second(plan: Plan) -> None:
    s = snapshot(plan, DAY, [], at("09:29:59"))
    assert s.current is not None and s.current.phase.title.startswith("Plénière") and s.remaining_s == 1
    s = snapshot(plan, DAY, [], at("09:30:00"))
    assert s.current is not None and s.current.phase.title == "Cadrage en équipes" and s.remaining_s == 45 * 60


def test_before_and_after_the_day(plan: Plan) -> None:
    s = snapshot(plan, DAY, [], at("08:00"))
    assert s.current is None and s.before_day and s.next is not None and s.next.phase.title == "Accueil et check-in"
    s = snapshot(plan, DAY, [], at("17:30"))
    assert s.current is None and s.day_over and s.next is None and s.level is Level.OVER
    s = snapshot(plan, DAY, [], at("17:29:59"))
    assert s.current is not None and s.current.phase.title == "Clôture" and s.remaining_s == 1


@pytest.mark.parametrize(
    ("when", "remaining", "level"),
    [
        ("10:04:59", 601, Level.NORMAL),
        ("10:05:00", 600, Level.WARNING),
        ("10:12:59", 121, Level.WARNING),
        ("10:13:00", 120, Level.DANGER),
        ("10:14:59", 1, Level.DANGER),
    ],
)
def test_warning_and_danger_thresholds(plan: Plan, when: str, remaining: int, level: Level) -> None:
    s = snapshot(plan, DAY, [], at(when))
    assert s.current is not None and s.current.phase.title == "Cadrage en équipes"
    assert (s.remaining_s, s.level) == (remaining, level)


def test_pause_freezes_the_countdown_and_pushes_the_day(plan: Plan) -> None:
    day = Day(plan)
    day.do(OpKind.START, "08:25")
    day.do(OpKind.PAUSE, "10:00")
    s = day.at("10:07")
    assert s.paused and s.paused_s == 7 * 60
    assert s.current is not None and s.current.phase.title == "Cadrage en équipes" and s.remaining_s == 15 * 60
    assert day.times("10:07", "Découverte avec la structure") == ("10:22:00", "11:22:00")  # live while paused
    day.do(OpKind.RESUME, "10:07")
    s = day.at("10:08")
    assert not s.paused and s.remaining_s == 14 * 60 and s.paused_s == 7 * 60
    # a second pause accumulates
    day.do(OpKind.PAUSE, "11:00")
    day.do(OpKind.RESUME, "11:03:30")
    s = day.at("11:04")
    assert s.paused_s == 10 * 60 + 30
    assert day.times("11:04", "Découverte avec la structure") == ("10:22:00", "11:25:30")
    assert day.times("11:04", "Clôture") == ("17:10:30", "17:40:30")
    assert s.delay_s == 630
    planned = next(x for x in s.timings if x.phase.title == "Clôture")
    assert hm(planned.planned_start) == "17:00:00" and planned.delay_s == 630


def test_adding_and_removing_minutes_carries_forward(plan: Plan) -> None:
    day = Day(plan)
    day.do(OpKind.START, "08:30")
    day.do(OpKind.ADD, "09:10", 5 * 60)
    assert day.times("09:11", "Plénière : lancement et pitchs des structures") == ("09:00:00", "09:35:00")
    assert day.times("09:11", "Clôture") == ("17:05:00", "17:35:00")
    day.do(OpKind.ADD, "09:12", -3 * 60)
    assert day.times("09:13", "Cadrage en équipes") == ("09:32:00", "10:17:00")
    assert day.at("09:13").remaining_s == 19 * 60
    with pytest.raises(InvalidInput, match=r"il ne reste que 19 min à « Plénière"):
        day.do(OpKind.ADD, "09:13", -25 * 60)


def test_a_late_start_shifts_later_phases_and_the_welcome_absorbs_it(plan: Plan) -> None:
    day = Day(plan)
    day.do(OpKind.START, "08:30")
    plenary = plan.phases[1].id
    day.do(OpKind.SHIFT, "08:50", 10 * 60, plenary)
    assert day.times("08:51", "Accueil et check-in") == ("08:30:00", "09:10:00")
    assert day.times("08:51", "Plénière : lancement et pitchs des structures") == ("09:10:00", "09:40:00")
    s = day.at("09:05")
    assert s.current is not None and s.current.phase.title == "Accueil et check-in" and s.remaining_s == 300


def test_shifting_the_afternoon_leaves_the_morning_alone(plan: Plan) -> None:
    day = Day(plan)
    day.do(OpKind.START, "08:30")
    production = next(p for p in plan.phases if p.title == "Production")
    day.do(OpKind.SHIFT, "12:00", 10 * 60, production.id)
    assert day.times("12:01", "Choix de l'angle") == ("11:30:00", "12:30:00")
    assert day.times("12:01", "Déjeuner") == ("12:30:00", "13:40:00")
    assert day.times("12:01", "Production") == ("13:40:00", "15:40:00")
    with pytest.raises(InvalidInput, match="commencerait dans le passé"):
        day.do(OpKind.SHIFT, "13:35", -10 * 60, production.id)


def test_skip_starts_the_next_phase_now_and_keeps_its_end(plan: Plan) -> None:
    day = Day(plan)
    day.do(OpKind.START, "08:30")
    day.do(OpKind.SKIP, "11:20")
    s = day.at("11:20")
    assert s.current is not None and s.current.phase.title == "Choix de l'angle"
    assert s.remaining_s == 70 * 60
    assert day.times("11:20", "Pause") == ("11:15:00", "11:20:00")
    assert day.times("11:20", "Déjeuner") == ("12:30:00", "13:30:00")


def test_operations_need_a_started_day_and_make_sense(plan: Plan) -> None:
    day = Day(plan)
    with pytest.raises(InvalidInput, match="Démarrez d'abord la journée"):
        day.do(OpKind.PAUSE, "09:00")
    day.do(OpKind.START, "09:00")
    with pytest.raises(InvalidInput, match="déjà démarrée"):
        day.do(OpKind.START, "09:01")
    day.do(OpKind.PAUSE, "09:01")
    with pytest.raises(InvalidInput, match="déjà en pause"):
        day.do(OpKind.PAUSE, "09:02")
    with pytest.raises(InvalidInput, match="Reprenez d'abord"):
        day.do(OpKind.ADD, "09:02", 60)
    day.do(OpKind.RESUME, "09:03")
    with pytest.raises(InvalidInput, match="pas en pause"):
        day.do(OpKind.RESUME, "09:04")
    with pytest.raises(InvalidInput, match="Aucune phase en cours"):
        day.do(OpKind.SKIP, "20:00")


def test_operations_after_the_moment_are_not_replayed_and_reset_starts_over(plan: Plan) -> None:
    day = Day(plan)
    day.do(OpKind.START, "08:30")
    day.do(OpKind.ADD, "10:00", 10 * 60)
    assert day.times("09:59", "Clôture") == ("17:00:00", "17:30:00")
    assert day.times("10:00", "Clôture") == ("17:10:00", "17:40:00")
    day.do(OpKind.RESET, "10:30")
    s = day.at("10:31")
    assert not s.started and s.delay_s == 0


def test_readout_turns_have_their_own_countdown(plan: Plan) -> None:
    s = snapshot(plan, DAY, [], at("16:15"))
    assert s.turn is not None and s.turn.team.name == "Équipe A"
    assert (s.turn_stage, s.turn_remaining_s, s.turn_level) == ("talk", 300, Level.NORMAL)
    s = snapshot(plan, DAY, [], at("16:19:00"))
    assert (s.turn_stage, s.turn_remaining_s, s.turn_level) == ("talk", 60, Level.WARNING)
    s = snapshot(plan, DAY, [], at("16:20:00"))
    assert (s.turn_stage, s.turn_remaining_s, s.turn_level) == ("questions", 120, Level.WARNING)
    s = snapshot(plan, DAY, [], at("16:21:31"))
    assert (s.turn_stage, s.turn_remaining_s, s.turn_level) == ("questions", 29, Level.DANGER)
    s = snapshot(plan, DAY, [], at("16:22:00"))
    assert s.turn is not None and s.turn.team.name == "Équipe B" and s.turn_remaining_s == 300
    s = snapshot(plan, DAY, [], at("16:49:59"))
    assert s.turn is not None and s.turn.team.name == "Équipe E" and s.turn_remaining_s == 1
    s = snapshot(plan, DAY, [], at("16:14:59"))
    assert s.turn is None


def test_next_team_moves_later_turns_earlier_and_pauses_move_them_later(plan: Plan) -> None:
    day = Day(plan)
    day.do(OpKind.START, "08:30")
    day.do(OpKind.NEXT_TEAM, "16:18")
    s = day.at("16:18")
    assert s.turn is not None and s.turn.team.name == "Équipe B" and s.turn_remaining_s == 300
    assert [hm(t.start) for t in s.turns] == ["16:15:00", "16:18:00", "16:25:00", "16:32:00", "16:39:00"]
    day.do(OpKind.PAUSE, "16:20")
    day.do(OpKind.RESUME, "16:22")
    s = day.at("16:22")
    assert s.turn is not None and s.turn.team.name == "Équipe B" and s.turn_remaining_s == 180
    assert [hm(t.start) for t in s.turns][2:] == ["16:27:00", "16:34:00", "16:41:00"]
    with pytest.raises(InvalidInput, match="Aucun passage"):
        day.do(OpKind.NEXT_TEAM, "15:00")


def test_room_message_operator_first_then_the_phase_own(plan: Plan) -> None:
    day = Day(plan)
    s = day.at("08:40")
    assert s.room_message.startswith("Bienvenue")
    day.do(OpKind.MESSAGE, "08:41", text="Le parking B est fermé", mode=MessageMode.BLINK)
    s = day.at("08:42")
    assert (s.room_message, s.message_mode) == ("Le parking B est fermé", MessageMode.BLINK)
    day.do(OpKind.MESSAGE, "08:43", text="", mode=MessageMode.NONE)
    assert day.at("08:44").room_message.startswith("Bienvenue")


def test_rehearsal_clock_maps_real_time_to_plan_time() -> None:
    real = FixedClock(datetime(2024, 3, 1, 20, 0, 0))
    rehearsal = RehearsalClock(real, at("09:00"), speed=60)
    real.advance(seconds=30)
    assert rehearsal.now() == at("09:30")
    rehearsal.set_speed(1)
    real.advance(seconds=30)
    assert rehearsal.now() == at("09:30:30")
    rehearsal.jump(at("16:15"))
    assert rehearsal.now() == at("16:15")


# --- any sequence of operations keeps the expected day ordered, or is refused ------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

operation = st.tuples(
    st.sampled_from(
        [OpKind.START, OpKind.PAUSE, OpKind.RESUME, OpKind.ADD, OpKind.SHIFT, OpKind.SKIP, OpKind.NEXT_TEAM]
    ),
    st.integers(min_value=0, max_value=600),  # minutes after 8h00 until the next operation
    st.integers(min_value=-40, max_value=40),  # minutes for add/shift
    st.integers(min_value=0, max_value=12),  # phase index for shift
)


@settings(max_examples=150, deadline=None)
@given(st.lists(operation, max_size=12))
def test_any_operations_keep_the_expected_day_ordered(actions: list[tuple[OpKind, int, int, int]]) -> None:
    plan = set_readouts(default_plan(), teams=tuple(Team(c, c) for c in "ABCDE"))
    ops: list[Operation] = []
    when = at("08:00")
    from datetime import timedelta

    for kind, step, minutes, index in actions:
        when += timedelta(minutes=step % 60, seconds=step)
        op = Operation(kind=kind, at=when, seconds=minutes * 60, phase_id=plan.phases[index].id)
        try:
            check(plan, DAY, ops, op)
        except InvalidInput as exc:
            assert "{" not in exc.message("fr")
            continue
        ops.append(op)
        s = snapshot(plan, DAY, ops, when)
        for a, b in zip(s.timings, s.timings[1:], strict=False):
            assert a.start < a.end and a.end <= b.start
        if s.current is not None:
            assert s.current.start <= when < s.current.end and s.remaining_s > 0
        if s.turn is not None:
            assert s.turn_remaining_s > 0


def test_a_double_press_on_skip_never_leaves_a_phase_without_duration() -> None:
    """Found by the property test above: two skips in the same second emptied the phase the first one began."""
    plan = default_plan()
    moment = at("08:30:26")
    ops = [Operation(kind=OpKind.START, at=moment)]
    first = Operation(kind=OpKind.SKIP, at=moment)
    check(plan, DAY, ops, first)
    ops.append(first)
    with pytest.raises(InvalidInput, match="vient de commencer"):
        check(plan, DAY, ops, Operation(kind=OpKind.SKIP, at=moment))
    later = Operation(kind=OpKind.SKIP, at=at("08:30:27"))
    check(plan, DAY, ops, later)  # a second later, skipping again is fine
    ops.append(later)
    timings = snapshot(plan, DAY, ops, at("08:30:27")).timings
    assert all(t.start < t.end for t in timings)
