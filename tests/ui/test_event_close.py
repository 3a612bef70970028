"""Closing the event (Fichier → Fermer, quitting): what was typed is written first, and no timer keeps working on
the closed file afterwards (the projector on the second screen, the missions clock, the deliverable's autosave)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.chrono import ChronoScreen
from probono_desk.ui.context import EventContext
from probono_desk.ui.deliverables import DeliverablesScreen
from probono_desk.ui.missions import MissionsPanel


def test_text_typed_just_before_closing_is_saved(qtbot: QtBot, demo_path: Path, clock: FixedClock) -> None:
    ctx = EventContext(Event.open(demo_path, clock=clock, station="test-poste"))
    screen = DeliverablesScreen(ctx)
    qtbot.addWidget(screen)
    sid = screen.current_structure()
    assert sid is not None
    screen.form._debounce.setInterval(60_000)  # the autosave has not fired yet when the organiser closes
    screen.form.summary.insertPlainText("Écrit une seconde avant la fermeture.")
    ctx.close()
    assert not screen.form._debounce.isActive() and not screen.form._ceiling.isActive()
    assert screen.form.save_now()  # as aboutToQuit calls it after the window closed: no error on the closed file
    with Event.open(demo_path) as reopened:
        assert reopened.deliverables.get(sid).text.summary == "Écrit une seconde avant la fermeture."


def test_the_projector_stops_when_the_event_closes(qtbot: QtBot, demo: Event) -> None:
    ctx = EventContext(demo)
    screen = ChronoScreen(ctx)
    qtbot.addWidget(screen)
    projector = screen.open_projector(None)
    qtbot.addWidget(projector)
    assert projector.timer.isActive()
    ctx.close()
    assert not projector.timer.isActive() and not projector.isVisible()
    assert not screen.timer.isActive()


def test_the_missions_clock_stops_when_the_event_closes(qtbot: QtBot, demo: Event) -> None:
    ctx = EventContext(demo)
    panel = MissionsPanel(ctx)
    qtbot.addWidget(panel)
    assert panel._clock_timer.isActive()
    ctx.close()
    assert not panel._clock_timer.isActive()
