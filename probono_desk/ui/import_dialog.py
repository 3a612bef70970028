"""The import dialog: a file, its kind, which column feeds which field, a preview, the counts and the problems,
then one all-or-nothing import (or only the valid rows, when asked).

Reading and importing run off the UI thread; the worker opens its own ``Event`` on the same file (one
connection per thread) and hands back plain data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.models import Situation
from probono_desk.core.registrations import STRUCTURE_FIELDS, VOLUNTEER_FIELDS, Kind, Mapping
from probono_desk.services.event import Event
from probono_desk.services.registrations import ImportPlan, ImportResult
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import error_text
from probono_desk.ui.tasks import Op

PREVIEW_ROWS = 8
IGNORED = ""


def fields_of(kind: Kind) -> tuple[Any, ...]:
    return VOLUNTEER_FIELDS if kind is Kind.VOLUNTEERS else STRUCTURE_FIELDS


def field_label(kind: Kind, key: str) -> str:
    for spec in fields_of(kind):
        if spec.key == key:
            return QCoreApplication.translate("fields", spec.label)
    return key


def cell_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Situation):
        return QCoreApplication.translate("situation", value.label)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ImportDialog", "oui")
            if value
            else QCoreApplication.translate("ImportDialog", "non")
        )
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    return str(value)


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

        # --- file and kind ---
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

        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # --- mapping: each column of the file -> a field ---
        mapping_box = QGroupBox(self.tr("Colonnes du fichier"), self)
        self.mapping_table = QTableWidget(0, 3, mapping_box)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Colonne"), self.tr("Exemple"), self.tr("Champ")])
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.mapping_table.setColumnWidth(0, 170)
        self.mapping_table.setColumnWidth(2, 240)  # the longest field name whole, beside the arrow
        self.mapping_table.setWordWrap(False)
        self.mapping_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.mapping_table.verticalHeader().setDefaultSectionSize(38)
        self.unmapped_label = QLabel(mapping_box)
        self.unmapped_label.setWordWrap(True)
        self.unmapped_label.setProperty("role", "muted")
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping_table, 1)
        mapping_layout.addWidget(self.unmapped_label)

        # --- preview and problems ---
        preview_box = QGroupBox(self.tr("Aperçu : les premières lignes telles qu'elles seront importées"), self)
        self.preview_table = QTableWidget(0, 0, preview_box)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview_table.setAlternatingRowColors(True)
        QVBoxLayout(preview_box).addWidget(self.preview_table)

        problems_box = QGroupBox(self.tr("À vérifier"), self)
        self.counts_label = QLabel(problems_box)
        self.counts_label.setWordWrap(True)
        self.counts_label.setObjectName("ImportCounts")
        self.counts_label.setStyleSheet("font-size: 12pt;")
        self.problems_table = QTableWidget(0, 3, problems_box)
        self.problems_table.setHorizontalHeaderLabels([self.tr("Ligne"), self.tr("Champ"), self.tr("Problème")])
        self.problems_table.verticalHeader().setVisible(False)
        self.problems_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.addWidget(self.counts_label)
        problems_layout.addWidget(self.problems_table, 1)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(preview_box)
        right.addWidget(problems_box)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(mapping_box)
        splitter.addWidget(right)
        splitter.setSizes([560, 620])
        right.setSizes([430, 300])
        splitter.setChildrenCollapsible(False)

        # --- import ---
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

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._show_plan()

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
            self._show_mapping(plan)
            self._show_preview(plan)
            self._show_counts(plan)
        finally:
            self._filling = False
        self._update_buttons()

    def _show_mapping(self, plan: ImportPlan | None) -> None:
        table = self.mapping_table
        table.setRowCount(0)
        if plan is None:
            self.unmapped_label.setText("")
            return
        mapping = plan.mapping
        by_column = {col: key for key, col in mapping.columns.items()}
        samples = plan.preview_rows(1)
        sample = samples[0] if samples else []
        specs = fields_of(plan.kind)
        for column, header in enumerate(mapping.headers):
            if not header.strip() and column not in by_column:
                continue  # empty-named columns with nothing mapped: nothing to choose
            row = table.rowCount()
            table.insertRow(row)
            name_item = QTableWidgetItem(header or self.tr("(sans nom)"))
            name_item.setToolTip(header)
            table.setItem(row, 0, name_item)
            table.setItem(row, 1, QTableWidgetItem(sample[column] if column < len(sample) else ""))
            combo = QComboBox(table)
            combo.addItem(self.tr("— ignorée —"), IGNORED)
            for spec in specs:
                combo.addItem(QCoreApplication.translate("fields", spec.label), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(by_column.get(column, IGNORED))))
            combo.setProperty("column", column)
            combo.currentIndexChanged.connect(
                lambda _index, c=combo, col=column: self.set_field(col, str(c.currentData()) or None)
            )
            table.setCellWidget(row, 2, combo)
            if column not in by_column:
                name_item.setForeground(QColor("#a85d00"))
                name_item.setToolTip(self.tr("Colonne non importée"))
        if mapping.unmapped:
            self.unmapped_label.setText(
                self.tr("Colonnes non importées : {columns}").format(columns=", ".join(mapping.unmapped))
            )
        else:
            self.unmapped_label.setText(self.tr("Toutes les colonnes sont importées."))

    def mapping_combo(self, column: int) -> QComboBox | None:
        for row in range(self.mapping_table.rowCount()):
            widget = self.mapping_table.cellWidget(row, 2)
            if isinstance(widget, QComboBox) and widget.property("column") == column:
                return widget
        return None

    def preview_keys(self, plan: ImportPlan) -> list[str]:
        columns = plan.mapping.columns
        keys = [spec.key for spec in fields_of(plan.kind) if spec.key in columns and spec.key != "full_name"]
        if plan.kind is Kind.VOLUNTEERS and "full_name" in columns:
            keys = ["first_name", "last_name"] + [k for k in keys if k not in ("first_name", "last_name")]
        return keys

    def _show_preview(self, plan: ImportPlan | None) -> None:
        table = self.preview_table
        table.clear()
        table.setRowCount(0)
        table.setColumnCount(0)
        if plan is None:
            return
        keys = self.preview_keys(plan)
        records: list[Any] = list(plan.reading.volunteers if plan.kind is Kind.VOLUNTEERS else plan.reading.structures)
        table.setColumnCount(len(keys) + 1)
        table.setHorizontalHeaderLabels([self.tr("Ligne")] + [field_label(plan.kind, k) for k in keys])
        for record in records[:PREVIEW_ROWS]:
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(str(record.line)))
            for col, key in enumerate(keys, start=1):
                table.setItem(row, col, QTableWidgetItem(cell_value(getattr(record, key, ""))))
        table.resizeColumnsToContents()
        for col in range(table.columnCount()):
            table.setColumnWidth(col, min(table.columnWidth(col), 260))

    def preview_text(self) -> list[list[str]]:
        """What the preview shows, cell by cell (for tests and screenshots)."""
        t = self.preview_table
        return [[_text(t, r, c) for c in range(t.columnCount())] for r in range(t.rowCount())]

    def _show_counts(self, plan: ImportPlan | None) -> None:
        table = self.problems_table
        table.setRowCount(0)
        if plan is None:
            self.counts_label.setText("")
            self.partial_check.setVisible(False)
            return
        reading = plan.reading
        problem_lines = len({p.line for p in reading.problems})
        self.counts_label.setText(
            self.tr(
                "<b>{new}</b> nouveaux · <b>{updated}</b> mis à jour · <b>{unchanged}</b> inchangés · "
                "<b>{duplicates}</b> doublons fusionnés · <b>{problems}</b> lignes avec un problème"
            ).format(
                new=len(plan.new),
                updated=len(plan.updated),
                unchanged=plan.unchanged,
                duplicates=len(reading.duplicates),
                problems=problem_lines,
            )
        )
        for problem in sorted(reading.problems, key=lambda p: p.line):
            why = QCoreApplication.translate("import", problem.why)
            level = self.tr("erreur") if problem.blocking else self.tr("attention")
            self._add_problem(
                str(problem.line), field_label(plan.kind, problem.field), f"{why} ({level})", problem.blocking
            )
        for kept, dropped, who in reading.duplicates:
            self._add_problem(
                f"{dropped}, {kept}",
                field_label(plan.kind, "email" if plan.kind is Kind.VOLUNTEERS else "name"),
                self.tr("doublon : {who} ; l'inscription la plus récente est gardée (ligne {kept})").format(
                    who=who, kept=kept
                ),
                False,
            )
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)
        blocking = len(reading.blocking)
        self.partial_check.setVisible(blocking > 0)
        self.partial_check.setText(
            self.tr("Importer seulement les lignes valides (ignorer les {count} lignes en erreur)").format(
                count=blocking
            )
        )

    def _add_problem(self, line: str, field: str, why: str, blocking: bool) -> None:
        table = self.problems_table
        row = table.rowCount()
        table.insertRow(row)
        items = [QTableWidgetItem(line), QTableWidgetItem(field), QTableWidgetItem(why)]
        items[2].setToolTip(why)
        for col, item in enumerate(items):
            if blocking:
                item.setForeground(QColor("#b3002d"))
            table.setItem(row, col, item)

    def problems_text(self) -> list[str]:
        t = self.problems_table
        return [" | ".join(_text(t, r, c) for c in range(3)) for r in range(t.rowCount())]

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


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""
