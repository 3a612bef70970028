"""A team proposed to a walk-in: by the formation's rules (hard rules, room, skills needed, people present),
accepted as one journaled, undoable membership."""

from __future__ import annotations

import pytest

from probono_desk.core.errors import InvalidInput
from probono_desk.core.models import Situation, Structure, Volunteer
from probono_desk.core.teams_walkin import propose_team
from probono_desk.services.event import Event


def _v(i: int, sid: str | None, org: str = "", skills: tuple[str, ...] = (), sit: Situation | None = None) -> Volunteer:
    return Volunteer(
        id=f"v{i:03d}",
        first_name=f"P{i}",
        last_name=f"N{i:03d}",
        organisation=org,
        skills=skills,
        situation=sit or Situation.EMPLOYEE,
        structure_id=sid,
    )


def _teams() -> tuple[list[Structure], list[Volunteer]]:
    a = Structure(id="a", name="Alpha", table_label="1", skills_needed=("Finance",))
    b = Structure(id="b", name="Bravo", table_label="2", skills_needed=("Communication",))
    vols = [_v(i, "a", skills=("Finance",) if i < 2 else ()) for i in range(4)]
    vols += [_v(10 + i, "b", org="Acme" if i < 2 else "", skills=("Communication",) if i > 1 else ()) for i in range(4)]
    return [a, b], vols


def test_the_team_that_needs_the_skill_is_proposed() -> None:
    structures, vols = _teams()
    comms = _v(99, None, skills=("Communication",))
    proposal = propose_team(comms, vols, structures)
    assert proposal is not None and proposal.structure.id == "b"
    assert "Communication" in proposal.why and "4 membres" in proposal.why
    finance = _v(98, None, skills=("Finance",))
    assert propose_team(finance, vols, structures).structure.id == "a"


def test_a_hard_rule_outweighs_the_skill() -> None:
    structures, vols = _teams()
    # Bravo needs Communication, but already has two people from Acme: a third would break the rule
    acme = _v(99, None, org="ACME", skills=("Communication",))
    assert propose_team(acme, vols, structures).structure.id == "a"


def test_once_check_in_has_begun_the_emptiest_room_wins() -> None:
    structures, vols = _teams()
    nobody_needs = _v(99, None, skills=("Jardinage",))
    present = {v.id for v in vols if v.structure_id == "a"} | {"v010"}
    proposal = propose_team(nobody_needs, vols, structures, present)
    assert proposal.structure.id == "b"
    assert proposal.members == 1 and "1 présent·es sur 4 prévu·es" in proposal.why


def test_full_structure_is_avoided() -> None:
    structures, vols = _teams()
    structures[1] = Structure(id="b", name="Bravo", table_label="2", skills_needed=("Communication",), capacity=4)
    comms = _v(99, None, skills=("Communication",))
    assert propose_team(comms, vols, structures).structure.id == "a"


def test_walk_in_accepts_proposal_journaled_and_undoable(demo: Event) -> None:
    outcome = demo.checkin.register_walk_in(
        first_name="Zoé", last_name="Nouvelle", organisation="Solo", skills=("Levée de fonds",)
    )
    proposal = demo.teams.propose_for(outcome.volunteer_id)
    assert proposal is not None
    assert proposal.structure.name == "Garage Solidaire des Flandres"  # the one structure needing fund-raising
    demo.teams.accept_proposal(proposal)
    seat = demo.checkin.seat(outcome.volunteer_id)
    assert seat.structure_id == proposal.structure.id
    assert demo.teams.why()[outcome.volunteer_id] == proposal.why
    row = demo.db.execute("SELECT entity_id FROM journal WHERE action = 'team.walk_in'").fetchone()
    assert row == (outcome.volunteer_id,)
    with pytest.raises(InvalidInput):
        demo.teams.accept_proposal(proposal)
    undone = demo.teams.undo()
    assert undone is not None and undone.action == "team.walk_in"
    assert demo.checkin.seat(outcome.volunteer_id).structure_id is None


def test_once_check_in_has_begun_skills_are_counted_among_those_present() -> None:
    """The walkthrough's 10h case: a team whose finance people did not come gets the walk-in who brings finance,
    even if another team needing finance planned more finance holders and is fuller on paper."""
    a = Structure(id="a", name="Alpha", table_label="1", skills_needed=("Finance",))
    b = Structure(id="b", name="Bravo", table_label="2", skills_needed=("Finance",))
    vols = [_v(i, "a", skills=("Finance",) if i < 3 else ()) for i in range(6)]  # 3 finance holders planned
    vols += [_v(10 + i, "b", skills=("Finance",) if i < 1 else ()) for i in range(4)]  # 1 planned
    present = {"v003", "v004", "v005"} | {"v010", "v011", "v012"}  # Alpha's finance holders are no-shows
    finance = _v(99, None, skills=("Finance",))
    assert propose_team(finance, vols, structures=[a, b]).structure.id == "b"  # on paper: Bravo has fewer holders
    assert propose_team(finance, vols, [a, b], present).structure.id == "a"  # in the room: Alpha has none
