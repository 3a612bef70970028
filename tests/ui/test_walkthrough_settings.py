"""Found living through the day: the organiser sets the PIN in Paramètres before the kiosk goes round, typing the
digits then Enter, as in every other field of the app."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.settings import SettingsScreen


def test_enter_in_the_pin_field_sets_the_pin(qtbot: QtBot, demo: Event) -> None:
    ctx = EventContext(demo)
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    box = screen.pin_box
    qtbot.keyClicks(box.new, "202612")
    qtbot.keyClick(box.new, Qt.Key.Key_Return)
    assert demo.privacy.has_pin() and demo.privacy.check_pin("202612")
    assert box.message.text() == "PIN enregistré."
    qtbot.keyClicks(box.current, "202612")
    qtbot.keyClicks(box.new, "777777")
    qtbot.keyClick(box.current, Qt.Key.Key_Return)  # Enter in « PIN actuel » too
    assert demo.privacy.check_pin("777777")
    ctx._timer.stop()
