"""Queries of the check-in tables: codes and check-ins. Functions take ``db`` first; the service owns transactions."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

# --- codes -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CodeRow:
    code: str
    volunteer_id: str
    issued_at: str
    revoked_at: str | None


def find_code(db: Database, code: str) -> CodeRow | None:
    row = db.execute("SELECT code, volunteer_id, issued_at, revoked_at FROM codes WHERE code = ?", [code]).fetchone()
    return CodeRow(*row) if row else None


def active_code(db: Database, volunteer_id: str) -> str | None:
    row = db.execute("SELECT code FROM codes WHERE volunteer_id = ? AND revoked_at IS NULL", [volunteer_id]).fetchone()
    return str(row[0]) if row else None


def active_codes(db: Database) -> dict[str, str]:
    return {r[0]: r[1] for r in db.execute("SELECT volunteer_id, code FROM codes WHERE revoked_at IS NULL")}


def insert_code(db: Database, code: str, volunteer_id: str, at: str) -> None:
    db.execute("INSERT INTO codes (code, volunteer_id, issued_at) VALUES (?, ?, ?)", [code, volunteer_id, at])


def revoke_codes(db: Database, volunteer_id: str, at: str) -> int:
    cursor = db.execute(
        "UPDATE codes SET revoked_at = ? WHERE volunteer_id = ? AND revoked_at IS NULL", [at, volunteer_id]
    )
    return int(cursor.rowcount)


def volunteers_without_code(db: Database) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT id FROM volunteers WHERE id NOT IN (SELECT volunteer_id FROM codes WHERE revoked_at IS NULL)"
        )
    ]


# --- check-ins ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckinRow:
    id: str
    volunteer_id: str
    at: str
    station: str
    method: str


_CHECKIN_COLS = "id, volunteer_id, at, station, method"


def active_checkin(db: Database, volunteer_id: str) -> CheckinRow | None:
    row = db.execute(
        f"SELECT {_CHECKIN_COLS} FROM checkins WHERE volunteer_id = ? AND undone_at IS NULL", [volunteer_id]
    ).fetchone()
    return CheckinRow(*row) if row else None


def insert_checkin(db: Database, row: CheckinRow) -> None:
    db.execute(
        "INSERT INTO checkins (id, volunteer_id, at, station, method) VALUES (?, ?, ?, ?, ?)",
        [row.id, row.volunteer_id, row.at, row.station, row.method],
    )


def last_checkin_of_station(db: Database, station: str, since: str) -> CheckinRow | None:
    """The latest active check-in made at ``station`` at or after ``since`` (what "undo" takes back)."""
    row = db.execute(
        f"SELECT {_CHECKIN_COLS} FROM checkins WHERE station = ? AND undone_at IS NULL AND at >= ? "
        "ORDER BY at DESC, rowid DESC LIMIT 1",
        [station, since],
    ).fetchone()
    return CheckinRow(*row) if row else None


def undo_checkin(db: Database, checkin_id: str, at: str, station: str) -> None:
    db.execute(
        "UPDATE checkins SET undone_at = ?, undone_station = ? WHERE id = ? AND undone_at IS NULL",
        [at, station, checkin_id],
    )


def present_ids(db: Database) -> set[str]:
    """Who is present: the volunteers with an active (not undone) check-in."""
    return {r[0] for r in db.execute("SELECT volunteer_id FROM checkins WHERE undone_at IS NULL")}


def changes_here(db: Database) -> int:
    """Rows changed through this connection since it opened: with ``PRAGMA data_version`` (other connections), says
    whether a cached search index is stale."""
    return db.conn.total_changes


def arrival_times(db: Database) -> dict[str, str]:
    """When each present volunteer arrived: volunteer id -> time of their first active check-in."""
    rows = db.execute("SELECT volunteer_id, MIN(at) FROM checkins WHERE undone_at IS NULL GROUP BY volunteer_id")
    return {r[0]: r[1] for r in rows}


def team_labels(db: Database) -> list[tuple[str, str, str, str]]:
    """The teams as the desk's counts name them: (structure id, name, table, colour), in the plan's order."""
    rows = db.execute("SELECT id, name, table_label, colour FROM structures ORDER BY position, name")
    return [(r[0], r[1], r[2], r[3]) for r in rows]


# --- what the desk shows about a person --------------------------------------------------------------------------


@dataclass(frozen=True)
class Seat:
    """A volunteer as the desk sees them: name, organisation and team only (never phone or email)."""

    volunteer_id: str
    first_name: str
    last_name: str
    organisation: str
    walk_in: bool
    structure_id: str | None
    team: str
    table: str
    referent: str
    colour: str


_SEAT_SQL = (
    "SELECT v.id, v.first_name, v.last_name, v.organisation, v.walk_in, s.id, COALESCE(s.name, ''), "
    "COALESCE(s.table_label, ''), COALESCE(st.name, ''), COALESCE(s.colour, '') "
    "FROM volunteers v LEFT JOIN memberships m ON m.volunteer_id = v.id "
    "LEFT JOIN structures s ON s.id = m.structure_id LEFT JOIN staff st ON st.id = s.referent_id"
)


def _seat(row: tuple) -> Seat:  # type: ignore[type-arg]
    return Seat(row[0], row[1], row[2], row[3], bool(row[4]), row[5], row[6], row[7], row[8], row[9])


def seat(db: Database, volunteer_id: str) -> Seat | None:
    row = db.execute(_SEAT_SQL + " WHERE v.id = ?", [volunteer_id]).fetchone()
    return _seat(row) if row else None


def seats(db: Database) -> list[Seat]:
    return [
        _seat(r) for r in db.execute(_SEAT_SQL + " ORDER BY v.last_name COLLATE NOCASE, v.first_name COLLATE NOCASE")
    ]


def seats_of(db: Database, volunteer_ids: list[str]) -> list[Seat]:
    """The seats of these volunteers, in the order of ``volunteer_ids`` (unknown ids left out)."""
    if not volunteer_ids:
        return []
    marks = ", ".join("?" for _ in volunteer_ids)
    found = {row[0]: _seat(row) for row in db.execute(_SEAT_SQL + f" WHERE v.id IN ({marks})", volunteer_ids)}
    return [found[i] for i in volunteer_ids if i in found]


def arrivals_of(db: Database, volunteer_ids: list[str]) -> dict[str, str]:
    if not volunteer_ids:
        return {}
    marks = ", ".join("?" for _ in volunteer_ids)
    sql = f"SELECT volunteer_id, at FROM checkins WHERE undone_at IS NULL AND volunteer_id IN ({marks})"
    return {r[0]: r[1] for r in db.execute(sql, volunteer_ids)}


def search_rows(db: Database) -> list[tuple[str, str, str]]:
    """(id, folded search key, lowercase email) of every volunteer, in the desk's name order: what the name
    search runs over."""
    return [
        (r[0], r[1], r[2].lower())
        for r in db.execute(
            "SELECT id, search_key, email FROM volunteers ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE"
        )
    ]
