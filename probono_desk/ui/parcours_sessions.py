"""The Parcours screen's Trail log: dated sessions (format, duration, who took part, notes, decisions, the next
step) and the referent's follow-up notes, newest first, with the form that adds one."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.i18n import translate
from probono_desk.core.trail import EntryKind, SessionFormat
from probono_desk.ui.confirm import confirm
from probono_desk.ui.context import EventContext
from probono_desk.ui.parcours_lists import SessionsModel
from probono_desk.ui.parcours_panels import _date_edit, _Panel

COL_DAY, COL_FORMAT, COL_WHO, COL_NOTES, COL_NEXT = range(5)  # SessionsModel's columns


class SessionsPanel(_Panel):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._build_table()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        form = self._build_form()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        self.remove_button = QPushButton(self.tr("Retirer l'entrée…"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        self._connect()

    def _build_table(self) -> None:
        """The log, newest first; the notes column takes the room left and rows grow to their wrapped text."""
        self.model = SessionsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(COL_NOTES, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_DAY, 90), (COL_FORMAT, 150), (COL_WHO, 190), (COL_NEXT, 210)):
            self.table.setColumnWidth(col, width)

    def _build_form(self) -> QFormLayout:
        """The form that adds a session: when and how, who, notes, decisions, the next step and its date."""
        self.date = _date_edit(self)
        self.format = self._format_box()
        self.duration = QSpinBox(self)
        self.duration.setRange(5, 12 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(" min")
        self.participants = QLineEdit(self)
        self.participants.setPlaceholderText(self.tr("Noms séparés par des virgules"))
        self.notes = QLineEdit(self)
        self.decisions = QLineEdit(self)
        self.next_step = QLineEdit(self)
        self.has_next = QCheckBox(self.tr("Date"), self)
        self.next_date = _date_edit(self)
        self.next_date.setEnabled(False)
        self.add_button = QPushButton(self.tr("Ajouter au journal"), self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        top = QHBoxLayout()
        for w in (self.date, self.format, self.duration):
            top.addWidget(w)
        form.addRow(self.tr("Quand, comment"), top)
        form.addRow(self.tr("Participant·es"), self.participants)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Décisions"), self.decisions)
        nxt = QHBoxLayout()
        nxt.addWidget(self.next_step, 1)
        nxt.addWidget(self.has_next)
        nxt.addWidget(self.next_date)
        form.addRow(self.tr("Prochaine étape"), nxt)
        return form

    def _connect(self) -> None:
        # rows fit their wrapped text once the stretched column has its real width
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.has_next.toggled.connect(self.next_date.setEnabled)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.ask_remove)

    def load(self, structure_id: str | None) -> None:
        same = structure_id == self.structure_id and structure_id is not None
        super().load(structure_id)
        entries = self.followup.entries(structure_id) if structure_id else []
        self.model.set_rows(reversed(entries))  # newest first
        self.table.resizeRowsToContents()
        sessions = [e for e in entries if e.kind is EntryKind.SESSION]
        minutes = sum(e.duration_minutes for e in sessions)
        self.summary.setText(
            self.tr("{n} séance(s), {h} h {m:02d} de travail ; {notes} note(s) de suivi").format(
                n=len(sessions), h=minutes // 60, m=minutes % 60, notes=len(entries) - len(sessions)
            )
        )
        if not same:  # a refresh of the same structure keeps the form being filled
            self.date.setDate(self._default_day(entries))
            self.next_date.setDate(self.date.date().addDays(14))

    def ask_remove(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return
        eid, sid = self.model.row_at(row).id, self.structure_id
        day = self.model.index(row, COL_DAY).data()

        def remove() -> None:
            self._write(lambda: self.followup.remove_entry(eid))
            self.load(sid)

        confirm(
            self,
            self.tr("Retirer une entrée du journal"),
            self.tr("Retirer l'entrée du {day} ? Ses heures ne compteront plus.").format(day=day or ""),
            self.tr("Retirer"),
            remove,
        )

    def _default_day(self, entries: list) -> QDate:  # type: ignore[type-arg]
        """Today while the Trail runs; after it, the day after the last entry (a late entry is typed afterwards)."""
        today = QDate.currentDate()
        first = QDate.fromString(self.ctx.ev.info.date, "yyyy-MM-dd").addDays(1)
        plan = self.ctx.ev.trail.plan(self.structure_id) if self.structure_id else None
        end = QDate.fromString(plan.end_date, "yyyy-MM-dd") if plan and plan.end_date else today
        if first <= today <= end:
            return today
        last = QDate.fromString(entries[-1].date, "yyyy-MM-dd").addDays(1) if entries else first
        return min(max(last, first), end) if end.isValid() else last

    def add(self) -> bool:
        sid = self.structure_id
        if sid is None:
            return False
        day = self.date.date().toString("yyyy-MM-dd")
        if self.format.currentData() == EntryKind.NOTE.value:
            ok = self._write(lambda: self.followup.add_note(sid, date=day, notes=self.notes.text()))
        else:
            ok = self._write(
                lambda: self.followup.add_session(
                    sid,
                    date=day,
                    format=SessionFormat(self.format.currentData()),
                    participants=self.participants.text(),
                    duration_minutes=self.duration.value(),
                    notes=self.notes.text(),
                    decisions=self.decisions.text(),
                    next_step=self.next_step.text(),
                    next_date=self.next_date.date().toString("yyyy-MM-dd") if self.has_next.isChecked() else "",
                )
            )
        if ok:
            for field in (self.notes, self.decisions, self.next_step, self.participants):
                field.clear()
            self.has_next.setChecked(False)
        self.load(sid)
        return ok

    def _format_box(self) -> QComboBox:
        box = QComboBox(self)
        for f in SessionFormat:
            box.addItem(translate("trail", f.label), f.value)
        box.addItem(self.tr("Note de suivi du·de la référent·e"), EntryKind.NOTE.value)
        # the longest choice would set the whole screen's width: wider than a laptop next to the structures list
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
        return box
