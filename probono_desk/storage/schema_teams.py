"""m020: mission tracking per team — the event's milestones, their ticks, each team's status and notes.

Team membership itself lives in ``memberships`` (m001); moves, pins and formations are journal entries.
"""

from __future__ import annotations

from sqlite_utils import Database

from probono_desk.core.ids import new_id
from probono_desk.core.missions import DEFAULT_MILESTONES
from probono_desk.storage.steps import migrations


@migrations(name="m020_teams")
def m020_teams(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE milestones (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            label TEXT NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE milestone_ticks (
            id TEXT PRIMARY KEY,
            structure_id TEXT NOT NULL REFERENCES structures(id) ON DELETE CASCADE,
            milestone_id TEXT NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
            ticked_at TEXT NOT NULL,
            ticked_by TEXT NOT NULL DEFAULT '',
            station TEXT NOT NULL DEFAULT '',
            undone_at TEXT
        );
        CREATE UNIQUE INDEX milestone_ticks_active ON milestone_ticks(structure_id, milestone_id)
            WHERE undone_at IS NULL;
        CREATE TABLE team_status (
            structure_id TEXT PRIMARY KEY REFERENCES structures(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE team_notes (
            id TEXT PRIMARY KEY,
            structure_id TEXT NOT NULL REFERENCES structures(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL
        );
        CREATE INDEX team_notes_structure ON team_notes(structure_id, at);
        """
    )
    for position, label in enumerate(DEFAULT_MILESTONES):
        db.execute("INSERT INTO milestones (id, position, label) VALUES (?, ?, ?)", [new_id(), position, label])
