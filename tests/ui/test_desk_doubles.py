"""The desk and a duplicate arrival (two doors, the stations apart): the line that says so when the other door's
check-in lands while the desk is open, and the amber card naming both arrivals when the person is scanned again."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings

from probono_desk.core.checkin import AlreadyCheckedIn, CheckedIn
from probono_desk.core.clock import FixedClock
from probono_desk.core.codes import qr_payload
from probono_desk.services.event import Event
from probono_desk.sync import feed
from probono_desk.ui.context import EventContext
from probono_desk.ui.desk import DeskScreen
from probono_desk.ui.desk_widgets import CARD_COLOURS
from tests.ui.helpers import scanner_types, show_desk


@pytest.fixture
def doors(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> Iterator[tuple[DeskScreen, Event, Path]]:
    """Porte 1's desk on its file; Porte 2's file, a copy with its own station id, cut off from it."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    other_path = tmp_path / "porte-2.probono"
    shutil.copy(demo_path, other_path)
    other = Event.open(other_path, clock=FixedClock(datetime(2019, 12, 5, 8, 44)), station="Porte 2")
    feed.reset_station(other.db)
    ev = Event.open(demo_path, clock=FixedClock(datetime(2019, 12, 5, 8, 42)), station="Porte 1")
    ev.checkin.ensure_codes()
    ctx = EventContext(ev)
    desk = show_desk(qtbot, ctx)
    yield desk, other, demo_path
    ctx.close()
    other.close()


def test_a_duplicate_arrival_from_another_door_is_shown_at_the_desk(
    qtbot: QtBot, doors: tuple[DeskScreen, Event, Path]
) -> None:
    desk, other, path = doors
    person = desk.ctx.ev.roster.volunteers()[4]
    name = f"{person.first_name} {person.last_name}"
    code = desk.ctx.ev.checkin.code_of(person.id)
    scanner_types(qtbot, desk, qr_payload(code))
    assert isinstance(desk.last_outcome, CheckedIn)
    assert not desk.doubles_line.isVisible()

    # Porte 2, apart, checks the same person in at 8h44; the sets cross (each through its own connection, as the
    # stations' links do)
    assert isinstance(other.checkin.check_in_volunteer(person.id), CheckedIn)
    mine = feed.outbox(desk.ctx.ev.db)
    theirs = feed.outbox(other.db)
    feed.apply_all(other.db, mine)
    link = Event.open(path, station="sync")
    try:
        feed.apply_all(link.db, theirs)
    finally:
        link.close()

    expected = f"Arrivée en double : {name} — déjà enregistré·e à 8h42 (Porte 1), scanné·e aussi à 8h44 (Porte 2)"
    qtbot.waitUntil(lambda: desk.doubles_line.isVisible())
    assert desk.doubles_line.text() == expected
    desk.grab().save(str(path.parent / "desk-doubles.png"))

    scanner_types(qtbot, desk, qr_payload(code))
    assert isinstance(desk.last_outcome, AlreadyCheckedIn)
    assert desk.card.title.text() == f"Déjà enregistré·e : {name}"
    detail = desk.card.detail.text()
    assert "Arrivée à 8h42 (poste Porte 1)" in detail and "Aussi scanné·e à 8h44 (poste Porte 2)" in detail
    assert desk.card.background == CARD_COLOURS["already"][0]
    desk.grab().save(str(path.parent / "desk-doubles-card.png"))

    # the other door sees it too
    again = other.checkin.check_in_volunteer(person.id)
    assert isinstance(again, AlreadyCheckedIn) and [s for _, s in again.also] == ["Porte 2"]
    assert [d.text() for d in other.checkin.double_arrivals()] == [expected]

    # cancelled at the desk's list: the line goes, with both arrivals
    desk.ctx.ev.checkin.cancel_checkin(person.id)
    desk.ctx.notify_changed()
    qtbot.waitUntil(lambda: not desk.doubles_line.isVisible())
