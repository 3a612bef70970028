"""This station's own sync bookkeeping in its event file (never sent to the others): the hub it last used, the
hub's epoch it last saw, the join code it holds. ``meta`` never travels (``storage.schema_sync``)."""

from __future__ import annotations

from sqlite_utils import Database

from probono_desk.storage import roster as roster_store
from probono_desk.storage.db import get_meta, set_meta

HUB = "sync.hub"
EPOCH = "sync.epoch"
CODE = "sync.code"
ROLE = "sync.role"  # "hub" or "station": what the window resumes when it opens the file again; "" after leaving


def get(db: Database, key: str) -> str:
    return get_meta(db, key)


def put(db: Database, key: str, value: str) -> None:
    if get_meta(db, key) != value:
        set_meta(db, key, value)


def event_id(db: Database) -> str:
    info = roster_store.get_event(db)
    return info.id if info else ""
