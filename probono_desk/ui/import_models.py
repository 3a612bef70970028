"""The import dialog's three lists as Qt models: which column feeds which field, the preview, the problems."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from probono_desk.core.models import Situation
from probono_desk.core.registrations import STRUCTURE_FIELDS, VOLUNTEER_FIELDS, Kind
from probono_desk.services.registrations import ImportPlan
from probono_desk.ui.table_model import RowsTableModel

PREVIEW_ROWS = 8
IGNORED = ""
UNMAPPED = QColor("#a85d00")
BLOCKING = QColor("#b3002d")


def fields_of(kind: Kind) -> tuple[Any, ...]:
    return VOLUNTEER_FIELDS if kind is Kind.VOLUNTEERS else STRUCTURE_FIELDS


def field_label(kind: Kind, key: str) -> str:
    for spec in fields_of(kind):
        if spec.key == key:
            return QCoreApplication.translate("fields", spec.label)
    return key


def cell_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Situation):
        return QCoreApplication.translate("situation", value.label)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ImportDialog", "oui")
            if value
            else QCoreApplication.translate("ImportDialog", "non")
        )
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    return str(value)


def preview_keys(plan: ImportPlan) -> list[str]:
    """The fields the preview shows, in the order of the form; a full name shows as first and last name."""
    columns = plan.mapping.columns
    keys = [spec.key for spec in fields_of(plan.kind) if spec.key in columns and spec.key != "full_name"]
    if plan.kind is Kind.VOLUNTEERS and "full_name" in columns:
        keys = ["first_name", "last_name"] + [k for k in keys if k not in ("first_name", "last_name")]
    return keys


@dataclass(frozen=True)
class MappingRow:
    """One column of the file: its header, a sample value, and the field it feeds (``IGNORED`` for none)."""

    column: int
    header: str
    sample: str
    field: str


class MappingModel(RowsTableModel[MappingRow]):
    COL_HEADER, COL_SAMPLE, COL_FIELD = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = Kind.VOLUNTEERS

    def headers(self) -> list[str]:
        return [self.tr("Colonne"), self.tr("Exemple"), self.tr("Champ")]

    def set_rows(self, rows: Iterable[MappingRow], kind: Kind = Kind.VOLUNTEERS) -> None:
        with self._resetting():
            self._rows = list(rows)
            self.kind = kind

    def set_plan(self, plan: ImportPlan | None) -> None:
        """The columns of the plan's file; empty-named columns with nothing mapped are left out."""
        if plan is None:
            self.set_rows([], Kind.VOLUNTEERS)
            return
        by_column = {col: key for key, col in plan.mapping.columns.items()}
        samples = plan.preview_rows(1)
        sample = samples[0] if samples else []
        rows = [
            MappingRow(column, header, sample[column] if column < len(sample) else "", by_column.get(column, IGNORED))
            for column, header in enumerate(plan.mapping.headers)
            if header.strip() or column in by_column
        ]
        self.set_rows(rows, plan.kind)

    def row(self, row: int) -> MappingRow:
        return self.row_at(row)

    def display(self, r: MappingRow, col: int) -> Any:
        if col == self.COL_HEADER:
            return r.header or self.tr("(sans nom)")
        if col == self.COL_SAMPLE:
            return r.sample
        return field_label(self.kind, r.field) if r.field else ""

    def sort_value(self, r: MappingRow, col: int) -> Any:
        return (r.column, r.sample, r.field)[col]

    def tooltip(self, r: MappingRow, col: int) -> Any:
        if col != self.COL_HEADER:
            return None
        return r.header if r.field else self.tr("Colonne non importée")

    def foreground(self, r: MappingRow, col: int) -> Any:
        return UNMAPPED if col == self.COL_HEADER and not r.field else None


class PreviewModel(RowsTableModel[Any]):  # VolunteerRecord | StructureRecord
    """The first records as they will be imported: the line, then one column per mapped field."""

    COL_LINE = 0

    def __init__(self, parent: Any = None) -> None:
        self._keys: list[str] = []
        self._kind = Kind.VOLUNTEERS
        super().__init__(parent)

    def headers(self) -> list[str]:
        if not self._keys:
            return []
        return [self.tr("Ligne")] + [field_label(self._kind, k) for k in self._keys]

    def set_rows(self, rows: Iterable[Any], keys: Sequence[str] = (), kind: Kind = Kind.VOLUNTEERS) -> None:
        with self._resetting():
            self._rows, self._keys, self._kind = list(rows), list(keys), kind
            self._set_headers(self.headers())

    def set_plan(self, plan: ImportPlan | None) -> None:
        if plan is None:
            self.set_rows([], [], Kind.VOLUNTEERS)
            return
        records = plan.reading.volunteers if plan.kind is Kind.VOLUNTEERS else plan.reading.structures
        self.set_rows(list(records)[:PREVIEW_ROWS], preview_keys(plan), plan.kind)

    def _value(self, record: Any, col: int) -> Any:
        return record.line if col == self.COL_LINE else getattr(record, self._keys[col - 1], "")

    def display(self, record: Any, col: int) -> Any:
        value = self._value(record, col)
        return str(value) if col == self.COL_LINE else cell_value(value)

    def sort_value(self, record: Any, col: int) -> Any:
        value = self._value(record, col)
        return value if isinstance(value, int | str) else cell_value(value)


@dataclass(frozen=True)
class ProblemRow:
    """A line of « À vérifier »: the line(s) of the file, the field, what is wrong, and whether it blocks."""

    line: int
    lines: str
    field: str
    why: str
    blocking: bool


class ProblemsModel(RowsTableModel[ProblemRow]):
    COL_LINE, COL_FIELD, COL_WHY = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Ligne"), self.tr("Champ"), self.tr("Problème")]

    def set_plan(self, plan: ImportPlan | None) -> None:
        """The problems by line, then the duplicates merged."""
        if plan is None:
            self.set_rows([])
            return
        reading = plan.reading
        rows = []
        for problem in sorted(reading.problems, key=lambda p: p.line):
            why = QCoreApplication.translate("import", problem.why)
            level = self.tr("erreur") if problem.blocking else self.tr("attention")
            field = field_label(plan.kind, problem.field)
            rows.append(ProblemRow(problem.line, str(problem.line), field, f"{why} ({level})", problem.blocking))
        key = "email" if plan.kind is Kind.VOLUNTEERS else "name"
        for kept, dropped, who in reading.duplicates:
            why = self.tr("doublon : {who} ; l'inscription la plus récente est gardée (ligne {kept})")
            rows.append(
                ProblemRow(
                    dropped, f"{dropped}, {kept}", field_label(plan.kind, key), why.format(who=who, kept=kept), False
                )
            )
        self.set_rows(rows)

    def display(self, r: ProblemRow, col: int) -> Any:
        return (r.lines, r.field, r.why)[col]

    def sort_value(self, r: ProblemRow, col: int) -> Any:
        return (r.line, r.field, r.why)[col]

    def tooltip(self, r: ProblemRow, col: int) -> Any:
        return r.why if col == self.COL_WHY else None

    def foreground(self, r: ProblemRow, col: int) -> Any:
        return BLOCKING if r.blocking else None
