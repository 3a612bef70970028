"""What several window tests share and that needs Qt (tests/helpers.py stays Qt-free for tests/unit)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.main_window import MainWindow


def open_window(qtbot: QtBot, path: Path, clock: FixedClock, station: str) -> MainWindow:
    """The whole window on an event file, shown, as this station."""
    win = MainWindow(EventContext(Event.open(path, clock=clock, station=station)))
    qtbot.addWidget(win)
    win.show()
    return win
