"""The change feed: what one station's event file gives to the others, and how it takes theirs.

Final API (what the transport codes against; all functions take the station's own ``Database``):

    ChangeSet(id, station, hlc, changes, blobs=()) frozen; id is a ULID (use it as Nats-Msg-Id), hlc a sortable str,
                                                   blobs the sha256 of the attachment bytes it needs
        .to_bytes() -> bytes / ChangeSet.from_bytes(data) -> ChangeSet     compact JSON, versioned ("v": 1)
    Change(table, key, op, values, changed, base)  one row change; op "i" insert, "u" update, "d" delete
    outbox(db, limit=500) -> list[ChangeSet]       local sets the hub has not acknowledged, oldest first
    mark_acknowledged(db, ids) -> None             after the hub's PubAck (the set's body is then dropped here)
    apply(db, cs) -> ApplyResult                   idempotent; a set already applied, or our own, is a no-op
    apply_all(db, sets) -> list[ApplyResult]       the same in one transaction (catch-up: fast)
        both raise MissingBlobs(refs) when an attachment's bytes are not here yet: fetch them
        (needed_blobs + store_blob) and apply again; nothing was changed.
    pending_count(db) -> int                       local sets waiting to be sent
    last_sync(db) -> str | None (ISO)  /  record_sync(db, when: str)
    stream_position(db) -> int  /  set_stream_position(db, seq)   the last stream sequence consumed (resume point)
    station_id(db) -> str                          this file's station id
    reset_station(db) -> str                       a fresh id for a copy/snapshot; its sets become "already seen"
    needed_blobs(db, cs) -> list[str]              sha256 refs the set needs that this file lacks
    read_blob(db, ref) -> bytes | None  /  store_blob(db, ref, data)   (store_blob checks the sha256)
    blob_refs(cs) -> list[str]                     every attachment ref a set carries (what to upload)
    notices(db) -> list[Notice]                    conflicts users must see (a person moved by two stations,
                                                   a duplicate arrival, a unique value settled)
    duplicate_arrivals(db, volunteer_id=None) -> list[DuplicateArrival]   for the desk's "already checked in"
    canonical_dump(db) -> dict                     the business content, to compare stations

For the layers below (not the transport): ``storage.schema_sync.install_capture(db, table, ...)`` and
``install_capture_all(db)`` make a later migration's tables travel; ``storage.sync_merge.forget_superseded(db)``
rewrites unsent sets after an erasure (``services.privacy`` calls it).

Rows travel, not actions: every ``storage.db.write()`` records the row changes it made (triggers on the synced
tables), and seals them, just before COMMIT, into one change set stamped with a hybrid logical clock and the
station id. Attachments travel by reference (their sha256); the bytes go through the object store.
The merge rules live in ``storage.sync_apply`` and ``storage.sync_merge`` (docs/sync.md, "Le flux de changements");
this module opens the write they run in (the storage modules never import ``storage.db``: no import cycle).
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from probono_desk.core.ids import new_id
from probono_desk.storage import sync_apply
from probono_desk.storage.db import write
from probono_desk.storage.sync_feed import (
    ApplyResult,
    Change,
    ChangeSet,
    DuplicateArrival,
    MissingBlobs,
    Notice,
    blob_refs,
    last_sync,
    mark_acknowledged,
    needed_blobs,
    notices,
    outbox,
    pending_count,
    read_blob,
    record_sync,
    set_stream_position,
    station_id,
    store_blob,
    stream_position,
    take_station,
)


def apply(db: Database, cs: ChangeSet) -> ApplyResult:
    """Merge another station's set; idempotent (a set seen before, or our own, changes nothing)."""
    return apply_all(db, [cs])[0]


def apply_all(db: Database, sets: list[ChangeSet]) -> list[ApplyResult]:
    """Merge many sets in one write (a catch-up). Raises ``MissingBlobs`` first, with nothing changed, when an
    attachment's bytes are not here yet."""
    todo, results = sync_apply.sort_sets(db, sets)
    if todo:
        with write(db, at=time.strftime("%Y-%m-%dT%H:%M:%S"), station="sync") as w:
            sync_apply.merge_sets(w.db, todo, results)
    return sync_apply.answers(sets, results)


def reset_station(db: Database) -> str:
    """A copy of the file (a snapshot given to a new laptop) takes a new station id; every set it holds counts as
    already seen, none waits to be sent."""
    fresh = new_id()
    with write(db, at=datetime.now().replace(microsecond=0).isoformat(), station="sync") as w:
        take_station(w.db, fresh)
    return fresh


def duplicate_arrivals(db: Database, volunteer_id: str | None = None) -> list[DuplicateArrival]:
    return sync_apply.duplicate_arrivals(db, volunteer_id)


def canonical_dump(db: Database) -> dict[str, Any]:
    return sync_apply.canonical_dump(db)


__all__ = [
    "ApplyResult",
    "Change",
    "ChangeSet",
    "DuplicateArrival",
    "MissingBlobs",
    "Notice",
    "apply",
    "apply_all",
    "blob_refs",
    "canonical_dump",
    "duplicate_arrivals",
    "last_sync",
    "mark_acknowledged",
    "needed_blobs",
    "notices",
    "outbox",
    "pending_count",
    "read_blob",
    "record_sync",
    "reset_station",
    "set_stream_position",
    "station_id",
    "store_blob",
    "stream_position",
]
