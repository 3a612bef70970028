"""Fixtures of the window's tests: the open demo as the window holds it (``ctx``), the application's real look
(``styled``), the door's desk and the teams screen as the facilitators see them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.desk import DeskScreen
from probono_desk.ui.launcher import Launcher
from probono_desk.ui.style import apply_style
from probono_desk.ui.teams_board import TeamsScreen
from tests.helpers import assign_teams
from tests.ui.helpers import show_desk


@pytest.fixture
def ctx(demo: Event) -> Iterator[EventContext]:
    """The demo event as a window holds it (its services, ``data_changed``); closed at the end like the window does:
    what is pending is written, the timers stop, the file is closed."""
    context = EventContext(demo)
    yield context
    context.close()


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The application's real look, taken off again so other tests keep Qt's default."""
    font, sheet, style = QFont(qapp.font()), qapp.styleSheet(), qapp.style().name()
    apply_style(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setStyle(style)


@pytest.fixture
def desk(qtbot: QtBot, demo_path: Path, clock: FixedClock, tmp_path: Path) -> Iterator[DeskScreen]:
    """The door's desk on the demo with its teams and codes, shown, sounds muted."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    ev = Event.open(demo_path, clock=clock, station="porte-1")
    assign_teams(ev)
    ev.checkin.ensure_codes()
    context = EventContext(ev)
    screen = show_desk(qtbot, context)
    yield screen
    screen.camera.stop()
    context.close()


@pytest.fixture
def teams_screen(qtbot: QtBot, demo_path: Path, clock: FixedClock) -> Iterator[TeamsScreen]:
    """The teams screen on the demo at 1280×800."""
    ev = Event.open(demo_path, clock=clock, station="poste-ui")
    context = EventContext(ev)
    widget = TeamsScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    context.close()


@pytest.fixture
def launcher(qtbot: QtBot) -> Iterator[Launcher]:
    """The app's launcher in French at « Accueil 1 », its window and start page closed at the end."""
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    launcher = Launcher(station="Accueil 1")
    yield launcher
    if launcher.window is not None:
        launcher.window.close()
    if launcher.start_page is not None:
        launcher.start_page.close()
