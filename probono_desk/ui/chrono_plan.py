"""The plan editor's table: one row per phase, planned and expected times side by side, edits in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from probono_desk.core.dates import hhmm
from probono_desk.core.schedule import KIND_LABELS, Phase, PhaseKind, french_hm, minutes_text
from probono_desk.core.schedule_run import Snapshot, Timing
from probono_desk.ui.fit_column import ColumnFitter

ModelIndex = QModelIndex | QPersistentModelIndex
Editor = Callable[[str, int, Any], bool]  # (phase id, column, value) -> accepted


class PlanModel(QAbstractTableModel):
    COL_START, COL_END, COL_LENGTH, COL_TITLE, COL_KIND, COL_EXPECTED, COL_MESSAGE, COL_WARNING, COL_DANGER = range(9)
    EDITABLE = {COL_START, COL_END, COL_LENGTH, COL_TITLE, COL_KIND, COL_MESSAGE, COL_WARNING, COL_DANGER}
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, editor: Editor | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._phases: list[Phase] = []
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
        self.beginResetModel()
        self._phases = list(phases)
        self._problem_ids = problem_ids
        self.endResetModel()

    def set_snapshot(self, snap: Snapshot) -> None:
        """Expected times and the current row; only the cells that changed are repainted: the Attendu cells whose
        timing moved (one signal per run of consecutive rows), and the whole rows that stop or start being current."""
        timings = {t.phase.id: t for t in snap.timings}
        current = snap.current.phase.id if snap.current else ""
        if timings == self._timings and current == self._current:
            return
        old_timings, old_current = self._timings, self._current
        self._timings, self._current = timings, current
        moved = [row for row, p in enumerate(self._phases) if timings.get(p.id) != old_timings.get(p.id)]
        for first, last in _runs(moved):
            self.dataChanged.emit(self.index(first, self.COL_EXPECTED), self.index(last, self.COL_EXPECTED))
        if current != old_current:
            for row, p in enumerate(self._phases):
                if p.id in (current, old_current):
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def phase(self, row: int) -> Phase:
        return self._phases[row]

    def current_row(self) -> int:
        return next((i for i, p in enumerate(self._phases) if p.id == self._current), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._phases)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE and self.editor is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._phases):
            return None
        p = self._phases[index.row()]
        col = index.column()
        timing = self._timings.get(p.id)
        if role == self.ID_ROLE:
            return p.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
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
                if timing is None:
                    return ""
                text = f"{hhmm(timing.start)} – {hhmm(timing.end)}"
                delay = timing.delay_s
                if delay:
                    text += f"  ({'+' if delay > 0 else '−'}{minutes_text(abs(delay))})"
                return text
            if col == self.COL_MESSAGE:
                return p.message
            if col == self.COL_WARNING:
                return p.warning_s // 60 if edit else str(p.warning_s // 60)
            if col == self.COL_DANGER:
                return p.danger_s // 60 if edit else str(p.danger_s // 60)
        if role == self.SORT_ROLE:
            return p.start
        if role == Qt.ItemDataRole.FontRole and (p.id == self._current or col == self.COL_TITLE):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if p.id in self._problem_ids:
                return QColor("#fde2e1")
            if p.id == self._current:
                return QColor("#dff5e3")
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_EXPECTED and timing and timing.delay_s:
            return QColor("#b45309") if timing.delay_s > 0 else QColor("#1565c0")
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (self.COL_START, self.COL_END):
                return self.tr("Écrivez 9h30 ou 09:30. La phase voisine suit.")
            if col in (self.COL_WARNING, self.COL_DANGER):
                return self.tr("Minutes avant la fin où le chrono passe à l'orange, puis au rouge.")
            if col == self.COL_TITLE:
                return p.title
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.editor is None:
            return False
        return self.editor(self._phases[index.row()].id, index.column(), value)


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
