"""The cost of one guess at the organiser's PIN: scrypt as stored today, against the PBKDF2 of earlier versions
measured in the same run (issue 17: a 4-digit PIN fell offline in 200 s at 50 ms a guess).

    python -m benchmarks.bench_pin
"""

from __future__ import annotations

import os
import statistics
import time
from typing import Any

from probono_desk.core import pin


def _timed(run: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def rows(quick: bool = False) -> list[dict[str, Any]]:
    os.environ.pop(pin.TEST_COST_ENV, None)  # the real cost
    repeat = 3 if quick else 7
    stored = pin.hash_pin("739184")
    old = f"pbkdf2_sha256${pin.ITERATIONS}${'00' * 16}${'00' * 32}"
    guess = _timed(lambda: pin.verify_pin("000000", stored), repeat)
    baseline = _timed(lambda: pin.verify_pin("000000", old), repeat)
    six_digits_hours = guess / 1000 * 10**6 / 3600
    four_digits_before = baseline / 1000 * 10**4 / 3600  # what the issue found: every 4-digit PIN, PBKDF2
    return [
        {
            "name": f"PIN: one guess (scrypt n=2^{pin.SCRYPT_LOG2_N}, r={pin.SCRYPT_R}; baseline PBKDF2 200k)",
            "value": round(guess, 1),
            "unit": "ms",
            "baseline": round(baseline, 1),
            "ratio": round(guess / baseline, 2),
            "target": 500.0,  # a ceiling for the organiser who types it; the cost itself (~0.25 s) is the point
        },
        {
            "name": "PIN: every 6-digit PIN on one core (baseline: every 4-digit PIN before)",
            "value": round(six_digits_hours, 1),
            "unit": "h",
            "baseline": round(four_digits_before, 3),
            "ratio": round(six_digits_hours / four_digits_before),
            "target": None,
        },
    ]


if __name__ == "__main__":
    for row in rows():
        print(f"{row['name']:<72} {row['value']:>10} {row['unit']}  (baseline {row['baseline']})")
