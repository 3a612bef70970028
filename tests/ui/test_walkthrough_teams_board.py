"""Found living through the day: right after importing, before « Former les équipes », each board lists its broken
rules in a space too small for them on a 1280×800 laptop. The first words (the rule) must show, not the middle."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.main_window import MainWindow
from probono_desk.ui.teams_board import TeamsScreen
from tests.conftest import STRUCTURES_CSV, VOLUNTEERS_CSV
from tests.ui.test_walkthrough_missions import styled  # noqa: F401 - the application's real look

__all__ = ["styled"]


def test_broken_rules_before_forming_show_their_first_line(
    qtbot: QtBot,
    tmp_path,  # type: ignore[no-untyped-def]
    clock: FixedClock,
    styled,  # noqa: F811
) -> None:
    ev = Event.create(tmp_path / "new.probono", name="Marathon", date="2019-12-05", clock=clock)
    ev.registrations.import_file(STRUCTURES_CSV)
    ev.registrations.import_file(VOLUNTEERS_CSV)
    window = MainWindow(EventContext(ev))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    screen = window.show_screen("teams")
    assert isinstance(screen, TeamsScreen)
    board = next(iter(screen.boards.values()))
    label = board.checks_label
    assert label.text().startswith("✗ Taille")  # nobody placed yet: the rules are broken
    squeezed = label.heightForWidth(label.width()) > label.height()
    if squeezed:  # not all of it fits: it is cut at the bottom, never above the first line
        assert label.alignment() & Qt.AlignmentFlag.AlignTop
    for other in screen.boards.values():
        assert other.gaps_label.alignment() & Qt.AlignmentFlag.AlignTop or (
            other.gaps_label.heightForWidth(other.gaps_label.width()) <= other.gaps_label.height()
        )
    assert squeezed  # the case this test is about does happen at 1280×800
    window.ctx.close()
