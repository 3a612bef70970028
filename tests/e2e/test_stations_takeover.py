"""The hub's laptop dies for good: another station hosts with the same code, the others re-attach to it, and a
check-in the dead hub had acknowledged — but the new hub never received — still reaches everyone."""

from __future__ import annotations

from pathlib import Path

import pytest

from probono_desk.services.event import Event
from probono_desk.services.stations import join_new, start_hub
from probono_desk.storage.checkin import active_checkin
from probono_desk.sync import feed, local


@pytest.fixture(autouse=True)
def _loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROBONO_NO_MDNS", "1")


def caught_up(path: Path, address: object, code: str, station: str) -> None:
    state = join_new(path, address, code, station).run_once(60)  # type: ignore[arg-type]
    assert state.status == "connected" and state.caught_up, state


def test_another_station_takes_over_and_nothing_is_lost(tmp_path: Path, demo_path: Path) -> None:
    organiser = Event.open(demo_path, station="Orga")
    first = organiser.stations.host(listen="127.0.0.1", store=tmp_path / "hub-orga")
    referent, door = tmp_path / "table2.probono", tmp_path / "porte.probono"
    try:
        caught_up(referent, first.address, first.code, "Table 2")
        caught_up(door, first.address, first.code, "Porte")
        # The door checks somebody in; the organiser's hub acknowledges it; the referent never hears of it.
        with Event.open(door, station="Porte") as ev:
            person = ev.roster.volunteers()[7].id
            ev.checkin.check_in_volunteer(person)
        caught_up(door, first.address, first.code, "Porte")
        with Event.open(door, station="Porte") as ev:
            assert feed.pending_count(ev.db) == 0
    finally:
        first.stop()  # the organiser's laptop dies
        organiser.close()

    # The referent's laptop hosts: its file holds the event and the code it joined with (same certificate).
    with Event.open(referent, station="Table 2") as ev:
        code = local.get(ev.db, local.CODE)
        assert code == first.code and active_checkin(ev.db, person) is None
        info = ev.info
    second = start_hub(
        path=referent, event_id=info.id, event_name=info.name, station="Table 2", code=code,
        listen="127.0.0.1", store=tmp_path / "hub-table2",
    )  # fmt: skip
    try:
        assert second.address.port != first.address.port
        # The door re-attaches to the new address with the same code: a new log, so it sends its history again.
        caught_up(door, second.address, code, "Porte")
        new_laptop = tmp_path / "table3.probono"
        caught_up(new_laptop, second.address, code, "Table 3")
        for path in (referent, door, new_laptop):
            with Event.open(path, station="lecture") as ev:
                assert active_checkin(ev.db, person) is not None, path.name
        dumps = []
        for path in (referent, door, new_laptop):
            with Event.open(path, station="lecture") as ev:
                dumps.append(feed.canonical_dump(ev.db))
        assert dumps[0] == dumps[1] == dumps[2]
    finally:
        second.stop()
