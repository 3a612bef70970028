"""One column of a table takes the room the others leave, never less than a readable minimum: the table scrolls
sideways rather than squeeze it (a header's Stretch mode shrinks it to a few letters as soon as the other columns
fill the width)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnFitter(QObject):
    def __init__(self, table: QTableView, column: int, minimum: int) -> None:
        super().__init__(table)
        self.table = table
        self.column = column
        self.minimum = minimum
        self._fitting = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._section_resized)
        table.viewport().installEventFilter(self)
        model = table.model()
        if model is not None:
            model.modelReset.connect(self.fit)
            model.layoutChanged.connect(self.fit)
        self.fit()

    def _section_resized(self, _index: int, _old: int, _new: int) -> None:
        self.fit()

    def fit(self) -> None:
        try:
            header = self.table.horizontalHeader()
        except RuntimeError:  # the table is being destroyed
            return
        if self._fitting or header.count() <= self.column:
            return
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != self.column)
        width = max(self.minimum, self.table.viewport().width() - others)
        if header.sectionSize(self.column) != width:
            self._fitting = True  # resizing the column emits sectionResized again
            try:
                header.resizeSection(self.column, width)
            finally:
                self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
