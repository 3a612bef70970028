"""The files attached to a deliverable: listed with size and type, added from a file dialog, opened with the
system viewer (from a temporary copy), removed only after confirmation."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.dates import hhmm
from probono_desk.core.deliverables import MAX_ATTACHMENT_BYTES, Attachment, human_size
from probono_desk.core.errors import ProbonoError
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error
from probono_desk.ui.table_model import RowsTableModel
from probono_desk.ui.tasks import Op

_temp_dir: Path | None = None


def temp_dir() -> Path:
    """One folder for the copies opened in the system viewer, removed when the application quits."""
    global _temp_dir
    if _temp_dir is None:
        _temp_dir = Path(tempfile.mkdtemp(prefix="probono-pj-"))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(lambda: shutil.rmtree(_temp_dir or "", ignore_errors=True))
    return _temp_dir


class AttachmentsModel(RowsTableModel[Attachment]):
    COL_NAME, COL_SIZE, COL_TYPE = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Fichier"), self.tr("Taille"), self.tr("Type")]

    def attachment(self, row: int) -> Attachment:
        return self.row_at(row)

    def display(self, a: Attachment, col: int) -> Any:
        return [a.name, human_size(a.size), a.mime][col]

    def sort_value(self, a: Attachment, col: int) -> Any:
        return [a.name.lower(), a.size, a.mime][col]

    def tooltip(self, a: Attachment, col: int) -> Any:
        return f"{a.name}\n{human_size(a.size)} · {a.mime}\nSHA-256 {a.sha256[:16]}…\n{hhmm(a.added_at)}"

    def alignment(self, a: Attachment, col: int) -> Any:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if col == self.COL_SIZE else None


class AttachmentsPanel(QGroupBox):
    files_added = Signal(int)  # how many of the chosen files were stored
    opened = Signal(Path)  # the temporary copy handed to the system's viewer

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.structure_id: str | None = None
        self.setTitle(
            self.tr("Pièces jointes (max. {limit} par fichier)").format(limit=human_size(MAX_ATTACHMENT_BYTES))
        )
        self.model = AttachmentsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.add_button = QPushButton(self.tr("Ajouter…"), self)
        self.add_button.clicked.connect(self._choose_files)
        self.open_button = QPushButton(self.tr("Ouvrir"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Retirer…"), self)
        self.remove_button.clicked.connect(self.ask_remove_selected)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.table.setMinimumHeight(64)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.confirm_box: QMessageBox | None = None

    def load(self, structure_id: str | None) -> None:
        self.structure_id = structure_id
        self.model.set_rows(self.ctx.ev.deliverables.attachments(structure_id) if structure_id else [])

    def selected(self) -> Attachment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.attachment(rows[0].row()) if rows else None

    def _choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Joindre des fichiers au livrable"), str(Path.home()),
            self.tr("Tous les fichiers (*)"),
        )  # fmt: skip
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Each file is stored in the event file, in a worker (25 MB photos and slides are read, hashed and written
        there); a refused one (too big, unreadable) says why, the others go on. ``files_added`` says when done."""
        if self.structure_id is None or not paths:
            return
        structure_id = self.structure_id
        self.add_button.setEnabled(False)
        self.add_button.setText(self.tr("Ajout en cours…"))

        def done(result: tuple[int, list[ProbonoError]]) -> None:
            added, refused = result
            self._idle()
            if self.structure_id is not None:
                self.load(self.structure_id)
            if added:
                self.ctx.notify_changed()
            if refused:
                show_error(self, refused[0])
            self.files_added.emit(added)

        def failed(exc: BaseException) -> None:
            self._idle()
            show_error(self, exc)
            self.files_added.emit(0)

        Op.on_event(
            self.ctx.ev, lambda ev: ev.deliverables.add_attachments(structure_id, paths), done, failed, owner=self
        ).start()

    def _idle(self) -> None:
        self.add_button.setEnabled(True)
        self.add_button.setText(self.tr("Ajouter…"))

    def open_selected(self) -> None:
        """A copy in a temporary folder, written in a worker, then opened with the system's viewer."""
        attachment = self.selected()
        if attachment is None:
            return
        folder = temp_dir() / attachment.id

        def done(copy: Path) -> None:
            self.opened.emit(copy)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

        Op.on_event(
            self.ctx.ev,
            lambda ev: ev.deliverables.save_attachment_copy(attachment.id, folder),
            done,
            lambda exc: show_error(self, exc),
            owner=self,
        ).start()

    def ask_remove_selected(self) -> QMessageBox | None:
        """Removal waits for a 'Retirer' in a confirmation box (opened, never exec'd)."""
        attachment = self.selected()
        if attachment is None:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Retirer une pièce jointe"))
        box.setText(
            self.tr("Retirer « {name} » ({size}) du livrable ? Le fichier sera supprimé de l'événement.").format(
                name=attachment.name, size=human_size(attachment.size)
            )
        )
        remove = box.addButton(self.tr("Retirer"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Garder"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(QMessageBox.StandardButton.NoButton)

        def done() -> None:
            if box.clickedButton() is remove:
                try:
                    self.ctx.ev.deliverables.remove_attachment(attachment.id)
                except Exception as exc:  # noqa: BLE001
                    show_error(self, exc)
                self.load(self.structure_id)
                self.ctx.notify_changed()
            self.confirm_box = None

        box.finished.connect(lambda _result: done())
        self.confirm_box = box
        box.open()
        return box
