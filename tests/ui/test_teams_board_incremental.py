"""The boards after a move redraw only the two teams the move touched, and show exactly what a board built from
scratch shows (counts, rules broken, gaps, members and their "why here"), whatever the sequence of moves, pins,
undos and check-ins."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.teams_board import ID_ROLE, TeamBoard, TeamsScreen


def _shown(board: TeamBoard) -> tuple[object, ...]:
    members = board.members
    items = [members.item(r) for r in range(members.count())]
    return (
        board.count_label.text(),
        board.checks_label.text(),
        board.checks_label.toolTip(),
        board.gaps_label.text(),
        [(i.data(ID_ROLE), i.data(Qt.ItemDataRole.DisplayRole), i.toolTip()) for i in items],
        [(v.volunteer, v.presence) for v in members.views.values()],
    )


@pytest.fixture
def fresh(qtbot: QtBot, demo_path: Path, clock: FixedClock):  # type: ignore[no-untyped-def]
    """A second window on the same file, which reads and checks everything again each time it is asked."""
    ctx = EventContext(Event.open(demo_path, clock=clock, station="poste-ref"))
    widget = TeamsScreen(ctx)
    qtbot.addWidget(widget)
    yield widget
    ctx.close()


def test_random_moves_pins_undos_and_arrivals_match_a_full_recheck(
    teams_screen: TeamsScreen,
    fresh: TeamsScreen,
) -> None:
    ev = teams_screen.ctx.ev
    rng = random.Random(14)
    people = [v.id for v in ev.roster.volunteers()]
    for step in range(40):
        kind = rng.choice(["move", "move", "move", "pin", "undo", "undo", "arrive", "form"])
        vid = rng.choice(people)
        if kind == "move":
            teams_screen.move_volunteer(vid, rng.choice(list(teams_screen.boards)))
        elif kind == "pin":
            teams_screen.select(vid)
            teams_screen.toggle_pin()
        elif kind == "undo":
            teams_screen.undo()
        elif kind == "form":  # every placed person rewritten at once, with their new "why here"
            ev.teams.auto_form(keep_assigned=rng.random() < 0.5)
            teams_screen.ctx.notify_changed()
        else:
            ev.checkin.check_in_volunteer(vid)
            teams_screen.ctx.notify_changed()
        fresh.refresh(force=True)
        assert teams_screen.formation == fresh.formation, (step, kind)
        for sid, board in teams_screen.boards.items():
            assert _shown(board) == _shown(fresh.boards[sid]), (step, kind, board.structure.name)


def test_a_move_redraws_the_two_boards_only(teams_screen: TeamsScreen, monkeypatch: pytest.MonkeyPatch) -> None:
    redrawn: list[str] = []
    original = TeamBoard.set_team

    def spy(self: TeamBoard, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        redrawn.append(self.structure.id)
        original(self, *args, **kwargs)

    monkeypatch.setattr(TeamBoard, "set_team", spy)
    sids = list(teams_screen.boards)
    vid = teams_screen.boards[sids[0]].members.item(0).data(ID_ROLE)
    teams_screen.move_volunteer(vid, sids[3])
    assert sorted(redrawn) == sorted([sids[0], sids[3]])
    target = teams_screen.boards[sids[3]].members
    assert vid in [target.item(r).data(ID_ROLE) for r in range(target.count())]

    first = teams_screen.boards[sids[1]].members.item(0).data(ID_ROLE)
    teams_screen.ctx.ev.checkin.check_in_volunteer(first)  # the first arrival: every board now counts who is present
    teams_screen.ctx.notify_changed()
    assert sorted(redrawn) == sorted(sids + [sids[0], sids[3]])
    redrawn.clear()
    teams_screen.ctx.ev.checkin.check_in_volunteer(vid)
    teams_screen.ctx.notify_changed()
    assert redrawn == [sids[3]]
    assert teams_screen.boards[sids[3]].count_label.text().startswith("1/")
