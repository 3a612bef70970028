"""Opening an event file safely, and the one way to write to it.

Opening never modifies a file that is not ours, comes from a newer version or is damaged. Every write runs
in ``write()``: one ``BEGIN IMMEDIATE`` transaction that also appends its journal rows, so a change and its
journal entry land together or not at all.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from probono_desk.core.errors import (
    DamagedEventFile,
    EventFileExists,
    EventFileMissing,
    FileInUse,
    NewerEventFile,
    NotAnEventFile,
    OutputFailed,
    ReadOnlyEvent,
    WriteFailed,
    os_reason,
    reason_text,
)
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.ids import new_id
from probono_desk.storage.connection import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS
from probono_desk.storage.connection import connect as connect
from probono_desk.storage.connection import memory_db as memory_db
from probono_desk.storage.connection import readonly_uri as readonly_uri
from probono_desk.storage.file_format import FORMAT_MARKER

SQLITE_HEADER = b"SQLite format 3\x00"


def writable_location(path: Path) -> bool:
    """False for a file on a write-protected medium (a locked USB key, EROFS) or in a folder we may not write:
    SQLite needs to create its ``-wal``/``-shm`` beside the file."""
    folder = path.resolve().parent
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def close_db(db: Database) -> None:
    """Close the connection an event file was opened with (the services never hold it)."""
    db.conn.close()


def inspect_file(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not a readable probono_desk event of a known version."""
    from probono_desk.storage.migrations import known_migration_names

    if not path.exists():
        raise EventFileMissing(path=str(path))
    if not path.is_file():  # a folder named x.probono, a device: not an event file, not a damaged one
        raise NotAnEventFile(path=str(path))
    # No plain open()/close() of the file here: this process may already hold it through SQLite (the window while a
    # worker opens it again), and closing any descriptor of a file drops all of the process's POSIX locks on it —
    # the next process to close would then delete the WAL under the window, whose writes would never reach the file.
    # SQLite reads the header itself and says SQLITE_NOTADB when the file is not a database.
    try:
        db = connect(path, readonly=True)
    except sqlite3.DatabaseError as exc:
        raise _refusal(path, exc) from exc
    try:
        check = db.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise DamagedEventFile(path=str(path), detail=check)
        tables = set(db.table_names())
        if "meta" not in tables:
            raise NotAnEventFile(path=str(path))
        marker = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        if not marker or marker[0] != FORMAT_MARKER:
            raise NotAnEventFile(path=str(path))
        applied = (
            [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = 'probono_desk'")]
            if "_sqlite_migrations" in tables
            else []
        )
        unknown = [name for name in applied if name not in known_migration_names()]
        if unknown:
            raise NewerEventFile(path=str(path), unknown=", ".join(unknown))
    except sqlite3.DatabaseError as exc:
        raise _refusal(path, exc) from exc
    finally:
        db.conn.close()


def _refusal(path: Path, exc: sqlite3.DatabaseError) -> NotAnEventFile | DamagedEventFile:
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB and not _has_sqlite_header(path):
        return NotAnEventFile(path=str(path))
    return DamagedEventFile(path=str(path), detail=str(exc))


def _has_sqlite_header(path: Path) -> bool:
    """Only asked once SQLite has refused the file (SQLITE_NOTADB): nothing in this process can be holding a
    database there, so reading the header cannot drop a lock that matters. A SQLite header on an unreadable file
    means a damaged event (a copy cut short), not a foreign file: the window then offers the newest backup."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def open_event_db(
    path: str | Path, *, create: bool = False, backup_dir: Path | None = None, readonly: bool = False
) -> Database:
    """Open (or create) an event file, apply pending migrations after a backup copy, and return it. ``readonly``:
    a connection that never writes (a write-protected medium); a file that needs migrating is then refused."""
    from probono_desk.storage.backup import backup_copy
    from probono_desk.storage.migrations import migrations

    path = Path(path)
    if readonly:
        inspect_file(path)
        db = connect(path, readonly=True)
        if migrations.pending(db):
            db.conn.close()
            raise ReadOnlyEvent(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "« {path} » vient d'une version précédente et doit être mis à jour, ce qui est impossible en "
                    "lecture seule : copiez-le dans un dossier où l'on peut écrire.",
                ),
                path=str(path),
            )
        return db
    if create:
        if path.exists() and path.stat().st_size > 0:
            raise EventFileExists(path=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputFailed(path=str(path), detail=os_reason(exc)) from exc
    else:
        inspect_file(path)
    try:
        db = connect(path)
    except sqlite3.DatabaseError as exc:
        if create:  # a folder where nothing can be created, not a damaged file
            raise OutputFailed(path=str(path), detail=_explain(exc)) from exc
        if _write_refused(exc):  # the file read well above: it is the place that refuses writing, not damage
            raise ReadOnlyEvent(path=str(path)) from exc
        raise DamagedEventFile(path=str(path), detail=str(exc)) from exc
    try:
        pending = migrations.pending(db)
        if pending and not create and migrations.applied(db):
            backup_copy(db, backup_dir or default_backup_dir(path), reason="avant-migration")
        if pending:
            migrations.apply(db)
            _forget_migration_changes(db)
    except sqlite3.DatabaseError as exc:
        db.conn.close()
        raise WriteFailed(detail=str(exc)) from exc
    return db


@contextmanager
def sole_connection(db: Database) -> Iterator[None]:
    """Run the block as the only connection to the file, or raise ``FileInUse``.

    An idle connection of another process (a second window, a station, a command) holds no lock that a checkpoint
    waits for, so ``wal_checkpoint(TRUNCATE)`` succeeds beside it; but leaving WAL needs every other connection
    gone. So: switch to the rollback journal (refused while anyone else has the file open), hold the file in
    exclusive locking mode for the block, then come back to WAL. A file in memory has no one else."""
    conn = db.conn
    if db.execute("PRAGMA database_list").fetchone()[2] == "":
        yield
        return
    conn.execute("PRAGMA busy_timeout = 300")
    try:
        mode = str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
    except sqlite3.OperationalError:
        mode = "busy"
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if mode != "delete":
        raise FileInUse()
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    try:
        yield
    finally:
        conn.execute("PRAGMA locking_mode = NORMAL")
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # the next access drops the exclusive lock
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError:  # someone opened it meanwhile: the work is done; WAL comes back at next open
            pass


def _write_refused(exc: sqlite3.DatabaseError) -> bool:
    """SQLite's words when it may read a file but not write there (or create its -wal/-shm beside it)."""
    text = str(exc).lower()
    return any(words in text for words in ("readonly", "read-only", "unable to open database file"))


def default_backup_dir(path: Path) -> Path:
    return path.with_name(path.name + ".sauvegardes")


def journal_end(db: Database) -> int:
    """The rowid of the newest journal row: every write appends one."""
    return int(db.execute("SELECT COALESCE(MAX(rowid), 0) FROM journal").fetchone()[0])


def data_version(db: Database) -> int:
    """Changes when another connection commits to the file (PRAGMA data_version)."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


@dataclass
class Writer:
    """What a write sees: the database and the journal of the same transaction."""

    db: Database
    at: str
    station: str
    actor: str
    entries: list[dict[str, Any]] = field(default_factory=list)

    def log(self, action: str, entity: str, entity_id: str | None = None, payload: dict[str, Any] | None = None) -> str:
        entry = {
            "id": new_id(),
            "at": self.at,
            "station": self.station,
            "actor": self.actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id or "",
            "payload": json.dumps(payload or {}, ensure_ascii=False, sort_keys=True, default=str),
        }
        self.db.execute(
            "INSERT INTO journal (id, at, station, actor, action, entity, entity_id, payload) "
            "VALUES (:id, :at, :station, :actor, :action, :entity, :entity_id, :payload)",
            entry,
        )
        self.entries.append(entry)
        return str(entry["id"])


def transaction_open(db: Database) -> bool:
    """True inside a transaction not committed yet (a ``write()`` in progress): what is written may still roll back."""
    return db.conn.in_transaction


@contextmanager
def write(db: Database, *, at: str, station: str, actor: str = "") -> Iterator[Writer]:
    """One transaction: everything inside lands with its journal rows, or nothing does.

    Storage errors (disk full, read-only file, locked for too long) become ``WriteFailed`` with the file unchanged.
    """
    conn = db.conn
    nested = conn.in_transaction
    savepoint = f"sp_{new_id()}"
    try:
        conn.execute(f"SAVEPOINT {savepoint}" if nested else "BEGIN IMMEDIATE")
    except sqlite3.DatabaseError as exc:
        raise WriteFailed(detail=_explain(exc)) from exc
    writer = Writer(db=db, at=at, station=station, actor=actor)
    try:
        yield writer
    except BaseException as exc:
        if conn.in_transaction:
            if nested:
                conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            else:
                conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.DatabaseError):
            raise WriteFailed(detail=_explain(exc)) from exc
        raise
    try:
        if not nested:
            _seal_changes(db, at)
        conn.execute(f"RELEASE SAVEPOINT {savepoint}" if nested else "COMMIT")
    except sqlite3.DatabaseError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise WriteFailed(detail=_explain(exc)) from exc
    except Exception:
        if conn.in_transaction and not nested:
            conn.execute("ROLLBACK")
        raise


def _forget_migration_changes(db: Database) -> None:
    """Rows a migration step wrote are written alike by the same step on every station: they do not travel."""
    from probono_desk.storage.sync_feed import is_enabled
    from probono_desk.storage.sync_merge import absorb_captured

    if is_enabled(db):
        absorb_captured(db)


def _seal_changes(db: Database, at: str) -> None:
    """The change feed: what this transaction changed in the synced tables becomes one change set, committed with
    it (``storage.sync_apply.seal``). Files from before the feed (migrations still pending) have nothing to seal."""
    from probono_desk.storage.sync_apply import seal
    from probono_desk.storage.sync_feed import is_enabled

    if is_enabled(db):
        seal(db, at)


def _explain(exc: sqlite3.DatabaseError) -> str:
    """SQLite's reason in the words of the message around it (the interface's language)."""
    text = str(exc)
    lowered = text.lower()
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return reason_text(QT_TRANSLATE_NOOP("errors", "disque plein"))
    if "readonly" in lowered or "read-only" in lowered:
        return reason_text(QT_TRANSLATE_NOOP("errors", "fichier en lecture seule"))
    if "locked" in lowered or "busy" in lowered:
        return reason_text(QT_TRANSLATE_NOOP("errors", "fichier occupé par un autre programme"))
    return text


def get_meta(db: Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else default


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
