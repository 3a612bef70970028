"""Is this file an event? Asked before an output replaces a file (``output/files.py``), never to open it.

Read through SQLite only, never with a plain ``open()``: this process may hold the file through SQLite (the window
while a worker prints), and closing any other descriptor of it would drop all of the process's POSIX locks on it
(see ``storage/db.py`` ``inspect_file``). SQLite's own VFS shares one lock record per file within the process and
keeps a descriptor open while another connection holds a lock, so a SQLite connection opened and closed here cannot
drop the window's locks.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from probono_desk.storage.file_format import FORMAT_MARKER


def may_be_event_file(path: Path) -> bool:
    """True when ``path`` holds our format marker, or is a SQLite database that cannot be read (a damaged or locked
    event is still someone's day). False for anything SQLite says is not a database, and for other databases.

    First read with ``immutable=1``: no locks, no ``-wal``/``-shm`` created beside a file nobody has open. Only when
    the marker is not in the main file and a ``-wal`` already exists (the event is open elsewhere, its newest pages
    still in the log) is it read again the ordinary read-only way, which sees the log."""
    found = _marker(path, immutable=True)
    if found is False and path.with_name(path.name + "-wal").exists():
        found = _marker(path, immutable=False)
    return found is not False


def _marker(path: Path, *, immutable: bool) -> bool | None:
    """True: our marker; False: not ours (or not a database at all); None: a database SQLite cannot read."""
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=2)
    except sqlite3.Error:
        return None
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meta" not in tables:
            return False
        row = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        return bool(row) and row[0] == FORMAT_MARKER
    except sqlite3.DatabaseError as exc:
        # NOTADB: not a database at all; ERROR: a database whose 'meta' is not ours (another column layout)
        return False if getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_ERROR) else None
    finally:
        conn.close()
