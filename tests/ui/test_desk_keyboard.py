"""The desk at the door on a 1280×800 laptop, French, keyboard only: what the facilitator sees and presses does what
the hint line says (the row Enter takes, Ctrl+N for a walk-in, the walk-in card and its badge)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from probono_desk.app import install_fonts
from probono_desk.core.checkin import CheckedIn
from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.desk import DeskScreen
from probono_desk.ui.main_window import MainWindow
from tests.helpers import assign_teams


def _row_colour(desk: DeskScreen, row: int) -> QColor:
    image = desk.results.viewport().grab().toImage()
    rect = desk.results.visualRect(desk.results_model.index(row, 0))
    return image.pixelColor(rect.right() - 20, rect.center().y())


def test_the_search_row_that_enter_will_take_is_highlighted(qtbot: QtBot, desk: DeskScreen, styled) -> None:
    qtbot.keyClicks(desk.field, "DUPONT")
    qtbot.waitUntil(lambda: desk.results.isVisible() and desk.results_model.rowCount() == 2)
    assert desk.field.hasFocus()  # the list never takes the keyboard: its selection must show while inactive
    plain = desk.results.palette().base().color()
    assert _row_colour(desk, 0) != plain and _row_colour(desk, 1) == plain  # Enter takes the first one
    qtbot.keyClick(desk.field, Qt.Key.Key_Down)
    assert _row_colour(desk, 0) == plain and _row_colour(desk, 1) != plain  # ↓ shows which one Enter takes
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.name == "Manon Dupont"


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path, clock: FixedClock) -> Iterator[MainWindow]:
    """The whole window on the desk, as `--desk` opens it: its menu holds shortcuts too."""
    ev = Event.open(demo_path, clock=clock, station="porte-1")
    assign_teams(ev)
    ev.checkin.ensure_codes()
    win = MainWindow(EventContext(ev))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.ctx.close()


def test_ctrl_n_on_the_desk_opens_the_walk_in_form_not_a_new_event(qtbot: QtBot, window: MainWindow) -> None:
    desk = window.show_screen("checkin")
    assert isinstance(desk, DeskScreen)
    desk.sounds.set_muted(True, remember=False)
    desk.field.setFocus()
    qtbot.waitUntil(desk.field.hasFocus)
    new_events: list[bool] = []
    window.new_action.triggered.connect(lambda *_: new_events.append(True))
    qtbot.keyClick(desk.field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = getattr(desk, "walk_in_dialog", None)
    assert dialog is not None and dialog.isVisible()  # the hint line promises "Ctrl+N : sur place"
    assert new_events == []
    dialog.reject()
    qtbot.waitUntil(desk.field.hasFocus)  # back to the scan field for the next badge


def test_walk_in_card_with_its_proposal_fits_a_laptop_screen(qtbot: QtBot, window: MainWindow, styled) -> None:
    desk = window.show_screen("checkin")
    assert isinstance(desk, DeskScreen)
    desk.sounds.set_muted(True, remember=False)
    dialog = desk.open_walk_in()
    qtbot.keyClicks(dialog.first_name, "Sophie")
    qtbot.keyClicks(dialog.last_name, "Sur-Place")
    qtbot.keyClicks(dialog.organisation, "Decathlon")
    dialog.skills.insert("Finance / comptabilité")
    dialog.submit.click()
    assert desk.proposal is not None and desk.accept_team_button.isVisible()
    qtbot.waitUntil(lambda: desk.card.detail.height() > 0)
    QApplication.processEvents()
    card, title, detail = desk.card, desk.card.title, desk.card.detail
    assert desk.field.height() >= desk.field.minimumHeight()  # the scan field is not squashed
    assert title.geometry().bottom() < detail.geometry().top()  # the lines do not run over the name
    assert detail.heightForWidth(detail.width()) <= detail.height()  # every line shows, "Ctrl+Entrée" included
    assert detail.geometry().bottom() <= card.contentsRect().bottom()


def _walk_in(qtbot: QtBot, desk: DeskScreen) -> None:
    dialog = desk.open_walk_in()
    qtbot.keyClicks(dialog.first_name, "Paul")
    qtbot.keyClicks(dialog.last_name, "Sur-Place")
    dialog.submit.click()
    assert not dialog.isVisible(), dialog.problem.text()
    desk.activateWindow()
    qtbot.waitUntil(desk.field.hasFocus)  # the form closed: the scan field has the keyboard again


def test_the_walk_in_badge_prints_from_the_keyboard_and_says_where_it_is(
    qtbot: QtBot,
    desk: DeskScreen,
) -> None:
    _walk_in(qtbot, desk)
    opened: list[Path] = []

    def no_viewer(path: Path) -> bool:  # a laptop with no PDF viewer: the system says it could not open it
        opened.append(path)
        return False

    desk.open_file = no_viewer
    assert "Ctrl+P : son badge" in desk.hint.text()
    qtbot.keyClick(desk.field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert desk.card.title.text() == "Badge prêt à imprimer"
    assert str(opened[0]) in desk.card.detail.text()  # where to find it, since nothing opened
    assert desk.print_button.isEnabled() and desk.field.hasFocus()


def test_a_badge_that_fails_to_render_says_so_and_can_be_tried_again(
    qtbot: QtBot,
    desk: DeskScreen,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from probono_desk.services.documents import DocumentsService

    _walk_in(qtbot, desk)

    def full_disk(*_args: object, **_kwargs: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(DocumentsService, "render", full_disk)
    desk.print_walk_in_badge()
    qtbot.waitUntil(lambda: desk.card.title.text() == "Badge non imprimé", timeout=10_000)
    assert desk.print_button.isEnabled()  # not greyed out for the rest of the day
    assert desk.field.hasFocus()


def test_the_desk_still_fits_a_laptop_after_a_long_name_checks_in(qtbot: QtBot, window: MainWindow, styled) -> None:
    install_fonts(styled)  # the shipped DejaVu Sans, as the app runs (wider than the test machine's default)
    desk = window.show_screen("checkin")
    assert isinstance(desk, DeskScreen)
    desk.sounds.set_muted(True, remember=False)
    ev = window.ctx.ev
    long_name = ev.roster.add_volunteer(
        first_name="Marie-Charlotte", last_name="Vanhoutte-Delacroix de Saint-Amand", walk_in=True
    )
    desk.check_in(long_name.id)
    desk.print_button.setEnabled(True)
    qtbot.waitUntil(lambda: desk.undo_button.text() != "Annuler la dernière arrivée")
    QApplication.processEvents()
    page = 1280 - 200 - 32  # the window's width, less the navigation and margins (as tests/ui/test_polish.py)
    assert desk.minimumSizeHint().width() <= page  # no sideways scrolling at the door: the counters stay in view
    assert "Vanhoutte" in desk.undo_button.text() or "Vanhoutte" in desk.undo_button.toolTip()
