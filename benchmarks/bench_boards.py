"""The team boards at a national edition (5,000 volunteers, 100 structures), beside a bare SELECT of the members:

- after a check-in (presence changed, teams did not): the board of the person who arrived is redrawn;
- after a move (two teams changed): the rules and "why here" lines are re-checked where the move touched them,
  and the two boards redrawn.

    python -m benchmarks.bench_boards [--quick]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _median_ms(func: Any, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def rows(quick: bool = False) -> list[dict[str, Any]]:
    from benchmarks.synthetic import make_event
    from probono_desk.app import make_application
    from probono_desk.services.event import Event
    from probono_desk.ui.context import EventContext
    from probono_desk.ui.teams_board import TeamsScreen

    runs = 5 if quick else 15
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = make_event(Path(tmp) / "national.probono", volunteers=5000, structures=100)
        app = make_application()
        ctx = EventContext(Event.open(path))
        boards = TeamsScreen(ctx)
        boards.resize(1280, 800)
        boards.show()
        app.processEvents()

        structure_ids = [s.id for s in ctx.ev.roster.structures()]
        movers = iter(ctx.ev.roster.volunteers()[::7])

        def refresh_boards() -> None:
            mover = next(movers)
            target = structure_ids[(structure_ids.index(mover.structure_id) + 1) % len(structure_ids)]
            ctx.ev.teams.move(mover.id, target)
            boards.refresh()  # a team changed: the two teams re-checked, their two boards redrawn
            app.processEvents()

        arrivals = iter(ctx.ev.roster.volunteers())

        def refresh_after_checkin() -> None:
            ctx.ev.checkin.check_in_volunteer(next(arrivals).id)
            boards.refresh()  # presence changed, teams did not
            app.processEvents()

        bare_members = _median_ms(
            lambda: ctx.ev.db.execute("SELECT * FROM memberships JOIN volunteers ON id = volunteer_id").fetchall(), runs)
        value = _median_ms(refresh_after_checkin, runs)
        results.append({"name": "team boards refresh after a check-in (5,000 / 100 teams)", "value": round(value, 1),
                        "unit": "ms", "baseline": round(bare_members, 1), "ratio": round(value / bare_members, 1),
                        "target": 100})
        value = _median_ms(refresh_boards, runs)
        results.append({"name": "team boards refresh after a move (5,000 / 100 teams)", "value": round(value, 1),
                        "unit": "ms", "baseline": round(bare_members, 1), "ratio": round(value / bare_members, 1),
                        "target": 100})
        boards.hide()
        ctx.ev.close()
    return results


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    for row in rows(quick="--quick" in sys.argv):
        print(row)
