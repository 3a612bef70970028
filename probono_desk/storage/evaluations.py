"""Tables of the questionnaires (one per audience) and their anonymous answers."""

from __future__ import annotations

import json

from sqlite_utils import Database

from probono_desk.core.evaluations import Answer, Audience, Question, Questionnaire


def get_questionnaire(db: Database, audience: Audience) -> Questionnaire | None:
    row = db.execute(
        "SELECT title, questions, updated_at FROM questionnaires WHERE audience = ?", [audience.value]
    ).fetchone()
    if row is None:
        return None
    questions = tuple(Question.from_dict(d) for d in json.loads(row[1]))
    return Questionnaire(audience, row[0], questions, row[2])


def save_questionnaire(db: Database, q: Questionnaire, at: str) -> None:
    db.execute(
        "INSERT INTO questionnaires (audience, title, questions, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(audience) DO UPDATE SET title = excluded.title, questions = excluded.questions, "
        "updated_at = excluded.updated_at",
        [q.audience.value, q.title, json.dumps([x.to_dict() for x in q.questions], ensure_ascii=False), at],
    )


def insert_answer(db: Database, a: Answer, station: str) -> None:
    db.execute(
        "INSERT INTO evaluation_answers (id, audience, structure_id, at, station, answers) VALUES (?, ?, ?, ?, ?, ?)",
        [a.id, a.audience.value, a.structure_id, a.at, station, json.dumps(a.answers, ensure_ascii=False)],
    )


def list_answers(db: Database, audience: Audience | None = None, structure_id: str | None = None) -> list[Answer]:
    sql = "SELECT id, audience, structure_id, at, answers FROM evaluation_answers WHERE 1 = 1"
    params: list[str] = []
    if audience is not None:
        sql += " AND audience = ?"
        params.append(audience.value)
    if structure_id is not None:
        sql += " AND structure_id = ?"
        params.append(structure_id)
    sql += " ORDER BY at, rowid"
    return [Answer(r[0], Audience(r[1]), r[2], r[3], json.loads(r[4])) for r in db.execute(sql, params)]
