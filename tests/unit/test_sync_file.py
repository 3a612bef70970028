"""The change feed and the event file: what stays on this copy, what a later migration adds, what an erasure
leaves, and a row the file refuses."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from probono_desk.core.clock import FixedClock
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


def test_the_event_language_and_organiser_pin_travel_but_not_the_file_marks(net: Network) -> None:
    a, b = net.stations[0], net.stations[1]
    a.evaluations.set_pin("pin-orga-2019")
    a.db.execute("UPDATE meta SET value = 'une autre version' WHERE key = 'created_with'")
    sets = net.publish(0)
    keys = [c.key for cs in sets for c in cs.changes if c.table == "meta"]
    assert ("kiosk_pin",) in keys and ("created_with",) not in keys
    net.converge()
    assert b.evaluations.check_pin("pin-orga-2019") and not b.evaluations.check_pin("autre-chose")
    assert b.db.execute("SELECT value FROM meta WHERE key = 'created_with'").fetchone() != ("une autre version",)


def test_an_erased_person_leaves_nothing_in_the_feed(net: Network, clocks: list[FixedClock]) -> None:
    a = net.stations[0]
    a.checkin.register_walk_in(first_name="Inès", last_name="Martin", email="ines.secret@example.org")
    (person,) = [v for v in a.roster.volunteers() if v.email == "ines.secret@example.org"]
    a.roster.update_volunteer(replace(person, phone="0699887766"))
    a.privacy.delete_volunteer(person.id)
    for table in ("sync_rows", "sync_sets", "sync_shadow", "sync_notices", "sync_capture"):
        dump = " ".join(str(row) for row in a.db.execute(f"SELECT * FROM {table}"))
        assert "ines.secret" not in dump and "99 88 77 66" not in dump and "0699887766" not in dump, table
    net.converge()  # and the others end without the person too
    same_everywhere(net)
    assert net.stations[1].db.execute("SELECT 1 FROM volunteers WHERE id = ?", [person.id]).fetchone() is None


def test_a_table_of_a_later_step_travels_with_one_call(net: Network) -> None:
    from probono_desk.storage.schema_sync import install_capture

    for station in net.stations[:2]:
        station.db.execute(
            "CREATE TABLE later_notes (id TEXT PRIMARY KEY, structure_id TEXT NOT NULL REFERENCES structures(id) "
            "ON DELETE CASCADE, text TEXT NOT NULL, scan_sha256 TEXT NOT NULL DEFAULT '', scan BLOB)"
        )
        install_capture(station.db, "later_notes", blobs={"scan": "scan_sha256"})
    a, b = net.stations[0], net.stations[1]
    team = a.roster.structures()[0].id
    data = b"page scannee"
    with write(a.db, at="2019-12-05T09:00:00", station="porte-0") as w:
        w.db.execute("INSERT INTO later_notes (id, structure_id, text) VALUES ('n1', ?, 'sans scan')", [team])
        w.db.execute(
            "INSERT INTO later_notes (id, structure_id, text, scan, scan_sha256) VALUES ('n2', ?, 'scan', ?, ?)",
            [team, data, hashlib.sha256(data).hexdigest()],
        )
    net.deliver(1, net.publish(0))
    assert b.db.execute("SELECT id, scan FROM later_notes ORDER BY id").fetchall() == [("n1", None), ("n2", data)]


def test_the_trail_follow_up_travels_with_its_confidential_document(net: Network) -> None:
    from probono_desk.services.trail_followup import TrailFollowupService

    a, b = net.stations[0], net.stations[1]
    team = a.roster.structures()[1].id
    data = b"%PDF diagnostic confidentiel" * 100
    TrailFollowupService(a).attach_document_bytes(team, "diagnostic.pdf", data, "application/pdf")
    TrailFollowupService(a).add_recommendation(team, "Recruter un bénévole comptable")
    net.converge()
    same_everywhere(net)
    assert b.db.execute("SELECT document FROM trail_diagnostics WHERE structure_id = ?", [team]).fetchone() == (data,)
    assert [r.text for r in TrailFollowupService(b).recommendations(team)] == ["Recruter un bénévole comptable"]


def test_rows_written_by_a_migration_step_do_not_travel(tmp_path: Path, clocks: list[FixedClock]) -> None:
    from probono_desk.core.ids import new_id
    from probono_desk.services.event import Event
    from probono_desk.storage.migrations import migrations

    path = tmp_path / "avant.probono"
    event = Event.create(path, name="Marathon", date="2019-12-05", clock=clocks[0], station="porte-0")
    first = event.missions.milestones()[0]
    event.missions.rename_milestone(first.id, "Accueil")  # the row has a merge state from before the step
    event.close()

    def m999_test_step(db: object) -> None:
        db.execute("UPDATE milestones SET label = label || ' !'")  # type: ignore[attr-defined]

    migrations(name="m999_test_step")(m999_test_step)
    try:
        event = Event.open(path, clock=clocks[0], station="porte-0")
        before = feed.pending_count(event.db)
        event.checkin.register_walk_in(first_name="Inès", last_name="Martin")
        sets = feed.outbox(event.db)[before:]
        assert sets and all(c.table != "milestones" for cs in sets for c in cs.changes)
        # another station moves that milestone: the step's label stays
        moved = feed.Change("milestones", (first.id,), "u", {"position": 7}, ("position",))
        feed.apply(event.db, feed.ChangeSet(new_id(), "zz-autre-poste", "009999999999999.00000", (moved,)))
        assert event.db.execute("SELECT label, position FROM milestones WHERE id = ?", [first.id]).fetchone() == (
            "Accueil !",
            7,
        )
        event.close()
    finally:
        migrations._migrations = [m for m in migrations._migrations if m.name != "m999_test_step"]


def test_a_row_this_file_refuses_waits_aside_and_the_feed_goes_on(net: Network) -> None:
    from probono_desk.core.ids import new_id

    a = net.stations[0]
    bad = feed.Change("staff", ("st-1",), "i", {"id": "st-1", "name": None, "role": "referent"})
    good = feed.Change("staff", ("st-2",), "i", {"id": "st-2", "name": "Awa", "role": "referent"})
    first = feed.ChangeSet(new_id(), "zz-autre", "001575536400000.00001", (bad, good))
    assert feed.apply(a.db, first).applied
    assert a.db.execute("SELECT name FROM staff WHERE id IN ('st-1', 'st-2')").fetchall() == [("Awa",)]
    assert [n.kind for n in feed.notices(a.db)] == ["refused"]
    later = feed.Change("staff", ("st-3",), "i", {"id": "st-3", "name": "Léo", "role": "referent"})
    assert feed.apply(a.db, feed.ChangeSet(new_id(), "zz-autre", "001575536400000.00002", (later,))).applied
