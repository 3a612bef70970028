"""m040: deliverables (with versions and attachments stored in the file), the Trail, evaluations, the kiosk PIN.

Attachments are BLOBs in the event file itself, so a copy of the file on a USB key is the whole event.
"""

from __future__ import annotations

from sqlite_utils import Database

from probono_desk.storage.steps import migrations


@migrations(name="m040_deliverables")
def m040_deliverables(db: Database) -> None:
    # Shipped: these statements, in this order, made the files in the field; the pieces below only name them.
    _deliverable_tables(db)
    _trail_tables(db)
    _evaluation_tables(db)


def _deliverable_tables(db: Database) -> None:
    """The deliverables, their versions and attachments."""
    db.executescript(
        """
        CREATE TABLE deliverables (
            id TEXT PRIMARY KEY,
            structure_id TEXT NOT NULL UNIQUE REFERENCES structures(id) ON DELETE CASCADE,
            title TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'plan_action',
            summary TEXT NOT NULL DEFAULT '',
            recommendations TEXT NOT NULL DEFAULT '',
            next_steps TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'brouillon',
            draft_at TEXT NOT NULL DEFAULT '',
            submitted_at TEXT NOT NULL DEFAULT '',
            validated_referent_at TEXT NOT NULL DEFAULT '',
            validated_structure_at TEXT NOT NULL DEFAULT '',
            validated_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            saves INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE deliverable_versions (
            id TEXT PRIMARY KEY,
            deliverable_id TEXT NOT NULL REFERENCES deliverables(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            reason TEXT NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            summary TEXT NOT NULL,
            recommendations TEXT NOT NULL,
            next_steps TEXT NOT NULL,
            state TEXT NOT NULL
        );
        CREATE INDEX deliverable_versions_by ON deliverable_versions(deliverable_id, at);
        CREATE TABLE attachments (
            id TEXT PRIMARY KEY,
            structure_id TEXT NOT NULL REFERENCES structures(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            mime TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE INDEX attachments_structure ON attachments(structure_id);
        """
    )


def _trail_tables(db: Database) -> None:
    """The Trail: its plan and its members."""
    db.executescript(
        """
        CREATE TABLE trail_plans (
            structure_id TEXT PRIMARY KEY REFERENCES structures(id) ON DELETE CASCADE,
            start_date TEXT NOT NULL DEFAULT '',
            end_date TEXT NOT NULL DEFAULT '',
            first_meeting TEXT NOT NULL DEFAULT '',
            first_meeting_place TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE TABLE trail_members (
            structure_id TEXT NOT NULL REFERENCES structures(id) ON DELETE CASCADE,
            volunteer_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
            availability TEXT NOT NULL DEFAULT '',
            agrees_contact INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL,
            PRIMARY KEY (structure_id, volunteer_id)
        );
        CREATE UNIQUE INDEX trail_members_volunteer ON trail_members(volunteer_id);
        """
    )


def _evaluation_tables(db: Database) -> None:
    """The questionnaires and their anonymous answers."""
    db.executescript(
        """
        CREATE TABLE questionnaires (
            audience TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            questions TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE evaluation_answers (
            id TEXT PRIMARY KEY,
            audience TEXT NOT NULL,
            structure_id TEXT REFERENCES structures(id) ON DELETE SET NULL,
            at TEXT NOT NULL,
            station TEXT NOT NULL DEFAULT '',
            answers TEXT NOT NULL
        );
        CREATE INDEX evaluation_answers_by ON evaluation_answers(audience, structure_id);
        """
    )
