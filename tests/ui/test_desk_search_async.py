"""The desk's typo-tolerant search runs off the UI thread; an answer for a query the person has since changed
is dropped; Enter reuses the list already computed for the same text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings

from probono_desk.core.checkin import CheckedIn
from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.desk import DeskScreen
from tests.helpers import list_texts


@pytest.fixture
def desk(qtbot: QtBot, demo_path: Path, clock: FixedClock, tmp_path: Path) -> Iterator[DeskScreen]:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    ctx = EventContext(Event.open(demo_path, clock=clock, station="porte-1"))
    screen = DeskScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.sounds.set_muted(True)
    yield screen
    screen.camera.stop()
    ctx.close()


def _texts(desk: DeskScreen) -> list[str]:
    return list_texts(desk.results_model)


def test_typo_results_arrive_from_the_worker(qtbot: QtBot, desk: DeskScreen) -> None:
    qtbot.keyClicks(desk.field, "amelie dupnot")
    qtbot.waitUntil(lambda: desk.results.isVisible(), timeout=5000)
    assert _texts(desk)[0].startswith("Amélie Dupont")
    assert not desk.search_running


def test_exact_results_come_without_a_worker(desk: DeskScreen) -> None:
    desk.field.setText("dupont")
    desk._run_search()
    assert not desk.search_running and desk.results_model.rowCount() == 2


def test_a_stale_answer_is_dropped(qtbot: QtBot, desk: DeskScreen) -> None:
    desk.field.setText("dupnot")
    desk._run_search()
    op = desk._search_op
    assert desk.search_running and op is not None
    qtbot.keyClicks(desk.field, "x")  # the person typed more before the answer came
    desk._search_timer.stop()  # (the search for the longer text is not what this test is about)
    assert op.cancelled and not desk.search_running
    qtbot.waitUntil(lambda: not op.running, timeout=5000)
    assert not desk.results.isVisible()
    ids = [desk.ctx.ev.roster.volunteers()[0].id]
    desk._rough_done("dupnot", ids)  # an answer for a text no longer in the field
    assert not desk.results.isVisible()


def test_enter_reuses_the_list_computed_while_typing(qtbot: QtBot, desk: DeskScreen, monkeypatch) -> None:
    qtbot.keyClicks(desk.field, "amelie dupnot")
    qtbot.waitUntil(lambda: desk.results.isVisible(), timeout=5000)
    monkeypatch.setattr(desk.service, "search", lambda *_a, **_k: pytest.fail("searched again"))
    desk.submit()
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.name == "Amélie Dupont"
