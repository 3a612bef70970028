"""m001: the event, people, structures, team membership and the journal."""

from __future__ import annotations

from sqlite_utils import Database

from probono_desk import __version__
from probono_desk.storage.file_format import FORMAT_MARKER
from probono_desk.storage.steps import migrations


@migrations(name="m001_event")
def m001_event(db: Database) -> None:
    # Shipped: these statements, in this order, made the files in the field; the pieces below only name them.
    _event_tables(db)
    _people_tables(db)
    _journal_table(db)
    db.execute("INSERT INTO meta (key, value) VALUES ('format', ?)", [FORMAT_MARKER])
    db.execute("INSERT INTO meta (key, value) VALUES ('created_with', ?)", [__version__])


def _event_tables(db: Database) -> None:
    """The file's own facts, the event, its staff and the structures."""
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE event (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            date TEXT NOT NULL,
            venue TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE staff (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE structures (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            legal_form TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            mission_theme TEXT NOT NULL DEFAULT '',
            problem TEXT NOT NULL DEFAULT '',
            skills_needed TEXT NOT NULL DEFAULT '[]',
            expected_deliverable TEXT NOT NULL DEFAULT '',
            table_label TEXT NOT NULL DEFAULT '',
            referent_id TEXT REFERENCES staff(id) ON DELETE SET NULL,
            representative_1 TEXT NOT NULL DEFAULT '',
            representative_2 TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL DEFAULT '',
            capacity INTEGER,
            position INTEGER NOT NULL DEFAULT 0
        );
        """
    )


def _people_tables(db: Database) -> None:
    """The volunteers and their team membership."""
    db.executescript(
        """
        CREATE TABLE volunteers (
            id TEXT PRIMARY KEY,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            situation TEXT,
            skills TEXT NOT NULL DEFAULT '[]',
            preference TEXT NOT NULL DEFAULT '',
            diet TEXT NOT NULL DEFAULT '',
            consent INTEGER,
            source_file TEXT NOT NULL DEFAULT '',
            source_row INTEGER,
            registered_at TEXT NOT NULL DEFAULT '',
            walk_in INTEGER NOT NULL DEFAULT 0,
            person_key TEXT NOT NULL,
            search_key TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX volunteers_person_key ON volunteers(person_key);
        CREATE INDEX volunteers_last_name ON volunteers(last_name, first_name);
        CREATE TABLE memberships (
            volunteer_id TEXT PRIMARY KEY REFERENCES volunteers(id) ON DELETE CASCADE,
            structure_id TEXT NOT NULL REFERENCES structures(id) ON DELETE CASCADE,
            pinned INTEGER NOT NULL DEFAULT 0,
            why TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE INDEX memberships_structure ON memberships(structure_id);
        """
    )


def _journal_table(db: Database) -> None:
    """The journal, append-only."""
    db.executescript(
        """
        CREATE TABLE journal (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            station TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX journal_at ON journal(at);
        CREATE INDEX journal_entity ON journal(entity, entity_id);
        -- The journal is append-only.
        CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
            BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
        CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
            BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
        """
    )
