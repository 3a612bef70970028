"""The debug stall detector notices a UI-thread block longer than 50 ms."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from probono_desk.ui.stall import StallDetector


def test_detects_a_block(qtbot: QtBot) -> None:
    detector = StallDetector(threshold_ms=50)
    detector.start()
    qtbot.wait(30)
    before = len(detector.stalls)
    time.sleep(0.2)  # the UI thread is blocked on purpose: this is the behaviour under test
    qtbot.waitUntil(lambda: len(detector.stalls) > before, timeout=1000)
    assert max(detector.stalls) >= 150
    detector.stop()
