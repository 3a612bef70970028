"""m050: change counters kept by triggers, so a view can tell "the teams changed" from "someone checked in"
without reading the tables (the boards recompute the formation rules only when the roster moved)."""

from __future__ import annotations

from sqlite_utils import Database

from probono_desk.storage.steps import migrations

ROSTER_TABLES = ("volunteers", "memberships", "structures", "staff")


@migrations(name="m050_change_counters")
def m050_change_counters(db: Database) -> None:
    db.execute("CREATE TABLE change_counters (name TEXT PRIMARY KEY, n INTEGER NOT NULL DEFAULT 0)")
    db.execute("INSERT INTO change_counters (name, n) VALUES ('roster', 0)")
    for table in ROSTER_TABLES:
        for op in ("INSERT", "UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_{op.lower()}_counts AFTER {op} ON {table} "
                "BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'roster'; END"
            )


def roster_version(db: Database) -> int:
    """Grows with every change to people, teams, structures or staff (not with check-ins)."""
    row = db.execute("SELECT n FROM change_counters WHERE name = 'roster'").fetchone()
    return int(row[0]) if row else 0
