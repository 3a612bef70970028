"""The Livrables screen's two lists as models: the structures (the deliverable's state mark, its name in the
tooltip) and one structure's saved versions (newest first, the summary in the tooltip)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from probono_desk.core.deliverables import REASON_LABELS, DeliverableState, Version
from probono_desk.core.models import Structure
from probono_desk.ui.table_model import RowsTableModel

ID_ROLE = Qt.ItemDataRole.UserRole  # the structure, or the version, a line is about
STATE_MARKS = {
    DeliverableState.DRAFT: "○",
    DeliverableState.SUBMITTED: "◐",
    DeliverableState.VALIDATED_REFERENT: "◕",
    DeliverableState.VALIDATED_STRUCTURE: "●",
}


class StructureStatesModel(RowsTableModel[tuple[Structure, DeliverableState]]):
    """« ◐  Table · name » (the name alone for a structure without a table), the state's name as tooltip."""

    ID_ROLE = ID_ROLE

    def headers(self) -> list[str]:
        return [self.tr("Structure")]

    def row_of(self, structure_id: str) -> int | None:
        return next((row for row, (s, _state) in enumerate(self._rows) if s.id == structure_id), None)

    def display(self, row: tuple[Structure, DeliverableState], column: int) -> Any:
        s, state = row
        return f"{STATE_MARKS[state]}  {s.table_label} · {s.name}" if s.table_label else s.name

    def tooltip(self, row: tuple[Structure, DeliverableState], column: int) -> Any:
        return QCoreApplication.translate("deliverables", row[1].label)

    def role_data(self, row: tuple[Structure, DeliverableState], column: int, role: int) -> Any:
        return row[0].id if role == ID_ROLE else None


class VersionsModel(RowsTableModel[Version]):
    """« v3 · 10:05:12 · autosave · 812 car. », the summary (or the title) as tooltip."""

    ID_ROLE = ID_ROLE

    def headers(self) -> list[str]:
        return [self.tr("Version")]

    def set_versions(self, versions: Iterable[Version]) -> None:
        self.set_rows(versions)

    def display(self, v: Version, column: int) -> Any:
        chars = sum(len(x) for x in (v.text.title, v.text.summary, v.text.recommendations, v.text.next_steps))
        reason = QCoreApplication.translate("deliverables", REASON_LABELS.get(v.reason, v.reason))
        return self.tr("v{n} · {time} · {reason} · {chars} car.").format(
            n=v.number, time=v.at[11:19], reason=reason, chars=chars
        )

    def tooltip(self, v: Version, column: int) -> Any:
        return v.text.summary[:500] or v.text.title

    def role_data(self, v: Version, column: int, role: int) -> Any:
        return v.id if role == ID_ROLE else None
