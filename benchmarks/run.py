"""Runs every benchmark and prints a table (or ``--json``: a list of {name, value, unit, baseline, ratio, target}).

Each benchmark module exposes ``rows(quick: bool) -> list[dict]``; ratio = value / baseline measured in the same
run; target is the goal for value. ``--quick`` keeps the whole run within a minute. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROBONO_LANG", "fr")  # the interface as at the venue: French first

MODULES = ["bench_startup", "bench_checkin", "bench_teams", "bench_documents", "bench_import", "bench_scale"]
MODULES.append("bench_boards")  # the team boards at 5,000 people: after a check-in, after a move
MODULES.append("bench_pin")
MODULES.append("bench_photos")  # badge photos: the app's QR passes against one default zxing-cpp call
MODULES.append("bench_feed")  # the change feed: a scan with its set sealed, 1,000 sets applied
MODULES.append("stations")  # several stations on loopback (benchmarks/stations.py)

_TEAM_TARGETS: dict[str, float | None] = {"≤ 5": 5.0, "0": 0.0, "1": 1.0}


def _checkin(quick: bool) -> list[dict[str, Any]]:
    module = importlib.import_module("benchmarks.bench_checkin")
    return list(module.rows(volunteers=5000, runs=60 if quick else 200))


def _teams(quick: bool) -> list[dict[str, Any]]:
    """Team formation 500 → 50: the time, then the quality measures (targets: 0 broken rules; None = maximise)."""
    module = importlib.import_module("benchmarks.bench_teams")
    rows = []
    for row in module.measure(500, 50):
        row = dict(row, name=f"team formation 500 → 50: {row['name']}")
        row["target"] = _TEAM_TARGETS.get(str(row["target"]))
        rows.append(row)
    return rows


def _import(quick: bool) -> list[dict[str, Any]]:
    module = importlib.import_module("benchmarks.bench_import")
    return list(module.results(rows=5000))


def _module_rows(name: str) -> Any:
    def run(quick: bool) -> list[dict[str, Any]]:
        return list(importlib.import_module(f"benchmarks.{name}").rows(quick=quick))

    return run


RUNNERS = {
    "bench_startup": _module_rows("bench_startup"),
    "bench_checkin": _checkin,
    "bench_teams": _teams,
    "bench_documents": _module_rows("bench_documents"),
    "bench_import": _import,
    "bench_scale": _module_rows("bench_scale"),
    "bench_boards": _module_rows("bench_boards"),
    "bench_pin": _module_rows("bench_pin"),
    "bench_photos": _module_rows("bench_photos"),
    "bench_feed": _module_rows("bench_feed"),
    "stations": _module_rows("stations"),
}


def collect(quick: bool, only: list[str] | None = None) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    for name in MODULES:
        if only and name not in only:
            continue
        print(f"… {name}", file=sys.stderr, flush=True)
        results.extend(RUNNERS[name](quick))
    return results


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()} ({cpu})"


def table(results: list[dict[str, Any]]) -> str:
    lines = ["| benchmark | value | baseline | ratio | target | met |", "|---|---:|---:|---:|---:|:-:|"]
    for r in results:
        if r["target"] is None:
            met, target = "—", "max/min"
        else:
            met, target = ("yes" if r["value"] <= r["target"] else "NO"), f"≤ {r['target']} {r['unit']}"
        lines.append(f"| {r['name']} | {r['value']} {r['unit']} | {r['baseline']} {r['unit']} | {r['ratio']} | "
                     f"{target} | {met} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", nargs="*", help="module names, e.g. bench_checkin")
    args = parser.parse_args()
    results = collect(args.quick, args.only)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(f"Machine: {machine()}\n")
        print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
