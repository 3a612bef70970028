"""Shared fixtures: a fresh event per test (in memory or on disk), the demo data, a fixed clock."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PROBONO_LANG"] = os.environ.get("PROBONO_TEST_LANG", "fr")
# PIN hashes made by the tests (and their subprocesses) at a light scrypt cost: a quarter of a second per PIN typed
# would add up; tests/unit/test_pin.py checks the real cost once. Production never reads this.
os.environ["PROBONO_PIN_TEST_COST"] = "4"
# The guided tours (ui/tour.py) stay away from the tests; tests/ui/test_practice_ui.py turns them on for itself.
os.environ["PROBONO_NO_TOURS"] = "1"

from probono_desk.core.clock import FixedClock  # noqa: E402
from probono_desk.services.event import Event  # noqa: E402


@pytest.fixture(autouse=True)
def _user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Logs, settings and demo copies go to a temporary folder, never the developer's own."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("PROBONO_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2019, 12, 5, 8, 30, 0))


@pytest.fixture
def event(clock: FixedClock) -> Event:
    """An empty event in memory, migrations applied."""
    ev = Event.in_memory(clock=clock, station="test-poste")
    yield ev
    ev.close()


@pytest.fixture
def event_path(tmp_path: Path) -> Path:
    return tmp_path / "marathon.probono"


@pytest.fixture
def demo_path(tmp_path: Path, clock: FixedClock) -> Path:
    """The demo event written to a file (closed)."""
    from probono_desk.services.demo import write_demo

    path = tmp_path / "demo.probono"
    write_demo(path, clock=clock, station="test-poste").close()
    return path


@pytest.fixture
def demo(demo_path: Path, clock: FixedClock) -> Event:
    """The demo event, open."""
    ev = Event.open(demo_path, clock=clock, station="test-poste")
    yield ev
    ev.close()
