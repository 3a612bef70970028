"""The whole event for a station that joins with no file: the hub's file through SQLite's backup API, and its
installation as the joiner's event file.

The copy carries the hub's stream position (``feed.stream_position``: the last stream sequence its file applied, set
after each applied batch), so the joiner reads the stream on from the next one; anything both in the copy and after
that position is applied again, which the feed's idempotent ``apply`` makes harmless. The joiner gets a new station
id (``reset_station``): the copy carried the hub's, and the hub's own sets in it count as already seen.
"""

from __future__ import annotations

import os
import tempfile
import zlib
from pathlib import Path

from sqlite_utils import Database

from probono_desk.core.errors import NotAnEventFile
from probono_desk.storage.backup import copy_database
from probono_desk.storage.db import open_event_db
from probono_desk.sync import local


def make(db: Database) -> bytes:
    """A consistent copy of the open event file, as bytes."""
    with tempfile.TemporaryDirectory(prefix="probono-snapshot-") as folder:
        target = Path(folder) / "snapshot.probono"
        copy_database(db.conn, target)
        return target.read_bytes()


def pack(data: bytes) -> bytes:
    """Compressed for the trip (an event file with its feed shrinks several times; level 1 costs ~0.1 s per 30 MB)."""
    return zlib.compress(data, 1)


def unpack(data: bytes) -> bytes:
    return zlib.decompress(data)


def install(path: Path, data: bytes, *, event_id: str, epoch: str) -> None:
    """Write ``data`` as the event file ``path`` (whole or not at all), as a new station of the event."""
    from probono_desk.sync import feed

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partiel")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        db = open_event_db(partial)
        try:
            if local.event_id(db) != event_id:
                raise NotAnEventFile(path=str(path))
            feed.reset_station(db)
        finally:
            db.conn.close()
        os.replace(partial, path)
        local.put_at(path, local.EPOCH, epoch)  # the log its stream position belongs to
    finally:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
