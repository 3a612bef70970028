"""``EventFile``: the file half of an open event — its database, clock, station and actor, the journalled write
path and the backups. The services that only read and write rows depend on this; ``Event`` (services/event.py)
adds what the event is (name, date, language) and the services themselves."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

from probono_desk.core.clock import Clock, SystemClock, iso
from probono_desk.core.errors import ReadOnlyEvent
from probono_desk.services import outputs
from probono_desk.storage.backup import backup_copy
from probono_desk.storage.db import (
    Writer,
    close_db,
    data_version,
    default_backup_dir,
    open_event_db,
    writable_location,
    write,
)

_File = TypeVar("_File", bound="EventFile")


def default_station() -> str:
    try:
        return socket.gethostname() or "poste"
    except OSError:
        return "poste"


class EventFile:
    """An open event file. Not thread-safe: a worker thread opens its own on the same path."""

    def __init__(
        self,
        db: Database,
        path: Path | None,
        *,
        clock: Clock | None = None,
        station: str | None = None,
        actor: str = "",
        read_only: bool = False,
    ) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only  # a write-protected medium: everything reads, every write is refused
        self.clock: Clock = clock or SystemClock()
        self.station = station or default_station()
        self.actor = actor
        self.last_backup: str | None = None
        self._held = outputs.hold(path) if path is not None else None  # no output may replace it

    @classmethod
    def open(
        cls: type[_File], path: str | Path, *, clock: Clock | None = None, station: str | None = None, actor: str = ""
    ) -> _File:
        path = Path(path)
        if path.is_file() and not writable_location(path):  # a locked USB key: show the data, write nothing
            db = open_event_db(path, readonly=True)
            return cls(db, path, clock=clock, station=station, actor=actor, read_only=True)
        try:
            return cls(open_event_db(path), path, clock=clock, station=station, actor=actor)
        except ReadOnlyEvent:  # the permissions said yes, the medium said no (a locked SD card on some systems)
            db = open_event_db(path, readonly=True)
            return cls(db, path, clock=clock, station=station, actor=actor, read_only=True)

    def close(self) -> None:
        close_db(self.db)
        outputs.release(self._held)
        self._held = None

    def __enter__(self: _File) -> _File:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------------------------

    def now_iso(self) -> str:
        return iso(self.clock.now())

    def require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyEvent(path=str(self.path))

    @contextmanager
    def write(self, actor: str | None = None) -> Iterator[Writer]:
        self.require_writable()
        with write(
            self.db, at=self.now_iso(), station=self.station, actor=self.actor if actor is None else actor
        ) as writer:
            yield writer

    def data_version(self) -> int:
        return data_version(self.db)

    def backup(self, reason: str = "auto", keep: int | None = None) -> Path | None:
        if self.path is None or self.read_only:  # nothing changes, and nothing can be written beside it
            return None
        target = backup_copy(self.db, default_backup_dir(self.path), reason=reason, keep=keep)
        self.last_backup = self.now_iso()
        return target
