"""A connection to an event file with the pragmas it needs (``db.py`` opens, migrates and writes through it; a
backup copy reads through it too, so neither imports the other)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

BUSY_TIMEOUT_MS = 10_000


def readonly_uri(path: str | Path, *, immutable: bool | None = None) -> str:
    """The URI that reads ``path`` without creating anything beside it.

    A read-only connection to a WAL file creates ``-wal`` and ``-shm`` files when they are missing (and cannot
    remove them on closing): inspecting a damaged file or copying a backup used to leave them behind. When neither
    exists no other connection has the file open and its content is all in the main file, so it is opened
    ``immutable`` (no lock, no side file); otherwise ``mode=ro`` shares the existing ones."""
    path = Path(path).resolve()
    if immutable is None:
        immutable = not any(path.with_name(path.name + s).exists() for s in ("-wal", "-shm"))
    return f"{path.as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def connect(path: str | Path, *, readonly: bool = False) -> Database:
    """A connection with the pragmas the event file needs. Autocommit; ``write()`` opens transactions."""
    if readonly:
        try:
            conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:  # a WAL on a medium where its -shm cannot be made: read the file as it is
            conn = sqlite3.connect(
                readonly_uri(path, immutable=True), uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    # No sqlite-utils plugins: the app uses none, and looking for them reads every installed package's metadata.
    return Database(conn, execute_plugins=False)


def memory_db() -> Database:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return Database(conn, execute_plugins=False)
