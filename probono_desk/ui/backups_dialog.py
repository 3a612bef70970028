"""Fichier → Restaurer une sauvegarde… : the event's backups (time, reason, size), one picked, confirmed, restored.

And the question asked when an event file cannot be opened but a good backup of it exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.services.backups import BackupInfo, backups_of
from probono_desk.ui.table_model import RowsTableModel

REASONS = {
    "auto": QT_TRANSLATE_NOOP("backups", "automatique"),
    "fermeture": QT_TRANSLATE_NOOP("backups", "à la fermeture"),
    "avant-migration": QT_TRANSLATE_NOOP("backups", "avant une mise à jour du fichier"),
}


def reason_label(reason: str) -> str:
    return QCoreApplication.translate("backups", REASONS[reason]) if reason in REASONS else reason


def size_label(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def when_label(info: BackupInfo) -> str:
    return QCoreApplication.translate("backups", "{date} à {time}").format(
        date=info.taken_at.strftime("%d/%m/%Y"), time=info.taken_at.strftime("%H:%M:%S")
    )


class BackupsModel(RowsTableModel[BackupInfo]):
    """The backups of an event, newest first: when, why, how big."""

    COL_WHEN, COL_REASON, COL_SIZE = range(3)
    PATH_ROLE = Qt.ItemDataRole.UserRole + 2

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Raison"), self.tr("Taille")]

    def backup(self, row: int) -> BackupInfo:
        return self.row_at(row)

    def display(self, info: BackupInfo, col: int) -> Any:
        return (when_label(info), reason_label(info.reason), size_label(info.size))[col]

    def sort_value(self, info: BackupInfo, col: int) -> Any:
        return (info.taken_at.isoformat(), info.reason, info.size)[col]

    def role_data(self, info: BackupInfo, col: int, role: int) -> Any:
        return str(info.path) if role == self.PATH_ROLE else None


class RestoreDialog(QDialog):
    """Lists the backups; "Restaurer…" asks for confirmation, then emits ``backup_chosen`` (the launcher restores)."""

    backup_chosen = Signal(Path)

    def __init__(self, event_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_path = event_path
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.resize(720, 460)
        self.backups = backups_of(event_path)
        intro = QLabel(
            self.tr(
                "Choisissez la copie à remettre en place. Le fichier actuel n'est pas effacé : il est mis de côté "
                "à côté de l'événement ({name}.remplacé-…)."
            ).format(name=event_path.name),
            self,
        )
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.model.set_rows(self.backups)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("Aucune sauvegarde de cet événement pour l'instant."), self)
        self.empty_label.setVisible(not self.backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(self.tr("Restaurer…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(self.backups))
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.ask_confirmation)
        self.table.doubleClicked.connect(lambda _index: self.ask_confirmation())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        if self.backups:
            self.table.selectRow(0)
        self.confirm_box: QMessageBox | None = None

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def ask_confirmation(self) -> None:
        info = self.selected()
        if info is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        box.setText(
            self.tr(
                "Remettre l'événement dans l'état du {when} ({reason}) ?\n\nCe qui a été saisi depuis ne sera plus "
                "dans l'événement ; le fichier actuel est gardé de côté."
            ).format(when=when_label(info), reason=reason_label(info.reason))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restaurer"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self._confirmed(info))
        self.confirm_box = box
        box.open()

    def _confirmed(self, info: BackupInfo) -> None:
        self.accept()
        self.backup_chosen.emit(info.path)


def offer_backup_box(parent: QWidget | None, message: str, info: BackupInfo) -> QMessageBox:
    """The event file cannot be opened: say why and offer its newest good backup (not shown yet: call open())."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("backups", "Fichier d'événement illisible"))
    box.setText(
        QCoreApplication.translate(
            "backups",
            "{message}\n\nLa sauvegarde lisible la plus récente date du {when} ({reason}). La restaurer ? "
            "Le fichier abîmé est gardé de côté, jamais effacé.",
        ).format(message=message, when=when_label(info), reason=reason_label(info.reason))
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("backups", "Restaurer la sauvegarde"))
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("backups", "Annuler"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
