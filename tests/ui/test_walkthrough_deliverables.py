"""Found living through the day at 16h50: the referent saves the team's Trail pair and must see that it is saved."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.deliverables import DeliverablesScreen
from probono_desk.ui.main_window import MainWindow
from tests.unit.test_checkin_service import assign_teams


def test_saving_the_trail_says_it_is_saved(qtbot: QtBot, demo_path: Path, clock: FixedClock) -> None:
    ev = Event.open(demo_path, clock=clock, station="table-1")
    assign_teams(ev)
    first = ev.roster.structures()[0]
    team = [v for v in ev.roster.volunteers() if v.structure_id == first.id]
    for v in team[:3]:
        ev.checkin.check_in_volunteer(v.id)
    window = MainWindow(EventContext(ev))
    qtbot.addWidget(window)
    window.show()
    screen = window.show_screen("deliverables")
    assert isinstance(screen, DeliverablesScreen)
    screen.tabs.setCurrentWidget(screen.trail)
    screen.trail.load(first.id)
    screen.trail.set_picked(team[0].id, True)
    screen.trail.set_picked(team[1].id, True)
    assert screen.trail.save()
    assert screen.trail.status.text().startswith("Trail enregistré à")  # the window refreshed and kept the word
    window.ctx.close()
