"""Several stations on loopback, each its own process: the hub and two stations write at once (check-ins, team
moves, milestone ticks, a deliverable with an attachment); the hub is killed -9 and started again while they go on;
a third station joins with no file. Afterwards every file holds the same business content, and every acknowledged
write is there exactly once."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from probono_desk.services.event import Event
from tests.e2e.stations_helpers import ROOT, Background, Hub, cli, run, wait_until

pytestmark = pytest.mark.slow
WORKER = ROOT / "tests" / "e2e" / "stations_worker.py"
PER_STATION = 16  # the demo's 50 people in three slices: 17, 17, 16


def content(path: Path) -> dict[str, Any]:
    """The business content of an event file, as a user would compare it: people and their teams, arrivals,
    milestones, deliverables and the bytes of their attachments."""
    with Event.open(path, station="lecture") as ev:
        people = {v.id: (v.first_name, v.last_name, v.email, v.structure_id) for v in ev.roster.volunteers()}
        arrivals = dict(sorted(ev.checkin.arrivals().items()))
        structures = [s.id for s in ev.teams.structures()]
        ticks = {s: sorted(ev.missions.ticks(s)) for s in structures}
        deliverables = {}
        for s in structures:
            d = ev.deliverables.get(s)
            files = sorted(
                (a.name, hashlib.sha256(ev.deliverables.attachment_bytes(a.id)).hexdigest())
                for a in ev.deliverables.attachments(s)
            )
            deliverables[s] = (d.text.title, d.text.summary, files)
        from probono_desk.sync import feed

        dump = feed.canonical_dump(ev.db)  # every synced table, as the feed compares stations
    return {"people": people, "arrivals": arrivals, "ticks": ticks, "deliverables": deliverables, "dump": dump}


def acks(output: str) -> list[list[str]]:
    return [line.split()[1:] for line in output.splitlines() if line.startswith("ACK ")]


def test_three_stations_converge_through_a_hub_crash(tmp_path: Path, demo_path: Path) -> None:
    data = tmp_path / "userdata"
    hub_file = tmp_path / "orga.probono"
    hub_file.write_bytes(demo_path.read_bytes())
    hub = Hub(data, hub_file)
    stations = [tmp_path / "porte.probono", tmp_path / "table2.probono"]
    try:
        # Two laptops with no file join: each receives the whole event.
        for path in stations:
            result = run(data, "sync", path, "--hub", hub.address, "--code", hub.code, "--once")
            assert result.returncode == 0, result.stderr
        assert content(stations[0]) == content(hub_file)

        links = [
            Background(data, cli("sync", path, "--hub", hub.address, "--code", hub.code, "--station", path.stem))
            for path in stations
        ]
        files = [hub_file, *stations]
        workers = [
            Background(data, [sys.executable, str(WORKER), str(path), path.stem, str(i), str(PER_STATION), "0.15"])
            for i, path in enumerate(files)
        ]
        # Mid-way, the hub's laptop dies (kill -9) and comes back on the same port; the stations keep writing.
        assert wait_until(lambda: all(_acked(w) >= 4 for w in workers), timeout=60)
        hub.kill9()
        assert wait_until(lambda: all(_acked(w) >= 8 for w in workers), timeout=60)
        hub = Hub(data, hub_file, port=hub.port)
        outputs = []
        for worker in workers:
            assert wait_until(lambda w=worker: w.process.poll() is not None, timeout=120)
            out, err = worker.stop()
            out = getattr(worker, "seen", "") + out  # what _acked already read, then the rest
            assert worker.process.returncode == 0 and out.rstrip().endswith("DONE"), err
            outputs.append(out)
        for link in links:
            link.stop()

        # Catch up both ways; a station that sent last gets the others' on the next round.
        def settled() -> bool:
            for path in stations:
                # the hub just came back on a loaded machine: a round that could not reach it is tried again
                if run(data, "sync", path, "--hub", hub.address, "--code", hub.code, "--once").returncode != 0:
                    return False
            return all(content(path) == content(hub_file) for path in stations)

        assert wait_until(settled, timeout=90, step=0.5)

        # A third laptop joins with no file and gets it all, attachments included.
        third = tmp_path / "table3.probono"
        result = run(data, "sync", third, "--hub", hub.address, "--code", hub.code, "--once")
        assert result.returncode == 0, result.stderr
        final = content(hub_file)
        assert content(third) == final
    finally:
        hub.stop()

    # Every acknowledged write is there, once.
    checked_in = [a[1] for out in outputs for a in acks(out) if a[0] == "checkin"]
    assert len(checked_in) == 3 * PER_STATION
    assert sorted(final["arrivals"]) == sorted(set(checked_in))  # nobody lost, nobody twice
    for out in outputs:
        for what, *rest in acks(out):
            if what == "move":
                assert final["people"][rest[0]][3] == rest[1]
            elif what == "tick":
                assert rest[1] in final["ticks"][rest[0]]
            elif what == "deliverable":
                assert rest[1] in [sha for _name, sha in final["deliverables"][rest[0]][2]]
    for path in [hub_file, *stations, third]:
        status = json.loads(run(data, "status", path, "--json").stdout)
        assert status["sync"]["pending"] == 0
        assert status["sync"]["hub"] == hub.address


def _acked(worker: Background) -> int:
    """How many writes a running worker has acknowledged so far (its stdout read without blocking)."""
    import os
    import select

    stream = worker.process.stdout
    assert stream is not None
    buffer = getattr(worker, "seen", "")
    while select.select([stream], [], [], 0)[0]:
        chunk = os.read(stream.fileno(), 65536).decode()
        if not chunk:
            break
        buffer += chunk
    worker.seen = buffer  # type: ignore[attr-defined]
    return buffer.count("ACK ")
