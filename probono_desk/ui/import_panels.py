"""The import dialog's panels: the columns of the file and their fields, the preview, the counts and problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from probono_desk.services.registrations import ImportPlan
from probono_desk.ui.import_models import IGNORED, MappingModel, PreviewModel, ProblemsModel, fields_of

PREVIEW_MAX_WIDTH = 260


def _table(parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


class MappingPanel(QGroupBox):
    """Each column of the file, a sample value, and a list to choose the field it feeds."""

    field_chosen = Signal(int, object)  # (column of the file, field key or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Colonnes du fichier"), parent)
        self.model = MappingModel(self)
        self.table = _table(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MappingModel.COL_HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MappingModel.COL_SAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MappingModel.COL_FIELD, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(MappingModel.COL_HEADER, 170)
        self.table.setColumnWidth(MappingModel.COL_FIELD, 240)  # the longest field name whole, beside the arrow
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(38)
        self.unmapped_label = QLabel(self)
        self.unmapped_label.setWordWrap(True)
        self.unmapped_label.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unmapped_label)

    def show_plan(self, plan: ImportPlan | None) -> None:
        self.model.set_plan(plan)
        if plan is None:
            self.unmapped_label.setText("")
            return
        specs = fields_of(plan.kind)
        for row in range(self.model.rowCount()):
            mapping_row = self.model.row(row)
            combo = QComboBox(self.table)
            combo.addItem(self.tr("— ignorée —"), IGNORED)
            for spec in specs:
                combo.addItem(QCoreApplication.translate("fields", spec.label), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping_row.field)))
            combo.setProperty("column", mapping_row.column)
            combo.currentIndexChanged.connect(
                lambda _index, c=combo, col=mapping_row.column: self.field_chosen.emit(
                    col, str(c.currentData()) or None
                )
            )
            self.table.setIndexWidget(self.model.index(row, MappingModel.COL_FIELD), combo)
        if plan.mapping.unmapped:
            self.unmapped_label.setText(
                self.tr("Colonnes non importées : {columns}").format(columns=", ".join(plan.mapping.unmapped))
            )
        else:
            self.unmapped_label.setText(self.tr("Toutes les colonnes sont importées."))

    def combo(self, column: int) -> QComboBox | None:
        """The list choosing the field of the file's column ``column``."""
        for row in range(self.model.rowCount()):
            widget = self.table.indexWidget(self.model.index(row, MappingModel.COL_FIELD))
            if isinstance(widget, QComboBox) and widget.property("column") == column:
                return widget
        return None


class PreviewPanel(QGroupBox):
    """The first records as they will be imported."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Aperçu : les premières lignes telles qu'elles seront importées"), parent)
        self.model = PreviewModel(self)
        self.table = _table(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        QVBoxLayout(self).addWidget(self.table)

    def show_plan(self, plan: ImportPlan | None) -> None:
        self.model.set_plan(plan)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), PREVIEW_MAX_WIDTH))

    def headers(self) -> list[str]:
        return self.model.headers()

    def text(self) -> list[list[str]]:
        """What the preview shows, cell by cell (for tests and screenshots)."""
        m = self.model
        return [[m.index(r, c).data() or "" for c in range(m.columnCount())] for r in range(m.rowCount())]


class ProblemsPanel(QGroupBox):
    """« À vérifier »: what the import would do, counted, then each problem by line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("À vérifier"), parent)
        self.counts_label = QLabel(self)
        self.counts_label.setWordWrap(True)
        self.counts_label.setObjectName("ImportCounts")
        self.counts_label.setStyleSheet("font-size: 12pt;")
        self.model = ProblemsModel(self)
        self.table = _table(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(ProblemsModel.COL_WHY, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.table, 1)

    def show_plan(self, plan: ImportPlan | None) -> None:
        self.model.set_plan(plan)
        if plan is None:
            self.counts_label.setText("")
            return
        reading = plan.reading
        self.counts_label.setText(
            self.tr(
                "<b>{new}</b> nouveaux · <b>{updated}</b> mis à jour · <b>{unchanged}</b> inchangés · "
                "<b>{duplicates}</b> doublons fusionnés · <b>{problems}</b> lignes avec un problème"
            ).format(
                new=len(plan.new),
                updated=len(plan.updated),
                unchanged=plan.unchanged,
                duplicates=len(reading.duplicates),
                problems=len({p.line for p in reading.problems}),
            )
        )
        self.table.resizeColumnToContents(ProblemsModel.COL_LINE)
        self.table.resizeColumnToContents(ProblemsModel.COL_FIELD)

    def text(self) -> list[str]:
        m = self.model
        return [" | ".join(m.index(r, c).data() or "" for c in range(3)) for r in range(m.rowCount())]
