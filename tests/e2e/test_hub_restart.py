"""The hub's nats-server dies by itself mid-morning (a crash, the out-of-memory killer), the hub's window stays up:
the hub starts it again on the same port and the same store, and the door's next check-in reaches the organisers'
laptop without anyone touching anything."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from probono_desk.services.event import Event
from tests.e2e.stations_helpers import Background, Hub, cli, run, wait_until

pytestmark = pytest.mark.slow


def _server_pids(data: Path) -> set[int]:
    """The nats-server processes serving this test's hubs, from the ports files they write."""
    return {int(p.stem.rsplit("_", 1)[1]) for p in (data / "hubs").glob("*/*.ports")}


def _arrived(path: Path) -> set[str]:
    with Event.open(path, station="lecture") as ev:
        return set(ev.checkin.arrivals())


def test_a_dead_server_is_started_again_and_the_door_goes_on(tmp_path: Path, demo_path: Path) -> None:
    data = tmp_path / "userdata"
    organisers = tmp_path / "orga.probono"
    organisers.write_bytes(demo_path.read_bytes())
    door = tmp_path / "porte.probono"
    hub = Hub(data, organisers)
    link = None
    try:
        assert run(data, "sync", door, "--hub", hub.address, "--code", hub.code, "--once").returncode == 0
        link = Background(data, cli("sync", door, "--hub", hub.address, "--code", hub.code, "--station", "porte"))
        (first,) = _server_pids(data)

        os.kill(first, signal.SIGKILL)
        assert wait_until(lambda: _server_pids(data) - {first} != set(), timeout=30)
        assert hub.process.poll() is None  # the hub itself never noticed more than a pause

        result = run(data, "checkin", door, "--search", "Thérèse", "--station", "porte")
        assert result.returncode == 0, result.stderr
        (arrival,) = _arrived(door)
        assert wait_until(lambda: arrival in _arrived(organisers), timeout=60)
    finally:
        if link is not None:
            link.stop()
        assert hub.stop() == 0
    assert _server_pids(data) == set()  # stopping the hub leaves no server behind
