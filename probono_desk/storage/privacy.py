"""The SQL of personal data: what the file holds about one person (the RGPD access request), consent counts, and
anonymising (rewriting free text everywhere it may quote a person, and the membership lines)."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

# Tables whose text is never free text about people, or is anonymised field by field by the caller.
NOT_FREE_TEXT = {"volunteers", "staff", "structures", "codes", "checkins", "meta", "_sqlite_migrations"}


def text_columns(db: Database) -> list[tuple[str, list[str]]]:
    """Every table (the ones this version knows and any a later one added) with its text-like columns."""
    found: list[tuple[str, list[str]]] = []
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        if table in NOT_FREE_TEXT or table.startswith("sync_"):  # the change feed's bookkeeping: see forget_superseded
            continue
        columns = [
            row[1]
            for row in db.execute(f'PRAGMA table_info("{table}")')
            if not str(row[2]).upper().startswith(("INT", "REAL", "BLOB", "NUM"))
        ]
        if columns:
            found.append((table, columns))
    return found


def scrub_texts(db: Database, scrub: Callable[[str], str]) -> int:
    """Rewrite every text cell through ``scrub``; returns how many cells changed. Inside the caller's write."""
    db.conn.create_function("pb_scrub", 1, lambda text: scrub(text) if isinstance(text, str) else text)
    changed = 0
    try:
        for table, columns in text_columns(db):
            for column in columns:
                cursor = db.execute(
                    f'UPDATE "{table}" SET "{column}" = pb_scrub("{column}") '
                    f'WHERE typeof("{column}") = \'text\' AND pb_scrub("{column}") <> "{column}"'
                )
                changed += max(0, cursor.rowcount)
    finally:
        db.conn.create_function("pb_scrub", 1, None)
    return changed


def clear_why(db: Database, volunteer_ids: list[str]) -> None:
    """The "why here" lines quote a person's organisation and wish: gone with the rest of what they said."""
    db.conn.executemany("UPDATE memberships SET why = '' WHERE volunteer_id = ?", [[i] for i in volunteer_ids])


def vacuum(db: Database) -> None:
    """Rebuild the file: no old value stays in free pages (``secure_delete`` zeroes what is freed meanwhile)."""
    db.execute("PRAGMA secure_delete = ON")
    db.execute("VACUUM")


CheckinRow = tuple[str, str, str, str | None]  # at, station, method, undone_at
CodeRow = tuple[str, str, str | None]  # code, issued_at, revoked_at
TrailMemberRow = tuple[str, str, int, str]  # structure name, availability, agrees_contact, added_at
JournalRow = tuple[str, str, str]  # at, station, action


def consent_counts(db: Database) -> dict[int, int]:
    """How many people gave (1), refused (0) or never stated (-1) their consent."""
    return dict(
        db.execute("SELECT COALESCE(consent, -1), COUNT(*) FROM volunteers GROUP BY COALESCE(consent, -1)").fetchall()
    )


def checkins_of(db: Database, volunteer_id: str) -> list[CheckinRow]:
    """A person's arrivals, the cancelled ones included, oldest first."""
    return db.execute(
        "SELECT at, station, method, undone_at FROM checkins WHERE volunteer_id = ? ORDER BY at", [volunteer_id]
    ).fetchall()


def codes_of(db: Database, volunteer_id: str) -> list[CodeRow]:
    """Every badge code a person was given, the revoked ones included, oldest first."""
    return db.execute(
        "SELECT code, issued_at, revoked_at FROM codes WHERE volunteer_id = ? ORDER BY issued_at", [volunteer_id]
    ).fetchall()


def trail_membership_of(db: Database, volunteer_id: str) -> list[TrailMemberRow]:
    """The Trail a person is part of (at most one), with the structure's name."""
    return db.execute(
        "SELECT s.name, t.availability, t.agrees_contact, t.added_at FROM trail_members t "
        "JOIN structures s ON s.id = t.structure_id WHERE t.volunteer_id = ?",
        [volunteer_id],
    ).fetchall()


def journal_of(db: Database, volunteer_id: str) -> list[JournalRow]:
    """The journal entries about a person, oldest first."""
    return db.execute(
        "SELECT at, station, action FROM journal WHERE entity_id = ? ORDER BY at", [volunteer_id]
    ).fetchall()
