"""A full disk, a read-only file, a file locked by another program: a clear French message, nothing half-written,
and the same write succeeds once the fault is gone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from probono_desk.core.deliverables import DeliverableText
from probono_desk.core.errors import WriteFailed
from probono_desk.core.registrations import Kind
from probono_desk.services.event import Event
from tests.faults import DETAILS, FAULTS, inject, snapshot
from tests.helpers import VOLUNTEERS_CSV


def _checkin(ev: Event) -> object:
    vid = next(v.id for v in ev.roster.volunteers())
    return ev.checkin.check_in_volunteer(vid)


def _scan(ev: Event) -> object:
    vid = next(v.id for v in ev.roster.volunteers())
    code = ev.checkin.code_of(vid)
    return ev.checkin.scan(code)


def _autosave(ev: Event) -> object:
    sid = ev.roster.structures()[0].id
    return ev.deliverables.save(sid, DeliverableText(title="Plan", summary="Texte tapé pendant la panne"))


def _move(ev: Event) -> object:
    volunteer = ev.roster.volunteers()[0]
    target = next(s.id for s in ev.roster.structures() if s.id != volunteer.structure_id)
    ev.teams.move(volunteer.id, target)
    return target


def _walk_in(ev: Event) -> object:
    return ev.checkin.register_walk_in(first_name="Sur", last_name="Place")


WRITES: dict[str, Callable[[Event], object]] = {
    "checkin": _checkin,
    "scan": _scan,
    "autosave": _autosave,
    "team-move": _move,
    "walk-in": _walk_in,
}


@pytest.mark.parametrize("kind", FAULTS)
@pytest.mark.parametrize("what", list(WRITES))
def test_a_fault_refuses_the_write_whole_with_a_french_message(demo: Event, kind: str, what: str) -> None:
    assert demo.path is not None
    demo.checkin.ensure_codes()
    before = snapshot(demo.path)
    with inject(demo, kind), pytest.raises(WriteFailed) as caught:
        WRITES[what](demo)
    assert caught.value.message() == f"L'enregistrement a échoué ({DETAILS[kind]}). Rien n'a été modifié ; réessayez."
    assert snapshot(demo.path) == before, "a failed write left something in the file"
    assert not demo.db.conn.in_transaction
    WRITES[what](demo)  # the fault is gone: the very same write goes through
    after = snapshot(demo.path)
    assert after != before
    assert len([line for line in after if 'INSERT INTO "journal"' in line]) > len(
        [line for line in before if 'INSERT INTO "journal"' in line]
    )


@pytest.mark.parametrize("kind", FAULTS)
def test_a_fault_during_an_import_writes_no_row(event_path: Path, kind: str) -> None:
    with Event.create(event_path, name="Panne", date="2019-12-05") as ev:
        before = snapshot(event_path)
        with inject(ev, kind), pytest.raises(WriteFailed):
            ev.registrations.import_file(VOLUNTEERS_CSV, Kind.VOLUNTEERS)
        assert snapshot(event_path) == before
        assert ev.registrations.import_file(VOLUNTEERS_CSV, Kind.VOLUNTEERS).created == 50
