"""What several window tests share and that needs Qt (tests/helpers.py stays Qt-free for tests/unit)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.desk import DeskScreen
from probono_desk.ui.main_window import MainWindow


def open_window(qtbot: QtBot, path: Path, clock: FixedClock, station: str) -> MainWindow:
    """The whole window on an event file, shown, as this station."""
    win = MainWindow(EventContext(Event.open(path, clock=clock, station=station)))
    qtbot.addWidget(win)
    win.show()
    return win


def show_desk(qtbot: QtBot, ctx: EventContext) -> DeskScreen:
    """The door's desk on ``ctx``, shown at a laptop's size with its sounds muted (stop its camera at the end)."""
    screen = DeskScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1400, 850)
    screen.show()
    qtbot.waitExposed(screen)
    screen.sounds.set_muted(True)
    return screen


def scanner_types(qtbot: QtBot, desk: DeskScreen, text: str) -> None:
    """A USB scanner in keyboard mode: the characters, then Enter, into whatever has the focus."""
    assert desk.field.hasFocus()
    qtbot.keyClicks(desk.field, text)
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
