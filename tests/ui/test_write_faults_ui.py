"""What a user sees when the file refuses a write (full disk, read-only, locked): a French message, the change kept
on screen, and a retry that works once the fault is gone — at the desk, in the deliverable form, on the team board."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from probono_desk.core.checkin import CheckedIn
from probono_desk.core.clock import FixedClock
from probono_desk.core.codes import qr_payload
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.deliverables import DeliverablesScreen
from probono_desk.ui.desk import DeskScreen
from probono_desk.ui.teams_board import TeamsScreen
from tests.faults import DETAILS, FAULTS, inject, snapshot
from tests.helpers import assign_teams


@pytest.fixture
def ctx(demo_path: Path, clock: FixedClock, tmp_path: Path) -> Iterator[EventContext]:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    ev = Event.open(demo_path, clock=clock, station="porte-1")
    assign_teams(ev)
    ev.checkin.ensure_codes()
    context = EventContext(ev)
    yield context
    context.close()


def boxes(owner: object = None) -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and (owner is None or w.parent() is owner)
    ]


@pytest.mark.parametrize("kind", FAULTS)
def test_desk_keeps_the_scanned_code_and_retries(qtbot: QtBot, ctx: EventContext, kind: str) -> None:
    desk = DeskScreen(ctx)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitExposed(desk)
    desk.sounds.set_muted(True)
    ev = ctx.ev
    vid = ev.roster.volunteers()[0].id
    payload = qr_payload(ev.checkin.code_of(vid))
    before = snapshot(ev.path)
    with inject(ev, kind):
        qtbot.keyClicks(desk.field, payload)
        qtbot.keyClick(desk.field, Qt.Key.Key_Return)
        assert desk.card.title.text() == "Arrivée NON enregistrée"
        assert DETAILS[kind] in desk.card.detail.text()
        assert desk.field.text() == payload, "the scanned code must stay in the field"
        assert desk.retry_button.isVisible()
        assert snapshot(ev.path) == before
    desk.retry_button.click()  # the fault is gone
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.volunteer_id == vid
    assert not desk.retry_button.isVisible() and desk.field.text() == ""
    assert vid in ev.checkin.present_ids()
    desk.camera.stop()


def test_desk_retries_a_name_picked_from_the_search(qtbot: QtBot, ctx: EventContext) -> None:
    desk = DeskScreen(ctx)
    qtbot.addWidget(desk)
    desk.sounds.set_muted(True)
    vid = ctx.ev.roster.volunteers()[3].id
    with inject(ctx.ev, "full"):
        assert desk.check_in(vid) is None
        assert desk.retry_button.isVisibleTo(desk)
    outcome = desk.retry()
    assert isinstance(outcome, CheckedIn) and outcome.volunteer_id == vid
    desk.camera.stop()


@pytest.mark.parametrize("kind", FAULTS)
def test_deliverable_text_stays_and_autosave_retries(qtbot: QtBot, ctx: EventContext, kind: str) -> None:
    screen = DeliverablesScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    form = screen.form
    sid = screen.current_structure()
    form._debounce.setInterval(30)
    before = snapshot(ctx.ev.path)
    with inject(ctx.ev, kind):
        form.summary.insertPlainText("Tapé pendant la panne.")
        qtbot.waitUntil(lambda: form.indicator.text() == "Non enregistré — nouvelle tentative…")
        assert form.summary.toPlainText() == "Tapé pendant la panne."
        assert len(boxes(form)) == 1 and DETAILS[kind] in boxes(form)[0].text()
        qtbot.waitUntil(lambda: form._debounce.isActive())  # it keeps trying...
        assert len(boxes(form)) == 1  # ...without a new message box each time
        assert snapshot(ctx.ev.path) == before
    qtbot.waitUntil(lambda: form.indicator.text().startswith("Enregistré à"))
    assert ctx.ev.deliverables.get(sid).text.summary == "Tapé pendant la panne."
    for box in boxes(form):
        box.close()


@pytest.mark.parametrize("kind", FAULTS)
def test_team_move_refused_then_retried(qtbot: QtBot, ctx: EventContext, kind: str) -> None:
    screen = TeamsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    volunteer = ctx.ev.roster.volunteers()[0]
    target = next(s.id for s in ctx.ev.roster.structures() if s.id != volunteer.structure_id)
    before = snapshot(ctx.ev.path)
    with inject(ctx.ev, kind):
        screen.move_volunteer(volunteer.id, target)
        assert "Déplacement NON enregistré" in screen.message.text() and DETAILS[kind] in screen.message.text()
        assert screen.retry_button.isVisible()
        assert snapshot(ctx.ev.path) == before
    screen.retry_button.click()
    assert ctx.ev.roster.volunteer(volunteer.id).structure_id == target
    assert not screen.retry_button.isVisible()
