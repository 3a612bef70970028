"""Slow work off the UI thread (``ui/tasks.Op``): a screen closed while its work runs is left alone (no error from
the worker, no box, no callback on the deleted screen); a cancelled op says nothing; errors come back to the main
thread; closing the window waits for the backup in flight, whose copy is whole."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication

from probono_desk.core.clock import FixedClock
from probono_desk.services import exports
from probono_desk.services.event import Event
from probono_desk.ui import errors
from probono_desk.ui.context import EventContext
from probono_desk.ui.deliverables import DeliverablesScreen
from probono_desk.ui.main_window import MainWindow
from probono_desk.ui.tasks import Op, drain

WAIT_S = 10


def test_a_screen_closed_while_its_export_runs_is_left_alone(
    qtbot: QtBot, demo_path: Path, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, release = threading.Event(), threading.Event()
    real_export = exports.export

    def slow_export(event: Event, out: Path, **options: object) -> Path:
        started.set()
        assert release.wait(WAIT_S)
        return real_export(event, out, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(exports, "export", slow_export)
    idle_calls: list[object] = []
    monkeypatch.setattr(DeliverablesScreen, "_idle", lambda self: idle_calls.append(self))  # the callbacks' first step
    ctx = EventContext(Event.open(demo_path, clock=clock, station="test-poste"))
    screen = DeliverablesScreen(ctx)
    out = tmp_path / "export.xlsx"
    screen.export_to(out)
    assert started.wait(WAIT_S)
    with qtbot.waitSignal(screen.destroyed):
        screen.deleteLater()  # the organiser closed the screen while the export runs
    release.set()
    assert drain(WAIT_S)
    QCoreApplication.processEvents()
    assert out.exists()  # the work itself completed
    assert idle_calls == []  # no callback on the deleted screen
    assert not errors._open_boxes  # and no message box (an exception on the worker would also fail this test)
    ctx.close()


def test_a_cancelled_op_never_calls_back(qtbot: QtBot) -> None:
    release = threading.Event()
    told: list[object] = []
    op: Op[int] = Op(lambda: 1 if release.wait(WAIT_S) else 0, told.append, told.append).start()
    assert op.running
    op.cancel()
    release.set()
    qtbot.waitUntil(lambda: not op.running, timeout=WAIT_S * 1000)
    assert told == []


def test_a_long_work_polls_its_cancellation_and_stops() -> None:
    started = threading.Event()
    rounds: list[int] = []

    def work() -> int:
        started.set()
        while not op.cancelled:
            rounds.append(1)
            threading.Event().wait(0.001)
        return len(rounds)

    op: Op[int] = Op(work, lambda _n: None)
    op.start()
    assert started.wait(WAIT_S)
    op.cancel()
    assert drain(WAIT_S) and not op.running


def test_the_answer_and_the_error_come_back_on_the_main_thread(qtbot: QtBot) -> None:
    where: list[tuple[str, object]] = []

    def fail() -> int:
        raise ValueError("refusé")

    Op(lambda: 42, lambda n: where.append((threading.current_thread().name, n))).start()
    Op(fail, lambda _n: None, lambda exc: where.append((threading.current_thread().name, str(exc)))).start()
    qtbot.waitUntil(lambda: len(where) == 2, timeout=WAIT_S * 1000)
    main = threading.main_thread().name
    assert sorted(where, key=str) == sorted([(main, 42), (main, "refusé")], key=str)


def test_progress_reaches_the_main_thread_before_the_answer(qtbot: QtBot) -> None:
    seen: list[object] = []
    op: Op[str] = Op(
        lambda: [op.report(n, 3) for n in (1, 2, 3)] and "fini",
        seen.append,
        on_progress=lambda done, total: seen.append((done, total)),
    )
    op.start()
    qtbot.waitUntil(lambda: "fini" in seen, timeout=WAIT_S * 1000)
    assert seen == [(1, 3), (2, 3), (3, 3), "fini"]


def test_closing_the_window_waits_for_the_backup_in_flight(
    qtbot: QtBot, demo_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    order: list[tuple[str, Path | None]] = []
    real_backup = Event.backup

    def slow_backup(self: Event, reason: str = "auto", keep: int | None = None) -> Path | None:
        if reason == "auto":
            started.set()
            threading.Event().wait(0.3)  # a large file: the close below must wait for this copy, not outrun it
        target = real_backup(self, reason, keep)
        order.append((reason, target))
        return target

    monkeypatch.setattr(Event, "backup", slow_backup)
    window = MainWindow(EventContext(Event.open(demo_path, clock=clock, station="Accueil 1")))
    qtbot.addWidget(window)
    finished: list[bool] = []
    window.backup_finished.connect(lambda: finished.append(True))
    window.backup_in_background()
    assert started.wait(WAIT_S)
    window.close()
    assert [reason for reason, _ in order] == ["auto", "fermeture"]  # the copy in flight landed before the file closed
    assert finished == [True]  # and the window heard of it
    auto = order[0][1]
    assert auto is not None and auto.exists() and not auto.with_name(auto.name + ".tmp").exists()
    with Event.open(auto) as copy:  # the backup is whole
        assert copy.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert len(copy.roster.volunteers()) == 50
