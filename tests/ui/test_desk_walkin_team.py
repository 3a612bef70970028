"""A walk-in at the desk gets a team proposed on the outcome card, accepted with one key (Ctrl+Enter)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.desk import DeskScreen
from tests.ui.helpers import show_desk


@pytest.fixture
def desk(qtbot: QtBot, demo_path: Path, clock: FixedClock, tmp_path: Path) -> Iterator[DeskScreen]:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    ctx = EventContext(Event.open(demo_path, clock=clock, station="porte-1"))
    screen = show_desk(qtbot, ctx)
    yield screen
    screen.camera.stop()
    ctx.close()


def _register(qtbot: QtBot, desk: DeskScreen, skills: str) -> str:
    dialog = desk.open_walk_in()
    qtbot.keyClicks(dialog.first_name, "Zoe")
    qtbot.keyClicks(dialog.last_name, "Sur-Place")
    qtbot.keyClicks(dialog.organisation, "Solo")
    dialog.skills.insert(skills)
    dialog.submit.click()
    assert not dialog.isVisible(), dialog.problem.text()
    return desk.last_outcome.volunteer_id  # type: ignore[union-attr]


def test_walk_in_card_proposes_a_team_and_ctrl_enter_places_them(qtbot: QtBot, desk: DeskScreen) -> None:
    vid = _register(qtbot, desk, "Levée de fonds")
    detail = desk.card.detail.text()
    assert "Équipe proposée : Table 4 — Garage Solidaire des Flandres" in detail
    assert "Levée de fonds" in detail and "Ctrl+Entrée" in detail
    assert desk.accept_team_button.isVisible() and "table 4" in desk.accept_team_button.text()

    desk.field.setFocus()
    qtbot.keyClick(desk.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ev = desk.ctx.ev
    seat = ev.checkin.seat(vid)
    assert seat.team == "Garage Solidaire des Flandres"
    assert desk.card.title.text() == "Zoe Sur-Place rejoint son équipe"
    assert "Table 4 — Garage Solidaire des Flandres" in desk.card.detail.text()
    assert not desk.accept_team_button.isVisible() and desk.proposal is None
    assert ev.db.execute("SELECT COUNT(*) FROM journal WHERE action = 'team.walk_in'").fetchone()[0] == 1

    qtbot.keyClick(desk.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # nothing pending: no-op
    assert ev.teams.undo() is not None
    assert ev.checkin.seat(vid).team == ""


def test_the_next_person_drops_the_pending_proposal(qtbot: QtBot, desk: DeskScreen) -> None:
    vid = _register(qtbot, desk, "Graphisme")
    assert desk.proposal is not None
    other = desk.ctx.ev.roster.volunteers()[0]
    desk.check_in(other.id)
    assert desk.proposal is None and not desk.accept_team_button.isVisible()
    desk.accept_team()
    assert desk.ctx.ev.checkin.seat(vid).team == ""
