"""What marks a practice copy and what it changes, read cheaply: the window asks it at start-up for every event
(``ui/context.py``), so nothing heavy (PDF, codes, files) is imported here; the copy itself is made by
``services/practice.py``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from probono_desk.core import practice as rules
from probono_desk.core.i18n import translate
from probono_desk.core.practice import PracticeClock, PracticeInfo
from probono_desk.storage.db import get_meta

if TYPE_CHECKING:
    from probono_desk.services.event import Event

TRAINEES_KEY = "practice_trainees"


def practice_info(event: Event) -> PracticeInfo | None:
    """The copy's marks, or ``None`` for a real event."""
    keys = (rules.PRACTICE, rules.SOURCE_PATH, rules.SOURCE_ID, rules.START, rules.SPEED)
    return rules.info_from_meta({key: get_meta(event.db, key) for key in keys})


def is_practice(event: Event) -> bool:
    return practice_info(event) is not None


def mark_text(event: Event) -> str:
    """'EXERCICE' (or 'PRACTICE') in the event's language for a copy, '' for the real event."""
    return translate("practice", rules.MARK, event.language) if is_practice(event) else ""


@contextmanager
def marked_pages(event: Event) -> Iterator[None]:
    """Every page printed inside carries EXERCICE when ``event`` is a practice copy."""
    text = mark_text(event)
    if not text:
        yield
        return
    from probono_desk.output.pdf import page_mark

    with page_mark(text):
        yield


def trainee_ids(event: Event) -> list[str]:
    """The practice volunteers of the copy (their badges exist only in the copy)."""
    return [i for i in get_meta(event.db, TRAINEES_KEY).split(",") if i]


def install_clock(event: Event) -> PracticeClock | None:
    """A practice copy runs on its practice clock (every screen reads ``event.clock``); the real event is left alone."""
    info = practice_info(event)
    if info is None:
        return None
    if isinstance(event.clock, PracticeClock):
        return event.clock
    from datetime import date

    clock = PracticeClock(event.clock, date.fromisoformat(event.info.date), info.start, info.speed)
    event.clock = clock
    return clock
