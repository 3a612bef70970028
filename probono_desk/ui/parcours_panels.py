"""The Parcours screen's per-structure panels: the diagnostic (confidential) and the recommendations checklist
(the Trail log is in ``parcours_sessions.py``, the interview in ``parcours_midterm.py``). Each writes through
``TrailFollowupService`` and says ``changed`` after a write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.trail import RecoState
from probono_desk.services.trail_followup import TrailFollowupService
from probono_desk.ui.confirm import confirm
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error
from probono_desk.ui.recommendations_model import (
    COL_DONE,
    COL_STATE,
    COL_TARGET,
    COL_TEXT,
    RecommendationsModel,
    StateDelegate,
)
from probono_desk.ui.save_target import NO_DIALOG_QUESTION, write_then
from probono_desk.ui.tasks import Op


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


class _Panel(QWidget):
    changed = Signal()

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.followup = TrailFollowupService(ctx.ev)
        self.structure_id: str | None = None
        self.dirty = False  # typed and not saved: a refresh for the same structure keeps it
        self._filling = False

    def keeps_typing(self, structure_id: str | None) -> bool:
        """A refresh (this window's write or another station's) must not wipe what is being typed."""
        return self.dirty and structure_id == self.structure_id

    def mark_dirty(self, *_args: object) -> None:
        if not self._filling:
            self.dirty = True

    def load(self, structure_id: str | None) -> None:
        self.structure_id = structure_id
        self.dirty = False
        self.setEnabled(structure_id is not None)

    def _write(self, action) -> bool:  # type: ignore[no-untyped-def]
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - one error boundary: a French message, nothing half-done
            show_error(self, exc)
            return False
        self.changed.emit()
        return True


class DiagnosticPanel(_Panel):
    printed = Signal(str)  # the confidential PDF written

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.date = _date_edit(self)
        self.lab_people = QLineEdit(self)
        self.structure_people = QLineEdit(self)
        self.needs = QPlainTextEdit(self)
        self.needs.setPlaceholderText(self.tr("Un besoin par ligne, le plus important d'abord"))
        self.needs.setMaximumHeight(90)
        self.summary = QPlainTextEdit(self)
        self.summary.setMaximumHeight(110)
        self.document = QLabel(self)
        self.document.setWordWrap(True)
        self.confidential = QLabel(
            "<b style='color:#b3261e'>{}</b>".format(self.tr("Confidentiel — usage réservé à la mission")), self
        )
        self.save_button = QPushButton(self.tr("Enregistrer le diagnostic"), self)
        self.save_button.clicked.connect(self.save)
        self.attach_button = QPushButton(self.tr("Joindre le document…"), self)
        self.attach_button.clicked.connect(self.ask_attach)
        self.print_button = QPushButton(self.tr("Imprimer le diagnostic (PIN)…"), self)
        self.print_button.clicked.connect(self.ask_print)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Pour Pro Bono Lab"), self.lab_people)
        form.addRow(self.tr("Pour la structure"), self.structure_people)
        form.addRow(self.tr("Besoins (priorité)"), self.needs)
        form.addRow(self.tr("Synthèse"), self.summary)
        form.addRow(self.tr("Document"), self.document)
        hint = QLabel(self.tr("Les besoins sont les compétences que la formation des équipes recherche."), self)
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.attach_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.confidential)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.date.dateChanged.connect(self.mark_dirty)
        for line in (self.lab_people, self.structure_people):
            line.textEdited.connect(self.mark_dirty)
        for box in (self.needs, self.summary):
            box.textChanged.connect(self.mark_dirty)

    def load(self, structure_id: str | None) -> None:
        if self.keeps_typing(structure_id):
            return
        super().load(structure_id)
        if structure_id is None:
            return
        self._filling = True
        d = self.followup.diagnostic(structure_id)
        self.date.setDate(QDate.fromString(d.date, "yyyy-MM-dd") if d.date else QDate.fromString(
            self.ctx.ev.info.date, "yyyy-MM-dd").addDays(-30))  # fmt: skip
        self.lab_people.setText(d.lab_people)
        self.structure_people.setText(d.structure_people)
        self.needs.setPlainText("\n".join(d.needs))
        self.summary.setPlainText(d.summary)
        self.document.setText(d.document_name or self.tr("aucun document joint"))
        self.print_button.setEnabled(bool(d.recorded))
        self._filling = False

    def save(self) -> bool:
        sid = self.structure_id
        if sid is None:
            return False
        self.dirty = False  # saved (or refused with a message): the next refresh shows the file
        return self._write(
            lambda: self.followup.save_diagnostic(
                sid,
                date=self.date.date().toString("yyyy-MM-dd"),
                lab_people=self.lab_people.text(),
                structure_people=self.structure_people.text(),
                needs=self.needs.toPlainText().splitlines(),
                summary=self.summary.toPlainText(),
            )
        )

    def ask_attach(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Document du diagnostic"), str(Path.home()))
        if path and self.structure_id is not None:
            sid = self.structure_id
            self._write(lambda: self.followup.attach_document(sid, path))
            self.load(sid)

    def ask_print(self) -> None:
        from probono_desk.ui.pin_dialog import ask_organiser

        reason = self.tr("Le diagnostic est confidentiel : code PIN de l'organisateur·rice.")
        ask_organiser(self.ctx, self, reason, self._print)

    def _print(self, pin: str | None) -> None:
        sid = self.structure_id
        if sid is None:
            return
        name = f"Diagnostic - {self.ctx.ev.roster.structure(sid).name}.pdf".replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Diagnostic"), str(Path.home() / name), "*.pdf", options=NO_DIALOG_QUESTION
        )
        if path:
            out = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
            write_then(self, [out], lambda: self.print_to(sid, out, pin))

    def print_to(self, structure_id: str, out: Path, pin: str | None) -> None:
        """Written off the UI thread (the attached PDF may be large), then said where."""
        from probono_desk.services.trail_bilan import diagnostic_pdf

        self.print_button.setEnabled(False)

        def done(path: Path) -> None:
            self.print_button.setEnabled(True)
            self.printed.emit(str(path))

        def failed(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            show_error(self, exc)

        Op.on_event(self.ctx.ev, lambda ev: diagnostic_pdf(ev, structure_id, out, pin=pin), done, failed, owner=self).start()


class RecommendationsPanel(_Panel):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = RecommendationsModel(self._edit, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_STATE, StateDelegate(self.table))
        self.model.modelReset.connect(self._open_state_lists)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for col in (COL_DONE, COL_TARGET, COL_STATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel(self)
        self.import_button = QPushButton(self.tr("Reprendre celles du livrable"), self)
        self.import_button.clicked.connect(self.import_from_deliverable)
        self.new_text = QLineEdit(self)
        self.new_text.setPlaceholderText(self.tr("Nouvelle recommandation"))
        self.new_text.returnPressed.connect(self.add)
        add = QPushButton(self.tr("Ajouter"), self)
        add.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Retirer…"), self)
        self.remove_button.clicked.connect(self.ask_remove)
        row = QHBoxLayout()
        row.addWidget(self.new_text, 1)
        row.addWidget(add)
        row.addWidget(self.import_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def load(self, structure_id: str | None) -> None:
        super().load(structure_id)
        items = self.followup.recommendations(structure_id) if structure_id else []
        self.model.set_rows(items)
        done = sum(1 for r in items if r.state is RecoState.DONE)
        planned = sum(1 for r in items if r.state is not RecoState.DROPPED)
        self.count.setText(self.tr("{done} faite(s) sur {planned} prévue(s)").format(done=done, planned=planned))

    def _open_state_lists(self) -> None:
        for row in range(self.model.rowCount()):
            self.table.openPersistentEditor(self.model.index(row, COL_STATE))

    def set_state(self, reco_id: str, state: RecoState) -> bool:
        return self._edit(reco_id, {"state": state})

    def _edit(self, reco_id: str, changes: dict[str, Any]) -> bool:
        """One recommendation's changes written; a new state (or a refused date) shows the file again."""
        sid = self.structure_id
        ok = self._write(lambda: self.followup.update_recommendation(reco_id, **changes))
        if "state" in changes or (not ok and "target_date" in changes):
            self.load(sid)
        return ok

    def ask_remove(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return
        reco, sid = self.model.row_at(row), self.structure_id
        rid = reco.id

        def remove() -> None:
            self._write(lambda: self.followup.remove_recommendation(rid))
            self.load(sid)

        confirm(
            self,
            self.tr("Retirer une recommandation"),
            self.tr("Retirer « {text} » de la liste ?").format(text=reco.text),
            self.tr("Retirer"),
            remove,
        )

    def tick(self, row: int) -> None:
        """Tick the row's box as a user would (tests, keyboard)."""
        self.model.setData(self.model.index(row, COL_DONE), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    def add(self) -> bool:
        sid, text = self.structure_id, self.new_text.text()
        if sid is None or not text.strip():
            return False
        ok = self._write(lambda: self.followup.add_recommendation(sid, text))
        if ok:
            self.new_text.clear()
        self.load(sid)
        return ok

    def import_from_deliverable(self) -> None:
        sid = self.structure_id
        if sid is not None:
            self._write(lambda: self.followup.import_recommendations(sid))
            self.load(sid)
