"""Debug aid: logs every block of the UI thread longer than 50 ms (PROBONO_DEBUG=1).

A 10 ms timer on the UI thread measures the time between its own ticks; a tick that arrives late means the event
loop was busy. Cheap enough to leave on in a rehearsal."""

from __future__ import annotations

import logging
import os
import time

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger("probono_desk.stall")

TICK_MS = 10
THRESHOLD_MS = 50


class StallDetector(QObject):
    def __init__(self, parent: QObject | None = None, threshold_ms: int = THRESHOLD_MS) -> None:
        super().__init__(parent)
        self.threshold_ms = threshold_ms
        self.stalls: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        late_ms = (now - self._last) * 1000 - TICK_MS
        self._last = now
        if late_ms > self.threshold_ms:
            self.stalls.append(late_ms)
            log.warning("UI thread blocked for %.0f ms", late_ms)


def debug_enabled() -> bool:
    return os.environ.get("PROBONO_DEBUG", "") not in ("", "0")
