"""The plan editor's table: one row per phase, planned and expected times side by side, edits in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from probono_desk.core.dates import hhmm
from probono_desk.core.schedule import KIND_LABELS, Phase, PhaseKind, french_hm, minutes_text
from probono_desk.core.schedule_run import Snapshot, Timing
from probono_desk.ui.fit_column import ColumnFitter
from probono_desk.ui.table_model import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
Editor = Callable[[str, int, Any], bool]  # (phase id, column, value) -> accepted


class PlanModel(RowsTableModel[Phase]):
    """The phases; ``set_plan`` resets, ``set_snapshot`` repaints only the cells whose expected time moved."""

    COL_START, COL_END, COL_LENGTH, COL_TITLE, COL_KIND, COL_EXPECTED, COL_MESSAGE, COL_WARNING, COL_DANGER = range(9)
    EDITABLE = {COL_START, COL_END, COL_LENGTH, COL_TITLE, COL_KIND, COL_MESSAGE, COL_WARNING, COL_DANGER}
    ID_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, editor: Editor | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._timings: dict[str, Timing] = {}
        self._current = ""
        self._problem_ids: set[str] = set()

    def headers(self) -> list[str]:
        return [
            self.tr("Début"),
            self.tr("Fin"),
            self.tr("Durée"),
            self.tr("Phase"),
            self.tr("Type"),
            self.tr("Attendu"),
            self.tr("Message pour la salle"),
            self.tr("Orange"),
            self.tr("Rouge"),
        ]

    def set_plan(self, phases: list[Phase], problem_ids: set[str]) -> None:
        with self._resetting():
            self._rows = list(phases)
            self._problem_ids = problem_ids

    def set_snapshot(self, snap: Snapshot) -> None:
        """Expected times and the current row; only the cells that changed are repainted: the Attendu cells whose
        timing moved (one signal per run of consecutive rows), and the whole rows that stop or start being current."""
        timings = {t.phase.id: t for t in snap.timings}
        current = snap.current.phase.id if snap.current else ""
        if timings == self._timings and current == self._current:
            return
        old_timings, old_current = self._timings, self._current
        self._timings, self._current = timings, current
        moved = [row for row, p in enumerate(self._rows) if timings.get(p.id) != old_timings.get(p.id)]
        for first, last in _runs(moved):
            self.dataChanged.emit(self.index(first, self.COL_EXPECTED), self.index(last, self.COL_EXPECTED))
        if current != old_current:
            for row, p in enumerate(self._rows):
                if p.id in (current, old_current):
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def phase(self, row: int) -> Phase:
        return self.row_at(row)

    def current_row(self) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == self._current), -1)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE and self.editor is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def display(self, p: Phase, col: int) -> Any:
        return self._text(p, col, edit=False)

    def _text(self, p: Phase, col: int, edit: bool) -> Any:
        if col == self.COL_START:
            return french_hm(p.start)
        if col == self.COL_END:
            return french_hm(p.end)
        if col == self.COL_LENGTH:
            return p.duration // 60 if edit else minutes_text(p.duration)
        if col == self.COL_TITLE:
            return p.title
        if col == self.COL_KIND:
            return p.kind.value if edit else p.kind.label
        if col == self.COL_EXPECTED:
            return self._expected(self._timings.get(p.id))
        if col == self.COL_MESSAGE:
            return p.message
        minutes = (p.warning_s if col == self.COL_WARNING else p.danger_s) // 60
        return minutes if edit else str(minutes)

    @staticmethod
    def _expected(timing: Timing | None) -> str:
        if timing is None:
            return ""
        text = f"{hhmm(timing.start)} – {hhmm(timing.end)}"
        delay = timing.delay_s
        if delay:
            text += f"  ({'+' if delay > 0 else '−'}{minutes_text(abs(delay))})"
        return text

    def role_data(self, p: Phase, col: int, role: int) -> Any:
        if role == self.ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.EditRole:
            return self._text(p, col, edit=True)
        return None

    def sort_value(self, p: Phase, col: int) -> Any:
        return p.start

    def font(self, p: Phase, col: int) -> Any:
        if p.id == self._current or col == self.COL_TITLE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def background(self, p: Phase, col: int) -> Any:
        if p.id in self._problem_ids:
            return QColor("#fde2e1")
        if p.id == self._current:
            return QColor("#dff5e3")
        return None

    def foreground(self, p: Phase, col: int) -> Any:
        timing = self._timings.get(p.id)
        if col == self.COL_EXPECTED and timing and timing.delay_s:
            return QColor("#b45309") if timing.delay_s > 0 else QColor("#1565c0")
        return None

    def tooltip(self, p: Phase, col: int) -> Any:
        if col in (self.COL_START, self.COL_END):
            return self.tr("Écrivez 9h30 ou 09:30. La phase voisine suit.")
        if col in (self.COL_WARNING, self.COL_DANGER):
            return self.tr("Minutes avant la fin où le chrono passe à l'orange, puis au rouge.")
        if col == self.COL_TITLE:
            return p.title
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self._holds(index) or self.editor is None:
            return False
        return self.editor(self.row_at(index.row()).id, index.column(), value)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows: [2, 3, 4, 7] -> [(2, 4), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class KindDelegate(QStyledItemDelegate):
    """A list of the four kinds for the Type column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for kind in PhaseKind:
            combo.addItem(QCoreApplication.translate("schedule", KIND_LABELS[kind]), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: ModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PlanTable(QTableView):
    """The plan's table: short columns fit their content, the message keeps a readable width, and the phase's
    title — what people look for — takes all the room left (never less than ``TITLE_MIN`` pixels)."""

    TITLE_MIN = 220
    MESSAGE_WIDTH = 200

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def setModel(self, model: Any) -> None:  # noqa: N802
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(PlanModel.COL_MESSAGE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PlanModel.COL_MESSAGE, self.MESSAGE_WIDTH)
        self.fitter = ColumnFitter(self, PlanModel.COL_TITLE, self.TITLE_MIN)
