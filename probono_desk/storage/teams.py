"""Queries of team membership and mission tracking (milestones, ticks, status, notes)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from probono_desk.core.missions import Milestone, Note, TeamStatus, Tick

# --- membership ----------------------------------------------------------------------------------------------------


def memberships(db: Database) -> dict[str, tuple[str, bool]]:
    """volunteer id -> (structure id, pinned)."""
    return {r[0]: (r[1], bool(r[2])) for r in db.execute("SELECT volunteer_id, structure_id, pinned FROM memberships")}


def placement_reasons(db: Database) -> dict[str, str]:
    """volunteer id -> the "why here" stored when they were placed in their team."""
    return {r[0]: r[1] for r in db.execute("SELECT volunteer_id, why FROM memberships")}


def membership(db: Database, volunteer_id: str) -> tuple[str, bool] | None:
    row = db.execute("SELECT structure_id, pinned FROM memberships WHERE volunteer_id = ?", [volunteer_id]).fetchone()
    return (row[0], bool(row[1])) if row else None


def set_pinned(db: Database, volunteer_id: str, pinned: bool, at: str) -> None:
    db.execute(
        "UPDATE memberships SET pinned = ?, updated_at = ? WHERE volunteer_id = ?", [int(pinned), at, volunteer_id]
    )


def last_undoable(db: Database, station: str, actions: Sequence[str]) -> tuple[str, str, dict[str, Any]] | None:
    """The latest of this station's team changes that no ``team.undo`` entry has undone yet."""
    marks = ", ".join("?" for _ in actions)
    row = db.execute(
        f"SELECT id, action, payload FROM journal WHERE action IN ({marks}) AND station = ? "
        "AND id NOT IN (SELECT json_extract(payload, '$.undoes') FROM journal WHERE action = 'team.undo') "
        "ORDER BY rowid DESC LIMIT 1",
        [*actions, station],
    ).fetchone()
    return (row[0], row[1], json.loads(row[2])) if row else None


# --- milestones ----------------------------------------------------------------------------------------------------


def list_milestones(db: Database) -> list[Milestone]:
    return [
        Milestone(*r)
        for r in db.execute("SELECT id, position, label FROM milestones WHERE archived = 0 ORDER BY position, id")
    ]


def insert_milestone(db: Database, milestone: Milestone) -> None:
    db.execute(
        "INSERT INTO milestones (id, position, label) VALUES (?, ?, ?)",
        [milestone.id, milestone.position, milestone.label],
    )


def update_milestone(db: Database, milestone_id: str, label: str, position: int) -> None:
    db.execute("UPDATE milestones SET label = ?, position = ? WHERE id = ?", [label, position, milestone_id])


def archive_milestone(db: Database, milestone_id: str) -> None:
    db.execute("UPDATE milestones SET archived = 1 WHERE id = ?", [milestone_id])


# --- ticks ---------------------------------------------------------------------------------------------------------


def list_ticks(db: Database, structure_id: str | None = None) -> list[Tick]:
    sql = "SELECT structure_id, milestone_id, ticked_at, ticked_by FROM milestone_ticks WHERE undone_at IS NULL"
    params: list[Any] = []
    if structure_id:
        sql += " AND structure_id = ?"
        params.append(structure_id)
    return [Tick(*r) for r in db.execute(sql + " ORDER BY ticked_at", params)]


def active_tick(db: Database, structure_id: str, milestone_id: str) -> str | None:
    row = db.execute(
        "SELECT id FROM milestone_ticks WHERE structure_id = ? AND milestone_id = ? AND undone_at IS NULL",
        [structure_id, milestone_id],
    ).fetchone()
    return str(row[0]) if row else None


def insert_tick(
    db: Database, tick_id: str, structure_id: str, milestone_id: str, at: str, by: str, station: str
) -> None:
    db.execute(
        "INSERT INTO milestone_ticks (id, structure_id, milestone_id, ticked_at, ticked_by, station) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [tick_id, structure_id, milestone_id, at, by, station],
    )


def undo_tick(db: Database, tick_id: str, at: str) -> None:
    db.execute("UPDATE milestone_ticks SET undone_at = ? WHERE id = ?", [at, tick_id])


# --- status and notes ----------------------------------------------------------------------------------------------


def statuses(db: Database) -> dict[str, tuple[TeamStatus, str, str]]:
    """structure id -> (status, updated at, by)."""
    return {
        r[0]: (TeamStatus(r[1]), r[2], r[3])
        for r in db.execute("SELECT structure_id, status, updated_at, updated_by FROM team_status")
    }


def set_status(db: Database, structure_id: str, status: TeamStatus, at: str, by: str) -> None:
    db.execute(
        "INSERT INTO team_status (structure_id, status, updated_at, updated_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(structure_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, "
        "updated_by = excluded.updated_by",
        [structure_id, status.value, at, by],
    )


def insert_note(db: Database, note: Note) -> None:
    db.execute(
        "INSERT INTO team_notes (id, structure_id, at, author, text) VALUES (?, ?, ?, ?, ?)",
        [note.id, note.structure_id, note.at, note.author, note.text],
    )


def list_notes(db: Database, structure_id: str | None = None) -> list[Note]:
    sql = "SELECT id, structure_id, at, author, text FROM team_notes"
    params: list[Any] = []
    if structure_id:
        sql += " WHERE structure_id = ?"
        params.append(structure_id)
    return [Note(*r) for r in db.execute(sql + " ORDER BY at, id", params)]
