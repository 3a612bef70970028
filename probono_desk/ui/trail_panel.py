"""The Trail picker: only the present members of the team, 2 or 3 of them, with availability and agreement to be
contacted; the Trail's dates and its first meeting."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.deliverables import TRAIL_MAX, TRAIL_MIN
from probono_desk.services.trail import TrailChoice
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error

COL_PICK, COL_NAME, COL_AVAILABILITY, COL_AGREES = range(4)


class TrailPanel(QWidget):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.structure_id: str | None = None
        self._ids: list[str] = []
        self.dirty = False  # picks not yet saved: a refresh must not wipe them
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Trail"),
                self.tr("Bénévole présent·e"),
                self.tr("Disponibilités"),
                self.tr("Accepte d'être contacté·e"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(COL_AVAILABILITY, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_AGREES, QHeaderView.ResizeMode.ResizeToContents)
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
        self.table.itemChanged.connect(lambda _item: self._touched())
        for signal in (self.start.dateChanged, self.end.dateChanged, self.meeting.dateTimeChanged,
                       self.has_meeting.toggled, self.place.textEdited):  # fmt: skip
            signal.connect(lambda *_args: self._touched())

    def _touched(self) -> None:
        self.dirty = True
        self._update_count()

    def load(self, structure_id: str | None) -> None:
        self.structure_id = structure_id
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._ids = []
        self.status.clear()
        if structure_id is None:
            self.table.blockSignals(False)
            return
        ev = self.ctx.ev
        plan = ev.trail.plan(structure_id)
        chosen = {m.volunteer_id: m for m in plan.members}
        candidates = ev.trail.candidates(structure_id)
        # Someone already chosen stays listed even if their check-in was undone, so the choice can be seen.
        people = [(v.id, v.name) for v in candidates] + [
            (m.volunteer_id, m.name) for m in plan.members if m.volunteer_id not in {v.id for v in candidates}
        ]
        self.table.setRowCount(len(people))
        for row, (vid, name) in enumerate(people):
            member = chosen.get(vid)
            pick = QTableWidgetItem()
            pick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            pick.setCheckState(Qt.CheckState.Checked if member else Qt.CheckState.Unchecked)
            self.table.setItem(row, COL_PICK, pick)
            item = QTableWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, COL_NAME, item)
            self.table.setItem(row, COL_AVAILABILITY, QTableWidgetItem(member.availability if member else ""))
            agrees = QTableWidgetItem(self.tr("oui"))
            agrees.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            agrees.setCheckState(Qt.CheckState.Checked if member and member.agrees_contact else Qt.CheckState.Unchecked)
            self.table.setItem(row, COL_AGREES, agrees)
            self._ids.append(vid)
        self.table.blockSignals(False)
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

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        item = self.table.item(row, col)
        assert item is not None
        return item

    def set_picked(self, volunteer_id: str, picked: bool, availability: str = "", agrees: bool = False) -> None:
        row = self._ids.index(volunteer_id)
        self._cell(row, COL_PICK).setCheckState(Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked)
        self._cell(row, COL_AVAILABILITY).setText(availability)
        self._cell(row, COL_AGREES).setCheckState(Qt.CheckState.Checked if agrees else Qt.CheckState.Unchecked)

    def choices(self) -> list[TrailChoice]:
        out = []
        for row, vid in enumerate(self._ids):
            if self._cell(row, COL_PICK).checkState() == Qt.CheckState.Checked:
                out.append(
                    TrailChoice(
                        vid,
                        self._cell(row, COL_AVAILABILITY).text(),
                        self._cell(row, COL_AGREES).checkState() == Qt.CheckState.Checked,
                    )
                )
        return out

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
