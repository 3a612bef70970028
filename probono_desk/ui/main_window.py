"""The main window: the event's name and date, the day's screens, the menu, the status bar (station, last backup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from probono_desk import __version__
from probono_desk.core.dates import hhmm, long_date
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error
from probono_desk.ui.screens import screen_specs
from probono_desk.ui.tasks import Op, drain

BACKUP_INTERVAL_MS = 5 * 60 * 1000
CLOSE_WAIT_S = 120  # the longest a closing window waits for its background work (a large backup)
NAV_WIDTH = 200


class ScreenScroll(QScrollArea):
    """A screen scrolls rather than overlaps or pushes the window past a small laptop's screen. The screen gets
    the whole viewport, and never less than its minimum size (unlike ``widgetResizable``, which asks for the
    preferred height as soon as a label wraps); at 1280×800 and above every screen fits, so no bar shows."""

    def __init__(self, screen: QWidget) -> None:
        super().__init__()
        self.setObjectName("ScreenScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(screen)
        screen.setAutoFillBackground(False)  # after setWidget, which turns it on: the page stays white
        screen.installEventFilter(self)

    def _fit(self) -> None:
        screen = self.widget()
        if screen is None:
            return
        minimum = screen.minimumSizeHint().expandedTo(screen.minimumSize())
        room = self.maximumViewportSize()  # the viewport without scroll bars
        width = max(room.width(), minimum.width())
        if minimum.height() > room.height():  # a vertical bar will show: it takes some width
            width = max(room.width() - self.verticalScrollBar().sizeHint().width(), minimum.width())
        height = max(room.height(), minimum.height())
        if width > room.width():
            height = max(room.height() - self.horizontalScrollBar().sizeHint().height(), minimum.height())
        if screen.size() != QSize(width, height):
            screen.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return False


class MainWindow(QMainWindow):
    screen_changed = Signal(str)
    new_event_requested = Signal()
    open_requested = Signal()
    close_requested = Signal()
    backup_finished = Signal()  # a background copy landed
    restore_requested = Signal(Path)  # a backup to put in place of this event's file (the launcher does it)
    open_path_requested = Signal(Path)  # an event file to open instead of this one (a practice copy just made)

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self._import_dialog: QWidget | None = None
        self._dirty: set[int] = set()
        self._closing_for_good = False
        self._released = False
        self.real_day_box: QWidget | None = None  # « C'est le jour J… » on a practice copy (the launcher asks)

        # --- header: what event this is, at a glance ---
        self.title_label = QLabel(self)
        self.title_label.setObjectName("EventTitle")
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("EventSubtitle")
        brand = QLabel(self.tr("Marathon Probono"), self)
        brand.setObjectName("Brand")
        header = QWidget(self)
        header.setObjectName("Header")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(24, 10, 24, 10)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header_layout.addLayout(titles, 1)
        header_layout.addWidget(brand, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)

        # --- navigation between the day's screens ---
        self.nav = QListWidget(self)
        self.nav.setObjectName("Navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setAccessibleName(self.tr("Écrans"))
        self.stack = QStackedWidget(self)
        self.specs = screen_specs()
        self._built: dict[int, QWidget] = {}  # row -> screen, built the first time it is shown
        for number, spec in enumerate(self.specs, start=1):
            title = spec.translated_title()
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if number <= 9:
                item.setToolTip(self.tr("{title} (Ctrl+{number})").format(title=title, number=number))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget(self.stack))  # stands in until the screen is first shown
        self.nav.currentRowChanged.connect(self._show_row)

        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(16, 12, 16, 10)
        page_layout.addWidget(self.stack)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(page, 1)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(header)
        # --- read-only: the data shown, every write refused, and the reason said on top ---
        self.read_only_banner = QLabel(
            self.tr(
                "Lecture seule : ce fichier est sur un support protégé en écriture (clé USB verrouillée, dossier "
                "protégé). Les données s'affichent, mais aucune modification n'est possible. Pour travailler, "
                "copiez le fichier dans un dossier où l'on peut écrire, puis ouvrez la copie."
            ),
            self,
        )
        self.read_only_banner.setObjectName("ReadOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "QLabel#ReadOnlyBanner { background: #fff3cd; color: #5c4400; border-bottom: 1px solid #e0c36a;"
            " padding: 8px 24px; font-weight: bold; }"
        )
        self.read_only_banner.setVisible(ctx.ev.read_only)
        outer.addWidget(self.read_only_banner)
        from probono_desk.ui.practice import PracticeBand

        self.practice_band = PracticeBand(ctx, central)  # EXERCICE above every screen of a practice copy
        outer.addWidget(self.practice_band)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        # --- status bar ---
        self.station_label = QLabel(self)
        self.station_label.setObjectName("StationLabel")
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("BackupLabel")
        self.statusBar().addWidget(self.station_label)
        self.statusBar().addPermanentWidget(self.backup_label)

        self._build_menu()
        for number, _spec in enumerate(self.specs[:9], start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, row=number - 1: self.nav.setCurrentRow(row))
            self.addAction(action)

        ctx.data_changed.connect(self.refresh)
        self._backup_running = False
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self._backup_timer.timeout.connect(self.backup_in_background)
        self._backup_timer.start()

        from probono_desk.ui.tour import Tours

        self.tours = Tours(self)  # the first time a screen opens: what to do at this moment of the day
        self.nav.setCurrentRow(0)
        self.refresh_header()
        if ctx.ev.read_only:  # what would write to the file is off; anything else that tries says why
            for action in (self.import_action, self.restore_action, self.anonymise_action):
                action.setEnabled(False)
            self._backup_timer.stop()

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.new_action = menu.addAction(self.tr("&Nouvel événement…"))
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_event_requested)
        self.open_action = menu.addAction(self.tr("&Ouvrir…"))
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_requested)
        menu.addSeparator()
        self.import_action = menu.addAction(self.tr("&Importer…"))
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.open_import())
        self.save_copy_action = menu.addAction(self.tr("&Sauvegarder une copie…"))
        self.save_copy_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_copy_action.triggered.connect(self.save_copy)
        self.practice_action = menu.addAction(self.tr("Ré&pétition…"))
        self.practice_action.setToolTip(self.tr("Une copie d'exercice de l'événement, marquée EXERCICE partout"))
        self.practice_action.triggered.connect(self.ask_practice)
        self.restore_action = menu.addAction(self.tr("&Restaurer une sauvegarde…"))
        self.restore_action.triggered.connect(lambda: self.open_restore())
        self.anonymise_action = menu.addAction(self.tr("&Anonymiser après l'événement…"))
        self.anonymise_action.triggered.connect(lambda: self.ask_anonymise())
        from probono_desk.ui.stations import install_stations  # Héberger / Rejoindre, the link in the status bar

        self.stations = install_stations(self, self.ctx, menu)
        menu.addSeparator()
        self.close_action = menu.addAction(self.tr("&Fermer"))
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close_requested)
        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        self.tour_action = help_menu.addAction(self.tr("&Visite guidée de cet écran"))
        self.tour_action.triggered.connect(lambda: self.tours.show_now(self.nav_key(self.nav.currentRow())))
        self.tours_enabled_action = help_menu.addAction(self.tr("Visites guidées à la première ouverture"))
        self.tours_enabled_action.setCheckable(True)
        help_menu.addSeparator()
        self.about_action = help_menu.addAction(self.tr("À &propos de probono_desk"))
        self.about_action.triggered.connect(self.show_about)

    # --- navigation ----------------------------------------------------------------------------------------------

    @property
    def screens(self) -> list[QWidget]:
        """The screens built so far, in navigation order."""
        return [self._built[row] for row in sorted(self._built)]

    def _screen_at(self, row: int) -> QWidget:
        screen = self._built.get(row)
        if screen is None:
            screen = self.specs[row].build(self.ctx)
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, ScreenScroll(screen))
            if stand_in is not None:
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
            self._built[row] = screen
            self._dirty.discard(row)  # a new screen reads fresh data
        return screen

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        screen = self._screen_at(row)
        self.stack.setCurrentIndex(row)
        if row in self._dirty:
            self._dirty.discard(row)
            self._refresh_screen(screen)
        self.screen_changed.emit(self.nav_key(row))

    def nav_key(self, row: int) -> str:
        item = self.nav.item(row)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def nav_titles(self) -> list[str]:
        return [self.nav.item(row).text() for row in range(self.nav.count())]

    def show_screen(self, key: str) -> QWidget | None:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.nav.setCurrentRow(row)
                return self._screen_at(row)
        return None

    def screen_widget(self, key: str) -> QWidget | None:
        """The screen for ``key``, built if it was not yet (without showing it)."""
        row = next((r for r, spec in enumerate(self.specs) if spec.key == key), None)
        return None if row is None else self._screen_at(row)

    # --- data ----------------------------------------------------------------------------------------------------

    def refresh_header(self) -> None:
        info = self.ctx.ev.info
        from probono_desk.ui.practice import practice_title

        self.setWindowTitle(practice_title(self.ctx, f"{info.name} — probono_desk"))
        self.title_label.setText(info.name)
        parts = [long_date(info.date, weekday=True)]
        if info.venue:
            parts.append(info.venue)
        self.subtitle_label.setText(" · ".join(parts))
        self.station_label.setText(self.tr("Poste : {station}").format(station=self.ctx.ev.station))
        last = self.ctx.ev.last_backup
        self.backup_label.setText(
            self.tr("Dernière sauvegarde : {time}").format(time=hhmm(last))
            if last
            else self.tr("Pas encore de sauvegarde")
        )

    def refresh(self) -> None:
        """Data changed (here or in another process): the header and the visible screen now, the others when shown."""
        self.refresh_header()
        current = self.stack.currentIndex()
        for row, screen in self._built.items():
            if row == current:
                self._refresh_screen(screen)
            else:
                self._dirty.add(row)

    @staticmethod
    def _refresh_screen(screen: QWidget) -> None:
        refresh = getattr(screen, "refresh", None)
        if callable(refresh):
            refresh()

    def backup_in_background(self) -> None:
        """The 5-minute copy, on a worker with its own connection: a file heavy with attachments never freezes the
        desk in the middle of the rush."""
        if self._backup_running:
            return
        self._backup_running = True

        def done(_target: Path | None) -> None:
            self._backup_running = False
            self.ctx.ev.last_backup = self.ctx.ev.now_iso()
            self.refresh_header()
            self.backup_finished.emit()

        def failed(exc: BaseException) -> None:
            self._backup_running = False
            self.statusBar().showMessage(self.tr("Sauvegarde impossible : {error}").format(error=str(exc)), 10_000)

        Op.on_event(self.ctx.ev, lambda ev: ev.backup(), done, failed, owner=self).start()

    def backup_now(self) -> Path | None:
        target: Path | None = None
        try:
            target = self.ctx.ev.backup()
        except Exception as exc:  # noqa: BLE001 - a failed backup is reported, the day goes on
            self.statusBar().showMessage(self.tr("Sauvegarde impossible : {error}").format(error=str(exc)), 10_000)
        self.refresh_header()
        return target

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
            self.tr("Sauvegarder une copie"),
            suggested,
            self.tr("Événement probono_desk (*.probono)"),
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
            self.statusBar().showMessage(self.tr("Copie enregistrée : {path}").format(path=written), 10_000)

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

    def release_file(self) -> None:
        """Let go of the event file without a closing backup (it is about to be replaced by a restore)."""
        if not self._released:
            self._released = True
            self._backup_timer.stop()
            drain(CLOSE_WAIT_S)
            self.ctx.close()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("À propos de probono_desk"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            self.tr(
                "<b>probono_desk {version}</b><br>Le poste de pilotage d'un Marathon Probono : check-in, équipes, "
                "chrono, livrables, impressions.<br>Hors ligne ; tout l'événement tient dans un fichier.<br><br>"
                "Fichier ouvert : {path}"
            ).format(version=__version__, path=self.ctx.ev.path or "")
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._about_box = box

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._released:
            self._released = True
            self._backup_timer.stop()
            drain(CLOSE_WAIT_S)  # a backup (a copy, a document) in flight completes before the file closes
            try:
                self.ctx.ev.backup(reason="fermeture")
            except Exception:  # noqa: BLE001,S110 - closing must not be prevented by a failed backup copy
                pass
            self.ctx.close()
        super().closeEvent(event)
