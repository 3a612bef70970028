"""Found living through the day: a new event (Nouvel événement) has no programme yet. The Chrono must say so, not
"Journée terminée", and loading the Marathon template into it has nothing to lose, so it does not ask."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton

from probono_desk.services.event import Event
from probono_desk.ui.chrono import ChronoScreen
from probono_desk.ui.context import EventContext
from probono_desk.ui.main_window import MainWindow
from tests.ui.test_schedule_chrono import screen_for
from tests.ui.test_walkthrough_missions import styled  # noqa: F401 - the application's real look

__all__ = ["styled"]


def test_a_new_event_without_a_programme_says_so(qtbot: QtBot, event: Event) -> None:
    assert event.schedule.plan().phases == () or not event.schedule.plan().phases
    screen = screen_for(qtbot, event)
    screen.tick()
    assert "terminée" not in screen.state_label.text()
    assert screen.state_label.text().startswith("Aucun programme")


def test_the_template_loads_into_an_empty_programme_without_asking(qtbot: QtBot, event: Event) -> None:
    screen = screen_for(qtbot, event)
    screen.load_template()
    assert len(event.schedule.plan().phases) == 13
    assert getattr(screen, "_confirm_box", None) is None or not screen._confirm_box.isVisible()
    screen.tick()
    assert not screen.state_label.text().startswith("Aucun programme")


def test_the_start_button_still_reads_once_the_day_has_started(qtbot: QtBot, demo: Event, styled) -> None:  # noqa: F811
    window = MainWindow(EventContext(demo))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    screen = window.show_screen("chrono")
    assert isinstance(screen, ChronoScreen)
    enabled_hint = screen.start_button.sizeHint()
    screen.start_day()
    screen.tick()
    QApplication.processEvents()
    button = screen.start_button
    assert not button.isEnabled()
    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    assert room.height() >= button.fontMetrics().height()  # « Démarrer la journée » greyed, its accents not cut
    assert button.sizeHint().height() == enabled_hint.height()  # the row does not jump when the day starts
