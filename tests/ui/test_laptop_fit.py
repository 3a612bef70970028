"""The look holds on a 1280×800 laptop: every screen fits without scrolling, cards hold their chips, tabs keep É."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from probono_desk.ui.context import EventContext
from probono_desk.ui.main_window import MainWindow
from probono_desk.ui.teams_board import MemberDelegate

# 1280×800 maximised, minus a title bar and a task bar (~70 px), the menu, header, status bar and margins.
LAPTOP_PAGE = (1280 - 200 - 32, 600)


def test_every_screen_fits_a_laptop(qtbot, ctx: EventContext, styled) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    too_big = {}
    for screen in window.screens:
        window.show_screen(screen.nav_key)  # type: ignore[attr-defined]
        hint = screen.minimumSizeHint()
        if hint.width() > LAPTOP_PAGE[0] or hint.height() > LAPTOP_PAGE[1]:
            too_big[screen.nav_key] = (hint.width(), hint.height())  # type: ignore[attr-defined]
    assert too_big == {}
    assert window.size().width() == 1280 and window.size().height() == 800  # nothing forced the window larger


def test_member_cards_are_as_tall_as_their_chips(qtbot, ctx: EventContext, styled) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    teams = window.show_screen("teams")
    qtbot.waitUntil(lambda: all(b.members.count() for b in teams.boards.values()))  # type: ignore[union-attr]
    checked = 0
    for board in teams.boards.values():  # type: ignore[union-attr]
        members = board.members
        delegate = members.itemDelegate()
        assert isinstance(delegate, MemberDelegate)
        members.doItemsLayout()
        option_font = members.font()
        name_font = QFont(option_font)
        name_font.setPointSizeF(option_font.pointSizeF() * 1.02)
        name_font.setBold(True)
        small = QFont(option_font)
        small.setPointSizeF(option_font.pointSizeF() * 0.85)
        for row in range(members.count()):
            rect = members.visualItemRect(members.item(row))
            view = members.views[members.item(row).data(delegate_id_role())]
            inner = rect.width() - 4 - 2 * delegate.PAD  # as paint() wraps them
            chips = delegate._chips(view, small, inner)
            chips_h = (chips[-1][0].bottom() + 1) if chips else 0
            needed = 4 + 3 * delegate.PAD + 2 + QFontMetrics(name_font).height()
            needed += QFontMetrics(small).height() + chips_h
            assert rect.height() >= needed, (view.volunteer.name, rect.height(), needed)
            checked += 1
    assert checked >= 40


def delegate_id_role() -> int:
    from probono_desk.ui.teams_board import ID_ROLE

    return int(ID_ROLE)


def test_tab_titles_keep_their_accent(qtbot, ctx: EventContext, styled) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    deliverables = window.show_screen("deliverables")
    tabs = deliverables.tabs  # type: ignore[union-attr]
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Évaluations")
    # an unselected tab is drawn lower than the selected one: its box must still hold the accent's height
    text_height = QFontMetrics(bar.font()).boundingRect("É").height()
    assert bar.tabRect(index).height() >= text_height + 12
