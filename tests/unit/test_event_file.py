"""The event file: creation, pragmas, migrations, refusal of foreign/newer/damaged files, the journal."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from probono_desk.core.errors import (
    DamagedEventFile,
    EventFileExists,
    EventFileMissing,
    InvalidInput,
    NewerEventFile,
    NotAnEventFile,
    OutputFailed,
    WriteFailed,
)
from probono_desk.core.models import StaffRole
from probono_desk.services.backups import save_copy
from probono_desk.services.event import Event
from probono_desk.storage.migrations import known_migration_names


def _digest(path: Path) -> bytes:
    return path.read_bytes()


def test_new_event_file_has_pragmas_and_event_row(event_path: Path) -> None:
    ev = Event.create(event_path, name="Marathon Lille", date="2019-12-05", venue="Lille")
    assert ev.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert ev.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert ev.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert ev.info.name == "Marathon Lille"
    ev.close()
    reopened = Event.open(event_path)
    assert reopened.info.date == "2019-12-05"
    applied = {r[0] for r in reopened.db.execute("SELECT name FROM _sqlite_migrations")}
    assert applied == known_migration_names()
    reopened.close()


def test_create_refuses_bad_date_and_leaves_no_file(event_path: Path) -> None:
    with pytest.raises(Exception, match="AAAA-MM-JJ"):
        Event.create(event_path, name="X", date="05/12/2019")
    assert not event_path.exists()


def test_create_refuses_existing_file(event_path: Path) -> None:
    Event.create(event_path, name="X", date="2019-12-05").close()
    with pytest.raises(EventFileExists):
        Event.create(event_path, name="Y", date="2019-12-05")


def test_open_missing_file(tmp_path: Path) -> None:
    with pytest.raises(EventFileMissing):
        Event.open(tmp_path / "nope.probono")


def test_png_is_not_an_event_file_and_is_not_modified(tmp_path: Path) -> None:
    png = tmp_path / "photo.probono"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    before = _digest(png)
    with pytest.raises(NotAnEventFile) as info:
        Event.open(png)
    assert "n'est pas un fichier d'événement" in info.value.message("fr")
    assert _digest(png) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo.probono"]


def test_other_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    before = _digest(other)
    with pytest.raises(NotAnEventFile):
        Event.open(other)
    assert _digest(other) == before


def test_newer_version_is_refused_untouched(event_path: Path) -> None:
    Event.create(event_path, name="X", date="2019-12-05").close()
    conn = sqlite3.connect(event_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES "
        "('probono_desk', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = _digest(event_path)
    with pytest.raises(NewerEventFile) as info:
        Event.open(event_path)
    assert "m999_from_the_future" in info.value.message("fr")
    assert _digest(event_path) == before


def test_truncated_file_is_damaged_and_untouched(event_path: Path) -> None:
    from probono_desk.services.demo import write_demo

    write_demo(event_path).close()
    data = event_path.read_bytes()
    event_path.write_bytes(data[: len(data) // 3])
    before = _digest(event_path)
    with pytest.raises((DamagedEventFile, NotAnEventFile)):
        Event.open(event_path)
    assert _digest(event_path) == before


def test_backup_is_made_before_a_pending_migration(event_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from probono_desk.storage import migrations as mig

    Event.create(event_path, name="X", date="2019-12-05").close()

    @mig.migrations(name="m900_test_step")
    def step(db: object) -> None:
        db.execute("CREATE TABLE test_step (x)")  # type: ignore[attr-defined]

    try:
        ev = Event.open(event_path)
        assert "test_step" in ev.db.table_names()
        ev.close()
        backups = list((event_path.parent / (event_path.name + ".sauvegardes")).glob("*avant-migration*.probono"))
        assert len(backups) == 1
        conn = sqlite3.connect(backups[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        conn.close()
        assert "event" in tables and "test_step" not in tables
    finally:
        mig.migrations._migrations = [m for m in mig.migrations._migrations if m.name != "m900_test_step"]


def test_write_and_journal_land_together_or_not_at_all(event: Event) -> None:
    before = event.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
    with pytest.raises(RuntimeError):
        with event.write() as w:
            w.db.execute("INSERT INTO staff (id, name, role) VALUES ('s1', 'Julie', 'referent')")
            w.log("staff.add", "staff", "s1")
            raise RuntimeError("boom")
    assert event.db.execute("SELECT COUNT(*) FROM staff").fetchone()[0] == 0
    assert event.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0] == before
    with event.write() as w:
        w.db.execute("INSERT INTO staff (id, name, role) VALUES ('s1', 'Julie', 'referent')")
        w.log("staff.add", "staff", "s1")
    row = event.db.execute("SELECT station, action, entity_id, at FROM journal WHERE entity_id = 's1'").fetchone()
    assert row == ("test-poste", "staff.add", "s1", "2019-12-05T08:30:00")


def test_journal_is_append_only(event: Event) -> None:
    with event.write() as w:
        w.log("x", "y")
    with pytest.raises(WriteFailed):
        with event.write():
            event.db.execute("DELETE FROM journal")
    with pytest.raises(WriteFailed):
        with event.write():
            event.db.execute("UPDATE journal SET action = 'forged'")


def test_data_version_changes_on_write_from_another_connection(event_path: Path) -> None:
    ev = Event.create(event_path, name="X", date="2019-12-05")
    other = Event.open(event_path)
    v0 = ev.data_version()
    from probono_desk.core.models import StaffRole

    other.roster.add_staff("Julie Marchand", StaffRole.REFERENT)
    assert ev.data_version() != v0
    assert [s.name for s in ev.roster.staff()] == ["Julie Marchand"]
    other.close()
    ev.close()


# --- One file shared by the window, its worker threads and the command line -------------------------------------------

OTHER_PROCESS_WRITES = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA busy_timeout = 10000")
conn.execute("INSERT INTO meta (key, value) VALUES ('written_by', 'the command line')")
conn.close()
"""


def test_a_second_open_in_the_same_process_keeps_the_window_writes_in_the_file(demo_path: Path) -> None:
    window = Event.open(demo_path, station="porte-1")
    window.roster.volunteers()  # the window reads: its connection uses the WAL
    with Event.open(demo_path):  # a worker thread renders a badge from its own connection, then closes it
        pass
    # the command line writes to the same file and exits (the last connection it knows of closes)
    subprocess.run([sys.executable, "-c", OTHER_PROCESS_WRITES, str(demo_path)], check=True)
    # the window still sees the command line's write ...
    assert window.db.execute("SELECT value FROM meta WHERE key = 'written_by'").fetchone() == ("the command line",)
    # ... and what the window writes next reaches the file that everybody else reads
    window.roster.add_staff("Écrit Par La Fenêtre", StaffRole.FACILITATOR)
    reader = sqlite3.connect(f"{demo_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in reader.execute("SELECT name FROM staff")]
    finally:
        reader.close()
        window.close()
    assert "Écrit Par La Fenêtre" in names


# --- The change mark follows every write; a saved copy is a whole event -----------------------------------------------

def test_change_mark_moves_with_every_local_write(event: Event) -> None:
    before = event.status.change_mark()
    event.roster.add_structure("Les Jardins")
    assert event.status.change_mark() != before


def test_save_copy_is_a_whole_event_and_never_the_open_file(demo: Event, tmp_path: Path) -> None:
    assert demo.path is not None
    target = save_copy(demo.path, tmp_path / "copie")
    with Event.open(target) as copy:
        assert len(copy.roster.volunteers()) == 50
    with pytest.raises(InvalidInput):  # the copy would replace the open file under its live connection
        save_copy(demo.path, demo.path.with_suffix(""))
    assert len(demo.roster.volunteers()) == 50
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    with pytest.raises(OutputFailed):
        save_copy(demo.path, blocker / "copie")
    assert not list(tmp_path.glob("*.tmp"))
