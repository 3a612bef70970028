"""The change feed's rules, one by one: what a set carries, idempotence, and each conflict settled the same way on
every station (first check-in stands, unions, deletion beats an older edit, concurrent moves, unique values)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from probono_desk.core.checkin import AlreadyCheckedIn, CheckedIn
from probono_desk.core.clock import FixedClock
from probono_desk.core.deliverables import DeliverableText
from probono_desk.core.errors import WriteFailed
from probono_desk.storage.db import write
from probono_desk.sync import feed
from tests.unit.sync_stations import Network, open_copy, same_everywhere, seed_file


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_file(tmp_path_factory.mktemp("sync-seed"))


@pytest.fixture
def clocks() -> list[FixedClock]:
    return [FixedClock(datetime(2019, 12, 5, 9, 0)) for _ in range(3)]


@pytest.fixture
def net(seed: Path, clocks: list[FixedClock]) -> Iterator[Network]:
    network = Network([open_copy(seed, f"porte-{i}", clocks[i]) for i in range(3)])
    yield network
    network.close()


def test_a_write_becomes_one_set_with_its_rows_and_journal(net: Network) -> None:
    a = net.stations[0]
    person = a.roster.volunteers()[0]
    a.checkin.check_in_volunteer(person.id)
    (cs,) = feed.outbox(a.db)
    assert cs.station == feed.station_id(a.db)
    tables = [c.table for c in cs.changes]
    assert tables == ["checkins", "journal"]
    checkin = cs.changes[0]
    assert checkin.op == "i" and checkin.values is not None
    assert checkin.values["volunteer_id"] == person.id and checkin.values["station"] == "porte-0"
    assert feed.ChangeSet.from_bytes(cs.to_bytes()) == cs
    assert feed.pending_count(a.db) == 1
    feed.mark_acknowledged(a.db, [cs.id])
    assert feed.pending_count(a.db) == 0 and feed.outbox(a.db) == []


def test_a_failed_write_records_no_change_set(net: Network) -> None:
    a = net.stations[0]
    person = a.roster.volunteers()[0]
    with pytest.raises(RuntimeError), write(a.db, at="2019-12-05T09:00:00", station="porte-0") as w:
        w.db.execute("UPDATE volunteers SET phone = '0600' WHERE id = ?", [person.id])
        w.log("volunteer.update", "volunteer", person.id)
        raise RuntimeError("the power went")
    with pytest.raises(WriteFailed), write(a.db, at="2019-12-05T09:00:00", station="porte-0") as w:
        w.db.execute("UPDATE volunteers SET phone = '0600' WHERE id = ?", [person.id])
        w.db.execute("INSERT INTO checkins (id, volunteer_id, at, station) VALUES ('x', 'nobody', '', '')")
    assert feed.pending_count(a.db) == 0
    assert a.db.execute("SELECT COUNT(*) FROM sync_capture").fetchone() == (0,)
    assert a.roster.volunteer(person.id).phone == person.phone


def test_updates_carry_what_changed_and_updates_of_nothing_carry_nothing(net: Network) -> None:
    a = net.stations[0]
    person = a.roster.volunteers()[0]
    a.roster.update_volunteer(replace(person, phone="0611223344"))
    (cs,) = feed.outbox(a.db)
    (change,) = [c for c in cs.changes if c.table == "volunteers"]
    assert change.op == "u" and "phone" in change.changed and "last_name" not in change.changed


def test_the_same_set_twice_or_our_own_changes_nothing(net: Network) -> None:
    a, b = net.stations[0], net.stations[1]
    a.checkin.check_in_volunteer(a.roster.volunteers()[0].id)
    sets = net.publish(0)
    assert [r.reason for r in net.deliver(1, sets)] == ["applied"]
    before = feed.canonical_dump(b.db)
    assert [r.reason for r in net.deliver(1, sets + sets)] == ["already", "already"]
    assert [r.reason for r in net.deliver(0, sets)] == ["own"]
    assert feed.canonical_dump(b.db) == before
    assert feed.pending_count(b.db) == 0  # what a station applies is never sent again as its own


def test_first_check_in_stands_and_the_later_one_is_a_duplicate_arrival_at_both_doors(
    net: Network, clocks: list[FixedClock]
) -> None:
    a, b = net.stations[0], net.stations[1]
    person = a.roster.volunteers()[3]
    assert isinstance(a.checkin.check_in_volunteer(person.id), CheckedIn)
    clocks[1].advance(seconds=20)
    assert isinstance(b.checkin.check_in_volunteer(person.id), CheckedIn)  # the Wi-Fi was down
    net.converge()
    same_everywhere(net)
    for station in net.stations:
        (dup,) = feed.duplicate_arrivals(station.db, person.id)
        assert (dup.station, dup.first_station) == ("porte-1", "porte-0")
        assert dup.at == "2019-12-05T09:00:20" and dup.first_at == "2019-12-05T09:00:00"
        assert station.db.execute(
            "SELECT station FROM checkins WHERE volunteer_id = ? AND undone_at IS NULL", [person.id]
        ).fetchall() == [("porte-0",)]
    assert any(n.kind == "duplicate_arrival" for n in feed.notices(a.db))
    assert any(n.kind == "duplicate_arrival" for n in feed.notices(b.db))
    again = b.checkin.check_in_volunteer(person.id)
    assert isinstance(again, AlreadyCheckedIn) and again.station == "porte-0"


def test_undoing_the_first_check_in_undoes_the_other_doors_too(net: Network, clocks: list[FixedClock]) -> None:
    """Cancelling says "this person is not here": the duplicate arrival goes too, on every station."""
    a, b = net.stations[0], net.stations[1]
    person = a.roster.volunteers()[3]
    a.checkin.check_in_volunteer(person.id)
    clocks[1].advance(seconds=5)
    b.checkin.check_in_volunteer(person.id)
    net.converge()
    clocks[0].advance(seconds=30)
    a.checkin.cancel_checkin(person.id)
    net.converge()
    same_everywhere(net)
    for station in net.stations:
        assert person.id not in station.checkin.present_ids()
        assert feed.duplicate_arrivals(station.db, person.id) == []


def test_ticks_notes_and_journal_entries_are_unions(net: Network, clocks: list[FixedClock]) -> None:
    a, b = net.stations[0], net.stations[1]
    team = a.roster.structures()[0].id
    first, second = [m.id for m in a.missions.milestones()[:2]]
    a.missions.tick(team, first)
    b.missions.tick(team, first)  # the same milestone, ticked at both tables' laptops
    b.missions.tick(team, second)
    a.missions.add_note(team, "Ils ont choisi le plan d'action")
    b.missions.add_note(team, "Besoin d'un expert juridique")
    journal_before = [s.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0] for s in (a, b)]
    net.converge()
    same_everywhere(net)
    for station in net.stations:
        assert set(station.missions.ticks(team)) == {first, second}
        assert {n.text for n in station.missions.notes(team)} == {
            "Ils ont choisi le plan d'action",
            "Besoin d'un expert juridique",
        }
    seed_journal = journal_before[0] - 2  # each station wrote two entries on top of the seed's
    assert net.stations[2].db.execute("SELECT COUNT(*) FROM journal").fetchone()[0] == seed_journal + 5


def test_a_deletion_beats_an_older_edit(net: Network, clocks: list[FixedClock]) -> None:
    a, b = net.stations[0], net.stations[1]
    person = a.roster.volunteers()[5]
    a.roster.update_volunteer(replace(person, phone="0611223344"))
    clocks[1].advance(seconds=10)
    b.privacy.delete_volunteer(person.id)
    net.publish_all()
    net.deliver(2, list(reversed(net.stream)))  # the deletion first, then the older edit
    net.converge()
    same_everywhere(net)
    for station in net.stations:
        assert station.db.execute("SELECT COUNT(*) FROM volunteers WHERE id = ?", [person.id]).fetchone() == (0,)
        assert station.db.execute("SELECT COUNT(*) FROM codes WHERE volunteer_id = ?", [person.id]).fetchone() == (0,)


def test_columns_go_to_the_latest_writer(net: Network, clocks: list[FixedClock]) -> None:
    a, b = net.stations[0], net.stations[1]
    person = a.roster.volunteers()[1]
    clocks[0].advance(seconds=30)
    a.roster.update_volunteer(replace(person, phone="0600000001"))
    clocks[1].advance(seconds=10)  # earlier, although it reaches the others later
    b.roster.update_volunteer(replace(person, phone="0600000002", diet="végétarien"))
    net.converge()
    same_everywhere(net)
    for station in net.stations:
        found = station.roster.volunteer(person.id)
        assert found.phone == "06 00 00 00 01" or found.phone == "0600000001"
        assert found.diet == "végétarien"


def test_two_stations_moving_one_person_latest_stands_and_both_see_a_notice(
    net: Network, clocks: list[FixedClock]
) -> None:
    a, b = net.stations[0], net.stations[1]
    person = a.roster.volunteers()[2]
    teams = [s.id for s in a.roster.structures()]
    a.teams.move(person.id, teams[1])
    clocks[1].advance(seconds=3)
    b.teams.move(person.id, teams[2])
    net.converge()
    same_everywhere(net)
    for station in net.stations:
        assert station.db.execute(
            "SELECT structure_id FROM memberships WHERE volunteer_id = ?", [person.id]
        ).fetchone() == (teams[2],)
    for station in (a, b):
        (notice,) = [n for n in feed.notices(station.db) if n.kind == "concurrent_move"]
        assert notice.detail["volunteer_id"] == person.id
        assert (notice.detail["kept"], notice.detail["other"]) == (teams[2], teams[1])


def test_a_move_after_seeing_the_other_is_no_conflict(net: Network, clocks: list[FixedClock]) -> None:
    a, b = net.stations[0], net.stations[1]
    person = a.roster.volunteers()[2]
    teams = [s.id for s in a.roster.structures()]
    a.teams.move(person.id, teams[1])
    net.converge()
    clocks[1].advance(seconds=3)
    b.teams.move(person.id, teams[2])
    net.converge()
    assert not [n for s in net.stations for n in feed.notices(s.db) if n.kind == "concurrent_move"]


def test_the_same_walk_in_registered_at_two_doors_is_settled_alike(net: Network, clocks: list[FixedClock]) -> None:
    a, b = net.stations[0], net.stations[1]
    a.checkin.register_walk_in(first_name="Inès", last_name="Martin", email="ines@example.org")
    clocks[1].advance(seconds=2)
    b.checkin.register_walk_in(first_name="Inès", last_name="Martin", email="ines@example.org")
    net.converge()
    same_everywhere(net)
    rows = a.db.execute(
        "SELECT person_key, walk_in FROM volunteers WHERE last_name = 'Martin' AND first_name = 'Inès' "
        "ORDER BY created_at, id"
    ).fetchall()
    assert len(rows) == 2 and "~" not in rows[0][0] and rows[1][0].startswith(rows[0][0] + "~")
    assert any(n.kind == "unique_settled" for n in feed.notices(b.db))


def test_two_new_badges_for_one_person_leave_one_active_code_everywhere(net: Network, clocks: list[FixedClock]) -> None:
    a, b = net.stations[0], net.stations[1]
    person = a.roster.volunteers()[4]
    code_a = a.checkin.reissue(person.id)
    clocks[1].advance(seconds=1)
    b.checkin.reissue(person.id)
    net.converge()
    same_everywhere(net)
    for station in net.stations:
        assert station.checkin.code_of(person.id) == code_a


def test_attachments_travel_by_reference(net: Network) -> None:
    a, b = net.stations[0], net.stations[1]
    team = a.roster.structures()[0].id
    data = b"%PDF-1.4 le livrable" * 500
    a.deliverables.add_attachment_bytes(team, "livrable.pdf", data, "application/pdf")
    (cs,) = net.publish(0)
    ref = hashlib.sha256(data).hexdigest()
    assert data not in cs.to_bytes() and ref.encode() in cs.to_bytes()
    assert feed.blob_refs(cs) == [ref]
    assert feed.needed_blobs(b.db, cs) == [ref]
    with pytest.raises(feed.MissingBlobs) as missing:
        feed.apply(b.db, cs)
    assert missing.value.refs == [ref]
    assert b.deliverables.attachments(team) == []  # nothing changed
    with pytest.raises(ValueError):
        feed.store_blob(b.db, ref, b"something else")
    feed.store_blob(b.db, ref, feed.read_blob(a.db, ref) or b"")
    assert feed.needed_blobs(b.db, cs) == []
    assert feed.apply(b.db, cs).applied
    (attachment,) = b.deliverables.attachments(team)
    assert b.db.execute("SELECT data FROM attachments WHERE id = ?", [attachment.id]).fetchone()[0] == data
    assert b.db.execute("SELECT COUNT(*) FROM sync_blobs").fetchone() == (0,)  # not kept twice


def test_a_deliverable_written_at_two_tables_keeps_the_first(net: Network, clocks: list[FixedClock]) -> None:
    a, b = net.stations[0], net.stations[1]
    team = a.roster.structures()[0].id
    a.deliverables.save(team, DeliverableText(title="Plan A"))
    clocks[1].advance(seconds=1)
    b.deliverables.save(team, DeliverableText(title="Plan B"))
    net.converge()
    same_everywhere(net)
    for station in net.stations:
        assert station.deliverables.get(team).text.title == "Plan A"


def test_a_fresh_copy_speaks_with_its_own_voice(net: Network, seed: Path, clocks: list[FixedClock]) -> None:
    a = net.stations[0]
    old = feed.station_id(a.db)
    a.checkin.check_in_volunteer(a.roster.volunteers()[0].id)
    (cs,) = feed.outbox(a.db)
    new = feed.reset_station(a.db)
    assert new != old and feed.station_id(a.db) == new
    assert feed.outbox(a.db) == [] and feed.apply(a.db, cs).reason == "already"


def test_sync_bookkeeping(net: Network) -> None:
    a = net.stations[0]
    assert feed.last_sync(a.db) is None and feed.stream_position(a.db) == 0
    feed.record_sync(a.db, "2019-12-05T09:01:00")
    feed.set_stream_position(a.db, 42)
    feed.set_stream_position(a.db, 7)  # never backwards
    assert feed.last_sync(a.db) == "2019-12-05T09:01:00" and feed.stream_position(a.db) == 42


def test_a_newer_format_is_refused() -> None:
    with pytest.raises(ValueError):
        feed.ChangeSet.from_bytes(b'{"v":2,"id":"x","st":"s","h":"","c":[]}')


def test_a_big_write_travels_in_parts_that_arrive_in_any_order(net: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    from probono_desk.storage import sync_merge

    monkeypatch.setattr(sync_merge, "SPLIT_FROM", 2)
    monkeypatch.setattr(sync_merge, "MAX_SET_BYTES", 2000)
    a = net.stations[0]
    a.checkin.register_walk_in(first_name="Inès", last_name="Martin", email="ines@example.org")
    a.teams.auto_form()
    parts = net.publish(0)
    assert len(parts) > 3 and all(len(cs.changes) == 1 or len(cs.to_bytes()) < 2500 for cs in parts)
    net.deliver(1, list(reversed(parts)))  # children before their parents
    net.converge()
    same_everywhere(net)


def test_an_edit_made_elsewhere_does_not_bring_back_a_deleted_person(net: Network, clocks: list[FixedClock]) -> None:
    a, b = net.stations[0], net.stations[1]
    person = a.roster.volunteers()[5]
    a.privacy.delete_volunteer(person.id)
    clocks[1].advance(seconds=30)  # later, at a station that had not heard of the deletion
    b.roster.update_volunteer(replace(person, phone="0611223344"))
    net.converge()
    same_everywhere(net)
    assert all(
        s.db.execute("SELECT 1 FROM volunteers WHERE id = ?", [person.id]).fetchone() is None for s in net.stations
    )


def test_a_later_move_beats_an_earlier_removal_from_the_team(net: Network, clocks: list[FixedClock]) -> None:
    a, b = net.stations[0], net.stations[1]
    person = a.roster.volunteers()[2]
    teams = [s.id for s in a.roster.structures()]
    a.teams.move(person.id, None)
    clocks[1].advance(seconds=5)
    b.teams.move(person.id, teams[3])
    net.converge()
    same_everywhere(net)
    assert a.db.execute("SELECT structure_id FROM memberships WHERE volunteer_id = ?", [person.id]).fetchone() == (
        teams[3],
    )
