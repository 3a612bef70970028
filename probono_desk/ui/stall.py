"""Stall detector: tells a UI thread busy with the app's own work from a machine too loaded to run it on time.

A 10 ms timer on the UI thread notes, at each tick, the wall clock and the UI thread's own CPU time
(``time.thread_time``: only this thread, only while it runs). A tick that arrives late is a gap; the CPU time the
UI thread consumed during the gap says whose fault it was:

- a **stall**: the UI thread itself worked more than the threshold (a handler computing, a slow first build). The
  person in front of the window waited on the app; this is what a test asserts against.
- **load**: the tick is late by more than the threshold, but the UI thread ran less than that. It was descheduled
  (other programs on the machine), or waited without computing (disk, a lock, the GIL held by a worker). Reported
  apart, never confused with the app's own work.

Each gap keeps its wall lateness, the UI thread's CPU time and the whole process's CPU time (all threads: a load
gap with a high process time means the app's own workers, not other programs, took the machine).
``PROBONO_DEBUG=1`` starts one in the window (threshold 50 ms, ``probono_desk.stall`` logger): stalls as
warnings, load as info. Cheap enough to leave on in a rehearsal."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger("probono_desk.stall")

TICK_MS = 10
THRESHOLD_MS = 50


@dataclass(frozen=True)
class Gap:
    """One late tick: how late (wall, ms beyond the tick's interval) and how much of it the app computed (ms)."""

    wall_ms: float
    cpu_ms: float  # the UI thread's own CPU time between the two ticks
    process_ms: float  # every thread of the process, same interval


class StallDetector(QObject):
    """``stalls``: gaps where the UI thread's own CPU time passed ``threshold_ms``; ``load``: gaps late by more
    than ``threshold_ms`` where it did not. ``wall``, ``cpu`` and ``process`` (seconds) are the clocks it reads;
    ``cpu`` must be read on the UI thread (the ticks run there)."""

    def __init__(
        self,
        parent: QObject | None = None,
        threshold_ms: int = THRESHOLD_MS,
        *,
        wall: Callable[[], float] = time.perf_counter,
        cpu: Callable[[], float] = time.thread_time,
        process: Callable[[], float] = time.process_time,
    ) -> None:
        super().__init__(parent)
        self.threshold_ms = threshold_ms
        self.stalls: list[Gap] = []
        self.load: list[Gap] = []
        self._peaks = (0.0, 0.0)  # the most CPU and the latest tick since take_peaks(), under the threshold too
        self._clocks = (wall, cpu, process)
        self._last = self._read()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    def _read(self) -> tuple[float, float, float]:
        wall, cpu, process = self._clocks
        return wall(), cpu(), process()

    def start(self) -> None:
        self._last = self._read()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def take_peaks(self) -> tuple[float, float]:
        """The longest CPU time (ms) and the latest tick (ms late) of any gap since the last call; then forgets them."""
        peaks, self._peaks = self._peaks, (0.0, 0.0)
        return peaks

    def tick(self) -> None:
        now = self._read()
        (wall_then, cpu_then, process_then), self._last = self._last, now
        gap = Gap(
            wall_ms=(now[0] - wall_then) * 1000 - TICK_MS,
            cpu_ms=(now[1] - cpu_then) * 1000,
            process_ms=(now[2] - process_then) * 1000,
        )
        self._peaks = (max(self._peaks[0], gap.cpu_ms), max(self._peaks[1], gap.wall_ms))
        if gap.cpu_ms > self.threshold_ms:
            self.stalls.append(gap)
            log.warning("UI thread busy for %.0f ms (its own CPU time; %.0f ms late)", gap.cpu_ms, gap.wall_ms)
        elif gap.wall_ms > self.threshold_ms:
            self.load.append(gap)
            log.info(
                "UI thread late by %.0f ms, %.0f ms of it its own work (process: %.0f ms): load, not a stall",
                gap.wall_ms,
                gap.cpu_ms,
                gap.process_ms,
            )


def debug_enabled() -> bool:
    return os.environ.get("PROBONO_DEBUG", "") not in ("", "0")


def start_if_debug(parent: QObject | None) -> StallDetector | None:
    """``PROBONO_DEBUG=1``: a detector on the UI thread for the application's life, its findings on stderr."""
    if not debug_enabled():
        return None
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    detector = StallDetector(parent)
    detector.start()
    return detector
