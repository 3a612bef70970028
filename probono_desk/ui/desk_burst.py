"""Telling a USB scanner from a person at the scan field.

A scanner in keyboard mode types a badge's 19 letters (and its dashes) a few milliseconds apart, then Enter; a person
never types that fast for that long. So the keys that came in one such burst just before Enter, when they end with a
complete code whose check letter is right, are that code — whatever the facilitator had left in the field before
(a name just searched, a few letters typed and abandoned when the next person stepped up).
"""

from __future__ import annotations

from probono_desk.core.codes import CODE_LEN, TAG_LEN, has_valid_check, letters_of

BURST_GAP_MS = 50  # keys further apart than this are a person typing (a scanner: 1-20 ms)


class KeyBurst:
    """The keys typed since the last pause longer than ``BURST_GAP_MS``."""

    def __init__(self) -> None:
        self._keys: list[str] = []
        self._last: int | None = None

    def key(self, text: str, at_ms: int) -> None:
        if self._last is None or not 0 <= at_ms - self._last <= BURST_GAP_MS:
            self._keys = []  # a pause (or a clock that went back): a new burst starts with this key
        self._keys.append(text)
        self._last = at_ms

    def reset(self) -> None:
        self._keys = []
        self._last = None

    def take(self) -> str:
        """The burst so far, and start afresh (called on Enter)."""
        text = "".join(self._keys)
        self.reset()
        return text


def burst_code(burst: str) -> str | None:
    """The code a scanner burst ends with (any event's: another event's badge is reported as such), or None."""
    letters = letters_of(burst)
    if len(letters) < CODE_LEN:
        return None
    tail = letters[-CODE_LEN:]
    return tail if has_valid_check(tail) else None


def trailing_code(text: str, tag: str) -> str | None:
    """A complete code of this event at the end of a longer text (stray letters, then a code typed or scanned).

    Needs no timing: the event's tag and the check letter together leave one chance in ~200,000 that a person's
    stray text ends like a code by accident."""
    letters = letters_of(text)
    if len(letters) <= CODE_LEN:
        return None
    tail = letters[-CODE_LEN:]
    return tail if tail[:TAG_LEN] == tag and has_valid_check(tail) else None
