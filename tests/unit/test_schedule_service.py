"""``event.schedule``: the plan in the event file, the clock's operations surviving a reopen, rehearsals in memory."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from probono_desk.core.clock import FixedClock
from probono_desk.core.errors import InvalidInput
from probono_desk.core.schedule import MINUTE, parse_hm
from probono_desk.core.schedule_run import MessageMode
from probono_desk.services.event import Event


def at(hm: str) -> datetime:
    h, m = (int(x) for x in hm.split(":"))
    return datetime(2019, 12, 5, h, m)


def test_demo_has_the_default_day_plan_and_the_readout_order(demo: Event) -> None:
    rows = demo.schedule.day_plan_rows()
    assert rows[0] == ("08:30", "09:00", "Accueil et check-in")
    assert rows[-1] == ("17:00", "17:30", "Clôture")
    assert len(rows) == 13
    teams = [t.name for t in demo.schedule.plan().readouts.teams]
    assert teams == [s.name for s in demo.roster.structures()]
    assert demo.schedule.problems() == []


def test_the_running_clock_survives_closing_and_reopening(demo_path: Path) -> None:
    clock = FixedClock(at("08:40"))
    ev = Event.open(demo_path, clock=clock, station="régie")
    ev.schedule.start()
    clock.set(at("09:10"))
    ev.schedule.add_minutes(5)
    clock.set(at("10:00"))
    ev.schedule.pause()
    ev.schedule.message("Le parking B ferme à 18h", MessageMode.BLINK)
    before = ev.schedule.at(at("10:06"))
    ev.close()  # or a crash: every operation is already committed

    clock.set(at("10:06"))
    reopened = Event.open(demo_path, clock=clock)
    s = reopened.schedule.at()
    assert s.started and s.paused and s.paused_s == 6 * MINUTE
    assert s.current is not None and s.current.phase.title == "Cadrage en équipes"
    assert s.remaining_s == before.remaining_s == 20 * MINUTE  # 10h20 end after +5, frozen at 10h00
    assert (s.room_message, s.message_mode) == ("Le parking B ferme à 18h", MessageMode.BLINK)
    actions = [r[0] for r in reopened.db.execute("SELECT action FROM journal WHERE action LIKE 'schedule.%'")]
    assert actions == ["schedule.template", "schedule.start", "schedule.add", "schedule.pause", "schedule.message"]
    payload = reopened.db.execute("SELECT payload FROM journal WHERE action = 'schedule.message'").fetchone()[0]
    assert "parking" not in payload  # the journal keeps facts, not the message text
    reopened.close()


def test_a_refused_operation_writes_nothing(demo: Event, clock: FixedClock) -> None:
    journal = demo.db.execute("SELECT count(*) FROM journal").fetchone()[0]
    with pytest.raises(InvalidInput, match="Démarrez d'abord"):
        demo.schedule.pause()
    demo.schedule.start()
    clock.set(at("09:25"))
    with pytest.raises(InvalidInput, match="il ne reste que 5 min"):
        demo.schedule.add_minutes(-10)
    assert demo.db.execute("SELECT count(*) FROM journal").fetchone()[0] == journal + 1
    assert demo.db.execute("SELECT count(*) FROM schedule_ops").fetchone()[0] == 1


def test_plan_edits_are_validated_before_anything_is_written(demo: Event) -> None:
    plan = demo.schedule.plan()
    lunch = next(p for p in plan.phases if p.title == "Déjeuner")
    demo.schedule.set_times(lunch.id, start=parse_hm("12h45"))
    assert ("11:30", "12:45", "Choix de l'angle") in demo.schedule.day_plan_rows()
    rows = demo.schedule.day_plan_rows()
    with pytest.raises(InvalidInput, match="sort de la journée"):
        demo.schedule.set_duration(plan.phases[-1].id, 8 * 60)
    assert demo.schedule.day_plan_rows() == rows
    _plan, new_id = demo.schedule.insert_after(None, "Apéritif", 30)
    assert demo.schedule.day_plan_rows()[-1] == ("17:30", "18:00", "Apéritif")
    demo.schedule.remove_phase(new_id)
    first = demo.schedule.plan().readouts.teams[0]
    demo.schedule.move_team(first.id, +2)
    assert demo.schedule.plan().readouts.teams[2].id == first.id
    demo.schedule.set_slot(6, 1)
    assert demo.schedule.plan().readouts.slot_s == 7 * MINUTE


def test_rehearsal_runs_accelerated_and_never_touches_the_file(demo: Event, clock: FixedClock) -> None:
    rehearsal = demo.schedule.rehearsal(start=at("16:14"), speed=60)
    rehearsal.start()
    clock.advance(seconds=1)  # one real second = one plan minute
    s = rehearsal.at()
    assert s.now == at("16:15") and s.turn is not None and s.turn_remaining_s == 5 * MINUTE
    rehearsal.next_team()
    assert rehearsal.at().turn.team.name == demo.schedule.plan().readouts.teams[1].name  # type: ignore[union-attr]
    assert demo.db.execute("SELECT count(*) FROM schedule_ops").fetchone()[0] == 0
    assert not demo.schedule.at().started


def test_status_summary_has_the_schedule_at_a_moment(demo: Event) -> None:
    block = demo.status.summary(at=at("10:20"))["schedule"]
    assert block["current"] == {
        "title": "Découverte avec la structure",
        "kind": "travail",
        "starts_at": "2019-12-05T10:15:00",
        "ends_at": "2019-12-05T11:15:00",
        "remaining_s": 3300,
    }
    assert block["next"] == {"title": "Pause", "starts_at": "2019-12-05T11:15:00"}
    assert demo.status.summary(at=at("07:00"))["schedule"]["current"] is None
    assert demo.status.summary(at=at("18:00"))["schedule"] == {
        "current": None,
        "next": None,
        "started": False,
        "paused": False,
        "delay_s": 0,
    }


def test_display_settings_are_kept_in_the_event(demo: Event) -> None:
    assert demo.schedule.display() == {"chime": True, "large_digits": False, "show_seconds": True}
    demo.schedule.set_display("large_digits", True)
    assert demo.schedule.display()["large_digits"] is True
