"""Found living through the day: a new event (Nouvel événement) has no programme yet. The Chrono must say so, not
"Journée terminée", and loading the Marathon template into it has nothing to lose, so it does not ask."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from probono_desk.services.event import Event
from tests.ui.test_schedule_chrono import screen_for


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
