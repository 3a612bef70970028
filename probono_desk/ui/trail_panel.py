"""The Trail picker: only the present members of the team, 2 or 3 of them, with availability and agreement to be
contacted; the Trail's dates and its first meeting."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
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

from probono_desk.core.deliverables import TRAIL_MAX, TRAIL_MIN
from probono_desk.core.text import fold
from probono_desk.services.trail import TrailChoice
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error
from probono_desk.ui.table_model import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
CHECKED = Qt.ItemDataRole.CheckStateRole


@dataclass(frozen=True)
class TrailPick:
    """One present member of the team, and what the referent ticked for them."""

    volunteer_id: str
    name: str
    picked: bool = False
    availability: str = ""
    agrees: bool = False


def _checked(value: Any) -> bool:
    """A check state as Qt hands it over: the enum, or its number from a view."""
    state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
    return state == Qt.CheckState.Checked


class TrailModel(RowsTableModel[TrailPick]):
    """The candidates: ticked for the Trail, their availability (typed in place), agreement to be contacted."""

    COL_PICK, COL_NAME, COL_AVAILABILITY, COL_AGREES = range(4)
    edited = Signal()  # the referent changed a tick or an availability

    def headers(self) -> list[str]:
        return [
            self.tr("Trail"),
            self.tr("Bénévole présent·e"),
            self.tr("Disponibilités"),
            self.tr("Accepte d'être contacté·e"),
        ]

    def set_pick(self, pick: TrailPick) -> None:
        """Replace the row of ``pick.volunteer_id`` (as if the referent had ticked and typed it)."""
        row = next(i for i, r in enumerate(self._rows) if r.volunteer_id == pick.volunteer_id)
        self._replace(row, pick)

    def _replace(self, row: int, pick: TrailPick) -> None:
        self._rows[row] = pick
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.edited.emit()

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        col = index.column()
        if col in (self.COL_PICK, self.COL_AGREES):
            return Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
        if col == self.COL_NAME:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable

    def display(self, r: TrailPick, col: int) -> Any:
        if col == self.COL_NAME:
            return r.name
        if col == self.COL_AVAILABILITY:
            return r.availability
        if col == self.COL_AGREES:
            return self.tr("oui")
        return None

    def role_data(self, r: TrailPick, col: int, role: int) -> Any:
        return self.display(r, col) if role == Qt.ItemDataRole.EditRole else None

    def check_state(self, r: TrailPick, col: int) -> Any:
        if col not in (self.COL_PICK, self.COL_AGREES):
            return None
        on = r.picked if col == self.COL_PICK else r.agrees
        return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked

    def sort_value(self, r: TrailPick, col: int) -> Any:
        return (r.picked, fold(r.name), fold(r.availability), r.agrees)[col]

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        r = self._rows[index.row()]
        col = index.column()
        if role == CHECKED and col == self.COL_PICK:
            self._replace(index.row(), replace(r, picked=_checked(value)))
        elif role == CHECKED and col == self.COL_AGREES:
            self._replace(index.row(), replace(r, agrees=_checked(value)))
        elif role == Qt.ItemDataRole.EditRole and col == self.COL_AVAILABILITY:
            self._replace(index.row(), replace(r, availability=str(value)))
        else:
            return False
        return True


class TrailPanel(QWidget):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.structure_id: str | None = None
        self.dirty = False  # picks not yet saved: a refresh must not wipe them
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.model = TrailModel(self)
        self.model.edited.connect(self._touched)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TrailModel.COL_AVAILABILITY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TrailModel.COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TrailModel.COL_AGREES, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel(self)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.has_meeting = QCheckBox(self.tr("Premier rendez-vous fixé"), self)
        self.meeting = QDateTimeEdit(self)
        self.meeting.setCalendarPopup(True)
        self.meeting.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.meeting.setEnabled(False)
        self.has_meeting.toggled.connect(self.meeting.setEnabled)
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("Lieu ou visio"))
        self.save_button = QPushButton(self.tr("Enregistrer le Trail"), self)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)

        dates = QFormLayout()
        dates.addRow(self.tr("Début"), self.start)
        dates.addRow(self.tr("Fin"), self.end)
        dates.addRow(self.has_meeting, self.meeting)
        dates.addRow(self.tr("Lieu"), self.place)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(dates)
        layout.addLayout(bottom)
        for signal in (self.start.dateChanged, self.end.dateChanged, self.meeting.dateTimeChanged,
                       self.has_meeting.toggled, self.place.textEdited):  # fmt: skip
            signal.connect(lambda *_args: self._touched())

    def _touched(self) -> None:
        self.dirty = True
        self._update_count()

    def load(self, structure_id: str | None) -> None:
        self.structure_id = structure_id
        self.status.clear()
        if structure_id is None:
            self.model.set_rows([])
            return
        ev = self.ctx.ev
        plan = ev.trail.plan(structure_id)
        chosen = {m.volunteer_id: m for m in plan.members}
        candidates = ev.trail.candidates(structure_id)
        # Someone already chosen stays listed even if their check-in was undone, so the choice can be seen.
        people = [(v.id, v.name) for v in candidates] + [
            (m.volunteer_id, m.name) for m in plan.members if m.volunteer_id not in {v.id for v in candidates}
        ]
        rows = []
        for vid, name in people:
            member = chosen.get(vid)
            if member is None:
                rows.append(TrailPick(vid, name))
            else:
                rows.append(TrailPick(vid, name, True, member.availability, member.agrees_contact))
        self.model.set_rows(rows)
        self.hint.setText(
            self.tr("Choisissez {low} ou {high} bénévoles de l'équipe, parmi les présent·e·s.").format(
                low=TRAIL_MIN, high=TRAIL_MAX
            )
            if candidates
            else self.tr(
                "Personne de cette équipe n'est encore enregistré·e comme présent·e : le Trail se choisit "
                "parmi les présent·e·s."
            )  # fmt: skip
        )
        self.start.setDate(QDate.fromString(plan.start_date, "yyyy-MM-dd"))
        self.end.setDate(QDate.fromString(plan.end_date, "yyyy-MM-dd"))
        self.has_meeting.setChecked(bool(plan.first_meeting))
        self.meeting.setDateTime(
            QDateTime.fromString(plan.first_meeting, "yyyy-MM-ddTHH:mm")
            if plan.first_meeting
            else QDateTime(QDate.fromString(plan.start_date, "yyyy-MM-dd").addDays(6), QTime(18, 0))
        )
        self.place.setText(plan.first_meeting_place)
        self._update_count()
        self.dirty = False

    def set_picked(self, volunteer_id: str, picked: bool, availability: str = "", agrees: bool = False) -> None:
        name = next(r.name for r in self.model.rows() if r.volunteer_id == volunteer_id)
        self.model.set_pick(TrailPick(volunteer_id, name, picked, availability, agrees))

    def choices(self) -> list[TrailChoice]:
        return [TrailChoice(r.volunteer_id, r.availability, r.agrees) for r in self.model.rows() if r.picked]

    def _update_count(self) -> None:
        n = len(self.choices())
        ok = n == 0 or TRAIL_MIN <= n <= TRAIL_MAX
        self.count.setText(
            self.tr("{n} choisi·e·s (il en faut {low} ou {high})").format(n=n, low=TRAIL_MIN, high=TRAIL_MAX)
        )
        self.count.setStyleSheet("" if ok else "color: #c62828; font-weight: bold;")

    def save(self) -> bool:
        if self.structure_id is None:
            return False
        try:
            self.ctx.ev.trail.save(
                self.structure_id,
                self.choices(),
                start_date=self.start.date().toString("yyyy-MM-dd"),
                end_date=self.end.date().toString("yyyy-MM-dd"),
                first_meeting=self.meeting.dateTime().toString("yyyy-MM-ddTHH:mm")
                if self.has_meeting.isChecked()
                else "",
                first_meeting_place=self.place.text(),
            )
        except Exception as exc:  # noqa: BLE001 - the rule that refused is explained
            show_error(self, exc)
            return False
        self.dirty = False
        self.ctx.notify_changed()  # the window reloads this panel (which clears the status line): say it after
        self.status.setText(self.tr("Trail enregistré à {time}").format(time=self.ctx.ev.now_iso()[11:19]))
        return True
