"""The desk's name search at 5,000 volunteers: how long the UI thread is blocked while someone types.

- exact/prefix queries ("dupo", "camille mar", "sncf"): every word appears as typed → answered on the UI thread;
- typo queries ("dupnot", "lefebvrre", "camile martn"): nothing matches as typed → the typo-tolerant tier.

For each, the median ms of: the service's ``search`` (both tiers, what ``probono-desk checkin --search`` runs); the
desk's UI thread for one search as typed (``_run_search``); and, for typo queries, the time until the list shows
the results computed off the UI thread.

    python -m benchmarks.bench_desk_search [--volunteers 5000] [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EXACT = ["dupo", "camille mar", "sncf", "lefebvre 12", "benevole4711@exemple.fr", "ma"]
TYPOS = ["dupnot", "lefebvrre", "camile martn", "goosens", "vandenbusche", "wattle", "sebastein vandenbuscche"]


def _median(func: Any, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(path: Path, runs: int) -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication

    from probono_desk.app import make_application
    from probono_desk.services.event import Event
    from probono_desk.ui.context import EventContext
    from probono_desk.ui.desk import DeskScreen

    out: dict[str, float] = {}
    event = Event.open(path, station="bench")
    event.checkin.search("warm up")
    for name, queries in (("exact", EXACT), ("typo", TYPOS)):
        out[f"service {name}"] = statistics.median(_median(lambda q=q: event.checkin.search(q), runs) for q in queries)

    app = make_application([])
    ctx = EventContext(event)
    desk = DeskScreen(ctx)
    desk.sounds.set_muted(True, remember=False)
    desk.show()
    app.processEvents()
    for name, queries in (("exact", EXACT), ("typo", TYPOS)):
        ui, shown = [], []
        for q in queries:
            for _ in range(runs):
                desk._clear_results()
                desk.field.setText(q)
                start = time.perf_counter()
                desk._run_search()
                ui.append((time.perf_counter() - start) * 1000)
                while not desk.results.isVisible() and time.perf_counter() - start < 5:
                    QCoreApplication.processEvents()
                shown.append((time.perf_counter() - start) * 1000)
                assert desk.results_model.rowCount() > 0, q
        out[f"desk UI thread {name}"] = statistics.median(ui)
        out[f"desk UI thread {name} (max)"] = max(ui)
        out[f"desk list shown {name}"] = statistics.median(shown)
    desk.close()
    ctx.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volunteers", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    from benchmarks.synthetic import make_event

    with tempfile.TemporaryDirectory() as tmp:
        path = make_event(Path(tmp) / "search.probono", volunteers=args.volunteers, structures=100)
        results = measure(path, args.runs)
    print(f"desk name search, {args.volunteers} volunteers (median ms)")
    for name, value in results.items():
        print(f"  {name:<28} {value:8.1f}")


if __name__ == "__main__":
    main()
