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
The merge rules live in ``storage.sync_feed`` (docs/sync.md, "Le flux de changements").
"""

from __future__ import annotations

from probono_desk.storage.sync_feed import (
    ApplyResult,
    Change,
    ChangeSet,
    DuplicateArrival,
    MissingBlobs,
    Notice,
    apply,
    apply_all,
    blob_refs,
    canonical_dump,
    duplicate_arrivals,
    last_sync,
    mark_acknowledged,
    needed_blobs,
    notices,
    outbox,
    pending_count,
    read_blob,
    record_sync,
    reset_station,
    set_stream_position,
    station_id,
    store_blob,
    stream_position,
)

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
