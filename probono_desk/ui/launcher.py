"""Which window is shown: the start page, or the main window on an open event."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QWidget

from probono_desk.core.errors import ProbonoError
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error
from probono_desk.ui.main_window import MainWindow

MAX_RECENT = 8


def recent_events() -> list[str]:
    value = QSettings().value("recent_events", [])
    items: list[str] = [value] if isinstance(value, str) else [str(v) for v in value or []]  # type: ignore[attr-defined]
    return [p for p in items if Path(p).exists()]


def remember_event(path: Path) -> None:
    items = [str(path.resolve())] + [p for p in recent_events() if p != str(path.resolve())]
    QSettings().setValue("recent_events", items[:MAX_RECENT])


class Launcher(QObject):
    def __init__(self, station: str | None = None, desk: bool = False) -> None:
        super().__init__()
        self.station = station
        self.desk = desk
        self.window: MainWindow | None = None
        self.start_page: QWidget | None = None

    def open_path(self, path: Path) -> MainWindow:
        event = Event.open(path, station=self.station)
        remember_event(path)
        return self._show_event(event)

    def open_demo(self) -> MainWindow:
        from probono_desk.app import fresh_demo_path
        from probono_desk.services.demo import write_demo

        path = fresh_demo_path()
        event = write_demo(path, station=self.station)
        remember_event(path)
        return self._show_event(event)

    def open_last_or_start(self) -> None:
        self.show_start()

    def show_start(self) -> None:
        from probono_desk.ui.start_page import StartPage

        if self.start_page is None:
            self.start_page = StartPage(self)
        self.start_page.show()

    def _show_event(self, event: Event) -> MainWindow:
        ctx = EventContext(event)
        window = MainWindow(ctx)
        ctx.setParent(window)
        if self.window is not None:
            self.window.close()
        self.window = window
        if self.start_page is not None:
            self.start_page.hide()
        if self.desk and window.show_screen("checkin") is not None:
            window.showFullScreen()
        else:
            window.show()
        return window

    def try_open(self, path: Path) -> None:
        try:
            self.open_path(path)
        except ProbonoError as exc:
            show_error(self.start_page, exc)
