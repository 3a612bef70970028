"""m010: check-in codes (one active per volunteer, revoked ones kept to be recognised) and check-ins.

A check-in is never deleted: undo stamps ``undone_at``. At most one active check-in per volunteer, enforced by a
partial unique index, so two stations can never check the same person in twice.
"""

from __future__ import annotations

from sqlite_utils import Database

from probono_desk.storage.steps import migrations


@migrations(name="m010_checkin")
def m010_checkin(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE codes (
            code TEXT PRIMARY KEY,
            volunteer_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
            issued_at TEXT NOT NULL,
            revoked_at TEXT
        );
        CREATE UNIQUE INDEX codes_active ON codes(volunteer_id) WHERE revoked_at IS NULL;
        CREATE INDEX codes_volunteer ON codes(volunteer_id);
        CREATE TABLE checkins (
            id TEXT PRIMARY KEY,
            volunteer_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            station TEXT NOT NULL,
            method TEXT NOT NULL DEFAULT 'scan',
            undone_at TEXT,
            undone_station TEXT
        );
        CREATE UNIQUE INDEX checkins_active ON checkins(volunteer_id) WHERE undone_at IS NULL;
        CREATE INDEX checkins_station_at ON checkins(station, at);
        """
    )
