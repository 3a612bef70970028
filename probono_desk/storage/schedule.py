"""Reading and writing the day plan and the clock's operations. Functions take ``db`` first."""

from __future__ import annotations

from sqlite_utils import Database

from probono_desk.core.clock import iso, parse_iso
from probono_desk.core.ids import new_id
from probono_desk.core.schedule import Phase, PhaseKind
from probono_desk.core.schedule_run import MessageMode, Operation, OpKind


def list_phases(db: Database) -> list[Phase]:
    rows = db.execute(
        "SELECT id, start_s, end_s, title, kind, message, warning_s, danger_s FROM schedule_phases "
        "ORDER BY start_s, position"
    ).fetchall()
    return [
        Phase(
            id=r[0], start=r[1], end=r[2], title=r[3], kind=PhaseKind(r[4]), message=r[5], warning_s=r[6], danger_s=r[7]
        )
        for r in rows
    ]


def replace_phases(db: Database, phases: tuple[Phase, ...] | list[Phase]) -> None:
    db.execute("DELETE FROM schedule_phases")
    for position, p in enumerate(phases):
        db.execute(
            "INSERT INTO schedule_phases (id, position, start_s, end_s, title, kind, message, warning_s, danger_s) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [p.id, position, p.start, p.end, p.title, p.kind.value, p.message, p.warning_s, p.danger_s],
        )


def readout_order(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT structure_id FROM schedule_readouts ORDER BY position")]


def replace_readout_order(db: Database, structure_ids: list[str]) -> None:
    db.execute("DELETE FROM schedule_readouts")
    for position, structure_id in enumerate(structure_ids):
        db.execute("INSERT INTO schedule_readouts (structure_id, position) VALUES (?, ?)", [structure_id, position])


def get_settings(db: Database) -> dict[str, str]:
    return {r[0]: r[1] for r in db.execute("SELECT key, value FROM schedule_settings")}


def set_setting(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO schedule_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def list_operations(db: Database) -> list[Operation]:
    rows = db.execute("SELECT kind, at, seconds, phase_id, text, mode FROM schedule_ops ORDER BY at, rowid").fetchall()
    return [
        Operation(kind=OpKind(r[0]), at=parse_iso(r[1]), seconds=r[2], phase_id=r[3], text=r[4], mode=MessageMode(r[5]))
        for r in rows
    ]


def insert_operation(db: Database, op: Operation, station: str) -> str:
    op_id = new_id()
    db.execute(
        "INSERT INTO schedule_ops (id, at, kind, seconds, phase_id, text, mode, station) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [op_id, iso(op.at), op.kind.value, op.seconds, op.phase_id, op.text, op.mode.value, station],
    )
    return op_id
