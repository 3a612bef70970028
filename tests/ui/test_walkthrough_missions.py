"""Found living through the day: the referent sets « à surveiller » from the status list of the Missions tab. The
list must be readable: the closed box is white on the status colour, its open list is not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from probono_desk.ui.style import apply_style
from probono_desk.ui.teams_board import TeamsScreen
from tests.ui.test_teams_board import screen  # noqa: F401 - the teams screen fixture

__all__ = ["screen"]


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    font, sheet, style = QFont(qapp.font()), qapp.styleSheet(), qapp.style().name()
    apply_style(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setStyle(style)


def test_the_status_list_reads_dark_on_light(qtbot: QtBot, screen: TeamsScreen, styled) -> None:  # noqa: F811
    panel = screen.missions
    screen.tabs.setCurrentWidget(panel)
    panel.table.selectRow(3)
    panel.status.showPopup()
    view = panel.status.view()
    qtbot.waitUntil(view.isVisible)
    image = view.viewport().grab().toImage()
    for row in range(panel.status.count()):
        if row == panel.status.currentIndex():
            continue  # the highlighted one may be light on dark
        rect = view.visualRect(panel.status.model().index(row, 0))
        darkest = min(
            image.pixelColor(x, y).lightness()
            for x in range(rect.left(), min(rect.right(), image.width() - 1))
            for y in range(rect.top(), min(rect.bottom(), image.height() - 1))
        )
        assert darkest < 120, panel.status.itemText(row)  # some text pixels are dark: the words can be read
    panel.status.hidePopup()
