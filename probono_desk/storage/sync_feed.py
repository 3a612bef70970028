"""The change feed's storage: change sets, the outbox, the station's clock and id, blobs by reference, notices.

A change set is sealed by ``seal()`` at the end of every ``write()`` from the rows its triggers captured; another
station's set is merged by ``storage.sync_apply`` (``sync.feed.apply_all`` wraps it in a write). See ``sync.feed`` for
the API the transport uses.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from probono_desk.core import hlc

FORMAT_VERSION = 1


@dataclass(frozen=True)
class Change:
    """One row change. ``values`` holds the whole new row (blob columns left out, their sha256 column kept);
    ``changed`` names the columns an update actually changed; ``base`` the version each notify column had on the
    writer's station before the change (how two concurrent moves of one person are recognised)."""

    table: str
    key: tuple[Any, ...]
    op: str  # "i" insert, "u" update, "d" delete
    values: dict[str, Any] | None = None
    changed: tuple[str, ...] = ()
    base: dict[str, str] = field(default_factory=dict)

    def to_list(self) -> list[Any]:
        item: list[Any] = [self.table, list(self.key), self.op]
        if self.op != "d":
            item.append(self.values)
            if self.op == "u" or self.base:
                item.append(list(self.changed))
            if self.base:
                item.append(self.base)
        return item

    @staticmethod
    def from_list(item: list[Any]) -> Change:
        table, key, op = item[0], tuple(item[1]), item[2]
        values = item[3] if len(item) > 3 else None
        changed = tuple(item[4]) if len(item) > 4 else ()
        base = dict(item[5]) if len(item) > 5 else {}
        return Change(table, key, op, values, changed, base)


@dataclass(frozen=True)
class ChangeSet:
    """One committed write of one station. ``id`` (a ULID) is the message id that lets the hub drop replays."""

    id: str
    station: str
    hlc: str
    changes: tuple[Change, ...]
    blobs: tuple[str, ...] = ()  # sha256 of the attachment bytes its rows refer to (they travel beside it)

    @property
    def version(self) -> str:
        return hlc.version(self.hlc, self.station)

    def to_bytes(self) -> bytes:
        body = {"v": FORMAT_VERSION, "id": self.id, "st": self.station, "h": self.hlc}
        body["c"] = [c.to_list() for c in self.changes]  # type: ignore[assignment]
        if self.blobs:
            body["b"] = list(self.blobs)  # type: ignore[assignment]
        return compact(body).encode("utf-8")

    @staticmethod
    def from_bytes(data: bytes) -> ChangeSet:
        body = json.loads(data.decode("utf-8"))
        if body.get("v") != FORMAT_VERSION:
            raise ValueError(f"change set format {body.get('v')!r} is not {FORMAT_VERSION}")
        changes = tuple(Change.from_list(c) for c in body["c"])
        return ChangeSet(body["id"], body["st"], body["h"], changes, tuple(body.get("b", ())))


@dataclass(frozen=True)
class ApplyResult:
    id: str
    applied: bool
    reason: str  # "applied", "already" (seen before), "own" (this station's)
    changes: int = 0


class MissingBlobs(Exception):
    """The set needs attachment bytes this file does not hold yet; nothing was changed."""

    def __init__(self, refs: list[str]) -> None:
        super().__init__(", ".join(refs))
        self.refs = refs


@dataclass(frozen=True)
class Notice:
    """A conflict the people at the stations must see. ``kind``: "concurrent_move" (a person moved by two
    stations; ``detail`` has volunteer_id, kept, other), "duplicate_arrival" (volunteer_id, checkin_id, station,
    at), "unique_settled" (key, columns, rule: the row renamed or set aside), "refused" (a row this file's rules
    refused: key, reason)."""

    id: str
    at: str
    kind: str
    table: str
    key: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class DuplicateArrival:
    """A check-in made at another door after the person's first one: kept, shown at both doors."""

    checkin_id: str
    volunteer_id: str
    at: str
    station: str
    first_checkin_id: str | None
    first_at: str | None
    first_station: str | None


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)


def compact(value: Any) -> str:
    """JSON as SQLite's json functions write it (no spaces, characters as they are); one encoder for the hot path."""
    return _COMPACT.encode(value)


def key_text(key: tuple[Any, ...] | list[Any]) -> str:
    """The key as the triggers write it (SQLite's json_array)."""
    return compact(list(key))


def is_enabled(db: Database) -> bool:
    return bool(db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'").fetchone())


# --- the station ---------------------------------------------------------------------------------------------------


def station_id(db: Database) -> str:
    return str(db.execute("SELECT station FROM sync_state WHERE id = 1").fetchone()[0])


def take_station(db: Database, fresh: str) -> None:
    """Within a write (``sync.feed.reset_station``): a copy of the file (a snapshot given to a new laptop) must not
    speak with the original's voice: a new id, and every set it holds counts as already seen, none waits to be
    sent."""
    db.execute("UPDATE sync_state SET station = ? WHERE id = 1", [fresh])
    db.execute("UPDATE sync_sets SET local = 0, acked = 1, body = NULL")


def _now_iso() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


def clock(db: Database) -> hlc.Hlc:
    return hlc.decode(str(db.execute("SELECT hlc FROM sync_state WHERE id = 1").fetchone()[0]))


def set_clock(db: Database, stamp: hlc.Hlc) -> None:
    db.execute("UPDATE sync_state SET hlc = ? WHERE id = 1", [stamp.encode()])


def now_ms(at: str) -> int:
    """The wall time of a write, from its ``at`` (the app's clock, so a rehearsed day stays consistent)."""
    try:
        return int(datetime.fromisoformat(at).timestamp() * 1000)
    except ValueError:
        return int(time.time() * 1000)


# --- the outbox ----------------------------------------------------------------------------------------------------


def outbox(db: Database, limit: int = 500) -> list[ChangeSet]:
    rows = db.execute(
        "SELECT body FROM sync_sets WHERE local = 1 AND acked = 0 ORDER BY hlc LIMIT ?", [limit]
    ).fetchall()
    return [ChangeSet.from_bytes(r[0]) for r in rows]


def mark_acknowledged(db: Database, ids: list[str] | tuple[str, ...]) -> None:
    if not ids:
        return
    marks = ", ".join("?" for _ in ids)
    # the hub holds it now: the body (names, e-mails) need not stay in this file
    db.execute(f"UPDATE sync_sets SET acked = 1, body = NULL WHERE local = 1 AND id IN ({marks})", list(ids))


def pending_count(db: Database) -> int:
    return int(db.execute("SELECT COUNT(*) FROM sync_sets WHERE local = 1 AND acked = 0").fetchone()[0])


def last_sync(db: Database) -> str | None:
    row = db.execute("SELECT last_sync FROM sync_state WHERE id = 1").fetchone()
    return str(row[0]) if row and row[0] else None


def record_sync(db: Database, when: str) -> None:
    db.execute("UPDATE sync_state SET last_sync = ? WHERE id = 1", [when])


def stream_position(db: Database) -> int:
    return int(db.execute("SELECT stream_seq FROM sync_state WHERE id = 1").fetchone()[0])


def set_stream_position(db: Database, seq: int) -> None:
    db.execute("UPDATE sync_state SET stream_seq = MAX(stream_seq, ?) WHERE id = 1", [seq])


def is_seen(db: Database, set_id: str) -> bool:
    return bool(db.execute("SELECT 1 FROM sync_sets WHERE id = ?", [set_id]).fetchone())


# --- blobs by reference --------------------------------------------------------------------------------------------


_SPECS: dict[int, tuple[int, dict[str, dict[str, Any]]]] = {}


def table_specs(db: Database) -> dict[str, dict[str, Any]]:
    """Synced tables in application order (parents first) with how to merge them. Read once per connection and
    schema version (every write seals with them; they change only when a migration installs capture)."""
    version = int(db.execute("PRAGMA schema_version").fetchone()[0])
    cached = _SPECS.get(id(db.conn))
    if cached and cached[0] == version:
        return cached[1]
    specs = {r[0]: json.loads(r[1]) for r in db.execute("SELECT name, spec FROM sync_tables ORDER BY position")}
    if len(_SPECS) > 64:
        _SPECS.clear()
    _SPECS[id(db.conn)] = (version, specs)
    return specs


def blob_refs(cs: ChangeSet, specs: dict[str, dict[str, Any]] | None = None) -> list[str]:
    """Every attachment reference the set carries (what its station uploads, what a receiver needs)."""
    refs = list(cs.blobs)
    for change in cs.changes if specs is not None else ():
        if change.op == "d" or not change.values:
            continue
        for ref_col in specs.get(change.table, {}).get("blobs", {}).values():  # type: ignore[union-attr]
            ref = change.values.get(ref_col)
            if ref and ref not in refs:
                refs.append(str(ref))
    return refs


def read_blob(db: Database, ref: str) -> bytes | None:
    for table, spec in table_specs(db).items():
        for blob_col, ref_col in spec["blobs"].items():
            row = db.execute(f'SELECT "{blob_col}" FROM {table} WHERE "{ref_col}" = ? LIMIT 1', [ref]).fetchone()
            if row and row[0] is not None:
                return bytes(row[0])
    row = db.execute("SELECT data FROM sync_blobs WHERE ref = ?", [ref]).fetchone()
    return bytes(row[0]) if row else None


def has_blob(db: Database, ref: str) -> bool:
    return read_blob(db, ref) is not None


def store_blob(db: Database, ref: str, data: bytes) -> None:
    if hashlib.sha256(data).hexdigest() != ref:
        raise ValueError(f"blob does not match its reference {ref}")
    db.execute("INSERT OR IGNORE INTO sync_blobs (ref, data) VALUES (?, ?)", [ref, data])


def needed_blobs(db: Database, cs: ChangeSet) -> list[str]:
    return [ref for ref in blob_refs(cs, table_specs(db)) if not has_blob(db, ref)]


# --- notices -------------------------------------------------------------------------------------------------------


def add_notice(db: Database, notice_id: str, kind: str, table: str, key: str, detail: dict[str, Any]) -> None:
    db.execute(
        "INSERT OR IGNORE INTO sync_notices (id, at, kind, tbl, key, detail) VALUES (?, ?, ?, ?, ?, ?)",
        [notice_id, _now_iso(), kind, table, key, json.dumps(detail, ensure_ascii=False, sort_keys=True)],
    )


def notices(db: Database) -> list[Notice]:
    return [
        Notice(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]))
        for r in db.execute("SELECT id, at, kind, tbl, key, detail FROM sync_notices ORDER BY at, id")
    ]
