"""Several stations of one event, in memory, for the change-feed tests: each starts from a copy of one seed file
(as a laptop joining from the hub's snapshot does) and gets its own station id; a "stream" keeps every published
change set so tests can deliver them in any order, twice, or not at all."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from probono_desk.core.clock import FixedClock
from probono_desk.services.demo import write_demo
from probono_desk.services.event import Event
from probono_desk.storage.db import memory_db
from probono_desk.sync import feed

_SEEDS: dict[str, Path] = {}


def seed_file(folder: Path) -> Path:
    """The demo event, written once per test session and copied from then on."""
    if "demo" not in _SEEDS or not _SEEDS["demo"].exists():
        path = folder / "seed.probono"
        write_demo(path, clock=FixedClock(datetime(2019, 12, 5, 8, 0)), station="seed").close()
        _SEEDS["demo"] = path
    return _SEEDS["demo"]


def open_copy(seed: Path, name: str, clock: FixedClock) -> Event:
    """An in-memory copy of the seed file, with a fresh station id."""
    source = Event.open(seed, clock=clock, station="seed")
    db = memory_db()
    source.db.conn.backup(db.conn)
    source.close()
    event = Event(db, None, clock=clock, station=name)
    feed.reset_station(event.db)
    return event


def copy_file(seed: Path, target: Path) -> Path:
    shutil.copy(seed, target)
    return target


@dataclass
class Network:
    stations: list[Event]
    stream: list[feed.ChangeSet] = field(default_factory=list)

    def publish(self, index: int) -> list[feed.ChangeSet]:
        """What a station's outbox sends to the hub (acknowledged at once)."""
        event = self.stations[index]
        sets = feed.outbox(event.db, limit=10_000)
        feed.mark_acknowledged(event.db, [cs.id for cs in sets])
        self.stream.extend(sets)
        return sets

    def publish_all(self) -> None:
        for index in range(len(self.stations)):
            self.publish(index)

    def deliver(self, index: int, sets: list[feed.ChangeSet]) -> list[feed.ApplyResult]:
        """Apply sets at a station, fetching the attachment bytes it lacks from whoever has them (the object
        store's role); sets go through the wire format."""
        event = self.stations[index]
        sets = [feed.ChangeSet.from_bytes(cs.to_bytes()) for cs in sets]
        try:
            return feed.apply_all(event.db, sets)
        except feed.MissingBlobs as missing:
            for ref in missing.refs:
                data = next(d for d in (feed.read_blob(s.db, ref) for s in self.stations) if d is not None)
                feed.store_blob(event.db, ref, data)
            return feed.apply_all(event.db, sets)

    def converge(self) -> None:
        self.publish_all()
        for index in range(len(self.stations)):
            self.deliver(index, list(self.stream))
        self.publish_all()  # applying never produces sets of its own
        assert all(feed.pending_count(s.db) == 0 for s in self.stations)

    def close(self) -> None:
        for event in self.stations:
            event.close()


def same_everywhere(net: Network) -> None:
    dumps = [feed.canonical_dump(s.db) for s in net.stations]
    for other in dumps[1:]:
        assert other == dumps[0]
