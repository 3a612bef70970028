"""Storage faults on demand: a full disk, a read-only file, a file locked by another program.

``inject(ev, kind)`` swaps the event's connection for one that fails the way the real fault does, and puts the
real one back afterwards. A full disk is injected at COMMIT (where SQLite meets it when the WAL grows); a read-only
file is a real read-only connection; a lock is a real second connection holding BEGIN EXCLUSIVE beyond a short
busy timeout.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from probono_desk.services.event import Event
from probono_desk.storage.db import connect

FAULTS = ("full", "readonly", "locked")
DETAILS = {
    "full": "disque plein",
    "readonly": "fichier en lecture seule",
    "locked": "fichier occupé par un autre programme",
}


class DiskFullConnection(sqlite3.Connection):
    """Fails every COMMIT with SQLite's own words for a full disk."""

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
        if sql.strip().upper() == "COMMIT" and self.in_transaction:
            raise sqlite3.OperationalError("database or disk is full")
        return super().execute(sql, *args)


def _full_disk(path: Path) -> Database:
    conn = sqlite3.connect(str(path), isolation_level=None, factory=DiskFullConnection)
    conn.execute("PRAGMA foreign_keys = ON")
    return Database(conn)


@contextmanager
def inject(ev: Event, kind: str) -> Iterator[None]:
    assert ev.path is not None
    real = ev.db
    holder: sqlite3.Connection | None = None
    if kind == "full":
        ev.db = _full_disk(ev.path)
    elif kind == "readonly":
        ev.db = connect(ev.path, readonly=True)
    elif kind == "locked":
        holder = sqlite3.connect(str(ev.path), isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        real.execute("PRAGMA busy_timeout = 50")
    else:
        raise ValueError(kind)
    try:
        yield
    finally:
        if holder is not None:
            holder.execute("ROLLBACK")
            holder.close()
            real.execute("PRAGMA busy_timeout = 10000")
        if ev.db is not real:
            ev.db.conn.close()
            ev.db = real


def snapshot(path: Path) -> list[str]:
    """Everything the file holds, read by a fresh connection."""
    conn = sqlite3.connect(str(path))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
