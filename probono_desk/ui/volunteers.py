"""The volunteers list: sortable, searchable ignoring accents and case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from probono_desk.core.models import Volunteer
from probono_desk.core.text import fold
from probono_desk.ui.context import EventContext

ModelIndex = QModelIndex | QPersistentModelIndex


class VolunteersModel(QAbstractTableModel):
    COL_LAST, COL_FIRST, COL_ORG, COL_SITUATION, COL_SKILLS, COL_TEAM, COL_PRESENT = range(7)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
    ID_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Volunteer] = []
        self._teams: dict[str, str] = {}
        self._present: set[str] = set()
        self._keys: list[str] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Nom"),
            self.tr("Prénom"),
            self.tr("Organisation"),
            self.tr("Situation"),
            self.tr("Compétences"),
            self.tr("Équipe"),
            self.tr("Présent·e"),
        ]

    def set_rows(self, rows: list[Volunteer], teams: dict[str, str], present: set[str]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._teams = teams
        self._present = present
        self._keys = [f"{v.search_key} {fold(teams.get(v.structure_id or '', ''))}" for v in rows]
        self.endResetModel()

    def volunteer(self, row: int) -> Volunteer:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        v = self._rows[index.row()]
        col = index.column()
        if role == self.SEARCH_ROLE:
            return self._keys[index.row()]
        if role == self.ID_ROLE:
            return v.id
        if role in (Qt.ItemDataRole.DisplayRole, self.SORT_ROLE):
            if col == self.COL_LAST:
                return v.last_name if role == Qt.ItemDataRole.DisplayRole else fold(f"{v.last_name} {v.first_name}")
            if col == self.COL_FIRST:
                return v.first_name if role == Qt.ItemDataRole.DisplayRole else fold(v.first_name)
            if col == self.COL_ORG:
                return v.organisation if role == Qt.ItemDataRole.DisplayRole else fold(v.organisation)
            if col == self.COL_SITUATION:
                text = self.tr(v.situation.label) if v.situation else ""
                return text if role == Qt.ItemDataRole.DisplayRole else fold(text)
            if col == self.COL_SKILLS:
                return ", ".join(v.skills)
            if col == self.COL_TEAM:
                return self._teams.get(v.structure_id or "", "")
            if col == self.COL_PRESENT:
                present = v.id in self._present
                if role == self.SORT_ROLE:
                    return int(present)
                return self.tr("oui") if present else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_SKILLS:
            return "\n".join(v.skills)
        return None


class FoldFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose search key holds every typed word, accents and case ignored."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(VolunteersModel.SORT_ROLE)

    def set_query(self, text: str) -> None:
        self._words = fold(text).split()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        key = model.data(model.index(source_row, 0, source_parent), VolunteersModel.SEARCH_ROLE) or ""
        return all(word in key for word in self._words)


class VolunteersScreen(QWidget):
    nav_key = "volunteers"

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav_title = self.tr("Bénévoles")
        self.model = VolunteersModel(self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Rechercher par nom, e-mail, organisation, équipe…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(VolunteersModel.COL_LAST, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()
        self.table.resizeColumnsToContents()

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} / {total} bénévoles").format(shown=self.proxy.rowCount(), total=self.model.rowCount())
        )

    def refresh(self) -> None:
        event = self.ctx.ev
        teams = {s.id: f"{s.table_label} · {s.name}" if s.table_label else s.name for s in event.roster.structures()}
        self.model.set_rows(event.roster.volunteers(), teams, event.status.present_ids())
        self._update_count()
