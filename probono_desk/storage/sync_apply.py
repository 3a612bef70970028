"""Merging other stations' change sets, and showing the merged state in the business tables.

``project()`` makes one business row what its merged state says, under the rules that stop "latest writer wins"
from being wrong:
- a row whose parent is absent (not arrived yet, deleted, set aside) waits in ``sync_orphans`` and comes in when
  the parent does (ON DELETE SET NULL references are blanked meanwhile);
- a unique value held by two rows goes to the first-born (HLC, then key): with rule "first" the later row is set
  aside (``sync_shadow``: a duplicate arrival, a second tick of the same milestone), with rule "suffix" it keeps
  its row and its value gains "~<its id>". When the holder lets go (undone, deleted, changed), the next in line
  takes the value. Both give the same result on every station whatever the order the sets came in.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any

from sqlite_utils import Database

from probono_desk.core import hlc
from probono_desk.storage.sync_feed import (
    ApplyResult,
    ChangeSet,
    DuplicateArrival,
    MissingBlobs,
    add_notice,
    blob_refs,
    clock,
    has_blob,
    key_text,
    read_blob,
    set_clock,
    station_id,
    table_specs,
)
from probono_desk.storage.sync_merge import (
    BASELINE,
    business_row,
    concurrent_moves,
    group_key,
    load,
    merge,
    save,
    seal_rows,
)

Specs = dict[str, dict[str, Any]]
log = logging.getLogger(__name__)


def _q(col: str) -> str:
    return f'"{col}"'


def _where(spec: dict[str, Any]) -> str:
    return " AND ".join(f"{_q(c)} = ?" for c in spec["key"])


def _eligible(values: dict[str, Any], unique: dict[str, Any]) -> bool:
    return not unique.get("when_null") or values.get(unique["when_null"]) is None


def _born(db: Database, table: str, key_t: str) -> str:
    row = db.execute("SELECT born FROM sync_rows WHERE tbl = ? AND key = ?", [table, key_t]).fetchone()
    return str(row[0]) if row and row[0] is not None else BASELINE


def _suffixed(value: Any, key_t: str) -> str:
    return f"{value}~{'~'.join(str(k) for k in json.loads(key_t))}"


def _plain(values: dict[str, Any], unique: dict[str, Any], key_t: str) -> dict[str, Any]:
    """A row's unique values without the "~<id>" a settled collision gave them."""
    tail = _suffixed("", key_t)
    plain = dict(values)
    for col in unique["cols"]:
        if isinstance(plain.get(col), str) and plain[col].endswith(tail):
            plain[col] = plain[col][: -len(tail)]
    return plain


def _holds(values: dict[str, Any] | None, unique: dict[str, Any], key_t: str) -> str | None:
    """The group a business row holds for a unique (its plain value), or None."""
    if values is None or not _eligible(values, unique):
        return None
    tail = _suffixed("", key_t)
    if unique["rule"] == "suffix" and any(str(values.get(c)).endswith(tail) for c in unique["cols"]):
        return None
    return group_key(values, unique["cols"])


def _children(specs: Specs, table: str) -> list[tuple[str, dict[str, Any]]]:
    return [(child, fk) for child, spec in specs.items() for fk in spec["fks"] if fk["parent"] == table]


def _orphan_children(db: Database, specs: Specs, table: str, key: list[Any]) -> None:
    """Before a row leaves the business table, remember the rows that hang on it (SQLite's cascade is about to
    remove or blank them) so they come back if it does."""
    parent_t = key_text(key)
    for child, fk in _children(specs, table):
        child_spec = specs[child]
        cols = ", ".join(_q(c) for c in child_spec["key"])
        for row in db.execute(f"SELECT {cols} FROM {child} WHERE {_q(fk['col'])} = ?", [key[0]]).fetchall():
            db.execute(
                "INSERT OR IGNORE INTO sync_orphans (parent_tbl, parent_key, tbl, key) VALUES (?, ?, ?, ?)",
                [table, parent_t, child, key_text(list(row))],
            )
            if fk["on_delete"] == "CASCADE":
                _orphan_children(db, specs, child, list(row))


def _set_aside(db: Database, specs: Specs, table: str, key_t: str, unique: dict[str, Any], gkey: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO sync_shadow (tbl, uniq, key, gkey, rule) VALUES (?, ?, ?, ?, ?)",
        [table, unique["name"], key_t, gkey, unique["rule"]],
    )
    kind = "duplicate_arrival" if table == "checkins" else "unique_settled"
    detail: dict[str, Any] = {"key": json.loads(key_t), "columns": unique["cols"], "rule": unique["rule"]}
    if table == "checkins":
        row = db.execute("SELECT vals FROM sync_rows WHERE tbl = ? AND key = ?", [table, key_t]).fetchone()
        vals = json.loads(row[0]) if row else {}
        detail.update(
            checkin_id=json.loads(key_t)[0],
            volunteer_id=vals.get("volunteer_id"),
            station=vals.get("station"),
            at=vals.get("at"),
        )
    add_notice(db, f"{kind}:{table}:{key_t}", kind, table, key_t, detail)


def _demote(db: Database, specs: Specs, table: str, key_t: str, unique: dict[str, Any], gkey: str) -> None:
    """The current holder of a value loses it to an earlier-born row."""
    spec = specs[table]
    key = json.loads(key_t)
    _set_aside(db, specs, table, key_t, unique, gkey)
    if unique["rule"] == "first":
        _orphan_children(db, specs, table, key)
        _keep_blobs(db, table, spec, key)
        db.execute(f"DELETE FROM {table} WHERE {_where(spec)}", key)
    else:
        sets = ", ".join(f"{_q(c)} = ?" for c in unique["cols"])
        current = business_row(db, table, spec, key) or {}
        db.execute(
            f"UPDATE {table} SET {sets} WHERE {_where(spec)}",
            [_suffixed(current.get(c), key_t) for c in unique["cols"]] + key,
        )


def _keep_blobs(db: Database, table: str, spec: dict[str, Any], key: list[Any]) -> None:
    """A row with attachment bytes leaves the table (set aside, its parent gone): keep the bytes, it may return."""
    for blob_col, ref_col in spec["blobs"].items():
        db.execute(
            f"INSERT OR IGNORE INTO sync_blobs (ref, data) SELECT {_q(ref_col)}, {_q(blob_col)} FROM {table} "
            f"WHERE {_where(spec)} AND {_q(blob_col)} IS NOT NULL AND {_q(ref_col)} != ''",
            key,
        )


def project(db: Database, specs: Specs, table: str, key_t: str) -> None:
    """Make the business row of ``key_t`` what its merged state says."""
    spec = specs[table]
    key = json.loads(key_t)
    found = db.execute("SELECT vals, born FROM sync_rows WHERE tbl = ? AND key = ?", [table, key_t]).fetchone()
    if not found:
        return
    current = business_row(db, table, spec, key)
    target: dict[str, Any] | None = json.loads(found[0]) if found[1] is not None else None
    if target is not None:
        target = _wait_for_parents(db, table, spec, key_t, target)
    target = _settle_uniques(db, specs, table, key_t, found[1] or BASELINE, target)
    _write(db, specs, table, spec, key, current, target)
    for unique in spec["uniques"]:
        held = _holds(current, unique, key_t)
        if held is not None and held != _holds(target, unique, key_t):
            promote(db, specs, table, unique, held)
    if target is not None and current is None:
        _bring_back_orphans(db, specs, table, key_t)


def _wait_for_parents(
    db: Database, table: str, spec: dict[str, Any], key_t: str, target: dict[str, Any]
) -> dict[str, Any] | None:
    """The row while a parent is absent: None (it waits in ``sync_orphans``), or its SET NULL references blanked."""
    for fk in spec["fks"]:
        value = target.get(fk["col"])
        if value is None:
            continue
        parent = fk["parent"]
        if db.execute(f"SELECT 1 FROM {parent} WHERE {_q(fk['parent_col'])} = ?", [value]).fetchone():
            continue
        db.execute(
            "INSERT OR IGNORE INTO sync_orphans (parent_tbl, parent_key, tbl, key) VALUES (?, ?, ?, ?)",
            [parent, key_text([value]), table, key_t],
        )
        if fk["on_delete"] == "SET NULL":
            target[fk["col"]] = None
        else:
            return None
    return target


def _settle_uniques(
    db: Database, specs: Specs, table: str, key_t: str, born: str, target: dict[str, Any] | None
) -> dict[str, Any] | None:
    """Each unique value to its first-born row; the row as it may stand (None: set aside under rule "first")."""
    for unique in specs[table]["uniques"]:
        if target is None or not _eligible(target, unique):
            db.execute("DELETE FROM sync_shadow WHERE tbl = ? AND uniq = ? AND key = ?", [table, unique["name"], key_t])
            continue
        gkey = group_key(target, unique["cols"])
        where = " AND ".join(f"{_q(c)} = ?" for c in unique["cols"])
        if unique.get("when_null"):
            where += f" AND {_q(unique['when_null'])} IS NULL"
        cols = ", ".join(_q(c) for c in specs[table]["key"])
        holder = db.execute(
            f"SELECT {cols} FROM {table} WHERE {where}", [target.get(c) for c in unique["cols"]]
        ).fetchone()
        holder_t = key_text(list(holder)) if holder else None
        if holder_t is None or holder_t == key_t:
            db.execute("DELETE FROM sync_shadow WHERE tbl = ? AND uniq = ? AND key = ?", [table, unique["name"], key_t])
            continue
        if (born, key_t) < (_born(db, table, holder_t), holder_t):
            _demote(db, specs, table, holder_t, unique, gkey)
            db.execute("DELETE FROM sync_shadow WHERE tbl = ? AND uniq = ? AND key = ?", [table, unique["name"], key_t])
        else:
            _set_aside(db, specs, table, key_t, unique, gkey)
            if unique["rule"] == "first":
                target = None
            else:
                for c in unique["cols"]:
                    target[c] = _suffixed(target[c], key_t)
    return target


def _bring_back_orphans(db: Database, specs: Specs, table: str, key_t: str) -> None:
    """The row has come in: the rows that waited for it as their parent come in too."""
    waiting = db.execute(
        "SELECT tbl, key FROM sync_orphans WHERE parent_tbl = ? AND parent_key = ?", [table, key_t]
    ).fetchall()
    db.execute("DELETE FROM sync_orphans WHERE parent_tbl = ? AND parent_key = ?", [table, key_t])
    for child, child_key in waiting:
        project(db, specs, child, child_key)


def promote(db: Database, specs: Specs, table: str, unique: dict[str, Any], gkey: str) -> None:
    """The holder of a value let go: the rows set aside for it try again, first-born first."""
    members = db.execute(
        "SELECT s.key FROM sync_shadow s LEFT JOIN sync_rows r ON r.tbl = s.tbl AND r.key = s.key "
        "WHERE s.tbl = ? AND s.uniq = ? AND s.gkey = ? ORDER BY r.born, s.key",
        [table, unique["name"], gkey],
    ).fetchall()
    for (member,) in members:
        project(db, specs, table, member)


def _write(
    db: Database,
    specs: Specs,
    table: str,
    spec: dict[str, Any],
    key: list[Any],
    current: dict[str, Any] | None,
    target: dict[str, Any] | None,
) -> None:
    if target is None:
        if current is not None:
            _orphan_children(db, specs, table, key)
            _keep_blobs(db, table, spec, key)
            db.execute(f"DELETE FROM {table} WHERE {_where(spec)}", key)
        return
    target = {c: v for c, v in target.items() if c in spec["cols"]}
    blobs = {}
    for blob_col, ref_col in spec["blobs"].items():
        ref = target.get(ref_col)
        if current is None or current.get(ref_col) != ref:
            data = read_blob(db, str(ref)) if ref else None  # no reference: no file (an optional document)
            if ref and data is None:
                raise MissingBlobs([str(ref)])
            blobs[blob_col] = data
    db.execute("DELETE FROM sync_shadow WHERE tbl = ? AND uniq = '' AND key = ?", [table, key_text(key)])
    try:
        if current is None:
            row = {**target, **blobs}
            cols = ", ".join(_q(c) for c in row)
            db.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
            return
        changed = {c: v for c, v in target.items() if current.get(c) != v}
        changed.update(blobs)
        if changed:
            sets = ", ".join(f"{_q(c)} = ?" for c in changed)
            db.execute(f"UPDATE {table} SET {sets} WHERE {_where(spec)}", [*changed.values(), *key])
    except sqlite3.IntegrityError as exc:
        # a rule of the file no merge rule knows of (a newer station's value, a constraint added later): this row
        # waits aside, with a notice, rather than stopping every set behind it
        key_t = key_text(key)
        log.warning("change to %s %s set aside: %s", table, key_t, exc)
        db.execute(
            "INSERT OR REPLACE INTO sync_shadow (tbl, uniq, key, gkey, rule) VALUES (?, '', ?, '', 'refused')",
            [table, key_t],
        )
        add_notice(db, f"refused:{table}:{key_t}", "refused", table, key_t, {"key": key, "reason": str(exc)})


def after_local(db: Database, specs: Specs, moved: list[tuple[str, str, Any, Any]]) -> None:
    """A local write let go of unique values (an undone check-in, a revoked code): rows set aside take them."""
    db.execute("UPDATE sync_state SET applying = 1 WHERE id = 1")
    try:
        for table, key_t, before, after in moved:
            for unique in specs[table]["uniques"]:
                held = _holds(before, unique, key_t)
                if held is not None and held != _holds(after, unique, key_t):
                    promote(db, specs, table, unique, held)
                # a row renamed here (a person anonymised) no longer waits for its old value
                now = group_key(_plain(after, unique, key_t), unique["cols"]) if after and _eligible(after, unique) else ""
                db.execute(
                    "DELETE FROM sync_shadow WHERE tbl = ? AND uniq = ? AND key = ? AND gkey != ?",
                    [table, unique["name"], key_t, now],
                )
    finally:
        db.execute("UPDATE sync_state SET applying = 0 WHERE id = 1")


def sort_sets(db: Database, sets: list[ChangeSet]) -> tuple[list[ChangeSet], dict[str, ApplyResult]]:
    """The sets still to merge (not our own, not seen before, each once) and the answers for the others. Raises
    ``MissingBlobs`` when an attachment's bytes are not here yet (nothing changed)."""
    own = station_id(db)
    specs = table_specs(db)
    results: dict[str, ApplyResult] = {}
    todo: list[ChangeSet] = []
    for cs in sets:
        if cs.station == own:
            results[cs.id] = ApplyResult(cs.id, False, "own")
        elif cs.id in results or any(t.id == cs.id for t in todo) or _seen(db, cs.id):
            results.setdefault(cs.id, ApplyResult(cs.id, False, "already"))
        else:
            todo.append(cs)
    missing = sorted({ref for cs in todo for ref in blob_refs(cs, specs) if not has_blob(db, ref)})
    if missing:
        raise MissingBlobs(missing)
    return todo, results


def merge_sets(db: Database, todo: list[ChangeSet], results: dict[str, ApplyResult]) -> None:
    """Merge the sets ``sort_sets`` kept, inside the caller's write (``sync.feed.apply_all``); ``results`` gains
    their answers."""
    specs = table_specs(db)
    db.execute("UPDATE sync_state SET applying = 1 WHERE id = 1")
    stamp = clock(db)
    for cs in todo:
        results[cs.id] = _apply_one(db, specs, cs)
        stamp = hlc.receive(stamp, hlc.decode(cs.hlc), 0)  # the wall time comes with local writes
    set_clock(db, stamp)
    _prune_blobs(db, specs)
    db.execute("UPDATE sync_state SET applying = 0 WHERE id = 1")


def answers(sets: list[ChangeSet], results: dict[str, ApplyResult]) -> list[ApplyResult]:
    return [results[cs.id] if cs.id in results else ApplyResult(cs.id, False, "already") for cs in sets]


def seal(db: Database, at: str) -> ChangeSet | None:
    """What ``write()`` calls just before COMMIT: the transaction's captured rows become one change set
    (``storage.sync_merge.seal_rows``); a unique value it let go of (an undone check-in, a revoked code) goes to
    the row set aside for it."""
    cs, moved = seal_rows(db, at)
    if moved:
        after_local(db, table_specs(db), moved)
    return cs


def _prune_blobs(db: Database, specs: Specs) -> None:
    """Received bytes now held by their row need not be kept twice (an attachment can weigh 25 MB)."""
    for table, spec in specs.items():
        for blob_col, ref_col in spec["blobs"].items():
            db.execute(
                f"DELETE FROM sync_blobs WHERE ref IN (SELECT {_q(ref_col)} FROM {table} WHERE {_q(blob_col)} IS NOT NULL)"
            )


def _seen(db: Database, set_id: str) -> bool:
    return bool(db.execute("SELECT 1 FROM sync_sets WHERE id = ?", [set_id]).fetchone())


def _apply_one(db: Database, specs: Specs, cs: ChangeSet) -> ApplyResult:
    version = cs.version
    touched: list[tuple[str, str]] = []
    for change in cs.changes:
        spec = specs.get(change.table)
        if spec is None:  # a table this version does not know: a newer station's; nothing here to show it in
            continue
        key_t = key_text(change.key)
        state = load(db, change.table, spec, key_t)
        concurrent_moves(db, change.table, spec, key_t, state, change, version)
        merge(state, change, version, spec["upsert"])
        save(db, change.table, key_t, state)
        if (change.table, key_t) not in touched:
            touched.append((change.table, key_t))
    for table, key_t in touched:
        project(db, specs, table, key_t)
    db.execute(
        "INSERT INTO sync_sets (id, station, hlc, local, acked) VALUES (?, ?, ?, 0, 1)", [cs.id, cs.station, cs.hlc]
    )
    return ApplyResult(cs.id, True, "applied", len(cs.changes))


# --- what the stations show and compare --------------------------------------------------------------------------


def duplicate_arrivals(db: Database, volunteer_id: str | None = None) -> list[DuplicateArrival]:
    found = []
    for key_t, vals_t in db.execute(
        "SELECT s.key, r.vals FROM sync_shadow s JOIN sync_rows r ON r.tbl = s.tbl AND r.key = s.key "
        "WHERE s.tbl = 'checkins' AND s.uniq = 'checkins_active'"
    ).fetchall():
        vals = json.loads(vals_t)
        if volunteer_id and vals.get("volunteer_id") != volunteer_id:
            continue
        first = db.execute(
            "SELECT id, at, station FROM checkins WHERE volunteer_id = ? AND undone_at IS NULL", [vals["volunteer_id"]]
        ).fetchone()
        found.append(
            DuplicateArrival(
                json.loads(key_t)[0],
                vals["volunteer_id"],
                vals.get("at", ""),
                vals.get("station", ""),
                first[0] if first else None,
                first[1] if first else None,
                first[2] if first else None,
            )
        )
    return sorted(found, key=lambda d: (d.at, d.checkin_id))


def canonical_dump(db: Database) -> dict[str, Any]:
    """The business content: every synced table's rows in key order (attachments by their sha256) and the rows
    set aside by a unique value. What two stations that have seen the same sets must hold alike."""
    dump: dict[str, Any] = {}
    for table, spec in table_specs(db).items():
        cols = ", ".join(_q(c) for c in spec["cols"])
        order = ", ".join(_q(c) for c in spec["key"])
        where = ""
        if spec.get("local_keys"):
            where = f" WHERE {_q(spec['key'][0])} NOT IN ({', '.join('?' for _ in spec['local_keys'])})"
        rows = db.execute(f"SELECT {cols} FROM {table}{where} ORDER BY {order}", spec.get("local_keys") or [])
        dump[table] = [list(r) for r in rows]
    dump["_set_aside"] = [list(r) for r in db.execute("SELECT tbl, uniq, key, gkey FROM sync_shadow ORDER BY 1, 2, 3")]
    return dump
