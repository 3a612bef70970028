"""Badge photos (``tests/photos.py``): the share the app reads against one default zxing-cpp call, on the photo
path (``checkin --image``) and on the webcam path (a badge held up for a few frames), and the webcam path's mean
time per 1280×720 frame.

Rows are "missed" shares, so that lower is better like every other row; the target is the bare decoder's miss share
less 5 points (the app reads at least 5 % of the set more).
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import Any

import zxingcpp

from probono_desk.scan.decode import FrameDecoder, decode_pil
from tests.photos import Sample, samples

HELD_FRAMES = 5  # a badge held up to the webcam for ~1/6 s


def bare(image: object) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image)]


def _missed(chosen: list[Sample], read: Any) -> list[Sample]:
    return [s for s in chosen if s.text not in read(s)]


def _webcam(chosen: list[Sample]) -> tuple[list[Sample], float]:
    decoder = FrameDecoder()
    times: list[float] = []
    missed = []
    for sample in chosen:
        raw, (width, height) = sample.image.tobytes(), sample.image.size
        seen = False
        for _ in range(HELD_FRAMES):
            start = time.perf_counter()
            texts = decoder.decode(raw, width, height)
            times.append((time.perf_counter() - start) * 1000)
            seen = seen or sample.text in texts
        if not seen:
            missed.append(sample)
    return missed, statistics.fmean(times)


def _bare_frame_ms(chosen: list[Sample]) -> float:
    times = []
    for sample in chosen:
        view = zxingcpp.ImageView(sample.image.tobytes(), *sample.image.size, zxingcpp.ImageFormat.Lum)
        start = time.perf_counter()
        bare(view)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.fmean(times)


def _share(part: list[Sample], whole: list[Sample]) -> float:
    return round(100 * len(part) / max(1, len(whole)), 1)


def rows(quick: bool = False) -> list[dict[str, Any]]:
    per_kind = 4 if quick else 12
    out: list[dict[str, Any]] = []
    for label, hard in (("hard set", True), ("everyday set", False)):
        chosen = list(samples(per_kind, hard))
        bare_missed = _missed(chosen, lambda s: bare(s.image))
        app_missed = _missed(chosen, lambda s: decode_pil(s.image))
        base = _share(bare_missed, chosen)
        value = _share(app_missed, chosen)
        out.append(_row(f"badge photos, {label} ({len(chosen)}): missed, photo path (--image)", value, base))
        print(f"  {label}: app misses {[s.name for s in app_missed]}", file=sys.stderr)
        if hard:
            web_missed, mean_ms = _webcam(chosen)
            out.append(
                _row(f"badge photos, {label}: missed, webcam path ({HELD_FRAMES} frames each)",
                     _share(web_missed, chosen), base)
            )  # fmt: skip
            bare_ms = _bare_frame_ms(chosen)
            out.append(
                {"name": "badge photos, hard set: webcam path, mean ms per 1280×720 frame", "value": round(mean_ms, 2),
                 "unit": "ms", "baseline": round(bare_ms, 2), "ratio": round(mean_ms / bare_ms, 2), "target": 10.0}
            )  # fmt: skip
    return out


def _row(name: str, value: float, base: float) -> dict[str, Any]:
    return {"name": name, "value": value, "unit": "%", "baseline": base,
            "ratio": round(value / base, 2) if base else 0.0, "target": round(max(0.0, base - 5), 1)}  # fmt: skip
