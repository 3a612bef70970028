"""The Chrono operator screen: controls, plan editing, rehearsal, and the running clock surviving a reopen."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.chrono import ChronoScreen
from probono_desk.ui.chrono_plan import PlanModel
from probono_desk.ui.context import EventContext
from probono_desk.ui.main_window import MainWindow


def at(hm: str) -> datetime:
    h, m = (int(x) for x in hm.split(":"))
    return datetime(2019, 12, 5, h, m)


def screen_for(qtbot, event: Event) -> ChronoScreen:  # type: ignore[no-untyped-def]
    ctx = EventContext(event)
    screen = ChronoScreen(ctx)
    qtbot.addWidget(screen)
    ctx.data_changed.connect(screen.refresh)  # as the main window does for every screen
    screen._ctx_keepalive = ctx  # type: ignore[attr-defined]
    return screen


def test_chrono_is_in_the_main_window(qtbot, demo: Event) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(EventContext(demo))
    qtbot.addWidget(window)
    screen = window.show_screen("chrono")
    assert isinstance(screen, ChronoScreen) and screen.nav_title == "Chrono"
    assert screen.model.rowCount() == 13


def test_operator_controls_drive_the_clock(qtbot, demo: Event, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    screen = screen_for(qtbot, demo)
    clock.set(at("09:10"))
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert not screen.start_button.isEnabled()
    qtbot.mouseClick(screen.minute_buttons[5], Qt.MouseButton.LeftButton)
    assert "Plénière : lancement et pitchs des structures — reste 25:00" in screen.state_label.text()
    assert "fin prévue décalée de +5 min" in screen.detail_label.text()
    row = next(r for r in range(13) if screen.model.phase(r).title == "Cadrage en équipes")
    expected = screen.model.data(screen.model.index(row, PlanModel.COL_EXPECTED))
    assert expected == "9h35 – 10h20  (+5 min)"
    assert screen.model.data(screen.model.index(row, PlanModel.COL_START)) == "9h30"  # planned, side by side

    qtbot.mouseClick(screen.pause_button, Qt.MouseButton.LeftButton)
    assert screen.pause_button.text() == "Reprendre" and "EN PAUSE" in screen.state_label.text()
    clock.set(at("09:14"))
    screen.tick()
    assert "reste 25:00" in screen.state_label.text()
    qtbot.mouseClick(screen.pause_button, Qt.MouseButton.LeftButton)
    assert screen.pause_button.text() == "Pause"

    screen.shift_phase.setCurrentIndex(screen.shift_phase.findText("13h30 Production"))
    screen.shift_minutes.setValue(10)
    qtbot.mouseClick(screen.shift_button, Qt.MouseButton.LeftButton)
    production = next(t for t in demo.schedule.at().timings if t.phase.title == "Production")
    assert production.start == at("13:49")  # +5, a 4-minute pause, +10

    screen.message_edit.setText("Photo de groupe à midi")
    qtbot.keyClick(screen.message_edit, Qt.Key.Key_Return)
    assert screen.preview.snapshot is not None and screen.preview.snapshot.room_message == "Photo de groupe à midi"
    qtbot.mouseClick(screen.skip_button, Qt.MouseButton.LeftButton)
    assert "Cadrage en équipes" in screen.state_label.text()
    kinds = [r[0] for r in demo.db.execute("SELECT kind FROM schedule_ops ORDER BY at, rowid")]
    assert kinds == ["start", "add", "pause", "resume", "shift", "message", "skip"]


def test_a_refused_operation_shows_a_message_and_changes_nothing(qtbot, demo: Event) -> None:  # type: ignore[no-untyped-def]
    screen = screen_for(qtbot, demo)
    qtbot.mouseClick(screen.minute_buttons[5], Qt.MouseButton.LeftButton)  # the day has not started
    assert demo.db.execute("SELECT count(*) FROM schedule_ops").fetchone()[0] == 0
    from probono_desk.ui.errors import _open_boxes

    assert any("Démarrez d'abord la journée" in box.text() for box in _open_boxes)
    for box in list(_open_boxes):
        box.close()


def test_editing_the_plan_in_the_table(qtbot, qtmodeltester, demo: Event) -> None:  # type: ignore[no-untyped-def]
    screen = screen_for(qtbot, demo)
    model = screen.model
    row = next(r for r in range(13) if model.phase(r).title == "Déjeuner")
    assert model.setData(model.index(row, PlanModel.COL_START), "12h45")
    assert ("11:30", "12:45", "Choix de l'angle") in demo.schedule.day_plan_rows()
    assert not model.setData(model.index(row, PlanModel.COL_END), "25h")
    assert "Refusé : Heure « 25h » impossible." in screen.problems_label.text()
    assert not model.setData(model.index(row, PlanModel.COL_START), "11h00")
    assert "Refusé" in screen.problems_label.text() and "avant de commencer" in screen.problems_label.text()
    assert model.setData(model.index(row, PlanModel.COL_TITLE), "Déjeuner partagé")
    assert model.setData(model.index(row, PlanModel.COL_KIND), "pleniere")
    screen.refresh()
    assert model.data(model.index(row, PlanModel.COL_KIND)) == "Plénière"
    order = screen.teams.model()
    first = order.index(0, 0).data()
    screen.teams.setCurrentIndex(order.index(0, 0))
    qtbot.mouseClick(screen.team_down, Qt.MouseButton.LeftButton)
    assert order.index(1, 0).data() == first
    assert screen.teams.currentIndex().row() == 1  # the moved team stays selected
    qtmodeltester.check(order)


def test_rehearsal_runs_at_another_hour_without_touching_the_day(qtbot, demo: Event, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    screen = screen_for(qtbot, demo)
    screen.rehearsal_time.setTime(screen.rehearsal_time.time().fromString("16:14", "HH:mm"))
    screen.rehearsal_speed.setCurrentIndex(2)  # ×60
    screen.rehearsal_box.setChecked(True)
    clock.advance(seconds=2)  # two real seconds = two plan minutes
    screen.tick()
    assert screen.state_label.text().startswith("RÉPÉTITION · Restitutions")
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert screen.next_team_button.isEnabled()
    qtbot.mouseClick(screen.next_team_button, Qt.MouseButton.LeftButton)
    assert demo.db.execute("SELECT count(*) FROM schedule_ops").fetchone()[0] == 0
    screen.rehearsal_box.setChecked(False)
    assert not screen.state_label.text().startswith("RÉPÉTITION")
    assert screen.start_button.isEnabled()


def test_reopening_the_event_restores_the_running_clock(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = FixedClock(at("10:00"))
    first = Event.open(demo_path, clock=clock)
    screen = screen_for(qtbot, first)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.minute_buttons[-5], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.pause_button, Qt.MouseButton.LeftButton)
    shown = screen.state_label.text()
    screen.timer.stop()
    first.close()  # the app closes (or crashes): nothing else to save

    clock.set(at("10:12"))
    second = Event.open(demo_path, clock=clock)
    again = screen_for(qtbot, second)
    assert again.state_label.text() == shown == "Cadrage en équipes — reste 10:00 · EN PAUSE"
    assert again.pause_button.text() == "Reprendre" and not again.start_button.isEnabled()
    assert "pauses : 12 min" in again.detail_label.text()
    second.close()


def test_open_projector_from_the_chrono(qtbot, demo: Event) -> None:  # type: ignore[no-untyped-def]
    screen = screen_for(qtbot, demo)
    screen.large_box.setChecked(True)
    window = screen.open_projector(None)
    qtbot.addWidget(window)
    assert window.isVisible() and window.view.large_digits
    assert demo.schedule.display()["large_digits"]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_removing_a_phase_or_loading_the_template_asks_first(qtbot, demo: Event) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    screen = screen_for(qtbot, demo)
    row = next(r for r in range(13) if screen.model.phase(r).title == "Choix de l'angle")
    screen.table.selectRow(row)
    doomed = screen.model.phase(row).title
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    box = screen._confirm_box
    assert doomed in box.text() and box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.reject()  # "Annuler": nothing changes
    assert len(demo.schedule.plan().phases) == 13

    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    screen._confirm_box.accept()
    assert len(demo.schedule.plan().phases) == 12
    assert doomed not in [p.title for p in demo.schedule.plan().phases]

    qtbot.mouseClick(screen.template_button, Qt.MouseButton.LeftButton)
    assert "modèle Marathon" in screen._confirm_box.text()
    screen._confirm_box.accept()
    assert len(demo.schedule.plan().phases) == 13


def test_a_snapshot_repaints_only_the_cells_that_changed(qtbot, qtmodeltester, demo: Event) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace
    from datetime import timedelta

    model = PlanModel()
    model.set_plan(demo.schedule.plan().phases, set())
    snap = demo.schedule.at(at("10:30"))
    model.set_snapshot(snap)
    qtmodeltester.check(model)
    changes: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, _roles=(): changes.append((a.row(), a.column(), b.row(), b.column())))

    model.set_snapshot(demo.schedule.at(at("10:31")))  # a minute later, the same plan: nothing to repaint
    assert changes == []

    last = snap.timings[-1]  # the last phase expected five minutes late: one cell
    moved = replace(last, start=last.start + timedelta(minutes=5), end=last.end + timedelta(minutes=5))
    model.set_snapshot(replace(snap, timings=(*snap.timings[:-1], moved)))
    row = len(snap.timings) - 1
    assert changes == [(row, PlanModel.COL_EXPECTED, row, PlanModel.COL_EXPECTED)]
    assert model.index(row, PlanModel.COL_EXPECTED).data().endswith("(+5 min)")

    changes.clear()  # the next phase becomes current: its row and the previous current row, whole
    current = snap.current
    assert current is not None
    following = snap.timings[snap.timings.index(current) + 1]
    model.set_snapshot(replace(snap, timings=(*snap.timings[:-1], moved), current=following))
    current_row, next_row = snap.timings.index(current), snap.timings.index(following)
    assert sorted(changes) == [(current_row, 0, current_row, 8), (next_row, 0, next_row, 8)]
    assert model.current_row() == next_row


def test_the_chrono_reads_the_clock_only_while_shown(qtbot, demo: Event, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(EventContext(demo))
    qtbot.addWidget(window)
    window.show()
    clock.set(at("10:20"))
    screen = window.show_screen("chrono")
    assert isinstance(screen, ChronoScreen) and screen.timer.isActive()
    window.show_screen("volunteers")
    assert not screen.timer.isActive()  # behind another screen: not read every second
    clock.set(at("10:30"))
    window.show_screen("chrono")
    assert screen.timer.isActive()
    assert "reste 45:00" in screen.state_label.text()  # up to date at once when shown again


# --- A new event without a programme: the Chrono says so; the template loads without asking ---------------------------


def test_a_new_event_without_a_programme_says_so(qtbot: QtBot, event: Event) -> None:
    assert event.schedule.plan().phases == () or not event.schedule.plan().phases
    screen = screen_for(qtbot, event)
    screen.tick()
    assert "terminée" not in screen.state_label.text()
    assert screen.state_label.text().startswith("Aucun programme")


def test_the_template_loads_into_an_empty_programme_without_asking(qtbot: QtBot, event: Event) -> None:
    screen = screen_for(qtbot, event)
    screen.load_template()
    assert len(event.schedule.plan().phases) == 13
    assert getattr(screen, "_confirm_box", None) is None or not screen._confirm_box.isVisible()
    screen.tick()
    assert not screen.state_label.text().startswith("Aucun programme")


def test_the_start_button_still_reads_once_the_day_has_started(qtbot: QtBot, demo: Event, styled) -> None:
    window = MainWindow(EventContext(demo))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    screen = window.show_screen("chrono")
    assert isinstance(screen, ChronoScreen)
    enabled_hint = screen.start_button.sizeHint()
    screen.start_day()
    screen.tick()
    QApplication.processEvents()
    button = screen.start_button
    assert not button.isEnabled()
    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    assert room.height() >= button.fontMetrics().height()  # « Démarrer la journée » greyed, its accents not cut
    assert button.sizeHint().height() == enabled_hint.height()  # the row does not jump when the day starts
