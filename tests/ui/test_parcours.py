"""The Parcours screen: a referent logs a session and the quiet-Trail reminder goes; ticks a recommendation and the
count and the file follow; past the Trail's end, the open recommendations are what keeps it flagged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt

from probono_desk.core.clock import FixedClock
from probono_desk.core.trail import RecoState
from probono_desk.services.event import Event
from probono_desk.services.trail_followup import TrailFollowupService
from probono_desk.ui.context import EventContext
from probono_desk.ui.parcours import ParcoursScreen
from probono_desk.ui.recommendations_model import COL_OWNER, COL_TARGET
from tests.helpers import list_texts


@pytest.fixture
def screen(qtbot: QtBot, demo_path: Path, clock: FixedClock) -> ParcoursScreen:
    ctx = EventContext(Event.open(demo_path, clock=clock, station="référente"))
    view = ParcoursScreen(ctx)
    qtbot.addWidget(view)
    ctx.data_changed.connect(view.refresh)  # what the window does for its visible screen
    view.today = date(2020, 1, 30)
    view.refresh()
    yield view
    ctx.close()


def select(view: ParcoursScreen, name: str) -> str:
    for row, text in enumerate(list_texts(view.structures_model)):
        if name in text:
            view.structures.setCurrentIndex(view.structures_model.index(row, 0))
            return str(view.current_structure())
    raise AssertionError(name)


def test_logging_a_session_silences_the_quiet_trail_reminder(qtbot: QtBot, screen: ParcoursScreen) -> None:
    quiet = "⚠ Numérique Pour Tous Amiens : aucune séance depuis 23 jours"
    assert quiet in screen.reminder_texts()
    assert "⚠" in list_texts(screen.structures_model)[4]
    sid = select(screen, "Numérique Pour Tous")
    panel = screen.sessions
    team = TrailFollowupService(screen.ctx.ev).team(sid)
    panel.date.setDate(QDate(2020, 1, 29))
    panel.format.setCurrentIndex(panel.format.findText("Visio"))
    panel.participants.setText(f"{team[0].name}, Émilie Caron")
    panel.notes.setText("Outil retenu : le second")
    panel.next_step.setText("Formation des salariées")
    panel.has_next.setChecked(True)
    panel.next_date.setDate(QDate(2020, 2, 11))
    panel.add_button.click()

    qtbot.waitUntil(lambda: quiet not in screen.reminder_texts())
    assert "11/02 · Numérique Pour Tous Amiens — Formation des salariées" in screen.reminder_texts()
    assert "⚠" not in list_texts(screen.structures_model)[4]
    assert panel.model.index(0, 0).data() == "29/01/2020" and "Outil retenu" in panel.model.index(0, 3).data()
    [entry] = [e for e in TrailFollowupService(screen.ctx.ev).entries(sid) if e.date == "2020-01-29"]
    assert entry.volunteer_count == 1 and entry.next_date == "2020-02-11"


def test_ticking_a_recommendation_is_saved_and_the_overdue_reminder_follows(
    qtbot: QtBot, screen: ParcoursScreen
) -> None:
    sid = select(screen, "Numérique Pour Tous")
    screen.tabs.setCurrentWidget(screen.recommendations)
    panel = screen.recommendations
    assert panel.count.text() == "1 faite(s) sur 4 prévue(s)"
    panel.tick(1)
    qtbot.waitUntil(lambda: panel.count.text() == "2 faite(s) sur 4 prévue(s)")
    items = TrailFollowupService(screen.ctx.ev).recommendations(sid)
    assert items[1].state is RecoState.DONE

    screen.today = date(2020, 3, 5)  # after the Trail's end: the open recommendations keep it flagged
    screen.refresh()
    overdue = "⚠ Numérique Pour Tous Amiens : Trail terminé depuis 5 jours, 2 recommandation(s) ouverte(s)"
    assert overdue in screen.reminder_texts()
    panel.tick(2)
    qtbot.waitUntil(lambda: "1 recommandation(s) ouverte(s)" in " ".join(screen.reminder_texts()))
    state_box = panel.table.indexWidget(panel.model.index(3, 4))  # the list kept open in the État column
    state_box.setCurrentIndex(state_box.findData(RecoState.DROPPED.value))
    qtbot.waitUntil(lambda: not any("Numérique" in t and "⚠" in t for t in screen.reminder_texts()))


def test_a_bad_session_shows_a_message_and_writes_nothing(
    qtbot: QtBot, screen: ParcoursScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("probono_desk.ui.parcours_panels.show_error", lambda _parent, exc: shown.append(str(exc)))
    sid = select(screen, "Garage Solidaire")
    before = len(TrailFollowupService(screen.ctx.ev).entries(sid))
    panel = screen.sessions
    panel.date.setDate(QDate(2020, 1, 20))
    panel.has_next.setChecked(True)
    panel.next_date.setDate(QDate(2020, 1, 10))  # before the session
    assert panel.add() is False
    assert shown and "tombe avant la séance" in shown[0]
    assert len(TrailFollowupService(screen.ctx.ev).entries(sid)) == before


def test_the_parcours_screen_comes_after_the_deliverables_in_the_window(qtbot: QtBot, demo_path: Path) -> None:
    from probono_desk.ui.main_window import MainWindow

    ctx = EventContext(Event.open(demo_path, station="orga"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    keys = [window.nav_key(row) for row in range(window.nav.count())]
    assert keys.index("parcours") == keys.index("deliverables") + 1
    assert window.nav_titles()[keys.index("parcours")] == "Parcours"
    shown = window.show_screen("parcours")
    assert isinstance(shown, ParcoursScreen)
    window.close()


def test_a_refresh_keeps_what_is_being_typed(qtbot: QtBot, screen: ParcoursScreen, clock: FixedClock) -> None:
    """Another station writes while the referent types the diagnostic and the interview: nothing typed is lost."""
    sid = select(screen, "Garage Solidaire")
    screen.diagnostic.summary.setPlainText("Nouvelle synthèse en cours de frappe")
    screen.midterm.respondent.clear()
    qtbot.keyClicks(screen.midterm.respondent, "Jean-Luc Wiart")
    with Event.open(screen.ctx.ev.path, clock=clock, station="porte") as other:  # type: ignore[arg-type]
        TrailFollowupService(other).add_note(sid, date="2020-02-01", notes="Appel de la présidente")
    qtbot.waitUntil(lambda: screen.sessions.model.rowCount() == 5)  # the other station's note shows up
    assert screen.diagnostic.summary.toPlainText() == "Nouvelle synthèse en cours de frappe"
    assert screen.midterm.respondent.text() == "Jean-Luc Wiart"
    assert screen.diagnostic.save()
    assert TrailFollowupService(screen.ctx.ev).diagnostic(sid).summary == "Nouvelle synthèse en cours de frappe"


def test_the_diagnostic_prints_off_the_ui_thread_with_the_pin(
    qtbot: QtBot, screen: ParcoursScreen, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from probono_desk.core.trail import CONFIDENTIAL

    sid = select(screen, "Garage Solidaire")
    screen.ctx.ev.privacy.set_pin("864200")
    out = tmp_path / "diagnostic.pdf"
    with qtbot.waitSignal(screen.diagnostic.printed, timeout=30_000):
        screen.diagnostic.print_to(sid, out, "864200")
    pages = PdfReader(str(out)).pages
    assert len(pages) == 2 and all(CONFIDENTIAL in (p.extract_text() or "") for p in pages)


def test_removing_a_log_entry_asks_first_and_its_hours_go(qtbot: QtBot, screen: ParcoursScreen) -> None:
    sid = select(screen, "Garage Solidaire")
    panel = screen.sessions
    assert panel.summary.text().startswith("3 séance(s), 4 h 45")
    panel.table.setCurrentIndex(panel.model.index(0, 0))  # the newest: the call of 29/01
    panel.ask_remove()
    box = panel._confirm_box  # type: ignore[attr-defined]
    box.reject()  # "Annuler": nothing happens
    assert len(TrailFollowupService(screen.ctx.ev).entries(sid)) == 4
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.ask_remove()
    panel._confirm_box.accept()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.summary.text().startswith("2 séance(s), 4 h 00"))
    assert [e.date for e in TrailFollowupService(screen.ctx.ev).entries(sid)] == ["2019-12-12", "2020-01-08", "2020-01-20"]


def test_typing_in_the_recommendations_table_writes_the_file(
    qtbot: QtBot, screen: ParcoursScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("probono_desk.ui.parcours_panels.show_error", lambda _parent, exc: shown.append(str(exc)))
    sid = select(screen, "Numérique Pour Tous")
    model = screen.recommendations.model
    followup = TrailFollowupService(screen.ctx.ev)
    assert model.setData(model.index(2, COL_OWNER), "Paul Martin")
    assert model.setData(model.index(2, COL_TARGET), "15/03/2020")
    assert (followup.recommendations(sid)[2].owner, followup.recommendations(sid)[2].target_date) == (
        "Paul Martin",
        "2020-03-15",
    )
    assert (model.index(2, COL_OWNER).data(), model.index(2, COL_TARGET).data()) == ("Paul Martin", "15/03/2020")

    assert not model.setData(model.index(2, COL_TARGET), "mi-mars")  # refused: said, and the file's date shown
    assert shown and "échéance" in shown[0]
    assert model.index(2, COL_TARGET).data() == "15/03/2020"
    assert followup.recommendations(sid)[2].target_date == "2020-03-15"


def test_a_reminder_double_clicked_opens_its_structure_s_sessions(qtbot: QtBot, screen: ParcoursScreen) -> None:
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.current_structure() == screen.ctx.ev.roster.structures()[0].id  # the first one to begin with
    row = next(i for i, text in enumerate(screen.reminder_texts()) if text.startswith("⚠ Numérique"))
    rect = screen.reminders.visualRect(screen.reminders_model.index(row, 0))
    qtbot.mouseClick(screen.reminders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.current_structure() == screen.ctx.ev.roster.structures()[0].id  # one click only picks the line
    qtbot.mouseDClick(screen.reminders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert list_texts(screen.structures_model)[screen.structures.currentIndex().row()].startswith("5 · Numérique")
    assert screen.tabs.currentWidget() is screen.sessions and "Numérique Pour Tous Amiens" in screen.heading.text()


def test_nothing_to_remind_says_so(qtbot: QtBot, event: Event) -> None:
    ctx = EventContext(event)
    view = ParcoursScreen(ctx)
    qtbot.addWidget(view)
    assert view.reminder_texts() == ["Rien à relancer ; aucune séance prévue."]
    assert view.current_structure() is None and view.heading.text() == "Aucune structure dans cet événement."
