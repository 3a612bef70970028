"""The teams screen follows the day plan: absent once the plan's check-in phase is over (late start included);
the missions overview colours the teams behind the milestones the plan expects by now."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.teams_board import ABSENT, EXPECTED, PRESENT, TeamsScreen


@pytest.fixture
def screen(qtbot: QtBot, demo_path: Path, clock: FixedClock) -> TeamsScreen:
    ctx = EventContext(Event.open(demo_path, clock=clock, station="orga"))
    widget = TeamsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    yield widget
    ctx.close()


def _presences(screen: TeamsScreen) -> dict[str, str]:
    board = next(iter(screen.boards.values()))
    return {vid: view.presence for vid, view in board.members.views.items()}


def test_absent_once_the_teams_start_work(screen: TeamsScreen, clock: FixedClock) -> None:
    ev = screen.ctx.ev
    first = next(iter(_presences(screen)))
    ev.checkin.check_in_volunteer(first)
    clock.set(datetime(2019, 12, 5, 9, 29))
    screen.refresh(force=True)
    others = {p for vid, p in _presences(screen).items() if vid != first}
    assert _presences(screen)[first] == PRESENT and others == {EXPECTED}

    clock.set(datetime(2019, 12, 5, 9, 31))
    screen.refresh(force=True)
    assert {p for vid, p in _presences(screen).items() if vid != first} == {ABSENT}

    # the door is busy: the organiser gives the check-in phase 20 more minutes, so the teams start at 9h50
    clock.set(datetime(2019, 12, 5, 8, 50))
    ev.schedule.start()
    ev.schedule.add_minutes(20)
    clock.set(datetime(2019, 12, 5, 9, 45))
    screen.refresh(force=True)
    assert {p for vid, p in _presences(screen).items() if vid != first} == {EXPECTED}
    clock.set(datetime(2019, 12, 5, 9, 51))
    screen.refresh(force=True)
    assert {p for vid, p in _presences(screen).items() if vid != first} == {ABSENT}


def test_missions_overview_colours_teams_behind_the_plan(screen: TeamsScreen, clock: FixedClock) -> None:
    ev = screen.ctx.ev
    panel = screen.missions
    screen.tabs.setCurrentWidget(panel)
    structures = ev.roster.structures()
    cadrage, diagnostic, *_ = ev.missions.milestones()
    clock.set(datetime(2019, 12, 5, 10, 5))
    for s in structures[:2]:
        ev.missions.tick(s.id, cadrage.id)
    ev.missions.tick(structures[1].id, diagnostic.id)
    clock.set(datetime(2019, 12, 5, 11, 20))  # "diagnostic partagé" is due (end of "Découverte avec la structure")
    panel.refresh()

    def row(i: int) -> tuple[str, str | None]:
        text = panel.model.data(panel.model.index(i, panel.model.COL_PROGRESS))
        brush = panel.model.data(panel.model.index(i, panel.model.COL_TEAM), Qt.ItemDataRole.BackgroundRole)
        return text, brush.color().name() if brush else None

    assert row(0) == ("1/7 · cadrage · 1 étape(s) de retard", "#ffe0b2")
    assert row(1) == ("2/7 · diagnostic partagé", None)
    assert row(2) == ("0/7 · 2 étape(s) de retard", "#ffcdd2")
