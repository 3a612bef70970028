"""Two stations move the same person while the Wi-Fi is down, and a person is scanned at both doors: once linked
again, the same move stands everywhere, the first arrival counts, and both stations can read what happened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from probono_desk.services.event import Event
from probono_desk.services.stations import join_new
from probono_desk.services.stations_notices import notice_lines
from probono_desk.sync import feed


@pytest.fixture(autouse=True)
def _loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROBONO_NO_MDNS", "1")


def double_move(tmp_path: Path, demo_path: Path) -> tuple[Path, Any, Any, list[str]]:
    """The organiser (hub) and the door each move one person and check another in while apart, then catch up.
    Returns the door's file, the person moved, the person checked in twice, and the structures."""
    organiser = Event.open(demo_path, station="Orga")
    hub = organiser.stations.host(listen="127.0.0.1", store=tmp_path / "hub")
    door = tmp_path / "porte.probono"
    try:
        assert join_new(door, hub.address, hub.code, "Porte").run_once(60).caught_up
        hub.client.stop()  # the organiser's own link drops: both now work alone
        structures = [s.id for s in organiser.teams.structures()]
        person, walker = organiser.roster.volunteers()[3], organiser.roster.volunteers()[4]
        with Event.open(door, station="Porte") as ev:
            ev.teams.move(person.id, structures[1])
            ev.checkin.check_in_volunteer(walker.id)
        organiser.teams.move(person.id, structures[2])
        organiser.checkin.check_in_volunteer(walker.id)  # a second arrival
        for path, station in ((demo_path, "Orga"), (door, "Porte"), (demo_path, "Orga")):
            assert join_new(path, hub.address, hub.code, station).run_once(60).caught_up
    finally:
        hub.stop()
        organiser.close()
    return door, person, walker, structures


def test_both_stations_hear_of_a_double_move_and_a_second_arrival(tmp_path: Path, demo_path: Path) -> None:
    door, person, walker, structures = double_move(tmp_path, demo_path)
    texts, teams, dumps = {}, set(), []
    for path, station in ((demo_path, "Orga"), (door, "Porte")):
        with Event.open(path, station=station) as ev:
            teams.add({v.id: v.structure_id for v in ev.roster.volunteers()}[person.id])
            texts[station] = " | ".join(line.text for line in notice_lines(ev))
            dumps.append(feed.canonical_dump(ev.db))
    assert dumps[0] == dumps[1]
    assert len(teams) == 1 and teams <= {structures[1], structures[2]}  # the latest by HLC, the same on both
    for station in ("Orga", "Porte"):
        assert f"{person.name} a été déplacé·e par deux postes" in texts[station], texts[station]
        assert f"{walker.name} a aussi été enregistré·e à" in texts[station], texts[station]
