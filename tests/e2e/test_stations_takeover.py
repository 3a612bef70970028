"""The hub's laptop dies for good: another station hosts with the same code, the others re-attach to it, and a
check-in the dead hub had acknowledged — which the new hub never received, from a door that never comes back —
still reaches everyone, relayed by a station that had it."""

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
    referent, door, table4 = tmp_path / "table2.probono", tmp_path / "porte.probono", tmp_path / "table4.probono"
    try:
        for path, name in ((referent, "Table 2"), (door, "Porte"), (table4, "Table 4")):
            caught_up(path, first.address, first.code, name)
        # The door checks two people in; the organiser's hub acknowledges them; table 4 hears of them, the referent
        # does not. Then the door's laptop is gone for good.
        with Event.open(door, station="Porte") as ev:
            people = [v.id for v in ev.roster.volunteers()[7:9]]
            for person in people:
                ev.checkin.check_in_volunteer(person)
        caught_up(door, first.address, first.code, "Porte")
        caught_up(table4, first.address, first.code, "Table 4")
        with Event.open(table4, station="Table 4") as ev:
            assert all(active_checkin(ev.db, p) for p in people)
    finally:
        first.stop()  # the organiser's laptop dies
        organiser.close()

    # The referent's laptop hosts: its file holds the event and the code it joined with (same certificate).
    with Event.open(referent, station="Table 2") as ev:
        code = local.get(ev.db, local.CODE)
        assert code == first.code and active_checkin(ev.db, people[0]) is None
        info = ev.info
    second = start_hub(
        path=referent, event_id=info.id, event_name=info.name, station="Table 2", code=code,
        listen="127.0.0.1", store=tmp_path / "hub-table2",
    )  # fmt: skip
    try:
        assert second.address.port != first.address.port
        # Table 4 re-attaches to the new address with the same code: a new log, so it sends its history again —
        # its own sets and those it applied, the door's among them.
        caught_up(table4, second.address, code, "Table 4")
        new_laptop = tmp_path / "table3.probono"
        caught_up(new_laptop, second.address, code, "Table 3")
        files = (referent, table4, new_laptop)
        dumps = []
        for path in files:
            with Event.open(path, station="lecture") as ev:
                assert all(active_checkin(ev.db, p) for p in people), path.name
                dumps.append(feed.canonical_dump(ev.db))
        assert dumps[0] == dumps[1] == dumps[2]
    finally:
        second.stop()
