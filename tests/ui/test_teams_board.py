"""The teams screen: drag and drop and keyboard moves with undo, pins, milestones, status, live updates."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from probono_desk.core.clock import FixedClock
from probono_desk.core.missions import TeamStatus
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.main_window import MainWindow
from probono_desk.ui.missions import MissionsPanel
from probono_desk.ui.teams_board import ID_ROLE, MIME, TeamsScreen
from tests.helpers import STRUCTURES_CSV, VOLUNTEERS_CSV, list_texts


def _names(teams_screen: TeamsScreen, index: int) -> list[str]:
    board = list(teams_screen.boards.values())[index]
    return [board.members.item(r).data(Qt.ItemDataRole.DisplayRole) for r in range(board.members.count())]


def _ids(teams_screen: TeamsScreen, index: int) -> list[str]:
    board = list(teams_screen.boards.values())[index]
    return [board.members.item(r).data(ID_ROLE) for r in range(board.members.count())]


def _team_of(teams_screen: TeamsScreen, volunteer_id: str) -> str | None:
    return teams_screen.ctx.ev.roster.volunteer(volunteer_id).structure_id


def test_boards_show_each_structure_with_table_referent_and_counts(teams_screen: TeamsScreen) -> None:
    boards = list(teams_screen.boards.values())
    assert len(boards) == 5
    first = boards[0]
    assert first.table_label.text() == "Table 1"
    assert first.name_label.text() == "Les Jardins du Partage"
    assert "Ressources humaines" in first.mission_label.text() and first.referent_label.text() == "Julie Marchand"
    assert first.count_label.text() == f"0/{first.members.count()}"
    assert "Règles respectées" in first.checks_label.text()
    assert sum(b.members.count() for b in boards) == 50


def test_drag_and_drop_moves_then_undo(teams_screen: TeamsScreen, qtbot: QtBot) -> None:
    source, target = list(teams_screen.boards.values())[:2]
    vid = source.members.item(0).data(ID_ROLE)
    name = source.members.item(0).data(Qt.ItemDataRole.DisplayRole)
    mime = source.members.mimeData([source.members.item(0)])
    assert mime.hasFormat(MIME)
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    target.members.dropEvent(drop)
    assert _team_of(teams_screen, vid) == target.structure.id
    assert name in _names(teams_screen, 1) and name not in _names(teams_screen, 0)
    assert "Ctrl+Z" in teams_screen.message.text()
    teams_screen.undo_action.trigger()
    assert _team_of(teams_screen, vid) == source.structure.id
    assert name in _names(teams_screen, 0)


def test_foreign_drop_is_ignored(teams_screen: TeamsScreen) -> None:
    target = list(teams_screen.boards.values())[1]
    mime = QMimeData()
    mime.setText("Pas une personne")
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    before = _ids(teams_screen, 1)
    target.members.dropEvent(drop)
    assert _ids(teams_screen, 1) == before


def test_keyboard_moves_alt_arrows_and_ctrl_z(teams_screen: TeamsScreen, qtbot: QtBot) -> None:
    boards = list(teams_screen.boards.values())
    vid = _ids(teams_screen, 2)[0]
    assert teams_screen.select(vid)
    teams_screen.activateWindow()
    qtbot.keyClick(boards[2].members, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert _team_of(teams_screen, vid) == boards[3].structure.id
    assert teams_screen.selected_id() == vid  # the selection follows, so Alt+→ again keeps going
    qtbot.keyClick(boards[3].members, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert _team_of(teams_screen, vid) == boards[4].structure.id
    qtbot.keyClick(boards[4].members, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _team_of(teams_screen, vid) == boards[3].structure.id
    qtbot.keyClick(boards[3].members, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _team_of(teams_screen, vid) == boards[4].structure.id
    qtbot.keyClick(teams_screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(teams_screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _team_of(teams_screen, vid) == boards[2].structure.id


def test_move_to_menu_and_pin_toggle(teams_screen: TeamsScreen) -> None:
    boards = list(teams_screen.boards.values())
    vid = _ids(teams_screen, 0)[1]
    teams_screen.select(vid)
    menu = teams_screen._destinations_menu(vid)
    menu.actions()[4].trigger()
    assert _team_of(teams_screen, vid) == boards[4].structure.id
    teams_screen.select(vid)
    teams_screen.toggle_pin()
    assert teams_screen.ctx.ev.roster.volunteer(vid).pinned
    assert teams_screen.pin_button.text() == "Désépingler"
    teams_screen.undo()
    assert not teams_screen.ctx.ev.roster.volunteer(vid).pinned


def test_form_teams_runs_off_the_ui_thread_and_is_undoable(teams_screen: TeamsScreen, qtbot: QtBot) -> None:
    boards = list(teams_screen.boards.values())
    vid = _ids(teams_screen, 0)[0]
    teams_screen.move_volunteer(vid, boards[1].structure.id)
    teams_screen.form_teams()
    assert not teams_screen.form_button.isEnabled()
    qtbot.waitUntil(lambda: teams_screen.form_button.isEnabled(), timeout=10_000)
    assert "Équipes formées" in teams_screen.message.text()
    assert _team_of(teams_screen, vid) == boards[0].structure.id  # the deterministic formation puts them back


def test_rebalance_dialog_accept_and_refuse(teams_screen: TeamsScreen, qtbot: QtBot) -> None:
    from probono_desk.ui.teams_dialogs import RebalanceDialog

    ev = teams_screen.ctx.ev
    team4 = ev.teams.current().teams[3]
    absent = {v.id for v in team4.members[:5]}
    for v in ev.roster.volunteers():
        if v.id not in absent:
            ev.checkin.check_in_volunteer(v.id)
    dialog = RebalanceDialog(teams_screen.ctx, teams_screen)
    qtbot.addWidget(dialog)
    assert len(dialog.moves) >= 2
    first, second = dialog.moves[0], dialog.moves[1]
    dialog.accept_move(0)
    dialog.refuse_move(1)
    assert _team_of(teams_screen, first.volunteer_id) == first.to_id
    assert _team_of(teams_screen, second.volunteer_id) == second.from_id
    assert dialog.results == {first.volunteer_id: "accepted", second.volunteer_id: "refused"}
    assert not dialog.accept_buttons[0].isEnabled() and not dialog.refuse_buttons[1].isEnabled()


def _space_on_step(qtbot: QtBot, panel: MissionsPanel, row: int) -> None:
    """Space on a step of the list: its check box flips, as a click on it does."""
    panel.milestones.setCurrentIndex(panel.milestones_model.index(row, 0))
    qtbot.keyClick(panel.milestones, Qt.Key.Key_Space)


def test_milestone_ticks_status_and_notes(qtbot: QtBot, teams_screen: TeamsScreen, clock: FixedClock) -> None:
    panel = teams_screen.missions
    teams_screen.tabs.setCurrentWidget(panel)
    panel.table.selectRow(1)
    sid = panel.structure_id
    assert sid == list(teams_screen.boards)[1]
    clock.advance(minutes=95)
    _space_on_step(qtbot, panel, 0)
    tick = teams_screen.ctx.ev.missions.ticks(sid)
    assert len(tick) == 1 and next(iter(tick.values())).at.endswith("10:05:00")
    assert list_texts(panel.milestones_model)[0] == "cadrage — 10h05 · Antoine Lefort"
    assert panel.model.data(panel.model.index(1, panel.model.COL_PROGRESS)) == "1/7 · cadrage"
    panel.set_status(TeamStatus.WATCH)
    assert teams_screen.ctx.ev.missions.status(sid) == TeamStatus.WATCH
    background = panel.model.data(panel.model.index(1, panel.model.COL_TEAM), Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == "#ffe0b2"
    panel.note_edit.setText("Bloqué·es sur le choix de l'angle")
    panel.add_note()
    assert "Bloqué·es sur le choix de l'angle" in list_texts(panel.notes_model)[0]
    _space_on_step(qtbot, panel, 0)
    assert teams_screen.ctx.ev.missions.ticks(sid) == {}


def test_another_process_writing_shows_up_on_the_board(
    teams_screen: TeamsScreen, qtbot: QtBot, demo_path: Path, clock: FixedClock
) -> None:
    vid = _ids(teams_screen, 0)[0]
    target = list(teams_screen.boards)[3]
    with Event.open(demo_path, clock=clock, station="poste-2") as other:
        other.teams.move(vid, target)
        other.missions.set_status(target, TeamStatus.BLOCKED)
    qtbot.waitUntil(lambda: vid in _ids(teams_screen, 3), timeout=5_000)
    assert vid not in _ids(teams_screen, 0)
    teams_screen.tabs.setCurrentWidget(teams_screen.missions)  # the overview refreshes when it is looked at
    colour = teams_screen.missions.model.data(teams_screen.missions.model.index(3, 1), Qt.ItemDataRole.BackgroundRole)
    assert colour.color().name() == "#ffcdd2"


def test_who_sits_where_lists_everyone_alphabetically(teams_screen: TeamsScreen, qtbot: QtBot) -> None:
    teams_screen.open_who_sits_where()
    window = teams_screen._who_window
    qtbot.addWidget(window)
    assert len(window.rows) == 50
    assert [r[0] for r in window.rows][:2] == ["BEN SALAH Mehdi", "BOUCHARD Clémence"]
    assert window._layout(window.rect().adjusted(24, 60, -24, -24))[1] >= 20


def test_hidden_boards_wait_to_be_shown_to_refresh(
    qtbot: QtBot, demo_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the window, behind another teams_screen, a check-in does not redraw the boards; showing them does, at once."""
    from probono_desk.ui.main_window import MainWindow

    ctx = EventContext(Event.open(demo_path, clock=clock, station="poste-ui"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    boards = window.show_screen("teams")
    assert isinstance(boards, TeamsScreen) and boards.isVisible()
    window.show_screen("volunteers")
    assert not boards.isVisible()
    calls: list[bool] = []
    original = TeamsScreen.refresh
    monkeypatch.setattr(TeamsScreen, "refresh", lambda self, force=False: (calls.append(force), original(self, force)))

    first = list(boards.boards.values())[0]
    vid = first.members.item(0).data(ID_ROLE)
    ctx.ev.checkin.check_in_volunteer(vid)
    ctx.notify_changed()
    ctx.notify_changed()
    assert calls == [] and boards.follower.stale  # hidden: nothing redrawn, the boards know they are behind
    assert first.count_label.text().startswith("0/")

    window.show_screen("teams")
    assert calls and not boards.follower.stale
    assert first.count_label.text().startswith("1/")  # what changed while hidden is there when shown
    calls.clear()
    ctx.ev.checkin.cancel_checkin(vid)
    ctx.notify_changed()  # visible: at once
    assert calls and first.count_label.text().startswith("0/")
    ctx.close()


# --- Missions tab: the status list reads dark on light ----------------------------------------------------------------

def test_the_status_list_reads_dark_on_light(qtbot: QtBot, teams_screen: TeamsScreen, styled) -> None:
    panel = teams_screen.missions
    teams_screen.tabs.setCurrentWidget(panel)
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


# --- Before forming: each board's broken rules show their first line on a laptop --------------------------------------


def test_broken_rules_before_forming_show_their_first_line(
    qtbot: QtBot,
    tmp_path,  # type: ignore[no-untyped-def]
    clock: FixedClock,
    styled,
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
