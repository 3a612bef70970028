"""« Répétition »: a practice copy of an event, marked EXERCICE everywhere, with its own clock, trainee badges and a
simulated rush. Nothing done in the copy touches the real event file: the copy is a separate file made through
SQLite's backup API (as « Sauvegarder une copie »), marked before it takes its name."""

from __future__ import annotations

import random
from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING

from probono_desk.core import practice as rules
from probono_desk.core.codes import format_code, new_code
from probono_desk.core.errors import InvalidInput, OutputFailed, os_reason
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.practice import PracticeInfo, RushStep
from probono_desk.output.files import atomic_file
from probono_desk.services.practice_marks import (
    TRAINEES_KEY,
    install_clock,
    is_practice,
    mark_text,
    marked_pages,
    practice_info,
    trainee_ids,
)
from probono_desk.storage import checkin as checkin_store
from probono_desk.storage.backup import DatabaseError, copy_event_file
from probono_desk.storage.db import inspect_file, set_meta

if TYPE_CHECKING:
    from probono_desk.services.event import Event

__all__ = ["install_clock", "is_practice", "make_copy", "mark_text", "marked_pages", "practice_info", "trainee_ids"]


def make_copy(source: str | Path, out: str | Path, *, trainees: int = rules.TRAINEES) -> Path:
    """The practice copy of the event at ``source``, written at ``out`` (which must not exist): copied whole through
    SQLite's backup API, marked as practice (with the real event's path and id) and given ``trainees`` practice
    volunteers, all before it takes its name, so no unmarked copy ever exists under it."""
    from probono_desk.services.event import Event

    source, out = Path(source), Path(out)
    if out.suffix != ".probono":
        out = out.with_name(out.name + ".probono")
    if out.exists() and out.resolve() == source.resolve():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "« {path} » est l'événement lui-même : choisissez un autre nom pour la copie."),
            path=out.name,
        )
    if out.exists() or out.is_symlink():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "« {path} » existe déjà : choisissez un nouveau nom pour la copie d'exercice."),
            path=str(out),
        )
    inspect_file(source)  # a foreign, newer or damaged file is refused; the real event is only ever read
    try:
        with atomic_file(out) as tmp:
            copy_event_file(source, tmp)
            with Event.open(tmp, actor="practice") as copy:
                if is_practice(copy):
                    raise InvalidInput(
                        QT_TRANSLATE_NOOP(
                            "errors", "« {path} » est déjà une copie d'exercice : partez de l'événement réel."
                        ),
                        path=source.name,
                    )
                _mark(copy, source.resolve(), copy.info.id, trainees)
    except OSError as exc:
        raise OutputFailed(path=str(out), detail=os_reason(exc)) from exc
    except DatabaseError as exc:
        raise OutputFailed(path=str(out), detail=str(exc)) from exc
    return out


def _mark(copy: Event, source: Path, source_id: str, trainees: int) -> None:
    with copy.write() as w:
        set_meta(w.db, rules.PRACTICE, "1")
        set_meta(w.db, rules.SOURCE_PATH, str(source))
        set_meta(w.db, rules.SOURCE_ID, source_id)
        set_meta(w.db, rules.START, rules.start_text(rules.DEFAULT_START))
        set_meta(w.db, rules.SPEED, str(rules.DEFAULT_SPEED))
        w.log("practice.create", "event", copy.info.id, {"trainees": trainees})
        ids = []
        first = translate("practice", rules.TRAINEE_FIRST, copy.language)
        last = translate("practice", rules.TRAINEE_LAST, copy.language)
        for n in range(1, trainees + 1):
            volunteer = copy.roster.add_volunteer(first_name=f"{first} {n}", last_name=last)
            ids.append(volunteer.id)
        set_meta(w.db, TRAINEES_KEY, ",".join(ids))
    if ids:
        copy.checkin.ensure_codes(ids)


def set_clock(event: Event, start: time | str, speed: float | str) -> PracticeInfo:
    """The copy's clock starts again at ``start`` and runs ``speed`` times faster; kept in the copy's meta."""
    info = practice_info(event)
    if info is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Ce réglage n'existe que dans une copie d'exercice."))
    start = start if isinstance(start, time) else rules.parse_start(start)
    speed = rules.parse_speed(speed)
    with event.write() as w:
        set_meta(w.db, rules.START, rules.start_text(start))
        set_meta(w.db, rules.SPEED, str(speed))
        w.log("practice.clock", "event", event.info.id, {"start": rules.start_text(start), "speed": speed})
    clock = install_clock(event)
    if clock is not None:
        clock.restart(start, speed)
    return PracticeInfo(info.source_path, info.source_id, start, speed)


def real_event_path(event: Event) -> Path | None:
    """The real event's file, when the copy knows it and it is still there."""
    info = practice_info(event)
    if info is None or not info.source_path:
        return None
    path = Path(info.source_path)
    return path if path.is_file() else None


def rush(event: Event, count: int, *, seed: int | None = None) -> list[RushStep]:
    """The arrivals of a simulated rush in the copy: codes of people not yet arrived, two unknown codes, one
    duplicate, one walk-in."""
    if not is_practice(event):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Le rush simulé n'existe que dans une copie d'exercice."))
    rng = random.Random(seed)
    codes = event.checkin.ensure_codes()
    present = event.checkin.present_ids()
    waiting = [format_code(code) for volunteer_id, code in sorted(codes.items()) if volunteer_id not in present]
    tag = event.checkin.tag
    unknown: list[str] = []
    while len(unknown) < 2:
        code = new_code(tag)
        if checkin_store.find_code(event.db, code) is None:
            unknown.append(format_code(code))
    taken = {v.name for v in event.roster.volunteers()}
    name = translate("practice", rules.SURPRISE)
    number = 1
    while f"{name} {number}" in taken:
        number += 1
    name = f"{name} {number}"
    return rules.rush_script(waiting, count=count, unknown_codes=unknown, rng=rng, walk_in_name=name)
