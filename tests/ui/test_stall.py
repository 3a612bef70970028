"""The stall detector tells the UI thread's own work (a stall) from a machine too busy to run it (load)."""

from __future__ import annotations

import logging
import time

import pytest
from pytestqt.qtbot import QtBot

from probono_desk.ui.stall import TICK_MS, Gap, StallDetector, start_if_debug


class FakeClocks:
    """The wall clock, the UI thread's CPU time and the process's CPU time, moved by the test (seconds)."""

    def __init__(self) -> None:
        self.wall = 100.0
        self.cpu = 3.0
        self.process = 5.0

    def passes(self, wall_ms: float, cpu_ms: float, process_ms: float | None = None) -> None:
        self.wall += wall_ms / 1000
        self.cpu += cpu_ms / 1000
        self.process += (cpu_ms if process_ms is None else process_ms) / 1000

    def detector(self, threshold_ms: int = 100) -> StallDetector:
        return StallDetector(
            threshold_ms=threshold_ms, wall=lambda: self.wall, cpu=lambda: self.cpu, process=lambda: self.process
        )


def test_a_busy_handler_is_a_stall(qtbot: QtBot) -> None:
    clocks = FakeClocks()
    detector = clocks.detector()
    clocks.passes(TICK_MS + 250, 240)  # a handler computed 240 ms on the UI thread
    detector.tick()
    assert detector.stalls == [Gap(wall_ms=pytest.approx(250), cpu_ms=pytest.approx(240), process_ms=pytest.approx(240))]
    assert detector.load == []


def test_a_descheduled_gap_is_load_not_a_stall(qtbot: QtBot) -> None:
    clocks = FakeClocks()
    detector = clocks.detector()
    clocks.passes(TICK_MS + 300, 4, process_ms=6)  # the tick came 300 ms late, the UI thread ran 4 ms of it
    detector.tick()
    assert detector.stalls == []
    assert detector.load == [Gap(wall_ms=pytest.approx(300), cpu_ms=pytest.approx(4), process_ms=pytest.approx(6))]


def test_each_gap_is_measured_from_the_previous_tick(qtbot: QtBot) -> None:
    clocks = FakeClocks()
    detector = clocks.detector()
    clocks.passes(TICK_MS + 1, 1)
    detector.tick()  # on time: neither
    clocks.passes(TICK_MS + 160, 150)
    detector.tick()
    clocks.passes(TICK_MS + 90, 90)  # under the threshold, wall and CPU
    detector.tick()
    clocks.passes(TICK_MS + 500, 60, process_ms=480)  # late because the app's workers took the machine
    detector.tick()
    assert [(round(g.wall_ms), round(g.cpu_ms)) for g in detector.stalls] == [(160, 150)]
    assert [(round(g.wall_ms), round(g.cpu_ms), round(g.process_ms)) for g in detector.load] == [(500, 60, 480)]
    assert [round(ms) for ms in detector.take_peaks()] == [150, 500]  # the worst gaps, stalls or not
    clocks.passes(TICK_MS + 30, 20)
    detector.tick()
    assert [round(ms) for ms in detector.take_peaks()] == [20, 30]  # forgotten once taken


def test_start_forgets_the_time_it_was_stopped(qtbot: QtBot) -> None:
    clocks = FakeClocks()
    detector = clocks.detector()
    detector.start()
    detector.stop()
    clocks.passes(5_000, 2_000)  # the test's own work while stopped (decoding pages): not the app's
    detector.start()
    clocks.passes(TICK_MS, 1)
    detector.tick()
    detector.stop()
    assert detector.stalls == [] and detector.load == []


def test_the_real_timer_catches_real_work_on_the_ui_thread(qtbot: QtBot) -> None:
    detector = StallDetector(threshold_ms=50)
    detector.start()
    qtbot.wait(30)
    before = len(detector.stalls)
    spent = time.thread_time()
    while time.thread_time() - spent < 0.2:  # the UI thread computes 200 ms on purpose: the behaviour under test
        pass
    qtbot.waitUntil(lambda: len(detector.stalls) > before, timeout=5_000)
    detector.stop()
    assert max(g.cpu_ms for g in detector.stalls) >= 190


def test_the_real_timer_does_not_call_a_wait_a_stall(qtbot: QtBot) -> None:
    detector = StallDetector(threshold_ms=50)
    detector.start()
    qtbot.wait(30)
    time.sleep(0.2)  # the UI thread blocked without computing, as when the machine runs something else
    qtbot.waitUntil(lambda: bool(detector.load), timeout=5_000)
    detector.stop()
    assert detector.stalls == []
    assert max(g.wall_ms for g in detector.load) >= 150


def test_probono_debug_starts_one_that_logs(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.delenv("PROBONO_DEBUG", raising=False)
    assert start_if_debug(None) is None  # type: ignore[arg-type]
    monkeypatch.setenv("PROBONO_DEBUG", "1")
    detector = start_if_debug(None)
    assert detector is not None
    spent = time.thread_time()
    with caplog.at_level(logging.INFO, logger="probono_desk.stall"):
        while time.thread_time() - spent < 0.1:
            pass
        qtbot.waitUntil(lambda: bool(detector.stalls), timeout=5_000)
    detector.stop()
    assert any("UI thread busy" in r.getMessage() for r in caplog.records)
