"""The Livrables screen: per structure, the deliverable (autosaved), the Trail pair, the evaluations; and the
exports (spreadsheets, the structure's pack), written off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.deliverables import DeliverableState
from probono_desk.services.deliverables import safe_filename
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.deliverable_form import DeliverableForm
from probono_desk.ui.deliverables_lists import StructureStatesModel
from probono_desk.ui.errors import show_error
from probono_desk.ui.evaluations_panel import EvaluationsPanel
from probono_desk.ui.save_target import NO_DIALOG_QUESTION, write_then
from probono_desk.ui.table_model import list_view
from probono_desk.ui.tasks import Op
from probono_desk.ui.trail_panel import TrailPanel


class DeliverablesScreen(QWidget):
    nav_key = "deliverables"

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav_title = self.tr("Livrables")
        self.structures_model = StructureStatesModel(self)
        # a long name takes two lines; the list stays narrow
        self.structures = list_view(self, self.structures_model, "DeliverableStructures", wrap=True)
        self.structures.setMinimumWidth(200)
        self.structures.setStyleSheet("QListView { font-size: 13pt; } QListView::item { padding: 0px; }")
        self.structures.setSpacing(5)
        self.structures.setResizeMode(QListView.ResizeMode.Adjust)
        self.structures.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.structures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.structures.selectionModel().currentRowChanged.connect(lambda index: self._structure_changed(index.row()))
        self.form = DeliverableForm(ctx, self)
        self.form.state_changed.connect(lambda _state: self._show_structures())
        self.trail = TrailPanel(ctx, self)
        self.evaluations = EvaluationsPanel(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.form, self.tr("Livrable"))
        self.tabs.addTab(self.trail, self.tr("Trail"))
        self.tabs.addTab(self.evaluations, self.tr("Évaluations"))

        self.export_xlsx = QPushButton(self.tr("Exporter tout (Excel)…"), self)
        self.export_xlsx.clicked.connect(lambda: self.ask_export(".xlsx"))
        self.export_csv = QPushButton(self.tr("Bénévoles (CSV)…"), self)
        self.export_csv.clicked.connect(lambda: self.ask_export(".csv"))
        self.pack_button = QPushButton(self.tr("Dossier de la structure (zip)…"), self)
        self.pack_button.clicked.connect(self.ask_pack)
        self.task_status = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.export_xlsx)
        top.addWidget(self.export_csv)
        top.addWidget(self.pack_button)
        top.addWidget(self.task_status, 1)

        splitter = QSplitter(self)
        splitter.addWidget(self.structures)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)  # a bigger window widens the list a little (names on one line)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([250, 1000])  # the list a quarter at most; the deliverable gets the room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the window already frames every screen
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.refresh()
        if self.structures_model.rowCount():
            self._select_row(0)

    # --- structures ----------------------------------------------------------------------------------------------

    def current_structure(self) -> str | None:
        index = self.structures.currentIndex()
        return str(index.data(StructureStatesModel.ID_ROLE)) if index.isValid() else None

    def select_structure(self, structure_id: str) -> None:
        row = self.structures_model.row_of(structure_id)
        if row is not None:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        self.structures.setCurrentIndex(self.structures_model.index(row, 0))

    def _structure_changed(self, _row: int) -> None:
        sid = self.current_structure()
        self.form.load(sid)
        self.trail.load(sid)
        self.evaluations.load(sid)

    def _show_structures(self) -> None:
        ev = self.ctx.ev
        deliverables = ev.deliverables.all()
        current = self.current_structure()
        rows = []
        for s in ev.roster.structures():
            d = deliverables.get(s.id)
            rows.append((s, d.state if d else DeliverableState.DRAFT))
        selection = self.structures.selectionModel()
        selection.blockSignals(True)  # the same structure stays current: nothing to reload
        self.structures_model.set_rows(rows)
        row = self.structures_model.row_of(current) if current else None
        if row is not None:
            self._select_row(row)
        selection.blockSignals(False)

    def refresh(self) -> None:
        current = self.current_structure()
        self._show_structures()
        if current and current == self.current_structure():
            self.form.refresh()
            if not self.trail.dirty:
                self.trail.load(current)
            self.evaluations.load(current)
        elif self.structures_model.rowCount():
            self.structures.selectionModel().blockSignals(True)
            self._select_row(0)
            self.structures.selectionModel().blockSignals(False)
            self._structure_changed(0)

    # --- exports -------------------------------------------------------------------------------------------------

    def ask_export(self, suffix: str) -> None:
        from probono_desk.ui.pin_dialog import ask_organiser

        reason = self.tr("Exporter les données personnelles des bénévoles : code PIN de l'organisateur·rice.")
        ask_organiser(self.ctx, self, reason, lambda pin: self._export_with(suffix, pin))

    def _export_with(self, suffix: str, pin: str | None) -> None:
        self._export_pin = pin  # the export carries the diagnostics' confidential part only with the PIN
        self._ask_export(suffix)

    def _ask_export(self, suffix: str) -> None:
        pin: str | None = getattr(self, "_export_pin", None)
        name = safe_filename(self.ctx.ev.info.name) + ("" if suffix == ".xlsx" else " - bénévoles") + suffix
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Exporter"), str(Path.home() / name), f"*{suffix}", options=NO_DIALOG_QUESTION
        )
        if path:
            out = Path(path) if path.lower().endswith(suffix) else Path(path + suffix)
            write_then(self, [out], lambda: self.export_to(out, pin))

    def ask_pack(self) -> None:
        from probono_desk.ui.pin_dialog import ask_organiser

        reason = self.tr("Exporter le dossier de la structure : code PIN de l'organisateur·rice.")
        ask_organiser(self.ctx, self, reason, lambda _pin: self._ask_pack())

    def _ask_pack(self) -> None:
        sid = self.current_structure()
        if sid is None:
            return
        name = safe_filename(f"Livrable - {self.ctx.ev.roster.structure(sid).name}.zip")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Dossier de la structure"), str(Path.home() / name), "*.zip", options=NO_DIALOG_QUESTION
        )
        if path:
            out = Path(path) if path.lower().endswith(".zip") else Path(path + ".zip")
            write_then(self, [out], lambda: self.pack_to(sid, out))

    def export_to(self, out: Path, pin: str | None = None) -> None:
        from probono_desk.services.exports import export

        self._run(lambda event: export(event, out, pin=pin), self.tr("Export en cours…"))

    def pack_to(self, structure_id: str, out: Path) -> None:
        self._run(lambda event: event.deliverables.pack(structure_id, out), self.tr("Préparation du dossier…"))

    def _run(self, job: Callable[[Event], Path], busy: str) -> None:
        self.form.save_now()  # the export includes what was just typed
        ev = self.ctx.ev
        self.task_status.setText(busy)
        for b in (self.export_xlsx, self.export_csv, self.pack_button):
            b.setEnabled(False)

        def done(path: Path) -> None:
            self._idle()
            self.task_status.setText(self.tr("Écrit : {path}").format(path=str(path)))
            self.last_written = path

        def failed(exc: BaseException) -> None:
            self._idle()
            self.task_status.setText("")
            show_error(self, exc)

        Op.on_event(ev, job, done, failed, owner=self).start()

    def _idle(self) -> None:
        for b in (self.export_xlsx, self.export_csv, self.pack_button):
            b.setEnabled(True)
