"""The change feed's cost, each figure beside a baseline measured in the same run.

- scan → outcome with the feed: a badge scanned at the door (check-in row, journal row, its change set sealed in the
  same transaction). Baseline: the same scan on a copy of the file whose capture triggers were dropped.
- apply 1,000 change sets (a station catching up after the Wi-Fi came back): check-ins, milestone ticks, notes and
  team moves made at another station, merged here in one batch. Baseline: the time the other station took to make
  those writes in the first place. Target: 5 s for the whole catch-up, network included; this is apply alone.

    python -m benchmarks.bench_feed [--volunteers 5000] [--runs 150] [--sets 1000]

``rows()`` returns ``{"name", "value", "unit", "baseline", "ratio", "target"}`` dicts for benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCAN_TARGET_MS = 30.0
CATCH_UP_TARGET_S = 5.0


def _row(name: str, value: float, baseline: float, target: float, unit: str) -> dict[str, Any]:
    return {
        "name": name,
        "value": round(value, 3),
        "unit": unit,
        "baseline": round(baseline, 3),
        "ratio": round(value / baseline, 2) if baseline else None,
        "target": target,
    }


def _without_capture(path: Path) -> None:
    from probono_desk.storage.db import connect

    db = connect(path)
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'").fetchall():
        db.execute(f"DROP TRIGGER {name}")
    db.conn.close()


def scan_rows(folder: Path, volunteers: int, runs: int) -> list[dict[str, Any]]:
    from benchmarks.bench_checkin import build_event, scan_ms
    from probono_desk.services.event import Event

    event = build_event(folder / "feed.probono", volunteers)
    codes = list(event.checkin.ensure_codes().values())
    clock = event.clock
    event.close()
    shutil.copy(folder / "feed.probono", folder / "bare.probono")
    _without_capture(folder / "bare.probono")
    values = []
    for name in ("bare.probono", "feed.probono"):
        opened = Event.open(folder / name, clock=clock, station="bench")
        try:
            values.append(scan_ms(opened, codes[:runs]))
        finally:
            opened.close()
    bare, with_feed = values
    return [_row(f"scan → outcome avec le flux ({volunteers} bénévoles)", with_feed, bare, SCAN_TARGET_MS, "ms")]


def apply_rows(folder: Path, volunteers: int, sets: int) -> list[dict[str, Any]]:
    from benchmarks.bench_checkin import build_event
    from probono_desk.services.event import Event
    from probono_desk.storage.teams import membership
    from probono_desk.sync import feed

    event = build_event(folder / "hub.probono", volunteers)
    clock = event.clock
    feed.mark_acknowledged(event.db, [cs.id for cs in feed.outbox(event.db, 10**6)])
    event.close()
    shutil.copy(folder / "hub.probono", folder / "late.probono")
    writer = Event.open(folder / "hub.probono", clock=clock, station="porte")
    late = Event.open(folder / "late.probono", clock=clock, station="retard")
    feed.reset_station(late.db)
    try:
        people = [v.id for v in writer.roster.volunteers()[:sets]]
        teams = [s.id for s in writer.roster.structures()]
        milestones = [m.id for m in writer.missions.milestones()]
        start = time.perf_counter()
        for i in range(sets):
            writer.clock.advance(seconds=1)  # type: ignore[attr-defined]
            kind = i % 10
            if kind < 6:
                writer.checkin.check_in_volunteer(people[i % len(people)])
            elif kind < 8:
                team, milestone = teams[i % len(teams)], milestones[i % len(milestones)]
                if milestone in writer.missions.ticks(team):
                    writer.missions.untick(team, milestone)
                else:
                    writer.missions.tick(team, milestone)
            elif kind == 8:
                writer.missions.add_note(teams[i % len(teams)], f"Note {i}")
            else:
                person = people[(i * 7) % len(people)]
                now_in = membership(writer.db, person)
                current = teams.index(now_in[0]) if now_in else 0
                writer.teams.move(person, teams[(current + 1) % len(teams)])
        made = time.perf_counter() - start
        queued = [feed.ChangeSet.from_bytes(cs.to_bytes()) for cs in feed.outbox(writer.db, 10**6)]
        start = time.perf_counter()
        feed.apply_all(late.db, queued)
        applied = time.perf_counter() - start
        assert feed.canonical_dump(late.db) == feed.canonical_dump(writer.db)
    finally:
        writer.close()
        late.close()
    return [_row(f"application de {len(queued)} lots de changements", applied, made, CATCH_UP_TARGET_S, "s")]


def rows(quick: bool = False, volunteers: int = 5000, runs: int = 150, sets: int = 1000) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "scan").mkdir()
        (folder / "apply").mkdir()
        return scan_rows(folder / "scan", volunteers, 60 if quick else runs) + apply_rows(
            folder / "apply", volunteers, sets
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volunteers", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=150)
    parser.add_argument("--sets", type=int, default=1000)
    args = parser.parse_args()
    print(f"{'mesure':58} {'valeur':>9} {'référence':>10} {'ratio':>7} {'cible':>7}")
    for r in rows(volunteers=args.volunteers, runs=args.runs, sets=args.sets):
        print(f"{r['name']:58} {r['value']:>7} {r['unit']:<2}{r['baseline']:>9} {r['ratio']!s:>7} {r['target']!s:>7}")


if __name__ == "__main__":
    main()
