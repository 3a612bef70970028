"""The import dialog: a file, its kind, which column feeds which field, a preview, the counts and the problems,
then one all-or-nothing import (or only the valid rows, when asked).

Reading and importing run off the UI thread; the worker opens its own ``Event`` on the same file (one
connection per thread) and hands back plain data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.registrations import Kind, Mapping
from probono_desk.services.event import Event
from probono_desk.services.registrations import ImportPlan, ImportResult
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import error_text
from probono_desk.ui.import_panels import MappingPanel, PreviewPanel, ProblemsPanel
from probono_desk.ui.tasks import Op


class ImportDialog(QDialog):
    plan_ready = Signal()
    imported = Signal(object)
    failed = Signal(str)

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.path: Path | None = None
        self.busy = False
        self._generation = 0
        self._filling = False
        self.setWindowTitle(self.tr("Importer des inscriptions ou des structures"))
        self.resize(1180, 780)
        top = self._build_file_row()
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        splitter = self._build_panels()
        bottom = self._build_import_row()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._show_plan()

    def _build_file_row(self) -> QFormLayout:
        """The file and its kind."""
        self.file_label = QLabel(self.tr("Aucun fichier choisi."), self)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choisir un fichier…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Inscriptions (bénévoles)"), Kind.VOLUNTEERS.value)
        self.kind_combo.addItem(self.tr("Structures lauréates"), Kind.STRUCTURES.value)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.kind_note = QLabel(self)
        self.kind_note.setProperty("role", "muted")
        top = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        top.addRow(self.tr("Fichier"), file_row)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo)
        kind_row.addWidget(self.kind_note, 1)
        top.addRow(self.tr("Contenu"), kind_row)
        return top

    def _build_panels(self) -> QSplitter:
        """The columns and their fields on the left; the preview over the problems on the right."""
        self.mapping_panel = MappingPanel(self)
        self.mapping_panel.field_chosen.connect(self.set_field)
        self.preview_panel = PreviewPanel(self)
        self.problems_panel = ProblemsPanel(self)
        self.mapping_table = self.mapping_panel.table
        self.unmapped_label = self.mapping_panel.unmapped_label
        self.preview_table = self.preview_panel.table
        self.problems_table = self.problems_panel.table
        self.counts_label = self.problems_panel.counts_label

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.preview_panel)
        right.addWidget(self.problems_panel)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.mapping_panel)
        splitter.addWidget(right)
        splitter.setSizes([560, 620])
        right.setSizes([430, 300])
        splitter.setChildrenCollapsible(False)
        return splitter

    def _build_import_row(self) -> QHBoxLayout:
        self.partial_check = QCheckBox(self.tr("Importer seulement les lignes valides"), self)
        self.partial_check.toggled.connect(self._update_buttons)
        self.import_button = QPushButton(self.tr("Importer"), self)
        self.import_button.setProperty("primary", True)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Fermer"), self)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.partial_check)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.import_button)
        return bottom

    # --- choosing ------------------------------------------------------------------------------------------------

    @property
    def kind(self) -> Kind:
        return Kind(self.kind_combo.currentData())

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir l'export à importer"),
            str(self.path.parent) if self.path else "",
            self.tr("Exports (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read a file, its kind detected."""
        self.path = Path(path)
        self.import_result = None
        self.file_label.setText(str(self.path))
        self._read(kind=None, mapping=None)

    def _kind_changed(self) -> None:
        if self._filling or self.path is None:
            return
        self._read(kind=self.kind, mapping=None)

    def set_field(self, column: int, field_key: str | None) -> None:
        """The user says column ``column`` feeds ``field_key`` (or nothing); the preview is read again."""
        if self.plan is None:
            return
        mapping: Mapping = self.plan.mapping
        if field_key:
            mapping = mapping.with_override(field_key, column)
        else:
            for key, col in list(mapping.columns.items()):
                if col == column:
                    mapping = mapping.with_override(key, None)
        self._read(kind=mapping.kind, mapping=mapping)

    # --- reading off the UI thread -------------------------------------------------------------------------------

    def _worker(self, job: Callable[[Event], Any]) -> Callable[[], Any]:
        """A function for the thread pool: its own connection on the same file, closed when done."""
        path = self.ctx.ev.path
        station = self.ctx.ev.station
        clock = self.ctx.ev.clock

        def run() -> Any:
            if path is None:  # an event in memory has a single connection
                raise RuntimeError("in-memory event")
            with Event.open(path, clock=clock, station=station) as event:
                return job(event)

        return run

    def _run(self, job: Callable[[Event], Any], on_done: Callable[[Any], None]) -> None:
        self._generation += 1
        generation = self._generation
        self.busy = True
        self._update_buttons()

        def done(result: Any) -> None:
            if generation == self._generation:
                self.busy = False
                on_done(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.busy = False
                self._fail(exc)

        if self.ctx.ev.path is None:
            try:
                result = job(self.ctx.ev)
            except Exception as exc:  # noqa: BLE001 - shown in the dialog
                failed(exc)
            else:
                done(result)
            return
        Op(self._worker(job), done, failed, owner=self).start()

    def _read(self, kind: Kind | None, mapping: Mapping | None) -> None:
        path = self.path
        assert path is not None
        self._say(self.tr("Lecture de « {name} »…").format(name=path.name), "muted")
        self._run(lambda event: event.registrations.read(path, kind=kind, mapping=mapping), self._plan_read)

    def _plan_read(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._say("", "muted")
        self._show_plan()
        self.plan_ready.emit()

    def _fail(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.plan = None
        self._show_plan()
        self._say(text, "error")
        self.failed.emit(text)

    # --- showing -------------------------------------------------------------------------------------------------

    def _show_plan(self) -> None:
        self._filling = True
        try:
            plan = self.plan
            if plan is not None:
                self.kind_combo.setCurrentIndex(self.kind_combo.findData(plan.kind.value))
                self.kind_note.setText(self.tr("(détecté automatiquement ; changez-le si besoin)"))
            self.mapping_panel.show_plan(plan)
            self.preview_panel.show_plan(plan)
            self.problems_panel.show_plan(plan)
            self._show_partial(plan)
        finally:
            self._filling = False
        self._update_buttons()

    def mapping_combo(self, column: int) -> QComboBox | None:
        return self.mapping_panel.combo(column)

    def preview_headers(self) -> list[str]:
        return self.preview_panel.headers()

    def preview_text(self) -> list[list[str]]:
        """What the preview shows, cell by cell (for tests and screenshots)."""
        return self.preview_panel.text()

    def problems_text(self) -> list[str]:
        return self.problems_panel.text()

    def _show_partial(self, plan: ImportPlan | None) -> None:
        """« Only the valid rows », offered when some rows are in error."""
        blocking = len(plan.reading.blocking) if plan is not None else 0
        self.partial_check.setVisible(blocking > 0)
        if plan is not None:
            self.partial_check.setText(
                self.tr("Importer seulement les lignes valides (ignorer les {count} lignes en erreur)").format(
                    count=blocking
                )
            )

    def _update_buttons(self) -> None:
        plan = self.plan
        blocking = bool(plan and plan.reading.blocking)
        ready = plan is not None and not self.busy and self.import_result is None
        can = ready and (not blocking or self.partial_check.isChecked()) and plan is not None and plan.changes > 0
        self.import_button.setEnabled(bool(can))
        self.choose_button.setEnabled(not self.busy)
        self.kind_combo.setEnabled(not self.busy and self.path is not None)
        if ready and plan is not None and (self.message_label.text() == "" or self.message_label.property("hint")):
            if blocking and not self.partial_check.isChecked():
                self._say(
                    self.tr(
                        "{count} ligne(s) en erreur : l'import se fait en entier ou pas du tout. Corrigez le fichier, "
                        "la correspondance des colonnes, ou cochez « Importer seulement les lignes valides »."
                    ).format(count=len(plan.reading.blocking)),
                    "warning",
                    keep=False,
                )
            elif plan.changes == 0:
                self._say(self.tr("Rien de nouveau à importer : l'événement est déjà à jour."), "ok", keep=False)
            else:
                self._say("", "muted")

    # --- importing -----------------------------------------------------------------------------------------------

    def start_import(self) -> None:
        plan = self.plan
        if plan is None or self.busy:
            return
        if plan.updated:  # changing what the event already holds about people: the organiser's PIN, when set
            from probono_desk.ui.pin_dialog import ask_organiser

            reason = self.tr("Modifier des inscriptions déjà dans l'événement : code PIN de l'organisateur·rice.")
            ask_organiser(self.ctx, self, reason, lambda pin: self._apply(plan, pin))
            return
        self._apply(plan, None)

    def _apply(self, plan: ImportPlan, pin: str | None) -> None:
        partial = self.partial_check.isChecked()
        self._say(self.tr("Import en cours…"), "muted")
        self._run(lambda event: event.registrations.apply(plan, allow_partial=partial, pin=pin), self._imported)

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        self.ctx.notify_changed()
        self._say(
            self.tr(
                "Import terminé : {created} nouveaux, {updated} mis à jour, {unchanged} inchangés, "
                "{skipped} lignes ignorées, {duplicates} doublons fusionnés."
            ).format(
                created=result.created,
                updated=result.updated,
                unchanged=result.unchanged,
                skipped=result.skipped,
                duplicates=result.duplicates,
            ),
            "ok",
        )
        self._update_buttons()
        self.close_button.setFocus()
        self.imported.emit(result)

    def _say(self, text: str, role: str, keep: bool = True) -> None:
        """A message above the tables; ``keep=False`` marks hints that the next plan may replace."""
        self.message_label.setText(text)
        self.message_label.setProperty("role", role)
        self.message_label.setProperty("hint", not keep)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
