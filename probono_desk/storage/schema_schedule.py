"""m030: the day plan (phases, readout order, settings) and the clock's operations.

The clock's state is the list of operations (start, pause, +minutes...) with their moments: replayed over the plan
they give the same clock after closing, reopening or a crash.
"""

from __future__ import annotations

from sqlite_utils import Database

from probono_desk.storage.steps import migrations


@migrations(name="m030_schedule")
def m030_schedule(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE schedule_phases (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            start_s INTEGER NOT NULL,
            end_s INTEGER NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            message TEXT NOT NULL DEFAULT '',
            warning_s INTEGER NOT NULL DEFAULT 600,
            danger_s INTEGER NOT NULL DEFAULT 120
        );
        CREATE TABLE schedule_readouts (
            structure_id TEXT PRIMARY KEY REFERENCES structures(id) ON DELETE CASCADE,
            position INTEGER NOT NULL
        );
        CREATE TABLE schedule_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE schedule_ops (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            seconds INTEGER NOT NULL DEFAULT 0,
            phase_id TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            mode TEXT NOT NULL DEFAULT '',
            station TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX schedule_ops_at ON schedule_ops(at);
        """
    )
