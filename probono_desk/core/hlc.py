"""Hybrid logical clock: a stamp that follows wall time but never goes backwards and always exceeds every stamp
seen from another station, so "the latest writer" means the same thing on every laptop even when their clocks
disagree by a few seconds. Time is passed in (milliseconds); nothing here reads a clock.

A stamp is encoded as a fixed-width string that sorts like the clock: ``"{wall_ms:015d}.{counter:05d}"``.
Ties between two stations with the same stamp are broken by the station id (see ``version``).
"""

from __future__ import annotations

from dataclasses import dataclass

WALL_DIGITS = 15
COUNTER_DIGITS = 5
MAX_COUNTER = 10**COUNTER_DIGITS - 1
ZERO = ""  # the version of content that existed before any change set: older than every stamp


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int = 0

    def encode(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}"


def decode(text: str) -> Hlc:
    if not text:
        return Hlc(0, 0)
    wall, _, counter = text.partition(".")
    return Hlc(int(wall), int(counter or 0))


def tick(last: Hlc, now_ms: int) -> Hlc:
    """The stamp of a local event: wall time if it moved on, else the last stamp's counter plus one."""
    if now_ms > last.wall_ms:
        return Hlc(now_ms, 0)
    return _bump(last.wall_ms, last.counter)


def receive(last: Hlc, remote: Hlc, now_ms: int) -> Hlc:
    """The clock after seeing ``remote``: above both the last local stamp and the remote one."""
    wall = max(last.wall_ms, remote.wall_ms, now_ms)
    if wall == last.wall_ms == remote.wall_ms:
        return _bump(wall, max(last.counter, remote.counter))
    if wall == last.wall_ms:
        return _bump(wall, last.counter)
    if wall == remote.wall_ms:
        return _bump(wall, remote.counter)
    return Hlc(wall, 0)


def _bump(wall_ms: int, counter: int) -> Hlc:
    if counter >= MAX_COUNTER:  # a hundred thousand events in one millisecond: borrow the next millisecond
        return Hlc(wall_ms + 1, 0)
    return Hlc(wall_ms, counter + 1)


def version(stamp: str, station: str) -> str:
    """A total order over writes: the stamp, then the station id (fixed-width ids keep the string order right)."""
    return f"{stamp}/{station}"
