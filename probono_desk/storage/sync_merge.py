"""Per-row merge state of the change feed, and the sealing of a local write into a change set.

Every synced row has a state in ``sync_rows``: its merged column values, each with the version (HLC stamp and
station) of the write that set it, the earliest version that created it (``born``), the latest version that wrote
it (``alive``) and the latest that deleted it (``dead``). Merging a change into that state is commutative and
idempotent, so two stations that have merged the same changes hold the same states whatever the order; what the
business tables show is then a function of those states (``storage.sync_apply.project``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from probono_desk.core import hlc
from probono_desk.core.ids import new_id
from probono_desk.storage.sync_feed import (
    Change,
    ChangeSet,
    add_notice,
    clock,
    key_text,
    now_ms,
    set_clock,
    station_id,
    table_specs,
)

BASELINE = "0"  # the version of a row that was in the file before it ever travelled: older than any stamp


@dataclass
class RowState:
    vals: dict[str, Any]
    vers: dict[str, str]
    born: str | None
    alive: str
    dead: str

    @property
    def present(self) -> bool:
        return self.alive > self.dead


def business_row(db: Database, table: str, spec: dict[str, Any], key: list[Any]) -> dict[str, Any] | None:
    cols = spec["cols"]
    where = " AND ".join(f'"{c}" = ?' for c in spec["key"])
    row = db.execute(f"SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM {table} WHERE {where}", key)
    found = row.fetchone()
    return dict(zip(cols, found, strict=True)) if found else None


ABSENT: dict[str, Any] = {}  # "the row did not exist before this write" (seal knows; the business table no longer)


def load(
    db: Database, table: str, spec: dict[str, Any], key_t: str, before: dict[str, Any] | None = None
) -> RowState:
    row = db.conn.execute("SELECT vals, vers, born, alive, dead FROM sync_rows WHERE tbl = ? AND key = ?", [table, key_t])
    found = row.fetchone()
    if found:
        return RowState(json.loads(found[0]), json.loads(found[1]), found[2], found[3], found[4])
    base = before if before is not None else business_row(db, table, spec, json.loads(key_t))
    if base:  # content from before the feed: the same on every station (they start from one file)
        return RowState(dict(base), dict.fromkeys(base, ""), BASELINE, BASELINE, "")
    return RowState({}, {}, None, "", "")


_SAVE = (
    "INSERT INTO sync_rows (tbl, key, vals, vers, born, alive, dead) VALUES (?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(tbl, key) DO UPDATE SET vals = excluded.vals, vers = excluded.vers, born = excluded.born, "
    "alive = excluded.alive, dead = excluded.dead"
)


def _saved(table: str, key_t: str, state: RowState) -> list[Any]:
    return [
        table,
        key_t,
        json.dumps(state.vals, ensure_ascii=False, separators=(",", ":")),
        json.dumps(state.vers, separators=(",", ":")),
        state.born,
        state.alive,
        state.dead,
    ]


def save(db: Database, table: str, key_t: str, state: RowState) -> None:
    db.conn.execute(_SAVE, _saved(table, key_t, state))


def merge(state: RowState, change: Change, version: str) -> None:
    """Fold one change into a row's state: the latest version wins each column, and the row's existence; an
    update's unchanged columns only fill what nothing newer has set ("-" sorts below every stamp)."""
    if change.op == "d":
        state.dead = max(state.dead, version)
        return
    state.alive = max(state.alive, version)
    state.born = version if state.born is None else min(state.born, version)
    written = None if change.op == "i" else set(change.changed)
    for col, value in (change.values or {}).items():
        col_version = version if written is None or col in written else "-" + version
        if col_version > state.vers.get(col, "") or col not in state.vals:
            state.vals[col] = value
            state.vers[col] = col_version


def concurrent_moves(
    db: Database, table: str, spec: dict[str, Any], key_t: str, state: RowState, change: Change, version: str
) -> None:
    """A notify column changed by a station that had not seen our value: leave a notice (on both stations, since
    each one sees the other's change arrive this way)."""
    if change.op == "d" or not state.present:
        return
    for col in spec["notify"]:
        if col not in change.base or col not in state.vals or not change.values:
            continue
        mine = state.vers.get(col, "")
        incoming = change.values.get(col)
        if mine == change.base[col] or state.vals[col] == incoming or mine.lstrip("-").split("/")[-1] == (
            version.split("/")[-1]
        ):
            continue
        kept, other = (incoming, state.vals[col]) if version > mine else (state.vals[col], incoming)
        pair = sorted([mine, version])
        detail = {"key": json.loads(key_t), "column": col, "kept": kept, "other": other}
        if table == "memberships":
            detail["volunteer_id"] = json.loads(key_t)[0]
        add_notice(db, f"move:{table}:{key_t}:{pair[0]}:{pair[1]}", "concurrent_move", table, key_t, detail)


def seal(db: Database, at: str) -> ChangeSet | None:
    """Turn what this transaction captured into one change set (called by ``write()`` just before COMMIT)."""
    rows = db.execute("SELECT tbl, key, okey, op, old, new FROM sync_capture ORDER BY seq").fetchall()
    if not rows:
        return None
    db.execute("DELETE FROM sync_capture")
    per: dict[tuple[str, str], list[Any]] = {}

    def note(table: str, key_t: str, before: Any, after: Any, first_op: str) -> None:
        if (table, key_t) in per:
            per[(table, key_t)][1] = after
        else:
            per[(table, key_t)] = [before if first_op != "i" else None, after]

    for table, key_t, okey, op, old, new in rows:
        old_v = json.loads(old) if old else None
        new_v = json.loads(new) if new else None
        if op == "u" and okey != key_t:
            note(table, okey, old_v, None, "d")
            note(table, key_t, None, new_v, "i")
        else:
            note(table, key_t, old_v, new_v, op)
    specs = table_specs(db)
    station = station_id(db)
    stamp = hlc.tick(clock(db), now_ms(at))
    version = hlc.version(stamp.encode(), station)
    changes: list[Change] = []
    states: list[list[Any]] = []
    moved: list[tuple[str, str, dict[str, Any] | None, dict[str, Any] | None]] = []
    for (table, key_t), (before, after) in per.items():
        spec = specs[table]
        if before is None and after is None:
            continue
        state = load(db, table, spec, key_t, ABSENT if before is None else before)
        if before is None:
            change = Change(table, tuple(json.loads(key_t)), "i", after)
        elif after is None:
            change = Change(table, tuple(json.loads(key_t)), "d")
        else:
            changed = tuple(c for c in after if after[c] != before.get(c))
            if not changed:
                continue
            change = Change(table, tuple(json.loads(key_t)), "u", after, changed)
        if change.op != "d" and spec["notify"]:
            touched = set(change.values or {}) if change.op == "i" else set(change.changed)
            base = {c: (state.vers.get(c, "") if state.present else "") for c in spec["notify"] if c in touched}
            change = Change(change.table, change.key, change.op, change.values, change.changed, base)
        merge(state, change, version)
        states.append(_saved(table, key_t, state))
        changes.append(change)
        if spec["uniques"]:
            moved.append((table, key_t, before, after))
    if not changes:
        return None
    db.conn.executemany(_SAVE, states)
    parts = _split(changes) if len(changes) > SPLIT_FROM else [changes]
    for part in parts:
        cs = ChangeSet(new_id(), station, stamp.encode(), tuple(part))
        db.execute(
            "INSERT INTO sync_sets (id, station, hlc, local, acked, body) VALUES (?, ?, ?, 1, 0, ?)",
            [cs.id, cs.station, cs.hlc, cs.to_bytes()],
        )
    set_clock(db, stamp)
    if moved:
        from probono_desk.storage.sync_apply import after_local

        after_local(db, specs, moved)
    return cs


SPLIT_FROM = 200  # changes; below this a set is always far under the limit
MAX_SET_BYTES = 1024 * 1024  # a message the hub accepts with room to spare (an import of thousands of people)


def _split(changes: list[Change]) -> list[list[Change]]:
    """A big write (an import) travels as several sets with the same stamp. Nothing is lost by the cut: each row
    merges on its own, and a row that arrives before its parent waits for it."""
    parts: list[list[Change]] = [[]]
    size = 0
    for change in changes:
        length = len(json.dumps(change.to_list(), ensure_ascii=False, default=str).encode("utf-8"))
        if parts[-1] and size + length > MAX_SET_BYTES:
            parts.append([])
            size = 0
        parts[-1].append(change)
        size += length
    return parts


def group_key(values: dict[str, Any], cols: list[str]) -> str:
    return key_text([values.get(c) for c in cols])
