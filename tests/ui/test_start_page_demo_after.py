"""The start page's « Démo : après la journée »: a fresh copy of the demo once the day is over, opened."""

from __future__ import annotations

from pathlib import Path

from probono_desk.ui.launcher import Launcher, recent_events
from probono_desk.ui.start_page import StartPage


def test_the_after_the_day_demo_opens_beside_the_day_before(qtbot, launcher: Launcher) -> None:
    page = launcher.show_start()
    assert isinstance(page, StartPage)
    qtbot.addWidget(page)
    assert page.demo_after_button.text() == "Démo : après la journée"
    assert page.demo_after_button.isVisibleTo(page) and page.demo_button.isVisibleTo(page)
    page.demo_after_button.click()
    window = launcher.window
    assert window is not None and window.isVisible() and not page.isVisible()
    ev = window.ctx.ev
    assert ev.path is not None and ev.path.exists() and recent_events()[0] == str(ev.path)
    assert ev.status.summary()["present"] == 42
    assert len(ev.deliverables.all()) == 5
    assert all(p.members for p in ev.trail.plans())
    assert window.title_label.text() == "Marathon Probono Hauts-de-France"

    launcher.close_event()  # back to the start page: the day-before demo is still the one « Ouvrir la démo » gives
    page.demo_button.click()
    assert launcher.window is not None and launcher.window is not window
    fresh = launcher.window.ctx.ev
    assert Path(str(fresh.path)) != Path(str(ev.path))
    assert fresh.status.summary()["present"] == 0 and fresh.deliverables.all() == {}
