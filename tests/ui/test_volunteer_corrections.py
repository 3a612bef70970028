"""The volunteers list's check-in corrections: arrival time column, check in by hand, undo an arrival after
confirmation, a new code for a lost badge, and that person's badge printed off the UI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QMessageBox

from probono_desk.core.checkin import Revoked
from probono_desk.core.clock import FixedClock
from probono_desk.core.codes import format_code, qr_payload
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.volunteers import VolunteersModel, VolunteersScreen


@pytest.fixture
def screen(qtbot: QtBot, demo_path: Path, clock: FixedClock) -> VolunteersScreen:
    ctx = EventContext(Event.open(demo_path, clock=clock, station="orga"))
    widget = VolunteersScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    yield widget
    ctx.close()


def _pick(screen: VolunteersScreen, volunteer_id: str) -> str:
    v = screen.ctx.ev.roster.volunteer(volunteer_id)
    screen.search.setText(f"{v.first_name} {v.last_name}")
    assert screen.select(volunteer_id)
    assert screen.proxy.rowCount() == 1
    return volunteer_id


def _present_cell(screen: VolunteersScreen) -> str:
    return str(screen.proxy.data(screen.proxy.index(0, VolunteersModel.COL_PRESENT)) or "")


def _click(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    button.click()


def test_check_in_by_hand_then_cancel_after_confirmation(qtbot: QtBot, screen: VolunteersScreen, clock) -> None:
    ev = screen.ctx.ev
    vid = _pick(screen, ev.roster.volunteers()[3].id)
    bar = screen.actions_bar
    assert bar.check_in_button.isEnabled() and not bar.cancel_button.isEnabled()
    assert _present_cell(screen) == ""

    clock.advance(minutes=12)
    bar.check_in_button.click()
    assert ev.checkin.arrivals()[vid] == "2019-12-05T08:42:00"
    assert _present_cell(screen) == "oui, 8h42"
    assert screen.current_volunteer().id == vid  # the selection survives the refresh
    assert not bar.check_in_button.isEnabled() and bar.cancel_button.isEnabled()

    box = bar.ask_cancel()
    assert box is not None and "8h42" in box.text()
    _click(box, "Ne rien changer")
    assert vid in ev.checkin.arrivals()

    box = bar.ask_cancel()
    _click(box, "Annuler son arrivée")
    assert vid not in ev.status.present_ids()
    assert _present_cell(screen) == ""
    row = ev.db.execute("SELECT station, entity_id FROM journal WHERE action = 'checkin.cancel'").fetchone()
    assert row == ("orga", vid)


def test_lost_badge_new_code_and_its_badge_printed(qtbot: QtBot, screen: VolunteersScreen) -> None:
    ev = screen.ctx.ev
    v = ev.roster.volunteers()[5]
    vid = _pick(screen, v.id)
    old = ev.checkin.code_of(vid)
    bar = screen.actions_bar
    opened: list[Path] = []
    bar.open_file = opened.append

    box = bar.ask_reissue()
    _click(box, "Créer un nouveau code")
    new = ev.checkin.code_of(vid)
    assert new != old
    assert isinstance(ev.checkin.scan(qr_payload(old)), Revoked)
    result = bar.box
    assert result is not None and format_code(new) in result.text()

    with qtbot.waitSignal(bar.badge_ready, timeout=20000):
        _click(result, "Imprimer son badge")
    assert opened and opened[0].exists()
    text = PdfReader(str(opened[0])).pages[0].extract_text()
    assert v.first_name in text and format_code(new) in text.replace("\n", " ")
    assert len(PdfReader(str(opened[0])).pages) == 1
