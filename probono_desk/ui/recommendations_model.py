"""The Parcours screen's recommendations checklist as a model: a tick for « Fait », the text, who carries it and by
when typed in place, the state picked in a list. An edit becomes the changes of one recommendation, handed to the
panel's ``editor`` (which writes them); accepted, the row shows them at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from probono_desk.core.i18n import translate
from probono_desk.core.trail import Recommendation, RecoState
from probono_desk.ui.table_model import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
Editor = Callable[[str, dict[str, Any]], bool]  # (recommendation id, changes) -> written
COL_DONE, COL_TEXT, COL_OWNER, COL_TARGET, COL_STATE = range(5)
TYPED = {COL_TEXT: "text", COL_OWNER: "owner", COL_TARGET: "target_date"}


def french_date(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if len(iso) >= 10 else ""


def iso_date(typed: str) -> str:
    """« 28/02/2020 » as the file keeps it; anything else as typed (the service says what is wrong)."""
    text = typed.strip()
    day = QDate.fromString(text, "dd/MM/yyyy")
    return day.toString("yyyy-MM-dd") if day.isValid() else text


def _checked(value: Any) -> bool:
    state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
    return state == Qt.CheckState.Checked


class RecommendationsModel(RowsTableModel[Recommendation]):
    COL_DONE, COL_TEXT, COL_OWNER, COL_TARGET, COL_STATE = COL_DONE, COL_TEXT, COL_OWNER, COL_TARGET, COL_STATE

    def __init__(self, editor: Editor | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.editor = editor

    def headers(self) -> list[str]:
        return [self.tr("Fait"), self.tr("Recommandation"), self.tr("Porteur·se"), self.tr("Échéance"), self.tr("État")]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == COL_DONE:
            return Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable

    def display(self, r: Recommendation, col: int) -> Any:
        if col == COL_TEXT:
            return r.text
        if col == COL_OWNER:
            return r.owner
        if col == COL_TARGET:
            return french_date(r.target_date)
        if col == COL_STATE:
            return translate("trail", r.state.label)
        return None

    def role_data(self, r: Recommendation, col: int, role: int) -> Any:
        if role != Qt.ItemDataRole.EditRole:
            return None
        return r.state.value if col == COL_STATE else self.display(r, col)

    def check_state(self, r: Recommendation, col: int) -> Any:
        if col != COL_DONE:
            return None
        return Qt.CheckState.Checked if r.state is RecoState.DONE else Qt.CheckState.Unchecked

    def sort_value(self, r: Recommendation, col: int) -> Any:
        return (r.state is RecoState.DONE, r.text, r.owner, r.target_date, r.state.value)[col]

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not self._holds(index) or self.editor is None:
            return False
        row, col = index.row(), index.column()
        r = self._rows[row]
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_DONE:
            changes: dict[str, Any] = {"state": RecoState.DONE if _checked(value) else RecoState.DOING}
        elif role == Qt.ItemDataRole.EditRole and col == COL_STATE:
            changes = {"state": RecoState(value)}
        elif role == Qt.ItemDataRole.EditRole and col in TYPED:
            typed = str(value)
            changes = {TYPED[col]: iso_date(typed) if col == COL_TARGET else typed}
        else:
            return False
        if all(getattr(r, name) == new for name, new in changes.items()):
            return True  # nothing changed: nothing to write
        if not self.editor(r.id, changes):
            return False
        if row < len(self._rows) and self._rows[row] is r:  # not reloaded meanwhile: show the change at once
            self._rows[row] = replace(r, **changes)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True


class StateDelegate(QStyledItemDelegate):
    """The « État » column: a list of the four states, kept open on every row; a pick is written at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        for state in RecoState:
            box.addItem(translate("trail", state.label), state.value)
        box.currentIndexChanged.connect(lambda _i: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.blockSignals(True)  # showing the file's state is not a pick
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: Any, index: ModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
