"""m080: after the day — the diagnostic (its confidential document stored in the file), the recommendations
checklist, the Trail log (sessions and the referent's notes, with the volunteers who took part), the mid-term
evaluation's form and interviews."""

from __future__ import annotations

from sqlite_utils import Database

from probono_desk.storage.steps import migrations

TRAIL_TABLES = (
    "trail_diagnostics",
    "trail_recommendations",
    "trail_entries",
    "trail_entry_people",
    "trail_midterm_forms",
    "trail_midterm_interviews",
)


@migrations(name="m080_trail")
def m080_trail(db: Database) -> None:
    # Shipped: these statements, in this order, made the files in the field; the pieces below only name them.
    _diagnostic_tables(db)
    _log_tables(db)
    _midterm_tables(db)


def _diagnostic_tables(db: Database) -> None:
    """The diagnostic and the recommendations checklist."""
    db.executescript(
        """
        CREATE TABLE trail_diagnostics (
            structure_id TEXT PRIMARY KEY REFERENCES structures(id) ON DELETE CASCADE,
            date TEXT NOT NULL DEFAULT '',
            lab_people TEXT NOT NULL DEFAULT '',
            structure_people TEXT NOT NULL DEFAULT '',
            needs TEXT NOT NULL DEFAULT '[]',
            summary TEXT NOT NULL DEFAULT '',
            document_name TEXT NOT NULL DEFAULT '',
            document_mime TEXT NOT NULL DEFAULT '',
            document_size INTEGER NOT NULL DEFAULT 0,
            document_sha256 TEXT NOT NULL DEFAULT '',
            document BLOB,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE trail_recommendations (
            id TEXT PRIMARY KEY,
            structure_id TEXT NOT NULL REFERENCES structures(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            target_date TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'a_lancer',
            updated_at TEXT NOT NULL
        );
        CREATE INDEX trail_recommendations_structure ON trail_recommendations(structure_id, position);
        """
    )


def _log_tables(db: Database) -> None:
    """The Trail log: sessions and notes, with the volunteers who took part."""
    db.executescript(
        """
        CREATE TABLE trail_entries (
            id TEXT PRIMARY KEY,
            structure_id TEXT NOT NULL REFERENCES structures(id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'seance',
            date TEXT NOT NULL,
            format TEXT NOT NULL DEFAULT '',
            duration_minutes INTEGER NOT NULL DEFAULT 0,
            others TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            decisions TEXT NOT NULL DEFAULT '',
            next_step TEXT NOT NULL DEFAULT '',
            next_date TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX trail_entries_structure ON trail_entries(structure_id, date);
        CREATE TABLE trail_entry_people (
            entry_id TEXT NOT NULL REFERENCES trail_entries(id) ON DELETE CASCADE,
            volunteer_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
            PRIMARY KEY (entry_id, volunteer_id)
        );
        CREATE INDEX trail_entry_people_volunteer ON trail_entry_people(volunteer_id);
        """
    )


def _midterm_tables(db: Database) -> None:
    """The mid-term evaluation's forms and interviews."""
    db.executescript(
        """
        CREATE TABLE trail_midterm_forms (
            key TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            questions TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE trail_midterm_interviews (
            id TEXT PRIMARY KEY,
            structure_id TEXT NOT NULL REFERENCES structures(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            mode TEXT NOT NULL,
            interviewer TEXT NOT NULL DEFAULT '',
            respondent TEXT NOT NULL DEFAULT '',
            answers TEXT NOT NULL DEFAULT '{}',
            at TEXT NOT NULL
        );
        CREATE INDEX trail_midterm_structure ON trail_midterm_interviews(structure_id, date);
        """
    )
