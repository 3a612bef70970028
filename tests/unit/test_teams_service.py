"""Teams and missions services on a real event file: formation written, moves journaled and undone, milestones."""

from __future__ import annotations

import json

import pytest

from probono_desk.core.errors import InvalidInput
from probono_desk.core.missions import DEFAULT_MILESTONES, Alert, TeamStatus
from probono_desk.core.teams import HARD_RULES
from probono_desk.services.event import Event


def _journal(ev: Event, action: str) -> list[dict[str, object]]:
    rows = ev.db.execute("SELECT payload FROM journal WHERE action = ? ORDER BY rowid", [action]).fetchall()
    return [json.loads(r[0]) for r in rows]


def test_demo_arrives_with_teams_meeting_every_hard_rule(demo: Event) -> None:
    formation = demo.teams.current()
    assert sum(len(t.members) for t in formation.teams) == 50 and not formation.unassigned
    broken = [
        (t.structure.name, c.why) for t in formation.teams for c in t.checks if c.rule in HARD_RULES and not c.met
    ]
    assert broken == []
    assert all(demo.teams.why()[v.id] for t in formation.teams for v in t.members)
    summary = demo.status.summary()
    assert [s["members"] for s in summary["structures"]] == [len(t.members) for t in formation.teams]


def test_auto_form_is_deterministic_and_undoable(demo: Event) -> None:
    before = {v.id: v.structure_id for v in demo.teams.volunteers()}
    formation = demo.teams.auto_form()
    assert formation.assignment() == before  # same input, same teams
    payload = _journal(demo, "team.auto")[-1]
    assert payload["placed"] == 50 and "Camille" not in json.dumps(payload)


def test_move_pin_and_undo_are_journaled(demo: Event) -> None:
    teams = demo.teams.current().teams
    who = teams[0].members[0]
    demo.teams.move(who.id, teams[1].structure.id)
    assert demo.teams.volunteers() and demo.roster.volunteer(who.id).structure_id == teams[1].structure.id
    demo.teams.set_pinned(who.id, True)
    assert demo.roster.volunteer(who.id).pinned
    assert _journal(demo, "team.move")[-1] == {
        "volunteer": who.id,
        "from": teams[0].structure.id,
        "to": teams[1].structure.id,
        "pinned_before": False,
    }
    assert demo.teams.undo().action == "team.pin"
    assert not demo.roster.volunteer(who.id).pinned
    assert demo.teams.undo().action == "team.move"
    assert demo.roster.volunteer(who.id).structure_id == teams[0].structure.id
    # the two undos and then the demo's own formation (same station)
    assert demo.teams.undo().action == "team.auto"
    assert demo.roster.volunteer(who.id).structure_id is None
    assert demo.teams.undo() is None


def test_undo_refused_when_someone_moved_the_person_since(demo_path, clock) -> None:  # type: ignore[no-untyped-def]
    here = Event.open(demo_path, clock=clock, station="poste-1")
    there = Event.open(demo_path, clock=clock, station="poste-2")
    try:
        teams = here.teams.current().teams
        who = teams[0].members[0]
        here.teams.move(who.id, teams[1].structure.id)
        there.teams.move(who.id, teams[2].structure.id)
        with pytest.raises(InvalidInput, match="changé d'équipe"):
            here.teams.undo()
        assert here.roster.volunteer(who.id).structure_id == teams[2].structure.id
    finally:
        here.close()
        there.close()


def test_pins_survive_a_new_formation(demo: Event) -> None:
    teams = demo.teams.current().teams
    who = teams[0].members[0]
    demo.teams.move(who.id, teams[4].structure.id)
    demo.teams.set_pinned(who.id, True)
    demo.teams.auto_form()
    after = demo.roster.volunteer(who.id)
    assert after.structure_id == teams[4].structure.id and after.pinned


def test_rebalance_after_no_shows_and_accept_one_move(demo: Event) -> None:
    formation = demo.teams.current()
    team4 = formation.teams[3]
    absent = {v.id for v in team4.members[:5]}
    present = {v.id for v in demo.teams.volunteers()} - absent
    moves = demo.teams.rebalance_proposals(present)
    assert moves and all(m.to_id == team4.structure.id or m.from_id == team4.structure.id for m in moves[:1])
    demo.teams.accept(moves[0])
    assert demo.roster.volunteer(moves[0].volunteer_id).structure_id == moves[0].to_id
    with pytest.raises(InvalidInput, match="Proposition périmée"):
        demo.teams.accept(moves[0])
    assert demo.teams.undo().action == "team.rebalance"


def test_milestones_ticks_status_notes_and_overview(demo: Event, clock) -> None:  # type: ignore[no-untyped-def]
    missions = demo.missions
    milestones = missions.milestones()
    assert [m.label for m in milestones] == list(DEFAULT_MILESTONES)
    team = demo.roster.structures()[1]
    clock.advance(minutes=95)  # 10h05
    tick = missions.tick(team.id, milestones[0].id, by="Antoine Lefort")
    assert tick.at == "2019-12-05T10:05:00" and tick.by == "Antoine Lefort"
    missions.set_status(team.id, TeamStatus.WATCH)
    missions.add_note(team.id, "L'équipe hésite entre deux angles.", author="Antoine")
    over = {o.structure.id: o for o in missions.overview()}
    assert over[team.id].progress.done == 1 and over[team.id].last_milestone == "cadrage"
    assert over[team.id].progress.alert == Alert.WATCH and over[team.id].last_note.text.startswith("L'équipe")
    # against the day plan: "diagnostic partagé" (index 1) expected by now: 1 behind is orange, 2 red
    behind = {o.structure.id: o for o in missions.overview(expected_index=1)}
    assert behind[team.id].progress.behind == 1 and behind[team.id].progress.alert == Alert.WATCH
    assert behind[demo.roster.structures()[0].id].progress.alert == Alert.HELP
    missions.untick(team.id, milestones[0].id)
    assert missions.ticks(team.id) == {}
    missions.set_status(team.id, TeamStatus.BLOCKED)
    assert missions.overview()[1].progress.alert == Alert.HELP
    renamed = missions.add_milestone("pause déjeuner", position=4)
    missions.rename_milestone(renamed.id, "déjeuner")
    assert [m.label for m in missions.milestones()][4] == "déjeuner"
    missions.remove_milestone(renamed.id)
    assert len(missions.milestones()) == len(DEFAULT_MILESTONES)
    with pytest.raises(InvalidInput):
        missions.add_note(team.id, "   ")
