"""The day plan: the default template, times of day, validation messages, edits that never break the plan."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from probono_desk.core.errors import InvalidInput
from probono_desk.core.schedule import (
    HOUR,
    MINUTE,
    Phase,
    PhaseKind,
    Plan,
    Team,
    default_plan,
    hm,
    parse_hm,
)
from probono_desk.core.schedule_check import validate
from probono_desk.core.schedule_edit import (
    insert_after,
    move_team,
    remove_phase,
    set_duration,
    set_readouts,
    set_times,
    update_phase,
)


def t(text: str) -> int:
    return parse_hm(text)


def test_default_template_is_the_marathon_day() -> None:
    plan = default_plan()
    rows = [(hm(p.start), hm(p.end), p.title, p.kind) for p in plan.phases]
    assert rows == [
        ("08:30", "09:00", "Accueil et check-in", PhaseKind.PLENARY),
        ("09:00", "09:30", "Plénière : lancement et pitchs des structures", PhaseKind.PLENARY),
        ("09:30", "10:15", "Cadrage en équipes", PhaseKind.TEAMWORK),
        ("10:15", "11:15", "Découverte avec la structure", PhaseKind.TEAMWORK),
        ("11:15", "11:30", "Pause", PhaseKind.BREAK),
        ("11:30", "12:30", "Choix de l'angle", PhaseKind.TEAMWORK),
        ("12:30", "13:30", "Déjeuner", PhaseKind.BREAK),
        ("13:30", "15:30", "Production", PhaseKind.TEAMWORK),
        ("15:30", "15:45", "Pause", PhaseKind.BREAK),
        ("15:45", "16:15", "Finalisation et répétition", PhaseKind.TEAMWORK),
        ("16:15", "16:50", "Restitutions", PhaseKind.READOUTS),
        ("16:50", "17:00", "Évaluations et Trail", PhaseKind.TEAMWORK),
        ("17:00", "17:30", "Clôture", PhaseKind.PLENARY),
    ]
    assert validate(plan) == []
    assert all(p.warning_s == 600 and p.danger_s == 120 for p in plan.phases)
    assert len({p.id for p in plan.phases}) == 13


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("9h30", 9 * HOUR + 30 * MINUTE),
        ("09:30", 34200),
        ("9h", 9 * HOUR),
        ("9.30", 34200),
        ("930", 34200),
        (" 17H00 ", 17 * HOUR),
        ("1630", 16 * HOUR + 30 * MINUTE),
    ],
)
def test_parse_times_of_day(text: str, seconds: int) -> None:
    assert parse_hm(text) == seconds


@pytest.mark.parametrize("text", ["", "midi", "25h", "9h75", "12:3"])
def test_unreadable_times_are_refused_in_french(text: str) -> None:
    with pytest.raises(InvalidInput, match="Heure"):
        parse_hm(text)


def _plan(*phases: tuple[str, str, str]) -> Plan:
    return Plan(
        phases=tuple(Phase(id=f"p{i}", start=t(a), end=t(b), title=title) for i, (a, b, title) in enumerate(phases))
    )


def test_validation_messages_name_the_phases_and_times() -> None:
    problems = validate(_plan(("9h", "10h", "Cadrage"), ("9h45", "11h", "Découverte")))
    assert [p.level for p in problems] == ["error"]
    assert problems[0].message == "« Cadrage » (9h–10h) chevauche « Découverte » (9h45–11h)."

    problems = validate(_plan(("9h", "10h", "Cadrage"), ("10h15", "11h", "Découverte")))
    assert [(p.level, p.message) for p in problems] == [
        (
            "warning",
            "Trou de 15 min entre « Cadrage » et « Découverte » (10h–10h15) : "
            "l'écran affichera la phase suivante à venir.",
        )
    ]

    problems = validate(_plan(("5h", "9h", "Installation")))
    assert problems[0].message == "« Installation » (5h–9h) sort de la journée (6h–23h)."

    problems = validate(_plan(("10h", "9h30", "Production")))
    assert problems[0].message == "« Production » se termine (9h30) avant de commencer (10h)."

    plan = replace(
        default_plan(), readouts=replace(default_plan().readouts, teams=tuple(Team(str(i), f"T{i}") for i in range(6)))
    )
    assert [p.message for p in validate(plan)] == [
        "Les 6 passages (42 min) dépassent la phase « Restitutions » (35 min)."
    ]


def test_moving_a_boundary_moves_the_touching_neighbour() -> None:
    plan = default_plan()
    lunch = next(p for p in plan.phases if p.title == "Déjeuner")
    edited = set_times(plan, lunch.id, start=t("12h45"))
    angle = next(p for p in edited.phases if p.title == "Choix de l'angle")
    assert hm(angle.end) == "12:45"
    assert validate(edited) == []


def test_an_edit_that_overlaps_is_refused_with_a_message_and_the_plan_unchanged() -> None:
    plan = default_plan()
    pause = next(p for p in plan.phases if p.title == "Pause")
    with pytest.raises(InvalidInput, match="se termine .* avant de commencer"):
        set_times(plan, pause.id, start=t("12h00"))  # after the following phase's end
    assert hm(pause.start) == "11:15"
    with pytest.raises(InvalidInput, match="sort de la journée"):
        set_duration(plan, plan.phases[-1].id, 8 * HOUR)


def test_duration_insert_remove_keep_the_day_contiguous() -> None:
    plan = default_plan()
    plan = set_duration(plan, plan.phases[2].id, 60 * MINUTE)  # cadrage 9h30–10h30, later phases +15 min
    assert hm(plan.phases[-1].end) == "17:45"
    plan, new_id = insert_after(plan, plan.phases[0].id, "Café d'accueil", 10, PhaseKind.BREAK)
    assert plan.phases[1].id == new_id and hm(plan.phases[1].start) == "09:00"
    assert hm(plan.phases[-1].end) == "17:55"
    plan = remove_phase(plan, new_id)
    assert hm(plan.phases[0].end) == "09:10"  # the welcome takes its time
    assert validate(plan) == []


def test_readout_order_and_slot() -> None:
    teams = tuple(Team(c, f"Structure {c}") for c in "ABCDE")
    plan = set_readouts(default_plan(), teams=teams, talk_s=4 * MINUTE, questions_s=3 * MINUTE)
    plan = move_team(plan, "C", -2)
    assert [tm.id for tm in plan.readouts.teams] == ["C", "A", "B", "D", "E"]
    with pytest.raises(InvalidInput, match="qu'une fois"):
        set_readouts(plan, teams=(teams[0], teams[0]))
    with pytest.raises(InvalidInput, match="au moins une minute"):
        set_readouts(plan, talk_s=0)


def test_thresholds_must_be_ordered() -> None:
    plan = default_plan()
    with pytest.raises(InvalidInput, match="alerte rouge"):
        update_phase(plan, plan.phases[0].id, warning_s=60, danger_s=300)
    assert update_phase(plan, plan.phases[0].id, title="  Accueil  ").phases[0].title == "Accueil"


# --- any sequence of edits keeps the plan ordered and non-overlapping, or is refused ---------------------------------

times = st.integers(min_value=4 * HOUR // MINUTE, max_value=24 * HOUR // MINUTE).map(lambda m: m * MINUTE)
edit = st.one_of(
    st.tuples(st.just("start"), st.integers(0, 20), times),
    st.tuples(st.just("end"), st.integers(0, 20), times),
    st.tuples(st.just("duration"), st.integers(0, 20), st.integers(-30, 300)),
    st.tuples(st.just("insert"), st.integers(-1, 20), st.integers(-5, 180)),
    st.tuples(st.just("remove"), st.integers(0, 20), st.just(0)),
    st.tuples(st.just("title"), st.integers(0, 20), st.sampled_from(["", "  ", "Atelier"])),
)


def _apply(plan: Plan, action: tuple[str, int, object]) -> Plan:
    name, index, value = action
    if not plan.phases:
        return insert_after(plan, None, "Atelier", 30)[0]
    phase = plan.phases[index % len(plan.phases)]
    if name == "start":
        return set_times(plan, phase.id, start=int(value))  # type: ignore[call-overload]
    if name == "end":
        return set_times(plan, phase.id, end=int(value))  # type: ignore[call-overload]
    if name == "duration":
        return set_duration(plan, phase.id, int(value) * MINUTE)  # type: ignore[call-overload]
    if name == "insert":
        return insert_after(plan, None if index < 0 else phase.id, "Atelier", int(value))[0]  # type: ignore[call-overload]
    if name == "remove":
        return remove_phase(plan, phase.id)
    return update_phase(plan, phase.id, title=str(value))


@settings(max_examples=200, deadline=None)
@given(st.lists(edit, max_size=15))
def test_any_sequence_of_edits_keeps_phases_ordered_or_is_refused(actions: list[tuple[str, int, object]]) -> None:
    plan = default_plan()
    for action in actions:
        before = plan
        try:
            plan = _apply(plan, action)
        except InvalidInput as exc:
            assert exc.message("fr") and "{" not in exc.message("fr")
            assert plan is before
            continue
        assert [p.level for p in validate(plan) if p.level == "error"] == []
        for p in plan.phases:
            assert p.start < p.end and p.title.strip()
        for a, b in zip(plan.phases, plan.phases[1:], strict=False):
            assert a.end <= b.start
