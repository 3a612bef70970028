"""The volunteers list: sortable, searchable ignoring accents and case."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.checkin import hour
from probono_desk.core.errors import ProbonoError
from probono_desk.core.models import Situation, Volunteer
from probono_desk.core.text import fold, split_list
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import error_text
from probono_desk.ui.table_model import RowsTableModel
from probono_desk.ui.volunteer_actions import VolunteerActions

ModelIndex = QModelIndex | QPersistentModelIndex


class VolunteersModel(RowsTableModel[Volunteer]):
    COL_LAST, COL_FIRST, COL_ORG, COL_SITUATION, COL_SKILLS, COL_TEAM, COL_PRESENT, COL_CONSENT = range(8)
    SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
    ID_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._teams: dict[str, str] = {}
        self._present: dict[str, str] = {}  # volunteer id -> arrival time ("" when unknown)
        self._keys: list[str] = []
        self._sort_column = self.COL_LAST
        self._sort_descending = False

    def headers(self) -> list[str]:
        return [
            self.tr("Nom"),
            self.tr("Prénom"),
            self.tr("Organisation"),
            self.tr("Situation"),
            self.tr("Compétences"),
            self.tr("Équipe"),
            self.tr("Présent·e"),
            self.tr("Consentement"),
        ]

    def set_rows(
        self,
        rows: Iterable[Volunteer],
        teams: dict[str, str] | None = None,
        present: dict[str, str] | set[str] | frozenset[str] = frozenset(),
    ) -> None:
        """``present``: volunteer id -> arrival time (shown in the Présent·e column), or just the ids."""
        teams = teams or {}
        with self._resetting():
            self._teams = teams
            self._present = dict(present) if isinstance(present, dict) else dict.fromkeys(present, "")
            self._rows = sorted(rows, key=self._sort_key(self._sort_column), reverse=self._sort_descending)
            self._keys = [f"{v.search_key} {fold(teams.get(v.structure_id or '', ''))}" for v in self._rows]

    def _sort_key(self, column: int) -> Any:
        """Sort keys computed once per row (folded text), so sorting 5,000 rows never calls back into Qt."""
        teams, present = self._teams, self._present
        if column == self.COL_FIRST:
            return lambda v: (fold(v.first_name), fold(v.last_name))
        if column == self.COL_ORG:
            return lambda v: (fold(v.organisation), fold(v.last_name), fold(v.first_name))
        if column == self.COL_SITUATION:
            return lambda v: (v.situation.value if v.situation else "~", fold(v.last_name))
        if column == self.COL_SKILLS:
            return lambda v: (fold(", ".join(v.skills)), fold(v.last_name))
        if column == self.COL_TEAM:
            return lambda v: (fold(teams.get(v.structure_id or "", "")) or "~", fold(v.last_name))
        if column == self.COL_PRESENT:
            return lambda v: (v.id not in present, present.get(v.id, ""), fold(v.last_name))
        return lambda v: (fold(v.last_name), fold(v.first_name))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._sort_descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        pairs = sorted(
            zip(self._rows, self._keys, strict=True),
            key=lambda p: self._sort_key(column)(p[0]),
            reverse=self._sort_descending,
        )
        self._rows = [p[0] for p in pairs]
        self._keys = [p[1] for p in pairs]
        self.layoutChanged.emit()

    def volunteer(self, row: int) -> Volunteer:
        return self.row_at(row)

    def display(self, v: Volunteer, col: int) -> Any:
        if col == self.COL_LAST:
            return v.last_name
        if col == self.COL_FIRST:
            return v.first_name
        if col == self.COL_ORG:
            return v.organisation
        if col == self.COL_SITUATION:
            return self._situation(v)
        if col == self.COL_SKILLS:
            return ", ".join(v.skills)
        if col == self.COL_TEAM:
            return self._teams.get(v.structure_id or "", "")
        if col == self.COL_CONSENT:
            return {True: self.tr("oui"), False: self.tr("non"), None: self.tr("non renseigné")}[v.consent]
        since = self._present.get(v.id)
        if since is None:
            return ""
        return self.tr("oui, {time}").format(time=hour(since)) if since else self.tr("oui")

    def sort_value(self, v: Volunteer, col: int) -> Any:
        if col == self.COL_LAST:
            return fold(f"{v.last_name} {v.first_name}")
        if col == self.COL_FIRST:
            return fold(v.first_name)
        if col == self.COL_ORG:
            return fold(v.organisation)
        if col == self.COL_SITUATION:
            return fold(self._situation(v))
        if col == self.COL_CONSENT:
            return {True: 2, None: 1, False: 0}[v.consent]
        if col == self.COL_PRESENT:
            return self._present.get(v.id) or ""
        return self.display(v, col)

    @staticmethod
    def _situation(v: Volunteer) -> str:
        return QCoreApplication.translate("situation", v.situation.label) if v.situation else ""

    def role_data(self, v: Volunteer, col: int, role: int) -> Any:
        if role == self.ID_ROLE:
            return v.id
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == self.SEARCH_ROLE:  # the search key of the row, not of a volunteer: read by the filter
            return self._keys[index.row()] if self._holds(index) else None
        return super().data(index, role)

    def background(self, v: Volunteer, col: int) -> Any:
        # no consent given at import: to be checked before using their data
        return QColor("#fde7c9") if v.consent is not True else None

    def tooltip(self, v: Volunteer, col: int) -> Any:
        if col == self.COL_CONSENT and v.consent is not True:
            return self.tr("Pas de consentement donné à l'inscription : ne pas utiliser ses données.")
        if col == self.COL_SKILLS:
            return "\n".join(v.skills)
        return None


class FoldFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose search key holds every typed word, accents and case ignored."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(VolunteersModel.SORT_ROLE)

    def set_query(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self._words = fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = fold(text).split()
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself on precomputed keys; the proxy keeps its order and only filters."""
        model = self.sourceModel()
        if isinstance(model, VolunteersModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        if isinstance(model, VolunteersModel):
            key = model._keys[source_row]
        else:
            key = model.data(model.index(source_row, 0, source_parent), VolunteersModel.SEARCH_ROLE) or ""
        return all(word in key for word in self._words)


class VolunteersScreen(QWidget):
    nav_key = "volunteers"

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav_title = self.tr("Bénévoles")
        self._dialog: VolunteerDialog | None = None
        self.model = VolunteersModel(self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        top = self._build_toolbar()
        heading = self._build_heading()
        self._build_table()
        self.actions_bar = VolunteerActions(ctx, self.current_volunteer, self)
        self._connect()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addLayout(top)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.table, 1)
        self.refresh()
        self._fit_columns()

    def _build_toolbar(self) -> QHBoxLayout:
        """The search field and the buttons that act on the selected person; the count goes in the heading."""
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Rechercher par nom, e-mail, organisation, équipe…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "muted")
        self.edit_button = QPushButton(self.tr("Modifier…"), self)
        self.edit_button.setToolTip(self.tr("Modifier la fiche du ou de la bénévole sélectionné·e (Entrée)"))
        self.delete_button = QPushButton(self.tr("Supprimer…"), self)
        self.delete_button.setToolTip(self.tr("Supprimer la personne sélectionnée (code PIN de l'organisateur·rice)"))
        self.data_button = QPushButton(self.tr("Ses données…"), self)
        self.data_button.setToolTip(self.tr("Exporter tout ce que l'événement garde sur cette personne (RGPD)"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.data_button)
        top.addWidget(self.delete_button)
        return top

    def _build_heading(self) -> QHBoxLayout:
        title = QLabel(self.tr("Bénévoles"), self)
        title.setProperty("role", "title")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.count_label)
        return heading

    def _build_table(self) -> None:
        """The list of people, sorted by last name, one tall row each."""
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(VolunteersModel.COL_LAST, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(34)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._filter)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.data_button.clicked.connect(self.export_current)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_current)
        self.search.returnPressed.connect(self._search_enter)
        self.actions_bar.changed.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.actions_bar.update_buttons())

    def _fit_columns(self) -> None:
        """Columns fit their first contents (230 px at most); the skills column takes the room left."""
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 230))
        self.table.horizontalHeader().setSectionResizeMode(VolunteersModel.COL_SKILLS, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)

    def current_volunteer(self) -> Volunteer | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.volunteer(self.proxy.mapToSource(index).row())

    def _search_enter(self) -> None:
        if self.proxy.rowCount() == 1:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            self.edit_current()
        elif self.proxy.rowCount():
            self.table.setFocus()
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def edit_current(self) -> VolunteerDialog | None:
        volunteer = self.current_volunteer()
        if volunteer is None:
            return None
        return self.edit(volunteer)

    def delete_current(self) -> QWidget | None:
        from probono_desk.ui.privacy_actions import delete_volunteer

        volunteer = self.current_volunteer()
        return delete_volunteer(self.ctx, self, volunteer) if volunteer else None

    def export_current(self, out: Path | None = None) -> None:
        from probono_desk.ui.privacy_actions import export_person

        volunteer = self.current_volunteer()
        if volunteer is not None:
            export_person(self.ctx, self, volunteer, out)

    def edit(self, volunteer: Volunteer) -> VolunteerDialog:
        dialog = VolunteerDialog(self.ctx, volunteer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()
        return dialog

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
        current = self.current_volunteer()
        self.model.set_rows(event.roster.volunteers(), teams, event.checkin.arrivals())
        self._update_count()
        if current is not None:
            self.select(current.id)
        if hasattr(self, "actions_bar"):
            self.actions_bar.update_buttons()

    def select(self, volunteer_id: str) -> bool:
        """Make this volunteer the current row (kept across refreshes)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(VolunteersModel.ID_ROLE) == volunteer_id:
                self.table.setCurrentIndex(index)
                return True
        return False


class VolunteerDialog(QDialog):
    """A volunteer's details, edited in place; refused values are said in the dialog, nothing is written."""

    def __init__(self, ctx: EventContext, volunteer: Volunteer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.volunteer = volunteer
        self.setWindowTitle(self.tr("Fiche de {name}").format(name=volunteer.name))
        self.setMinimumWidth(560)
        self.first_edit = QLineEdit(volunteer.first_name, self)
        self.last_edit = QLineEdit(volunteer.last_name, self)
        self.email_edit = QLineEdit(volunteer.email, self)
        self.phone_edit = QLineEdit(volunteer.phone, self)
        self.org_edit = QLineEdit(volunteer.organisation, self)
        self.situation_combo = QComboBox(self)
        self.situation_combo.addItem(self.tr("— non renseignée —"), "")
        for situation in Situation:
            self.situation_combo.addItem(QCoreApplication.translate("situation", situation.label), situation.value)
        self.situation_combo.setCurrentIndex(
            max(0, self.situation_combo.findData(volunteer.situation.value if volunteer.situation else ""))
        )
        self.skills_edit = QLineEdit(", ".join(volunteer.skills), self)
        self.skills_edit.setPlaceholderText(self.tr("séparées par des virgules"))
        self.preference_edit = QLineEdit(volunteer.preference, self)
        self.diet_edit = QLineEdit(volunteer.diet, self)
        self.error_label = QLabel(self)
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Prénom"), self.first_edit)
        form.addRow(self.tr("Nom"), self.last_edit)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("Téléphone"), self.phone_edit)
        form.addRow(self.tr("Organisation"), self.org_edit)
        form.addRow(self.tr("Situation"), self.situation_combo)
        form.addRow(self.tr("Compétences"), self.skills_edit)
        form.addRow(self.tr("Structure souhaitée"), self.preference_edit)
        form.addRow(self.tr("Régime alimentaire"), self.diet_edit)
        buttons = QDialogButtonBox(self)
        save = buttons.addButton(self.tr("Enregistrer"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setProperty("primary", True)
        save.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def edited(self) -> Volunteer:
        situation = str(self.situation_combo.currentData() or "")
        return replace(
            self.volunteer,
            first_name=self.first_edit.text().strip(),
            last_name=self.last_edit.text().strip(),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            organisation=self.org_edit.text().strip(),
            situation=Situation(situation) if situation else None,
            skills=tuple(split_list(self.skills_edit.text())),
            preference=self.preference_edit.text().strip(),
            diet=self.diet_edit.text().strip(),
        )

    def save(self) -> None:
        try:
            self.volunteer = self.ctx.ev.roster.update_volunteer(self.edited())
        except ProbonoError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.ctx.notify_changed()
        self.accept()
