"""Team formation at scale: 500 volunteers into 50 structures, against a naive round-robin measured in the same run.

    python -m benchmarks.bench_teams [--volunteers 500] [--structures 50] [--seed 7] [--json]

Prints a table; ``measure()`` returns rows {"name", "value", "unit", "baseline", "ratio", "target"}.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from probono_desk.core.teams import assess, form_teams
from tests.pools import generate, quality, round_robin


def measure(n_volunteers: int = 500, n_structures: int = 50, seed: int = 7) -> list[dict[str, Any]]:
    volunteers, structures = generate(n_volunteers, n_structures, seed)
    start = time.perf_counter()
    formation = form_teams(volunteers, structures)
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    baseline = assess(round_robin(volunteers, structures), structures)
    baseline_time = time.perf_counter() - start
    ours, base = quality(formation, structures), quality(baseline, structures)
    again = form_teams(list(reversed(volunteers)), structures)
    rows: list[dict[str, Any]] = [
        _row("time", elapsed, "s", baseline_time, "≤ 5"),
        _row("deterministic", float(again.assignment() == formation.assignment()), "bool", 1.0, "1"),
        _row("first_choice", ours["first_choice"], "share", base["first_choice"], "max"),
        _row("top3_choice", ours["top3_choice"], "share", base["top3_choice"], "max"),
        _row("no_choice", ours["no_choice"], "share", base["no_choice"], "min"),
    ]
    for rule in ("taille", "organisations", "competences", "isolement"):
        rows.append(_row(f"teams_breaking_{rule}", ours[f"break_{rule}"], "teams", base[f"break_{rule}"], "0"))
    rows += [
        _row("situation_mix_rms", ours["mix_rms"], "people", base["mix_rms"], "min"),
        _row("isolated_individuals", ours["isolated"], "people", base["isolated"], "0"),
        _row("worst_team_score", ours["worst_score"], "/100", base["worst_score"], "max"),
    ]
    return rows


def _row(name: str, value: float, unit: str, baseline: float, target: str) -> dict[str, Any]:
    ratio = round(value / baseline, 3) if baseline else None
    return {
        "name": name,
        "value": round(value, 4),
        "unit": unit,
        "baseline": round(baseline, 4),
        "ratio": ratio,
        "target": target,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--volunteers", type=int, default=500)
    parser.add_argument("--structures", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = measure(args.volunteers, args.structures, args.seed)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(f"{'measure':<28}{'value':>10}  {'unit':<7}{'baseline':>10}{'ratio':>8}  target")
    for r in rows:
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.2f}"
        print(f"{r['name']:<28}{r['value']:>10}  {r['unit']:<7}{r['baseline']:>10}{ratio:>8}  {r['target']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
