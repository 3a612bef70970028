"""Found living through the day at the door (1280×800, French, keyboard only): what the facilitator sees and
presses must do what the hint line says."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from probono_desk.core.checkin import CheckedIn
from probono_desk.ui.desk import DeskScreen
from probono_desk.ui.style import apply_style
from tests.ui.test_desk import desk  # noqa: F401 - the desk fixture, as at the door

__all__ = ["desk"]


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The application's real look, taken off again so other tests keep Qt's default."""
    font, sheet, style = QFont(qapp.font()), qapp.styleSheet(), qapp.style().name()
    apply_style(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setStyle(style)


def _row_colour(desk: DeskScreen, row: int) -> QColor:
    image = desk.results.viewport().grab().toImage()
    rect = desk.results.visualItemRect(desk.results.item(row))
    return image.pixelColor(rect.right() - 20, rect.center().y())


def test_the_search_row_that_enter_will_take_is_highlighted(qtbot: QtBot, desk: DeskScreen, styled) -> None:  # noqa: F811
    qtbot.keyClicks(desk.field, "DUPONT")
    qtbot.waitUntil(lambda: desk.results.isVisible() and desk.results.count() == 2)
    assert desk.field.hasFocus()  # the list never takes the keyboard: its selection must show while inactive
    plain = desk.results.palette().base().color()
    assert _row_colour(desk, 0) != plain and _row_colour(desk, 1) == plain  # Enter takes the first one
    qtbot.keyClick(desk.field, Qt.Key.Key_Down)
    assert _row_colour(desk, 0) == plain and _row_colour(desk, 1) != plain  # ↓ shows which one Enter takes
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.name == "Manon Dupont"
