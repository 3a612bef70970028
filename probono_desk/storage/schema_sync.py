"""m070: the change feed — what travels between the stations of one event, and what never does.

Capture is by triggers: every synced table gets AFTER INSERT/UPDATE/DELETE triggers that copy the row's key, old and
new values into ``sync_capture``, unless the station is applying another station's change set
(``sync_state.applying``). ``storage.db.write()`` seals what its transaction captured into one change set before
COMMIT, so a write, its journal rows and its change set land together or not at all.

``SYNCED_TABLES`` is the one list of tables that travel, parents before children. A later migration that adds a
table (or a column to a synced table) calls ``install_capture(db, table, ...)`` once for it.

Tables that do NOT travel, and why:
- ``meta``'s ``format`` and ``created_with`` rows: facts about this copy (its other rows travel).
- ``change_counters``: derived by triggers from the roster tables; every station counts its own (they also move
  when a change set is applied, so the boards refresh).
- ``sync_*``: each station's own view of the feed (its outbox, what it has applied, its clock, its notices).
- ``_sqlite_migrations``: the schema steps applied to this file.
Anything not listed here (backup bookkeeping, a laptop's preferences) stays local by default.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from probono_desk.core.ids import new_id
from probono_desk.storage.steps import migrations

# (table, options). Options: "blobs" {blob column: column holding its sha256}, "uniques" [{name, cols, when_null,
# rule}] where rule "first" keeps the first-born row and sets the later ones aside (a duplicate arrival, a second
# tick of the same milestone) and "suffix" keeps both rows and appends "~<id>" to the later one's value;
# "notify" [columns] whose concurrent change by two stations leaves a notice on both.
SYNCED_TABLES: tuple[tuple[str, dict[str, Any]], ...] = (
    ("event", {}),
    ("staff", {}),
    ("structures", {"uniques": [{"name": "structures_name_key", "cols": ["name_key"], "rule": "suffix"}]}),
    ("volunteers", {"uniques": [{"name": "volunteers_person_key", "cols": ["person_key"], "rule": "suffix"}]}),
    ("memberships", {"notify": ["structure_id"]}),
    (
        "codes",
        {"uniques": [{"name": "codes_active", "cols": ["volunteer_id"], "when_null": "revoked_at", "rule": "first"}]},
    ),
    (
        "checkins",
        {
            "uniques": [
                {"name": "checkins_active", "cols": ["volunteer_id"], "when_null": "undone_at", "rule": "first"}
            ]
        },
    ),
    ("milestones", {}),
    (
        "milestone_ticks",
        {
            "uniques": [
                {
                    "name": "milestone_ticks_active",
                    "cols": ["structure_id", "milestone_id"],
                    "when_null": "undone_at",
                    "rule": "first",
                }
            ]
        },
    ),
    ("team_status", {}),
    ("team_notes", {}),
    ("schedule_phases", {}),
    ("schedule_readouts", {}),
    ("schedule_settings", {}),
    ("schedule_ops", {}),
    ("deliverables", {"uniques": [{"name": "deliverables_structure", "cols": ["structure_id"], "rule": "first"}]}),
    ("deliverable_versions", {}),
    ("attachments", {"blobs": {"data": "sha256"}}),
    ("trail_plans", {}),
    (
        "trail_members",
        {"uniques": [{"name": "trail_members_volunteer", "cols": ["volunteer_id"], "rule": "first"}]},
    ),
    ("questionnaires", {}),
    ("evaluation_answers", {}),
    ("journal", {}),
    # the event's language and the organiser's PIN (hashed) hold for every station; the format marker and the
    # version that created the file describe this copy
    ("meta", {"local_keys": ["format", "created_with"]}),
)

# Tables of other steps that travel too (m080_trail, the follow-up after the day). m070 is registered after m080
# (storage/migrations.py) and installs capture on those that exist; a step registered after m070 calls
# ``install_capture_all(db)`` or ``install_capture(db, table)``.
LATER_TABLES: tuple[tuple[str, dict[str, Any]], ...] = (
    ("trail_diagnostics", {"blobs": {"document": "document_sha256"}}),
    ("trail_recommendations", {}),
    ("trail_entries", {}),
    ("trail_entry_people", {}),
    ("trail_midterm_forms", {}),
    ("trail_midterm_interviews", {}),
)

LOCAL_TABLES = ("change_counters", "_sqlite_migrations")


@migrations(name="m070_sync_feed")
def m070_sync_feed(db: Database) -> None:
    # Shipped: these statements, in this order, made the files in the field; the pieces below only name them.
    _feed_tables(db)
    _merge_tables(db)
    db.execute("INSERT INTO sync_state (id, station) VALUES (1, ?)", [new_id()])
    install_capture_all(db)


def _feed_tables(db: Database) -> None:
    """This station's feed: its state, the synced tables, what it captured and the change sets."""
    db.executescript(
        """
        CREATE TABLE sync_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            station TEXT NOT NULL,
            hlc TEXT NOT NULL DEFAULT '',
            applying INTEGER NOT NULL DEFAULT 0,
            last_sync TEXT,
            stream_seq INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE sync_tables (
            name TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            spec TEXT NOT NULL
        );
        CREATE TABLE sync_capture (
            seq INTEGER PRIMARY KEY,
            tbl TEXT NOT NULL,
            key TEXT NOT NULL,
            okey TEXT,
            op TEXT NOT NULL,
            old TEXT,
            new TEXT
        );
        CREATE TABLE sync_sets (
            id TEXT PRIMARY KEY,
            station TEXT NOT NULL,
            hlc TEXT NOT NULL,
            local INTEGER NOT NULL,
            acked INTEGER NOT NULL DEFAULT 0,
            body BLOB
        );
        CREATE INDEX sync_sets_outbox ON sync_sets(hlc) WHERE local = 1 AND acked = 0;
        """
    )


def _merge_tables(db: Database) -> None:
    """The merged state of every row, the values set aside, orphans, blobs and notices."""
    db.executescript(
        """
        CREATE TABLE sync_rows (
            tbl TEXT NOT NULL,
            key TEXT NOT NULL,
            vals TEXT NOT NULL,
            vers TEXT NOT NULL,
            ins TEXT NOT NULL DEFAULT '[]',
            born TEXT,
            dead TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (tbl, key)
        ) WITHOUT ROWID;
        CREATE TABLE sync_shadow (
            tbl TEXT NOT NULL,
            uniq TEXT NOT NULL,
            key TEXT NOT NULL,
            gkey TEXT NOT NULL,
            rule TEXT NOT NULL,
            PRIMARY KEY (tbl, uniq, key)
        ) WITHOUT ROWID;
        CREATE INDEX sync_shadow_group ON sync_shadow(tbl, uniq, gkey);
        CREATE TABLE sync_orphans (
            parent_tbl TEXT NOT NULL,
            parent_key TEXT NOT NULL,
            tbl TEXT NOT NULL,
            key TEXT NOT NULL,
            PRIMARY KEY (parent_tbl, parent_key, tbl, key)
        ) WITHOUT ROWID;
        CREATE TABLE sync_blobs (ref TEXT PRIMARY KEY, data BLOB NOT NULL);
        CREATE TABLE sync_notices (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            tbl TEXT NOT NULL,
            key TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        """
    )


def install_capture_all(db: Database) -> None:
    """Make every listed table that exists travel (idempotent). A no-op before m070 has run: it calls this too."""
    tables = set(db.table_names())
    if "sync_tables" not in tables:
        return
    for table, options in (*SYNCED_TABLES, *LATER_TABLES):
        if table in tables:
            install_capture(db, table, **options)


_ROW = {"insert": "NEW", "update": "NEW", "delete": "OLD"}


def install_capture(
    db: Database,
    table: str,
    *,
    blobs: dict[str, str] | None = None,
    uniques: list[dict[str, Any]] | None = None,
    notify: list[str] | None = None,
    local_keys: list[str] | None = None,
) -> None:
    """Make ``table`` travel: (re)create its capture triggers and record how to merge it. Call it again after
    adding a column to a synced table. Registration order is application order: register parents first."""
    spec = _merge_spec(db, table, blobs or {}, list(uniques or []), notify or [], local_keys or [])
    _register(db, table, spec)
    _create_capture_triggers(db, table, spec["cols"], spec["key"], spec["local_keys"])


def _merge_spec(
    db: Database,
    table: str,
    blobs: dict[str, str],
    uniques: list[dict[str, Any]],
    notify: list[str],
    local_keys: list[str],
) -> dict[str, Any]:
    """How to merge ``table``, read from its columns, key, foreign keys and unique indexes."""
    info = db.execute(f"PRAGMA table_info({table})").fetchall()
    if not info:
        raise ValueError(f"no table {table}")
    cols = [r[1] for r in info]
    key_cols = [r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5])] or ["rowid"]
    fks = [
        {"col": r[3], "parent": r[2], "parent_col": r[4] or "id", "on_delete": r[6]}
        for r in db.execute(f"PRAGMA foreign_key_list({table})").fetchall()
    ]
    declared = [u["cols"] for u in uniques] + [key_cols]
    for index in db.execute(f"PRAGMA index_list({table})").fetchall():  # seq, name, unique, origin, partial
        if index[2] and index[3] != "pk" and not index[4]:
            index_cols = [r[2] for r in db.execute(f"PRAGMA index_info('{index[1]}')").fetchall()]
            if index_cols not in declared:  # a unique value no one declared: the first-born keeps it
                uniques.append({"name": index[1], "cols": index_cols, "rule": "first"})
    return {
        "cols": [c for c in cols if c not in blobs],
        "key": key_cols,
        # a row named by what it is about (a person's team, a team's status) is written whole by every upsert and
        # may come back after a deletion; a row with its own random id is created once and edited column by column
        "upsert": key_cols != ["id"],
        "blobs": blobs,
        "uniques": uniques,
        "notify": notify,
        "fks": fks,
        "local_keys": local_keys,
    }


def _register(db: Database, table: str, spec: dict[str, Any]) -> None:
    """Record the merge spec in ``sync_tables``; a table registered again keeps its place in the order."""
    row = db.execute("SELECT position FROM sync_tables WHERE name = ?", [table]).fetchone()
    position = row[0] if row else db.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM sync_tables").fetchone()[0]
    db.execute(
        "INSERT INTO sync_tables (name, position, spec) VALUES (?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET spec = excluded.spec",
        [table, position, json.dumps(spec, sort_keys=True)],
    )


def _create_capture_triggers(
    db: Database, table: str, plain_cols: list[str], key_cols: list[str], local_keys: list[str]
) -> None:
    """The AFTER INSERT/UPDATE/DELETE triggers copying the row's key, old and new values into ``sync_capture``."""

    def obj(prefix: str) -> str:
        return "json_object(" + ", ".join(f"'{c}', {prefix}.\"{c}\"" for c in plain_cols) + ")"

    def key(prefix: str) -> str:
        return "json_array(" + ", ".join(f'{prefix}."{c}"' for c in key_cols) + ")"

    when = "WHEN (SELECT applying FROM sync_state WHERE id = 1) = 0"
    if local_keys:  # rows of this table that stay on this station (their key names them)
        listed = ", ".join("'" + k.replace("'", "''") + "'" for k in local_keys)
        whens = {op: f"{when} AND {row}.\"{key_cols[0]}\" NOT IN ({listed})" for op, row in _ROW.items()}
    else:
        whens = dict.fromkeys(_ROW, when)
    bodies = {
        "insert": f"INSERT INTO sync_capture (tbl, key, op, new) VALUES ('{table}', {key('NEW')}, 'i', {obj('NEW')})",
        "update": (
            f"INSERT INTO sync_capture (tbl, key, okey, op, old, new) VALUES "
            f"('{table}', {key('NEW')}, {key('OLD')}, 'u', {obj('OLD')}, {obj('NEW')})"
        ),
        "delete": f"INSERT INTO sync_capture (tbl, key, op, old) VALUES ('{table}', {key('OLD')}, 'd', {obj('OLD')})",
    }
    for op, body in bodies.items():
        db.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{op}")
        db.execute(f"CREATE TRIGGER sync_{table}_{op} AFTER {op.upper()} ON {table} {whens[op]} BEGIN {body}; END")
