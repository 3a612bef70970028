"""Tables of the path after the day: diagnostics (with their confidential document), recommendations, the Trail
log and the mid-term evaluations. Called inside ``db.write()`` for writes (one transaction, journalled)."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from probono_desk.core.evaluations import Question
from probono_desk.core.text import display_name
from probono_desk.core.trail import (
    Diagnostic,
    EntryKind,
    Participant,
    Recommendation,
    RecoState,
    SessionFormat,
    TrailEntry,
)
from probono_desk.core.trail_midterm import Interview, InterviewMode, MidtermForm

# --- diagnostics -------------------------------------------------------------------------------------------------

_DIAG_COLS = (
    "structure_id, date, lab_people, structure_people, needs, summary, document_name, document_size, updated_at"
)


def _diagnostic(r: Any) -> Diagnostic:
    return Diagnostic(r[0], r[1], r[2], r[3], tuple(json.loads(r[4] or "[]")), r[5], r[6], int(r[7] or 0), r[8])


def get_diagnostic(db: Database, structure_id: str) -> Diagnostic | None:
    row = db.execute(f"SELECT {_DIAG_COLS} FROM trail_diagnostics WHERE structure_id = ?", [structure_id]).fetchone()
    return _diagnostic(row) if row else None


def list_diagnostics(db: Database) -> dict[str, Diagnostic]:
    return {r[0]: _diagnostic(r) for r in db.execute(f"SELECT {_DIAG_COLS} FROM trail_diagnostics")}


def save_diagnostic(db: Database, d: Diagnostic, at: str) -> None:
    """The record's fields (the document stays as it is). The needs also become the skills the structure needs,
    which team formation looks for."""
    db.execute(
        "INSERT INTO trail_diagnostics (structure_id, date, lab_people, structure_people, needs, summary, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(structure_id) DO UPDATE SET date = excluded.date, "
        "lab_people = excluded.lab_people, structure_people = excluded.structure_people, needs = excluded.needs, "
        "summary = excluded.summary, updated_at = excluded.updated_at",
        [
            d.structure_id,
            d.date,
            d.lab_people,
            d.structure_people,
            json.dumps(list(d.needs), ensure_ascii=False),
            d.summary,
            at,
        ],
    )
    db.execute(
        "UPDATE structures SET skills_needed = ? WHERE id = ?",
        [json.dumps(list(d.needs), ensure_ascii=False), d.structure_id],
    )


def set_diagnostic_document(
    db: Database, structure_id: str, name: str, mime: str, sha256: str, data: bytes | None, at: str
) -> None:
    db.execute(
        "INSERT INTO trail_diagnostics (structure_id, updated_at) VALUES (?, ?) ON CONFLICT(structure_id) DO NOTHING",
        [structure_id, at],
    )
    db.execute(
        "UPDATE trail_diagnostics SET document_name = ?, document_mime = ?, document_size = ?, document_sha256 = ?, "
        "document = ?, updated_at = ? WHERE structure_id = ?",
        [name, mime, len(data or b""), sha256, data, at, structure_id],
    )


def diagnostic_document(db: Database, structure_id: str) -> tuple[str, str, bytes] | None:
    row = db.execute(
        "SELECT document_name, document_mime, document FROM trail_diagnostics WHERE structure_id = ? "
        "AND document IS NOT NULL",
        [structure_id],
    ).fetchone()
    return (row[0], row[1], bytes(row[2])) if row else None


# --- recommendations ---------------------------------------------------------------------------------------------

_RECO_COLS = "id, structure_id, text, owner, target_date, state, position, updated_at"


def _reco(r: Any) -> Recommendation:
    try:
        state = RecoState(r[5])
    except ValueError:
        state = RecoState.TODO
    return Recommendation(r[0], r[1], r[2], r[3], r[4], state, int(r[6]), r[7])


def list_recommendations(db: Database, structure_id: str | None = None) -> list[Recommendation]:
    sql = f"SELECT {_RECO_COLS} FROM trail_recommendations"
    params: list[Any] = []
    if structure_id is not None:
        sql += " WHERE structure_id = ?"
        params.append(structure_id)
    sql += " ORDER BY structure_id, position, rowid"
    return [_reco(r) for r in db.execute(sql, params)]


def get_recommendation(db: Database, reco_id: str) -> Recommendation | None:
    row = db.execute(f"SELECT {_RECO_COLS} FROM trail_recommendations WHERE id = ?", [reco_id]).fetchone()
    return _reco(row) if row else None


def next_position(db: Database, structure_id: str) -> int:
    row = db.execute(
        "SELECT COALESCE(MAX(position), -1) + 1 FROM trail_recommendations WHERE structure_id = ?", [structure_id]
    ).fetchone()
    return int(row[0])


def insert_recommendation(db: Database, r: Recommendation) -> None:
    db.execute(
        f"INSERT INTO trail_recommendations ({_RECO_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [r.id, r.structure_id, r.text, r.owner, r.target_date, r.state.value, r.position, r.updated_at],
    )


def update_recommendation(db: Database, r: Recommendation) -> None:
    db.execute(
        "UPDATE trail_recommendations SET text = ?, owner = ?, target_date = ?, state = ?, updated_at = ? WHERE id = ?",
        [r.text, r.owner, r.target_date, r.state.value, r.updated_at, r.id],
    )


def delete_recommendation(db: Database, reco_id: str) -> None:
    db.execute("DELETE FROM trail_recommendations WHERE id = ?", [reco_id])


# --- the Trail log -----------------------------------------------------------------------------------------------

_ENTRY_COLS = (
    "id, structure_id, kind, date, format, duration_minutes, others, notes, decisions, next_step, next_date, "
    "author, created_at"
)


def list_entries(db: Database, structure_id: str | None = None) -> list[TrailEntry]:
    """Oldest first; each with its participants (the team's volunteers by name, then the others as typed)."""
    sql = f"SELECT {_ENTRY_COLS} FROM trail_entries"
    params: list[Any] = []
    if structure_id is not None:
        sql += " WHERE structure_id = ?"
        params.append(structure_id)
    sql += " ORDER BY date, created_at, rowid"
    rows = db.execute(sql, params).fetchall()
    people: dict[str, list[Participant]] = {}
    for entry_id, vid, first, last in db.execute(
        "SELECT p.entry_id, v.id, v.first_name, v.last_name FROM trail_entry_people p "
        "JOIN volunteers v ON v.id = p.volunteer_id ORDER BY v.last_name COLLATE NOCASE, v.first_name COLLATE NOCASE"
    ):
        people.setdefault(entry_id, []).append(Participant(display_name(first, last), vid))
    entries: list[TrailEntry] = []
    for r in rows:
        others = tuple(Participant(str(n)) for n in json.loads(r[6] or "[]"))
        try:
            fmt: SessionFormat | None = SessionFormat(r[4]) if r[4] else None
        except ValueError:
            fmt = None
        entries.append(
            TrailEntry(
                id=r[0],
                structure_id=r[1],
                kind=EntryKind.NOTE if r[2] == EntryKind.NOTE.value else EntryKind.SESSION,
                date=r[3],
                format=fmt,
                duration_minutes=int(r[5] or 0),
                participants=(*people.get(r[0], []), *others),
                notes=r[7],
                decisions=r[8],
                next_step=r[9],
                next_date=r[10],
                author=r[11],
                created_at=r[12],
            )
        )
    return entries


def insert_entry(db: Database, e: TrailEntry) -> None:
    others = [p.name for p in e.participants if not p.volunteer_id]
    db.execute(
        f"INSERT INTO trail_entries ({_ENTRY_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            e.id,
            e.structure_id,
            e.kind.value,
            e.date,
            e.format.value if e.format else "",
            e.duration_minutes,
            json.dumps(others, ensure_ascii=False),
            e.notes,
            e.decisions,
            e.next_step,
            e.next_date,
            e.author,
            e.created_at,
        ],
    )
    for p in e.participants:
        if p.volunteer_id:
            db.execute(
                "INSERT OR IGNORE INTO trail_entry_people (entry_id, volunteer_id) VALUES (?, ?)",
                [e.id, p.volunteer_id],
            )


def sessions_of(db: Database, volunteer_id: str) -> list[dict[str, Any]]:
    """The Trail sessions one person took part in (their data, for a request of access)."""
    return [
        {"structure": r[0], "date": r[1], "format": r[2], "durée (min)": r[3]}
        for r in db.execute(
            "SELECT s.name, e.date, e.format, e.duration_minutes FROM trail_entry_people p "
            "JOIN trail_entries e ON e.id = p.entry_id JOIN structures s ON s.id = e.structure_id "
            "WHERE p.volunteer_id = ? ORDER BY e.date",
            [volunteer_id],
        )
    ]


def delete_entry(db: Database, entry_id: str) -> None:
    db.execute("DELETE FROM trail_entries WHERE id = ?", [entry_id])


# --- the mid-term evaluation -------------------------------------------------------------------------------------

FORM_KEY = "mi_parcours"


def get_midterm_form(db: Database) -> MidtermForm | None:
    row = db.execute(
        "SELECT title, questions, updated_at FROM trail_midterm_forms WHERE key = ?", [FORM_KEY]
    ).fetchone()
    if row is None:
        return None
    return MidtermForm(row[0], tuple(Question.from_dict(d) for d in json.loads(row[1])), row[2])


def save_midterm_form(db: Database, form: MidtermForm, at: str) -> None:
    db.execute(
        "INSERT INTO trail_midterm_forms (key, title, questions, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET title = excluded.title, questions = excluded.questions, "
        "updated_at = excluded.updated_at",
        [FORM_KEY, form.title, json.dumps([q.to_dict() for q in form.questions], ensure_ascii=False), at],
    )


def list_interviews(db: Database, structure_id: str | None = None) -> list[Interview]:
    sql = "SELECT id, structure_id, date, mode, interviewer, respondent, answers, at FROM trail_midterm_interviews"
    params: list[Any] = []
    if structure_id is not None:
        sql += " WHERE structure_id = ?"
        params.append(structure_id)
    sql += " ORDER BY date, at, rowid"
    out: list[Interview] = []
    for r in db.execute(sql, params):
        try:
            mode = InterviewMode(r[3])
        except ValueError:
            mode = InterviewMode.PHONE
        out.append(Interview(r[0], r[1], r[2], mode, r[4], r[5], json.loads(r[6] or "{}"), r[7]))
    return out


def save_interview(db: Database, i: Interview) -> None:
    db.execute(
        "INSERT INTO trail_midterm_interviews (id, structure_id, date, mode, interviewer, respondent, answers, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET date = excluded.date, mode = excluded.mode, "
        "interviewer = excluded.interviewer, respondent = excluded.respondent, answers = excluded.answers, "
        "at = excluded.at",
        [
            i.id,
            i.structure_id,
            i.date,
            i.mode.value,
            i.interviewer,
            i.respondent,
            json.dumps(i.answers or {}, ensure_ascii=False),
            i.at,
        ],
    )
