"""Which window is shown: the start page, or the main window on an open event."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from probono_desk.core.errors import EventFileError, ProbonoError, WriteFailed
from probono_desk.services.event import Event
from probono_desk.ui.app_settings import (  # noqa: F401 - recent_events re-exported
    forget_event,
    recent_events,
    remember_event,
    saved_station,
)
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error
from probono_desk.ui.main_window import MainWindow


class Launcher(QObject):
    def __init__(self, station: str | None = None, desk: bool = False) -> None:
        super().__init__()
        self.station = station or saved_station()
        self.desk = desk
        self.window: MainWindow | None = None
        self.start_page: QWidget | None = None

    # --- opening -------------------------------------------------------------------------------------------------

    def open_path(self, path: Path) -> MainWindow:
        """Open an event file; a foreign, newer or damaged file raises ``ProbonoError`` and is left untouched."""
        event = Event.open(path, station=self.station)
        remember_event(path)
        return self._show_event(event)

    def create_event(
        self, path: Path, name: str, date: str, venue: str = "", *, language: str | None = None
    ) -> MainWindow:
        event = Event.create(path, name=name, date=date, venue=venue, language=language, station=self.station)
        remember_event(path)
        return self._show_event(event)

    def open_demo(self, after_the_day: bool = False) -> MainWindow:
        """A fresh copy of the demo: the day before (the default), or after the day and its Trail."""
        from probono_desk.services.demo import fresh_demo_path, write_demo

        path = fresh_demo_path()
        event = write_demo(path, station=self.station, after_the_day=after_the_day)
        remember_event(path)
        return self._show_event(event)

    def open_last_or_start(self) -> MainWindow | None:
        """`probono-desk` alone: the last event if it still opens, else the start page."""
        recent = recent_events()
        if recent:
            try:
                return self.open_path(Path(recent[0]))
            except ProbonoError:
                pass  # the start page lists it; opening it from there says why it cannot be opened
        self.show_start()
        return None

    def try_open(self, path: Path, parent: QWidget | None = None) -> MainWindow | None:
        """Open, or say why not; a damaged file with a good backup gets the offer to restore it."""
        try:
            return self.open_path(path)
        except EventFileError as exc:
            if isinstance(exc, WriteFailed) or not self.offer_backup(path, exc, parent):
                show_error(parent or self.start_page or self.window, exc)
            return None
        except ProbonoError as exc:
            show_error(parent or self.start_page or self.window, exc)
            return None

    def offer_backup(self, path: Path, exc: ProbonoError, parent: QWidget | None = None) -> QWidget | None:
        """The file cannot be opened: if a readable backup of it exists, ask whether to restore it."""
        from probono_desk.services.backups import newest_good_backup
        from probono_desk.ui.backups_dialog import offer_backup_box
        from probono_desk.ui.errors import error_text

        best = newest_good_backup(path)
        if best is None:
            return None
        box = offer_backup_box(parent or self.start_page or self.window, error_text(exc), best)
        box.accepted.connect(lambda: self.restore_backup(path, best.path))
        self.offer_box = box
        box.open()
        return box

    def restore_backup(self, path: Path, backup: Path) -> MainWindow | None:
        """Put ``backup`` in place of the event file (the current file is kept aside) and open the result."""
        from probono_desk.services.backups import restore

        path = Path(path)
        old = self.window
        if old is not None and old.ctx.ev.path is not None and old.ctx.ev.path.resolve() == path.resolve():
            old.release_file()
        try:
            restore(path, backup)
        except ProbonoError as exc:
            show_error(self.start_page or self.window, exc)
            if old is not None and old.ctx.ev.path == path:
                self.window = None
                old.close()
                old.deleteLater()
                return self.try_open(path)
            return None
        window = self.try_open(path)
        if window is not None:
            window.statusBar().showMessage(
                self.tr("Sauvegarde restaurée ; l'ancien fichier est gardé de côté."), 15_000
            )
        return window

    def ask_open(self, parent: QWidget | None = None) -> MainWindow | None:
        from PySide6.QtWidgets import QFileDialog  # loaded when first needed, not at start-up

        from probono_desk.ui.start_page import event_filter

        path, _filter = QFileDialog.getOpenFileName(parent, self.tr("Ouvrir un événement"), "", event_filter())
        return self.try_open(Path(path), parent) if path else None

    # --- windows -------------------------------------------------------------------------------------------------

    def show_start(self) -> QWidget:
        from probono_desk.ui.start_page import StartPage

        if self.start_page is None:
            self.start_page = StartPage(self)
        else:
            refresh = getattr(self.start_page, "refresh", None)
            if callable(refresh):
                refresh()
        self.start_page.show()
        self.start_page.raise_()
        return self.start_page

    def ask_new_event(self, parent: QWidget | None = None, then_import: bool = False) -> QWidget:
        from probono_desk.ui.start_page import NewEventDialog

        dialog = NewEventDialog(self, parent or self.start_page or self.window, then_import=then_import)
        dialog.open()
        return dialog

    def close_event(self) -> None:
        """Fichier → Fermer: back to the start page (shown first: never a moment without a window)."""
        self.show_start()
        if self.window is not None:
            window, self.window = self.window, None
            window.close()
            window.deleteLater()

    def _show_event(self, event: Event) -> MainWindow:
        ctx = EventContext(event)
        window = MainWindow(ctx)
        ctx.setParent(window)
        window.new_event_requested.connect(lambda: self.ask_new_event(window))
        window.open_requested.connect(lambda: self.ask_open(window))
        window.close_requested.connect(self.close_event)
        if event.path is not None:
            path = event.path
            window.restore_requested.connect(lambda backup: self.restore_backup(path, backup))
        window.open_path_requested.connect(lambda other: self.try_open(other, window))
        old, self.window = self.window, window
        # the new window is shown before the old one closes: never a moment without a window
        if self.desk and window.show_screen("checkin") is not None:
            from probono_desk.ui.desk_widgets import show_full_screen

            show_full_screen(window)
        else:
            window.show()
        if self.start_page is not None:
            self.start_page.hide()
        if old is not None:
            old.close()
            old.deleteLater()
        from probono_desk.ui.practice import ask_real_day

        window.real_day_box = ask_real_day(window, ctx, lambda real: self.try_open(real, window))
        return window
