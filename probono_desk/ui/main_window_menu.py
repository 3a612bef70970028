"""The main window's menus (Fichier, Aide) and what the Fichier menu opens: import, a copy, a practice copy, a
backup to restore, the anonymisation after the event, and the « À propos » box."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow, QWidget

from probono_desk import __version__
from probono_desk.core.i18n import translate
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error
from probono_desk.ui.tasks import Op

if TYPE_CHECKING:
    from probono_desk.ui.tour import Tours


class MainWindowMenus(QMainWindow):
    new_event_requested = Signal()
    open_requested = Signal()
    close_requested = Signal()
    restore_requested = Signal(Path)  # a backup to put in place of this event's file (the launcher does it)
    open_path_requested = Signal(Path)  # an event file to open instead of this one (a practice copy just made)

    ctx: EventContext
    nav: QListWidget
    tours: Tours
    _import_dialog: QWidget | None

    def nav_key(self, row: int) -> str:
        item = self.nav.item(row)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(translate("MainWindow", "&Fichier"))
        self.new_action = menu.addAction(translate("MainWindow", "&Nouvel événement…"))
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_event_requested)
        self.open_action = menu.addAction(translate("MainWindow", "&Ouvrir…"))
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_requested)
        menu.addSeparator()
        self.import_action = menu.addAction(translate("MainWindow", "&Importer…"))
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.open_import())
        self.save_copy_action = menu.addAction(translate("MainWindow", "&Sauvegarder une copie…"))
        self.save_copy_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_copy_action.triggered.connect(self.save_copy)
        self.practice_action = menu.addAction(translate("MainWindow", "Ré&pétition…"))
        self.practice_action.setToolTip(
            translate("MainWindow", "Une copie d'exercice de l'événement, marquée EXERCICE partout")
        )
        self.practice_action.triggered.connect(self.ask_practice)
        self.restore_action = menu.addAction(translate("MainWindow", "&Restaurer une sauvegarde…"))
        self.restore_action.triggered.connect(lambda: self.open_restore())
        self.anonymise_action = menu.addAction(translate("MainWindow", "&Anonymiser après l'événement…"))
        self.anonymise_action.triggered.connect(lambda: self.ask_anonymise())
        from probono_desk.ui.stations import install_stations  # Héberger / Rejoindre, the link in the status bar

        self.stations = install_stations(self, self.ctx, menu)
        menu.addSeparator()
        self.close_action = menu.addAction(translate("MainWindow", "&Fermer"))
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close_requested)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Aide"))
        self.tour_action = help_menu.addAction(translate("MainWindow", "&Visite guidée de cet écran"))
        self.tour_action.triggered.connect(lambda: self.tours.show_now(self.nav_key(self.nav.currentRow())))
        self.tours_enabled_action = help_menu.addAction(
            translate("MainWindow", "Visites guidées à la première ouverture")
        )
        self.tours_enabled_action.setCheckable(True)
        help_menu.addSeparator()
        self.about_action = help_menu.addAction(translate("MainWindow", "À &propos de probono_desk"))
        self.about_action.triggered.connect(self.show_about)

    # --- file menu -----------------------------------------------------------------------------------------------

    def open_import(self, path: Path | None = None) -> QWidget:
        """The import dialog (Ctrl+I), non-modal so the desk keeps working behind it."""
        from probono_desk.ui.import_dialog import ImportDialog

        if self._import_dialog is not None and self._import_dialog.isVisible():
            self._import_dialog.raise_()
            self._import_dialog.activateWindow()
            return self._import_dialog
        dialog = ImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "_import_dialog", None))
        self._import_dialog = dialog
        dialog.open()
        if path is not None:
            dialog.load(path)
        return dialog

    def save_copy(self) -> None:
        info = self.ctx.ev.info
        suggested = str(Path.home() / f"{info.name} - copie.probono")
        from PySide6.QtWidgets import QFileDialog  # the dialogs' classes load when first needed, not at start-up

        from probono_desk.ui.save_target import NO_DIALOG_QUESTION, write_then

        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "Sauvegarder une copie"),
            suggested,
            translate("MainWindow", "Événement probono_desk (*.probono)"),
            options=NO_DIALOG_QUESTION,
        )
        if path:
            from probono_desk.services.backups import copy_target

            write_then(self, [copy_target(path)], lambda: self.save_copy_to(Path(path)))

    def save_copy_to(self, path: Path) -> Path:
        """A consistent copy of the event file, the event staying open here. A file with its attachments can weigh
        hundreds of MB: the copy runs in a worker, through its own connection."""
        from probono_desk.services.backups import copy_target, save_copy

        target = copy_target(path)
        source = self.ctx.ev.path
        if source is None:
            return target

        def done(written: Path) -> None:
            self.statusBar().showMessage(
                translate("MainWindow", "Copie enregistrée : {path}").format(path=written), 10_000
            )

        Op(lambda: save_copy(source, target), done, lambda exc: show_error(self, exc), owner=self).start()
        return target

    def ask_practice(self) -> None:
        """Fichier → Répétition…: a practice copy of this event, opened once made (the real one is left alone)."""
        from probono_desk.ui.practice import ask_practice_copy

        ask_practice_copy(self, self.ctx, self.open_path_requested.emit)

    def open_restore(self) -> QWidget | None:
        """The event's backups; the chosen one is restored by the launcher (``restore_requested``)."""
        from probono_desk.ui.backups_dialog import RestoreDialog

        if self.ctx.ev.path is None:
            return None
        dialog = RestoreDialog(self.ctx.ev.path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.backup_chosen.connect(self.restore_requested)
        self._restore_dialog = dialog
        dialog.open()
        return dialog

    def ask_anonymise(self) -> QWidget:
        from probono_desk.ui.privacy_actions import anonymise

        return anonymise(self.ctx, self)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(translate("MainWindow", "À propos de probono_desk"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            translate(
                "MainWindow",
                "<b>probono_desk {version}</b><br>Le poste de pilotage d'un Marathon Probono : check-in, équipes, "
                "chrono, livrables, impressions.<br>Hors ligne ; tout l'événement tient dans un fichier.<br><br>"
                "Fichier ouvert : {path}",
            ).format(version=__version__, path=self.ctx.ev.path or "")
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._about_box = box
