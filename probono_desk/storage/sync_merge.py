"""Per-row merge state of the change feed, and the sealing of a local write into a change set.

Every synced row has a state in ``sync_rows``: its merged column values, each with the version (HLC stamp and
station) of the write that set it, the versions of the inserts that created it since its latest deletion (``ins``;
the earliest is ``born``) and the version of that deletion (``dead``). A deletion wipes every value older than
itself and nothing older than it counts any more, so a deleted person leaves no name behind. Merging a change into
that state is commutative and idempotent, so two stations that have merged the same changes hold the same states
whatever the order; what the business tables show is a function of those states (``storage.sync_apply.project``).
"""

from __future__ import annotations

import hashlib
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
    blob_refs,
    clock,
    compact,
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
    ins: list[str]
    dead: str

    @property
    def present(self) -> bool:
        return bool(self.ins)

    @property
    def born(self) -> str | None:
        return self.ins[0] if self.ins else None


def _vers_text(vers: dict[str, str]) -> str:
    """Column versions; a row written at once (most of them) keeps one version for all: {"": version}."""
    distinct = set(vers.values())
    if len(distinct) == 1 and len(vers) > 1:
        return compact({"": distinct.pop()})
    return compact(vers)


def _vers(text: str, vals: dict[str, Any]) -> dict[str, str]:
    vers: dict[str, str] = json.loads(text)
    if "" in vers:
        return dict.fromkeys(vals, vers[""])
    return vers


def business_row(db: Database, table: str, spec: dict[str, Any], key: list[Any]) -> dict[str, Any] | None:
    cols = spec["cols"]
    where = " AND ".join(f'"{c}" = ?' for c in spec["key"])
    row = db.execute(f"SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM {table} WHERE {where}", key)
    found = row.fetchone()
    return dict(zip(cols, found, strict=True)) if found else None


ABSENT: dict[str, Any] = {}  # "the row did not exist before this write" (seal knows; the business table no longer)


def load(
    db: Database,
    table: str,
    spec: dict[str, Any],
    key_t: str,
    before: dict[str, Any] | None = None,
    known: dict[tuple[str, str], tuple[str, str, str, str]] | None = None,
) -> RowState:
    """A row's merge state (``known``: states fetched beforehand, absent ones included by omission)."""
    if known is not None:
        found = known.get((table, key_t))
    else:
        row = db.conn.execute("SELECT vals, vers, ins, dead FROM sync_rows WHERE tbl = ? AND key = ?", [table, key_t])
        found = row.fetchone()
    if found:
        vals = json.loads(found[0])
        return RowState(vals, _vers(found[1], vals), json.loads(found[2]), found[3])
    base = before if before is not None else business_row(db, table, spec, json.loads(key_t))
    if base:  # content from before the feed: the same on every station (they start from one file)
        return RowState(dict(base), dict.fromkeys(base, ""), [BASELINE], "")
    return RowState({}, {}, [], "")


_SAVE = (
    "INSERT INTO sync_rows (tbl, key, vals, vers, ins, born, dead) VALUES (?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(tbl, key) DO UPDATE SET vals = excluded.vals, vers = excluded.vers, ins = excluded.ins, "
    "born = excluded.born, dead = excluded.dead"
)


def _saved(table: str, key_t: str, state: RowState) -> list[Any]:
    return [
        table,
        key_t,
        compact(state.vals),
        _vers_text(state.vers),
        compact(state.ins),
        state.born,
        state.dead,
    ]


def save(db: Database, table: str, key_t: str, state: RowState) -> None:
    db.conn.execute(_SAVE, _saved(table, key_t, state))


def merge(state: RowState, change: Change, version: str, upsert: bool = False) -> None:
    """Fold one change into a row's state. The latest version wins each column; a deletion wipes what is older
    than itself and beats every older change; only an insert (or, for ``upsert`` rows, any write of the whole row)
    brings a row into existence. An edit of a row deleted elsewhere therefore never brings it back."""
    if change.op == "d":
        if version > state.dead:
            state.dead = version
            state.ins = [v for v in state.ins if v > version]
            for col in [c for c, v in state.vers.items() if v <= version]:
                del state.vers[col]
                state.vals.pop(col, None)
        return
    if version <= state.dead:
        return
    whole = change.op == "i" or upsert
    if whole and version not in state.ins:
        state.ins = sorted([*state.ins, version])
    values = change.values or {}
    for col in values if whole else change.changed:
        if col in values and version > state.vers.get(col, ""):
            state.vals[col] = values[col]
            state.vers[col] = version


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
        if mine == change.base[col] or state.vals[col] == incoming or mine.split("/")[-1] == version.split("/")[-1]:
            continue
        kept, other = (incoming, state.vals[col]) if version > mine else (state.vals[col], incoming)
        pair = sorted([mine, version])
        detail = {"key": json.loads(key_t), "column": col, "kept": kept, "other": other}
        if table == "memberships":
            detail["volunteer_id"] = json.loads(key_t)[0]
        add_notice(db, f"move:{table}:{key_t}:{pair[0]}:{pair[1]}", "concurrent_move", table, key_t, detail)


def _per_row(rows: list[Any]) -> dict[tuple[str, str], list[Any]]:
    """Each captured row once: its value before the transaction and after it (a changed key is a deletion of the
    old key and an insertion of the new)."""
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
    return per


Moved = list[tuple[str, str, Any, Any]]  # (table, key, row before, row after) of rows with unique values


def seal_rows(db: Database, at: str) -> tuple[ChangeSet | None, Moved]:
    """Turn what this transaction captured into one change set (``storage.sync_apply.seal``, called by ``write()``
    just before COMMIT); also returns the rows with unique values it changed (before, after), for the rows set
    aside to take what they let go of."""
    rows = db.execute("SELECT tbl, key, okey, op, old, new FROM sync_capture ORDER BY seq").fetchall()
    if not rows:
        return None, []
    db.execute("DELETE FROM sync_capture")
    per = _per_row(rows)
    specs = table_specs(db)
    station = station_id(db)
    stamp = hlc.tick(clock(db), now_ms(at))
    version = hlc.version(stamp.encode(), station)
    changes: list[Change] = []
    states: list[list[Any]] = []
    known = _prefetch(db, list(per)) if len(per) > 20 else None  # an import: thousands of rows in one write
    moved: Moved = []
    for (table, key_t), (before, after) in per.items():
        spec = specs[table]
        if before is None and after is None:
            continue
        state = load(db, table, spec, key_t, ABSENT if before is None else before, known)
        if before is None:
            change = Change(table, tuple(json.loads(key_t)), "i", after)
        elif after is None:
            change = Change(table, tuple(json.loads(key_t)), "d")
        else:
            changed = tuple(c for c in after if after[c] != before.get(c))
            if not changed:
                continue
            values = after if spec["upsert"] else {c: after[c] for c in changed}
            change = Change(table, tuple(json.loads(key_t)), "u", values, changed)
        if change.op != "d" and spec["notify"]:
            touched = set(change.values or {}) if change.op == "i" else set(change.changed)
            base = {c: (state.vers.get(c, "") if state.present else "") for c in spec["notify"] if c in touched}
            change = Change(change.table, change.key, change.op, change.values, change.changed, base)
        merge(state, change, version, spec["upsert"])
        states.append(_saved(table, key_t, state))
        changes.append(change)
        if spec["uniques"]:
            moved.append((table, key_t, before, after))
    if not changes:
        return None, []
    db.conn.executemany(_SAVE, states)
    parts = _split(changes) if len(changes) > SPLIT_FROM else [changes]
    for part in parts:
        cs = ChangeSet(new_id(), station, stamp.encode(), tuple(part))
        cs = ChangeSet(cs.id, cs.station, cs.hlc, cs.changes, tuple(blob_refs(cs, specs)))
        db.execute(
            "INSERT INTO sync_sets (id, station, hlc, local, acked, body) VALUES (?, ?, ?, 1, 0, ?)",
            [cs.id, cs.station, cs.hlc, cs.to_bytes()],
        )
    set_clock(db, stamp)
    return cs, moved


def _prefetch(db: Database, keys: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str, str, str]]:
    found: dict[tuple[str, str], tuple[str, str, str, str]] = {}
    by_table: dict[str, list[str]] = {}
    for table, key_t in keys:
        by_table.setdefault(table, []).append(key_t)
    for table, key_ts in by_table.items():
        for start in range(0, len(key_ts), 500):
            chunk = key_ts[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in db.conn.execute(
                f"SELECT key, vals, vers, ins, dead FROM sync_rows WHERE tbl = ? AND key IN ({marks})", [table, *chunk]
            ):
                found[(table, row[0])] = (row[1], row[2], row[3], row[4])
    return found


SPLIT_FROM = 200  # changes; below this a set is always far under the limit
MAX_SET_BYTES = 1024 * 1024  # a message the hub accepts with room to spare (an import of thousands of people)


def _split(changes: list[Change]) -> list[list[Change]]:
    """A big write (an import) travels as several sets with the same stamp. Nothing is lost by the cut: each row
    merges on its own, and a row that arrives before its parent waits for it."""
    parts: list[list[Change]] = [[]]
    size = 0
    for change in changes:
        length = len(compact(change.to_list()).encode("utf-8"))
        if parts[-1] and size + length > MAX_SET_BYTES:
            parts.append([])
            size = 0
        parts[-1].append(change)
        size += length
    return parts


def group_key(values: dict[str, Any], cols: list[str]) -> str:
    """A unique value's group, hashed: an e-mail in a person's key is not kept beside the row (erasure)."""
    return hashlib.sha256(key_text([values.get(c) for c in cols]).encode("utf-8")).hexdigest()[:32]


def forget_superseded(db: Database) -> int:
    """Sets still waiting to be sent carry the values of their time. Once a person is erased or anonymised, those
    values must not stay in the file nor leave it: each pending set is rewritten with what is current (a newer
    value replaces an older one, a change of a row deleted since is dropped). Receivers end the same: the newer
    set they also get writes the same values. Returns how many sets were rewritten."""
    rewritten = 0
    for set_id, body in db.execute(
        "SELECT id, body FROM sync_sets WHERE local = 1 AND acked = 0 AND body IS NOT NULL"
    ).fetchall():
        cs = ChangeSet.from_bytes(body)
        version = cs.version
        kept: list[Change] = []
        for change in cs.changes:
            row = db.conn.execute(
                "SELECT vals, vers, dead FROM sync_rows WHERE tbl = ? AND key = ?", [change.table, key_text(change.key)]
            ).fetchone()
            if change.op == "d" or row is None:
                kept.append(change)
                continue
            if row[2] > version:
                continue
            vals = json.loads(row[0])
            vers = _vers(row[1], vals)
            values = {
                c: (vals[c] if c in vals and vers.get(c, "") > version else v) for c, v in (change.values or {}).items()
            }
            kept.append(Change(change.table, change.key, change.op, values, change.changed, change.base))
        fresh = ChangeSet(cs.id, cs.station, cs.hlc, tuple(kept))
        fresh = ChangeSet(cs.id, cs.station, cs.hlc, fresh.changes, tuple(blob_refs(fresh, table_specs(db))))
        if fresh != cs:
            db.execute("UPDATE sync_sets SET body = ? WHERE id = ?", [fresh.to_bytes(), set_id])
            rewritten += 1
    return rewritten


def absorb_captured(db: Database) -> None:
    """What a migration step wrote: every station's copy of the step writes it alike, so it does not travel; the
    merge states take the new values (keeping their versions), so a later change from elsewhere does not undo it."""
    rows = db.execute("SELECT tbl, key, new FROM sync_capture WHERE new IS NOT NULL ORDER BY seq").fetchall()
    db.execute("DELETE FROM sync_capture")
    for table, key_t, new in rows:
        found = db.conn.execute("SELECT vals FROM sync_rows WHERE tbl = ? AND key = ?", [table, key_t]).fetchone()
        if found:
            vals = {**json.loads(found[0]), **json.loads(new)}
            db.conn.execute(
                "UPDATE sync_rows SET vals = ? WHERE tbl = ? AND key = ?",
                [compact(vals), table, key_t],
            )
