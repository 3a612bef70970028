"""One team's lists on the Missions screen as models: the milestones (ticked with the time and by whom; a tick or an
untick goes to the panel, which writes it) and the notes, the latest first."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from probono_desk.core.dates import hhmm
from probono_desk.core.missions import Milestone, Note, Tick
from probono_desk.ui.table_model import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
Ticker = Callable[[str, bool], None]  # (milestone id, ticked) -> the panel writes it
Renamer = Callable[[str, str], None]  # (milestone id, new label) -> the dialog writes it


class MilestonesModel(RowsTableModel[Milestone]):
    """« label — 10h05 · who » with a check box; ``ID_ROLE`` the milestone."""

    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, ticker: Ticker | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.ticker = ticker
        self._ticks: dict[str, Tick] = {}

    def headers(self) -> list[str]:
        return [self.tr("Étape")]

    def set_milestones(self, milestones: Iterable[Milestone], ticks: dict[str, Tick]) -> None:
        with self._resetting():
            self._rows, self._ticks = list(milestones), dict(ticks)

    def display(self, m: Milestone, column: int) -> Any:
        label = QCoreApplication.translate("missions", m.label)
        tick = self._ticks.get(m.id)
        if tick:
            by = f" · {tick.by}" if tick.by else ""
            label += f" — {hhmm(tick.at)}{by}"
        return label

    def check_state(self, m: Milestone, column: int) -> Any:
        return Qt.CheckState.Checked if m.id in self._ticks else Qt.CheckState.Unchecked

    def role_data(self, m: Milestone, column: int, role: int) -> Any:
        return m.id if role == self.ID_ROLE else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not self._holds(index):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """A tick or an untick: handed to the panel, whose write refreshes the list from the file."""
        if role != Qt.ItemDataRole.CheckStateRole or not self._holds(index) or self.ticker is None:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        self.ticker(self.row_at(index.row()).id, state == Qt.CheckState.Checked)
        return True


class NotesModel(RowsTableModel[Note]):
    """« 10h05 — author : text », in the order given (the panel puts the latest first)."""

    def headers(self) -> list[str]:
        return [self.tr("Note")]

    def display(self, note: Note, column: int) -> Any:
        author = f" — {note.author}" if note.author else ""
        return f"{hhmm(note.at)}{author} : {note.text}"


class MilestoneNamesModel(RowsTableModel[Milestone]):
    """The event's milestones in the « Étapes » dialog, renamed in place (double-click or F2); a new label goes to
    the dialog, which writes it and loads the list again."""

    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, renamer: Renamer | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.renamer = renamer

    def headers(self) -> list[str]:
        return [self.tr("Étape")]

    def display(self, m: Milestone, column: int) -> Any:
        return QCoreApplication.translate("missions", m.label)

    def role_data(self, m: Milestone, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return self.display(m, column)
        return m.id if role == self.ID_ROLE else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not self._holds(index):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """A label typed in place: handed to the dialog unless unchanged."""
        if role != Qt.ItemDataRole.EditRole or not self._holds(index) or self.renamer is None:
            return False
        milestone = self.row_at(index.row())
        label = str(value).strip()
        if label != self.display(milestone, 0):
            self.renamer(milestone.id, label)
        return True
