"""Missions, for the referents and the organiser: every team at once (those needing help in orange or red), and
one team's milestones (ticked with time and by whom), status and notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.dates import hhmm
from probono_desk.core.missions import Alert, TeamStatus
from probono_desk.services.missions import TeamOverview
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error
from probono_desk.ui.fit_column import ColumnFitter
from probono_desk.ui.milestones_dialog import MilestonesDialog
from probono_desk.ui.missions_lists import MilestonesModel, NotesModel
from probono_desk.ui.table_model import RowsTableModel, list_view

ALERT_BACKGROUND = {Alert.OK: None, Alert.WATCH: "#ffe0b2", Alert.HELP: "#ffcdd2"}


class OverviewModel(RowsTableModel[TeamOverview]):
    COL_TABLE, COL_TEAM, COL_PROGRESS, COL_STATUS, COL_PRESENT, COL_NOTE = range(6)
    ID_ROLE = Qt.ItemDataRole.UserRole + 2

    def headers(self) -> list[str]:
        return [
            self.tr("Table"),
            self.tr("Équipe"),
            self.tr("Avancement"),
            self.tr("Statut"),
            self.tr("Présent·es"),
            self.tr("Dernière note"),
        ]

    def row(self, index: int) -> TeamOverview:
        return self.row_at(index)

    def display(self, o: TeamOverview, col: int) -> Any:
        if col == self.COL_TABLE:
            return o.structure.table_label
        if col == self.COL_TEAM:
            return o.structure.name
        if col == self.COL_PROGRESS:
            p = o.progress
            text = f"{p.done}/{p.total}"
            if o.last_milestone:
                text += f" · {QCoreApplication.translate('missions', o.last_milestone)}"
            if p.behind:
                text += " · " + self.tr("{n} étape(s) de retard").format(n=p.behind)
            return text
        if col == self.COL_STATUS:
            return QCoreApplication.translate("missions", o.status.label)
        if col == self.COL_PRESENT:
            return f"{o.present}/{o.members}"
        return f"{hhmm(o.last_note.at)} {o.last_note.text}" if o.last_note else ""

    def role_data(self, o: TeamOverview, col: int, role: int) -> Any:
        return o.structure.id if role == self.ID_ROLE else None

    def background(self, o: TeamOverview, col: int) -> Any:
        colour = ALERT_BACKGROUND[o.progress.alert]
        if col == self.COL_TABLE:
            colour = o.structure.colour or colour
        return QBrush(QColor(colour)) if colour else None

    def foreground(self, o: TeamOverview, col: int) -> Any:
        if col == self.COL_TABLE:
            return QBrush(QColor("white"))
        if col == self.COL_STATUS:
            return QBrush(QColor(o.status.colour))
        return None

    def font(self, o: TeamOverview, col: int) -> Any:
        if col in (self.COL_TABLE, self.COL_STATUS):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def alignment(self, o: TeamOverview, col: int) -> Any:
        return int(Qt.AlignmentFlag.AlignCenter) if col in (self.COL_TABLE, self.COL_PRESENT) else None


class MissionsPanel(QWidget):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # the milestone the day plan expects by now (live schedule); tests and rehearsals may replace it
        self.expected_index: Callable[[], int | None] = lambda: self.ctx.ev.missions.expected_now()
        self.structure_id: str | None = None
        self._loading = False
        self.milestones_dialog: MilestonesDialog | None = None

        self.model = OverviewModel(self)
        self._build_table()
        self._build_detail_fields()
        detail = self._build_detail()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        detail.setMinimumWidth(340)
        splitter.setSizes([680, 360])  # the overview's status column stays in sight on a laptop
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        self._clock_timer = QTimer(self)  # the plan moves on without any write: re-judge the teams every minute
        self._clock_timer.setInterval(60_000)
        self._connect()
        self._clock_timer.start()

    def _build_table(self) -> None:
        """The overview of the teams, one row each, the team's name taking the room left."""
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the team's name takes the room left; the note (long, and in the detail anyway) comes last
        header.setSectionResizeMode(OverviewModel.COL_NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OverviewModel.COL_NOTE, 220)
        self.team_fitter = ColumnFitter(self.table, OverviewModel.COL_TEAM, 220)
        self.table.setWordWrap(False)

    def _build_detail_fields(self) -> None:
        """The chosen team's title, milestones, status, notes and the line that adds a note."""
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.milestones_model = MilestonesModel(self._milestone_changed, self)
        self.milestones = list_view(self, self.milestones_model)
        self.status = QComboBox(self)
        self.status.setItemDelegate(QStyledItemDelegate(self.status))  # so its open list follows its own style sheet
        for status in TeamStatus:
            self.status.addItem(QCoreApplication.translate("missions", status.label), status.value)
        self.notes_model = NotesModel(self)
        self.notes = list_view(self, self.notes_model, wrap=True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Une note sur l'équipe (Entrée pour l'ajouter)"))
        self.note_button = QPushButton(self.tr("Ajouter la note"), self)

    def _build_detail(self) -> QWidget:
        """The detail column: the fields under their labels, with the button that edits the milestones."""
        detail = QWidget(self)
        dl = QVBoxLayout(detail)
        dl.addWidget(self.title)
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("Statut :"), self))
        status_row.addWidget(self.status, 1)
        dl.addLayout(status_row)
        self.edit_milestones_button = QPushButton(self.tr("Étapes…"), self)
        self.edit_milestones_button.setToolTip(self.tr("Renommer, ajouter, retirer ou réordonner les étapes"))
        steps_row = QHBoxLayout()
        steps_row.addWidget(QLabel(self.tr("Étapes (cochez quand elle est atteinte)"), self), 1)
        steps_row.addWidget(self.edit_milestones_button)
        dl.addLayout(steps_row)
        dl.addWidget(self.milestones, 2)
        dl.addWidget(QLabel(self.tr("Notes"), self))
        dl.addWidget(self.notes, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_button)
        dl.addLayout(note_row)
        return detail

    def _connect(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select_row(cur.row()))
        self.status.activated.connect(self._status_chosen)
        self.note_edit.returnPressed.connect(self.add_note)
        self.note_button.clicked.connect(self.add_note)
        self.edit_milestones_button.clicked.connect(self.open_milestones)
        self._clock_timer.timeout.connect(lambda: self.refresh() if self.isVisible() else None)
        self.ctx.event_closed.connect(self._clock_timer.stop)

    # --- data ----------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        rows = self.ctx.ev.missions.overview(self.expected_index())
        self.model.set_rows(rows)
        if rows:
            ids = [r.structure.id for r in rows]
            row = ids.index(self.structure_id) if self.structure_id in ids else 0
            self.table.selectRow(row)
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            return
        self.structure_id = self.model.row(row).structure.id
        self._load_detail()

    def _load_detail(self) -> None:
        if self.structure_id is None:
            return
        missions = self.ctx.ev.missions
        overview = next(
            (o for o in missions.overview(self.expected_index()) if o.structure.id == self.structure_id), None
        )
        if overview is None:
            return
        s = overview.structure
        self._loading = True
        self.title.setText(self.tr("Table {table} · {name}").format(table=s.table_label, name=s.name))
        self.milestones_model.set_milestones(missions.milestones(), missions.ticks(s.id))
        self.status.setCurrentIndex(self.status.findData(overview.status.value))
        self.status.setStyleSheet(  # the open list stays dark on light: white on grey could not be read
            f"QComboBox {{ color: white; background: {overview.status.colour}; font-weight: bold; }}"
            " QComboBox QAbstractItemView { color: #1b1b1f; background: white;"
            " selection-color: #1b1b1f; selection-background-color: #fde5eb; }"
        )
        self.notes_model.set_rows(reversed(missions.notes(s.id)))
        self._loading = False

    def _who(self) -> str:
        s = next((o.structure for o in self.model._rows if o.structure.id == self.structure_id), None)
        return (s.referent_name if s else "") or self.ctx.ev.actor or self.ctx.ev.station

    # --- actions -------------------------------------------------------------------------------------------------

    def _after_write(self) -> None:
        self.ctx.notify_changed()
        self.refresh()

    def open_milestones(self) -> MilestonesDialog:
        """The event's milestones, edited in a dialog that does not block the window."""
        dialog = MilestonesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh)
        self.milestones_dialog = dialog
        dialog.open()
        return dialog

    def _milestone_changed(self, milestone_id: str, ticked: bool) -> None:
        if self._loading or self.structure_id is None:
            return
        try:
            if ticked:
                self.ctx.ev.missions.tick(self.structure_id, milestone_id, by=self._who())
            else:
                self.ctx.ev.missions.untick(self.structure_id, milestone_id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
        self._after_write()

    def _status_chosen(self, index: int) -> None:
        if self.structure_id is None:
            return
        try:
            self.ctx.ev.missions.set_status(self.structure_id, TeamStatus(self.status.itemData(index)), by=self._who())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
        self._after_write()

    def set_status(self, status: TeamStatus) -> None:
        self.status.setCurrentIndex(self.status.findData(status.value))
        self._status_chosen(self.status.currentIndex())

    def add_note(self) -> None:
        if self.structure_id is None or not self.note_edit.text().strip():
            return
        try:
            self.ctx.ev.missions.add_note(self.structure_id, self.note_edit.text(), author=self._who())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.note_edit.clear()
        self._after_write()
