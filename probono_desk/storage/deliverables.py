"""Tables of what teams hand over: deliverables, their versions, attachments (BLOBs), the Trail."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from probono_desk.core.deliverables import (
    Attachment,
    Deliverable,
    DeliverableKind,
    DeliverableState,
    DeliverableText,
    TrailMember,
    TrailPlan,
    Version,
)
from probono_desk.core.text import display_name

STATE_COLUMNS = {
    DeliverableState.DRAFT: "draft_at",
    DeliverableState.SUBMITTED: "submitted_at",
    DeliverableState.VALIDATED_REFERENT: "validated_referent_at",
    DeliverableState.VALIDATED_STRUCTURE: "validated_structure_at",
}

_DELIVERABLE_COLS = (
    "id, structure_id, title, kind, summary, recommendations, next_steps, state, draft_at, submitted_at, "
    "validated_referent_at, validated_structure_at, validated_by, created_at, saved_at, saves"
)


def _kind(value: str) -> DeliverableKind:
    try:
        return DeliverableKind(value)
    except ValueError:
        return DeliverableKind.OTHER


def _deliverable(row: Any) -> Deliverable:
    times = {state.value: row[8 + i] for i, state in enumerate(STATE_COLUMNS) if row[8 + i]}
    return Deliverable(
        structure_id=row[1],
        id=row[0],
        text=DeliverableText(
            title=row[2], kind=_kind(row[3]), summary=row[4], recommendations=row[5], next_steps=row[6]
        ),
        state=DeliverableState(row[7]),
        state_times=times,
        validated_by=row[12],
        created_at=row[13],
        saved_at=row[14],
        saves=row[15],
    )


def get_deliverable(db: Database, structure_id: str) -> Deliverable | None:
    row = db.execute(f"SELECT {_DELIVERABLE_COLS} FROM deliverables WHERE structure_id = ?", [structure_id]).fetchone()
    return _deliverable(row) if row else None


def list_deliverables(db: Database) -> list[Deliverable]:
    return [_deliverable(r) for r in db.execute(f"SELECT {_DELIVERABLE_COLS} FROM deliverables")]


def insert_deliverable(db: Database, deliverable_id: str, structure_id: str, text: DeliverableText, at: str) -> None:
    db.execute(
        "INSERT INTO deliverables (id, structure_id, title, kind, summary, recommendations, next_steps, state, "
        "draft_at, created_at, saved_at, saves) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        [
            deliverable_id,
            structure_id,
            text.title,
            text.kind.value,
            text.summary,
            text.recommendations,
            text.next_steps,
            DeliverableState.DRAFT.value,
            at,
            at,
            at,
        ],
    )


def update_text(db: Database, deliverable_id: str, text: DeliverableText, at: str) -> None:
    db.execute(
        "UPDATE deliverables SET title = ?, kind = ?, summary = ?, recommendations = ?, next_steps = ?, "
        "saved_at = ?, saves = saves + 1 WHERE id = ?",
        [text.title, text.kind.value, text.summary, text.recommendations, text.next_steps, at, deliverable_id],
    )


def update_state(
    db: Database, deliverable_id: str, state: DeliverableState, at: str, validated_by: str | None = None
) -> None:
    """Set the state and its time; the times of later states are cleared (going back to draft undoes them)."""
    sets = ["state = ?", f"{STATE_COLUMNS[state]} = ?"]
    params: list[Any] = [state.value, at]
    for later, column in STATE_COLUMNS.items():
        if later.rank > state.rank:
            sets.append(f"{column} = ''")
    if validated_by is not None:
        sets.append("validated_by = ?")
        params.append(validated_by)
    db.execute(f"UPDATE deliverables SET {', '.join(sets)} WHERE id = ?", [*params, deliverable_id])


# --- versions ----------------------------------------------------------------------------------------------------


def insert_version(
    db: Database,
    version_id: str,
    deliverable_id: str,
    text: DeliverableText,
    state: DeliverableState,
    at: str,
    reason: str,
) -> None:
    db.execute(
        "INSERT INTO deliverable_versions (id, deliverable_id, at, reason, title, kind, summary, recommendations, "
        "next_steps, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            version_id,
            deliverable_id,
            at,
            reason,
            text.title,
            text.kind.value,
            text.summary,
            text.recommendations,
            text.next_steps,
            state.value,
        ],
    )


def latest_version(db: Database, deliverable_id: str) -> Version | None:
    """The last kept version (its number is not computed: 0)."""
    r = db.execute(
        "SELECT id, deliverable_id, at, reason, title, kind, summary, recommendations, next_steps, state "
        "FROM deliverable_versions WHERE deliverable_id = ? ORDER BY at DESC, rowid DESC LIMIT 1",
        [deliverable_id],
    ).fetchone()
    if r is None:
        return None
    text = DeliverableText(title=r[4], kind=_kind(r[5]), summary=r[6], recommendations=r[7], next_steps=r[8])
    return Version(r[0], r[1], 0, r[2], r[3], text, DeliverableState(r[9]))


def structure_of_version(db: Database, version_id: str) -> str | None:
    """Whose deliverable an earlier text belongs to (the structure id), None for an unknown version."""
    row = db.execute(
        "SELECT d.structure_id FROM deliverable_versions v JOIN deliverables d ON d.id = v.deliverable_id "
        "WHERE v.id = ?",
        [version_id],
    ).fetchone()
    return None if row is None else str(row[0])


def list_versions(db: Database, deliverable_id: str) -> list[Version]:
    """Newest first, numbered from 1 (the oldest)."""
    rows = db.execute(
        "SELECT id, deliverable_id, at, reason, title, kind, summary, recommendations, next_steps, state "
        "FROM deliverable_versions WHERE deliverable_id = ? ORDER BY at, rowid",
        [deliverable_id],
    ).fetchall()
    versions = [
        Version(
            id=r[0],
            deliverable_id=r[1],
            number=i + 1,
            at=r[2],
            reason=r[3],
            text=DeliverableText(title=r[4], kind=_kind(r[5]), summary=r[6], recommendations=r[7], next_steps=r[8]),
            state=DeliverableState(r[9]),
        )
        for i, r in enumerate(rows)
    ]
    return list(reversed(versions))


# --- attachments -------------------------------------------------------------------------------------------------

_ATTACHMENT_COLS = "id, structure_id, name, mime, size, sha256, added_at"


def insert_attachment(db: Database, a: Attachment, data: bytes) -> None:
    db.execute(
        "INSERT INTO attachments (id, structure_id, name, mime, size, sha256, data, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [a.id, a.structure_id, a.name, a.mime, a.size, a.sha256, data, a.added_at],
    )


def list_attachments(db: Database, structure_id: str | None = None) -> list[Attachment]:
    """Without their bytes: listing never loads the files."""
    sql = f"SELECT {_ATTACHMENT_COLS} FROM attachments"
    params: list[Any] = []
    if structure_id is not None:
        sql += " WHERE structure_id = ?"
        params.append(structure_id)
    sql += " ORDER BY added_at, rowid"
    return [Attachment(*r) for r in db.execute(sql, params)]


def get_attachment(db: Database, attachment_id: str) -> Attachment | None:
    row = db.execute(f"SELECT {_ATTACHMENT_COLS} FROM attachments WHERE id = ?", [attachment_id]).fetchone()
    return Attachment(*row) if row else None


def attachment_data(db: Database, attachment_id: str) -> bytes | None:
    row = db.execute("SELECT data FROM attachments WHERE id = ?", [attachment_id]).fetchone()
    return bytes(row[0]) if row else None


def delete_attachment(db: Database, attachment_id: str) -> None:
    db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])


# --- the Trail ---------------------------------------------------------------------------------------------------


def get_trail(db: Database, structure_id: str) -> TrailPlan:
    row = db.execute(
        "SELECT start_date, end_date, first_meeting, first_meeting_place FROM trail_plans WHERE structure_id = ?",
        [structure_id],
    ).fetchone()
    members = tuple(
        TrailMember(
            structure_id=structure_id,
            volunteer_id=r[0],
            name=display_name(r[1], r[2]),
            availability=r[3],
            agrees_contact=bool(r[4]),
            email=r[5],
            phone=r[6],
        )
        for r in db.execute(
            "SELECT t.volunteer_id, v.first_name, v.last_name, t.availability, t.agrees_contact, v.email, v.phone "
            "FROM trail_members t JOIN volunteers v ON v.id = t.volunteer_id WHERE t.structure_id = ? "
            "ORDER BY v.last_name COLLATE NOCASE, v.first_name COLLATE NOCASE",
            [structure_id],
        )
    )
    if row is None:
        return TrailPlan(structure_id=structure_id, members=members)
    return TrailPlan(structure_id, row[0], row[1], row[2], row[3], members)


def replace_trail(db: Database, plan: TrailPlan, at: str) -> None:
    db.execute(
        "INSERT INTO trail_plans (structure_id, start_date, end_date, first_meeting, first_meeting_place, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(structure_id) DO UPDATE SET start_date = excluded.start_date, "
        "end_date = excluded.end_date, first_meeting = excluded.first_meeting, "
        "first_meeting_place = excluded.first_meeting_place, updated_at = excluded.updated_at",
        [plan.structure_id, plan.start_date, plan.end_date, plan.first_meeting, plan.first_meeting_place, at],
    )
    db.execute("DELETE FROM trail_members WHERE structure_id = ?", [plan.structure_id])
    for m in plan.members:
        db.execute(
            "INSERT INTO trail_members (structure_id, volunteer_id, availability, agrees_contact, added_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [plan.structure_id, m.volunteer_id, m.availability, int(m.agrees_contact), at],
        )


def trail_volunteer_ids(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT volunteer_id FROM trail_members")}
