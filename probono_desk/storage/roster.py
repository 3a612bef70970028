"""Tables of people and structures: volunteers, staff, structures, team membership."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from sqlite_utils import Database

from probono_desk.core.models import EventInfo, Situation, Staff, StaffRole, Structure, Volunteer
from probono_desk.core.text import fold


def person_key(first_name: str, last_name: str, email: str) -> str:
    """Who a registration is, for de-duplication: the email (any case), else the folded name."""
    if email:
        return "email:" + email.strip().lower()
    return "name:" + fold(f"{first_name} {last_name}")


# --- event -------------------------------------------------------------------------------------------------------


def get_event(db: Database) -> EventInfo | None:
    row = db.execute("SELECT id, name, date, venue FROM event LIMIT 1").fetchone()
    return EventInfo(*row) if row else None


def insert_event(db: Database, info: EventInfo, created_at: str) -> None:
    db.execute(
        "INSERT INTO event (id, name, date, venue, created_at) VALUES (?, ?, ?, ?, ?)",
        [info.id, info.name, info.date, info.venue, created_at],
    )


def update_event(db: Database, info: EventInfo) -> None:
    db.execute(
        "UPDATE event SET name = ?, date = ?, venue = ? WHERE id = ?", [info.name, info.date, info.venue, info.id]
    )


# --- staff -------------------------------------------------------------------------------------------------------


def list_staff(db: Database, role: StaffRole | None = None) -> list[Staff]:
    sql = "SELECT id, name, role, email, phone FROM staff"
    params: list[Any] = []
    if role:
        sql += " WHERE role = ?"
        params.append(role.value)
    sql += " ORDER BY name"
    return [Staff(r[0], r[1], StaffRole(r[2]), r[3], r[4]) for r in db.execute(sql, params)]


def find_staff_by_name(db: Database, name: str, role: StaffRole) -> Staff | None:
    key = fold(name)
    for staff in list_staff(db, role):
        if fold(staff.name) == key:
            return staff
    return None


def insert_staff(db: Database, staff: Staff) -> None:
    db.execute(
        "INSERT INTO staff (id, name, role, email, phone) VALUES (?, ?, ?, ?, ?)",
        [staff.id, staff.name, staff.role.value, staff.email, staff.phone],
    )


# --- structures --------------------------------------------------------------------------------------------------

_STRUCTURE_COLS = (
    "s.id, s.name, s.legal_form, s.city, s.mission_theme, s.problem, s.skills_needed, "
    "s.expected_deliverable, s.table_label, s.referent_id, COALESCE(st.name, ''), s.representative_1, "
    "s.representative_2, s.colour, s.capacity, s.position"
)


def _structure(row: Any) -> Structure:
    return Structure(
        id=row[0],
        name=row[1],
        legal_form=row[2],
        city=row[3],
        mission_theme=row[4],
        problem=row[5],
        skills_needed=tuple(json.loads(row[6] or "[]")),
        expected_deliverable=row[7],
        table_label=row[8],
        referent_id=row[9],
        referent_name=row[10],
        representative_1=row[11],
        representative_2=row[12],
        colour=row[13],
        capacity=row[14],
        position=row[15],
    )


def list_structures(db: Database) -> list[Structure]:
    sql = (
        f"SELECT {_STRUCTURE_COLS} FROM structures s LEFT JOIN staff st ON st.id = s.referent_id "
        "ORDER BY s.position, s.name"
    )
    return [_structure(r) for r in db.execute(sql)]


def get_structure(db: Database, structure_id: str) -> Structure | None:
    sql = f"SELECT {_STRUCTURE_COLS} FROM structures s LEFT JOIN staff st ON st.id = s.referent_id WHERE s.id = ?"
    row = db.execute(sql, [structure_id]).fetchone()
    return _structure(row) if row else None


def structure_row(s: Structure) -> dict[str, Any]:
    row = asdict(s)
    row.pop("referent_name")
    row["skills_needed"] = json.dumps(list(s.skills_needed), ensure_ascii=False)
    row["name_key"] = fold(s.name)
    return row


def upsert_structure(db: Database, s: Structure) -> None:
    row = structure_row(s)
    row["name_key"] = settled_key(db, "structures", "name_key", s.id, row["name_key"])
    cols = ", ".join(row)
    marks = ", ".join(f":{k}" for k in row)
    updates = ", ".join(f"{k} = excluded.{k}" for k in row if k != "id")
    db.execute(f"INSERT INTO structures ({cols}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}", row)


def find_structure_by_name(db: Database, name: str) -> Structure | None:
    row = db.execute("SELECT id FROM structures WHERE name_key = ?", [fold(name)]).fetchone()
    return get_structure(db, row[0]) if row else None


# --- volunteers --------------------------------------------------------------------------------------------------

VOLUNTEER_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "organisation",
    "situation",
    "skills",
    "preference",
    "diet",
    "consent",
    "source_file",
    "source_row",
    "registered_at",
    "walk_in",
)

_VOLUNTEER_COLS = (
    "v.id, v.first_name, v.last_name, v.email, v.phone, v.organisation, v.situation, v.skills, "
    "v.preference, v.diet, v.consent, v.source_file, v.source_row, v.registered_at, v.walk_in, "
    "m.structure_id, COALESCE(m.pinned, 0)"
)


def _volunteer(row: Any) -> Volunteer:
    return Volunteer(
        id=row[0],
        first_name=row[1],
        last_name=row[2],
        email=row[3],
        phone=row[4],
        organisation=row[5],
        situation=Situation(row[6]) if row[6] else None,
        skills=tuple(json.loads(row[7] or "[]")),
        preference=row[8],
        diet=row[9],
        consent=None if row[10] is None else bool(row[10]),
        source_file=row[11],
        source_row=row[12],
        registered_at=row[13],
        walk_in=bool(row[14]),
        structure_id=row[15],
        pinned=bool(row[16]),
    )


def list_volunteers(db: Database, where: str = "", params: Iterable[Any] = ()) -> list[Volunteer]:
    sql = f"SELECT {_VOLUNTEER_COLS} FROM volunteers v LEFT JOIN memberships m ON m.volunteer_id = v.id"
    if where:
        sql += f" WHERE {where}"
    sql += " ORDER BY v.last_name COLLATE NOCASE, v.first_name COLLATE NOCASE"
    return [_volunteer(r) for r in db.execute(sql, list(params))]


def get_volunteer(db: Database, volunteer_id: str) -> Volunteer | None:
    found = list_volunteers(db, "v.id = ?", [volunteer_id])
    return found[0] if found else None


def count_volunteers(db: Database) -> int:
    return int(db.execute("SELECT COUNT(*) FROM volunteers").fetchone()[0])


def volunteer_row(v: Volunteer) -> dict[str, Any]:
    return {
        "id": v.id,
        "first_name": v.first_name,
        "last_name": v.last_name,
        "email": v.email,
        "phone": v.phone,
        "organisation": v.organisation,
        "situation": v.situation.value if v.situation else None,
        "skills": json.dumps(list(v.skills), ensure_ascii=False),
        "preference": v.preference,
        "diet": v.diet,
        "consent": None if v.consent is None else int(v.consent),
        "source_file": v.source_file,
        "source_row": v.source_row,
        "registered_at": v.registered_at,
        "walk_in": int(v.walk_in),
        "person_key": person_key(v.first_name, v.last_name, v.email),
        "search_key": v.search_key,
    }


def find_volunteer_by_key(db: Database, key: str) -> Volunteer | None:
    found = list_volunteers(db, "v.person_key = ?", [key])
    return found[0] if found else None


def insert_volunteer(db: Database, v: Volunteer, at: str) -> None:
    row = volunteer_row(v) | {"created_at": at, "updated_at": at}
    cols = ", ".join(row)
    db.execute(f"INSERT INTO volunteers ({cols}) VALUES ({', '.join(':' + k for k in row)})", row)


def settled_key(db: Database, table: str, column: str, row_id: str, computed: str) -> str:
    """The unique key to write for an edited row. Two stations that registered the same person (or structure)
    keep both rows, the later one's key gaining "~<id>" (``storage.sync_apply``, settled alike everywhere): an edit
    that leaves the key's source unchanged keeps that settled key rather than collide with the other row."""
    found = db.execute(f"SELECT {column} FROM {table} WHERE id = ?", [row_id]).fetchone()
    if found and found[0] == f"{computed}~{row_id}":
        return str(found[0])
    return computed


def update_volunteer(db: Database, v: Volunteer, at: str) -> None:
    row = volunteer_row(v) | {"updated_at": at}
    row["person_key"] = settled_key(db, "volunteers", "person_key", v.id, row["person_key"])
    sets = ", ".join(f"{k} = :{k}" for k in row if k != "id")
    db.execute(f"UPDATE volunteers SET {sets} WHERE id = :id", row)


def delete_volunteer(db: Database, volunteer_id: str) -> None:
    db.execute("DELETE FROM volunteers WHERE id = ?", [volunteer_id])


# --- membership --------------------------------------------------------------------------------------------------


def set_membership(
    db: Database, volunteer_id: str, structure_id: str | None, at: str, *, pinned: bool = False, why: str = ""
) -> None:
    if structure_id is None:
        db.execute("DELETE FROM memberships WHERE volunteer_id = ?", [volunteer_id])
        return
    db.execute(
        "INSERT INTO memberships (volunteer_id, structure_id, pinned, why, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(volunteer_id) DO UPDATE SET structure_id = excluded.structure_id, pinned = excluded.pinned, "
        "why = excluded.why, updated_at = excluded.updated_at",
        [volunteer_id, structure_id, int(pinned), why, at],
    )


def members_count(db: Database) -> dict[str, int]:
    return {r[0]: r[1] for r in db.execute("SELECT structure_id, COUNT(*) FROM memberships GROUP BY structure_id")}
