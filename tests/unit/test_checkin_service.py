"""The check-in service: scan outcomes, the rows and journal it writes, undo, walk-ins, search, counts."""

from __future__ import annotations

import json

import pytest

from probono_desk.core.checkin import (
    AlreadyCheckedIn,
    CheckedIn,
    Damaged,
    OtherEvent,
    Revoked,
    Unknown,
    describe,
)
from probono_desk.core.clock import FixedClock
from probono_desk.core.codes import ALPHABET, event_tag, format_code, new_code, qr_payload
from probono_desk.core.models import Situation
from probono_desk.services.event import Event
from tests.helpers import assign_teams, through_layout


@pytest.fixture
def teamed(demo: Event) -> Event:
    assign_teams(demo)
    return demo


def _journal(ev: Event, action: str) -> list[dict[str, str]]:
    rows = ev.db.execute(
        "SELECT at, station, entity_id, payload FROM journal WHERE action = ? ORDER BY rowid", [action]
    ).fetchall()
    return [{"at": r[0], "station": r[1], "entity_id": r[2], "payload": r[3]} for r in rows]


def _member(ev: Event) -> tuple[str, str]:
    """A volunteer with a team, and their code."""
    seat = next(s for s in (ev.checkin.seat(v.id) for v in ev.roster.volunteers()) if s.team)
    return seat.volunteer_id, ev.checkin.code_of(seat.volunteer_id)


def test_scan_checks_in_with_team_table_referent_then_already(teamed: Event, clock: FixedClock) -> None:
    vid, code = _member(teamed)
    seat = teamed.checkin.seat(vid)
    outcome = teamed.checkin.scan(qr_payload(code))
    assert isinstance(outcome, CheckedIn)
    assert outcome.name == f"{seat.first_name} {seat.last_name}"
    assert outcome.team.name == seat.team and outcome.team.table and outcome.team.referent
    card = describe(outcome)
    assert card.level == "ok" and seat.first_name in card.title
    assert f"Table {seat.table} — {seat.team}" in card.lines
    row = teamed.db.execute("SELECT volunteer_id, at, station, method, undone_at FROM checkins").fetchall()
    assert row == [(vid, "2019-12-05T08:30:00", "test-poste", "scan", None)]
    entries = _journal(teamed, "checkin.add")
    assert entries[-1]["station"] == "test-poste" and entries[-1]["entity_id"] == vid
    assert seat.first_name not in entries[-1]["payload"]  # ids and facts, no personal data
    assert vid in teamed.status.present_ids()

    clock.advance(minutes=12)
    again = teamed.checkin.scan(format_code(code, sep=" ", upper=False))
    assert isinstance(again, AlreadyCheckedIn)
    assert again.since == "2019-12-05T08:30:00" and again.station == "test-poste"
    assert describe(again).level == "already"
    assert "8h30" in describe(again).lines[0]
    assert teamed.db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 1


def test_refusals_are_told_apart_and_write_nothing(teamed: Event) -> None:
    vid, code = _member(teamed)
    before = teamed.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
    foreign = new_code(event_tag("some-other-event"))
    assert isinstance(teamed.checkin.scan(foreign), OtherEvent)
    changed = code[:7] + next(c for c in ALPHABET if c != code[7]) + code[8:]
    assert isinstance(teamed.checkin.scan(changed), Damaged)
    assert isinstance(teamed.checkin.scan(new_code(teamed.checkin.tag)), Unknown)  # well-formed, nobody's
    assert isinstance(teamed.checkin.scan("3017620422003"), Unknown)
    titles = {describe(o).title for o in (OtherEvent(), Damaged(), Unknown())}
    assert len(titles) == 3
    assert teamed.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0] == before
    assert teamed.db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 0


@pytest.mark.parametrize("scanner,laptop", [("qwerty", "azerty"), ("azerty", "qwerty")])
def test_layout_mismatched_scan_with_caps_lock_is_accepted(teamed: Event, scanner: str, laptop: str) -> None:
    vid, code = _member(teamed)
    typed = through_layout(format_code(code), scanner, laptop, caps_lock=True)
    assert typed != format_code(code)
    outcome = teamed.checkin.scan(typed)
    assert isinstance(outcome, CheckedIn) and outcome.volunteer_id == vid


def test_codes_are_stable_and_reissue_revokes_the_old_one(teamed: Event) -> None:
    vid, code = _member(teamed)
    assert teamed.checkin.code_of(vid) == code
    assert teamed.checkin.ensure_codes()[vid] == code
    new = teamed.checkin.reissue(vid)
    assert new != code and teamed.checkin.code_of(vid) == new
    old = teamed.checkin.scan(code)
    assert isinstance(old, Revoked) and old.volunteer_id == vid
    assert describe(old).title == "Badge annulé"
    assert isinstance(teamed.checkin.scan(new), CheckedIn)
    assert _journal(teamed, "code.reissue")[-1]["entity_id"] == vid


def test_undo_last_within_the_window_only(teamed: Event, clock: FixedClock) -> None:
    vid, code = _member(teamed)
    teamed.checkin.scan(code)
    clock.advance(seconds=30)
    undone = teamed.checkin.undo_last()
    assert undone is not None and undone.volunteer_id == vid
    assert vid not in teamed.status.present_ids()
    row = teamed.db.execute("SELECT undone_at, undone_station FROM checkins").fetchone()
    assert row == ("2019-12-05T08:30:30", "test-poste")
    assert _journal(teamed, "checkin.undo")[-1]["entity_id"] == vid
    assert teamed.checkin.undo_last() is None  # nothing left to undo
    again = teamed.checkin.scan(code)
    assert isinstance(again, CheckedIn)  # checked in anew after the undo
    clock.advance(minutes=5)
    assert teamed.checkin.last_undoable() is None
    assert teamed.checkin.undo_last() is None
    assert vid in teamed.status.present_ids()


def test_undo_takes_back_only_this_stations_check_in(demo_path, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    door = Event.open(demo_path, clock=clock, station="porte")
    side = Event.open(demo_path, clock=clock, station="salle")
    try:
        ids = [v.id for v in door.roster.volunteers()[:2]]
        door.checkin.check_in_volunteer(ids[0])
        clock.advance(seconds=5)
        side.checkin.check_in_volunteer(ids[1])
        undone = door.checkin.undo_last()
        assert undone is not None and undone.volunteer_id == ids[0]
        assert side.status.present_ids() == {ids[1]}
    finally:
        door.close()
        side.close()


def test_second_station_sees_already_checked_in(demo_path, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    door = Event.open(demo_path, clock=clock, station="porte")
    side = Event.open(demo_path, clock=clock, station="salle")
    try:
        vid = door.roster.volunteers()[0].id
        code = door.checkin.code_of(vid)
        assert isinstance(door.checkin.scan(code), CheckedIn)
        clock.advance(minutes=3)
        again = side.checkin.scan(code)
        assert isinstance(again, AlreadyCheckedIn) and again.station == "porte"
    finally:
        door.close()
        side.close()


def test_walk_in_is_added_coded_and_checked_in_in_one_transaction(teamed: Event) -> None:
    before = teamed.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
    outcome = teamed.checkin.register_walk_in(
        first_name="zoé",
        last_name="LEGRAND",
        email="Zoe.Legrand@Example.org",
        organisation="Kiabi",
        situation=Situation.STUDENT,
        skills=("Vidéo", "Réseaux sociaux"),
    )
    assert isinstance(outcome, CheckedIn) and outcome.walk_in and outcome.name == "Zoé Legrand"
    assert "Inscription sur place enregistrée" in describe(outcome).lines
    volunteer = teamed.roster.volunteer(outcome.volunteer_id)
    assert (
        volunteer.walk_in and volunteer.situation is Situation.STUDENT and volunteer.email == "zoe.legrand@example.org"
    )
    assert outcome.volunteer_id in teamed.status.present_ids()
    code = teamed.checkin.code_of(outcome.volunteer_id)
    assert isinstance(teamed.checkin.scan(code), AlreadyCheckedIn)
    entries = teamed.db.execute("SELECT action, at, station FROM journal ORDER BY rowid").fetchall()[before:]
    assert [e[0] for e in entries] == ["volunteer.walk_in", "code.issue", "checkin.add"]
    assert {(e[1], e[2]) for e in entries} == {("2019-12-05T08:30:00", "test-poste")}
    assert [f.name for f in teamed.checkin.search("legrand")] == ["Zoé Legrand"]


def test_walk_in_that_fails_leaves_nothing(teamed: Event) -> None:
    count = teamed.db.execute("SELECT COUNT(*) FROM volunteers").fetchone()[0]
    with pytest.raises(Exception):  # noqa: B017 - refused input, whatever its class
        teamed.checkin.register_walk_in(first_name="", last_name="Sans Prénom")
    assert teamed.db.execute("SELECT COUNT(*) FROM volunteers").fetchone()[0] == count
    assert teamed.db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 0


def test_search_by_name_email_organisation_with_accents_case_and_typos(teamed: Event) -> None:
    people = teamed.roster.volunteers()
    target = next(v for v in people if v.email and any(c in v.first_name for c in "éèëï"))
    assert [f.seat.volunteer_id for f in teamed.checkin.search(target.email.upper())] == [target.id]
    plain = target.first_name.replace("é", "e").replace("è", "e").replace("ë", "e").replace("ï", "i").upper()
    assert target.id in {f.seat.volunteer_id for f in teamed.checkin.search(f"{plain} {target.last_name}")}
    # one letter swapped in the last name still finds the person
    last = target.last_name
    typo = last[0] + last[2] + last[1] + last[3:] if len(last) >= 4 else last + "x"
    assert target.id in {f.seat.volunteer_id for f in teamed.checkin.search(typo)}
    org = next(v for v in people if v.organisation)
    found = teamed.checkin.search(org.organisation.lower())
    assert org.id in {f.seat.volunteer_id for f in found}
    assert teamed.checkin.search("   ") == []
    assert teamed.checkin.search("zzzzqqqq") == []


def test_search_shows_who_is_already_here(teamed: Event) -> None:
    vid, code = _member(teamed)
    teamed.checkin.scan(code)
    name = teamed.roster.volunteer(vid).name
    found = {f.seat.volunteer_id: f for f in teamed.checkin.search(name)}
    assert found[vid].present_since == "2019-12-05T08:30:00"


def test_counts_per_team_and_who_is_missing(teamed: Event) -> None:
    counts = teamed.checkin.counts()
    assert (counts.arrived, counts.expected) == (0, 50)
    team = next(t for t in counts.teams if t.structure_id)
    members = [v for v in teamed.roster.volunteers() if v.structure_id == team.structure_id]
    teamed.checkin.check_in_volunteer(members[0].id)
    counts = teamed.checkin.counts()
    after = next(t for t in counts.teams if t.structure_id == team.structure_id)
    assert counts.arrived == 1 and after.arrived == 1 and after.expected == len(members)
    assert members[0].name not in after.missing and members[1].name in after.missing
    assert sum(t.expected for t in counts.teams) == 50
    walk_in = teamed.checkin.register_walk_in(first_name="Zoé", last_name="Sansequipe")
    counts = teamed.checkin.counts()
    no_team = next(t for t in counts.teams if t.structure_id is None)  # the ones without a team are counted too
    assert no_team.arrived == 1 and no_team.expected == 1 and walk_in.volunteer_id


def test_status_summary_counts_present_per_team(teamed: Event) -> None:
    vid, code = _member(teamed)
    teamed.checkin.scan(code)
    summary = teamed.status.summary()
    assert summary["present"] == 1
    assert sum(s["present"] for s in summary["structures"]) == 1
    json.dumps(summary)
