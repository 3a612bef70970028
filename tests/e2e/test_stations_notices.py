"""Two stations move the same person while the Wi-Fi is down, and a person is scanned at both doors: once linked
again, the same move stands everywhere, the first arrival counts, and both stations can read what happened."""

from __future__ import annotations

from pathlib import Path

import pytest

from probono_desk.services.event import Event
from probono_desk.services.stations_notices import notice_lines
from probono_desk.sync import feed
from tests.helpers import double_move


@pytest.fixture(autouse=True)
def _loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROBONO_NO_MDNS", "1")


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
