"""Check-in speed on a big event, each figure beside its raw baseline measured in the same run.

- scan → outcome (service): a badge code → parsed → looked up → check-in row + journal committed → outcome.
- Enter → card shown (desk): the same through the desk screen, from the Enter key to the card's text set.
  Baseline for both: a bare SQLite INSERT + COMMIT on a file with the same pragmas (WAL, synchronous=FULL).
- frame decode: a 1280×720 camera frame → its grayscale (the Y plane of YUV frames, a conversion for RGB ones)
  → zxing-cpp, as the webcam pipeline does.
  Baseline: a bare zxing-cpp decode (QR only, like ours) of the same frame already in grayscale.

    python -m benchmarks.bench_checkin [--volunteers 5000] [--runs 200]

``rows()`` returns ``{"name", "value", "unit", "baseline", "ratio", "target"}`` dicts for benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCAN_TARGET_MS = 30.0
FRAME_TARGET_MS = 10.0


def _median_ms(func: Callable[[int], Any], runs: int) -> float:
    times = []
    for i in range(runs):
        start = time.perf_counter()
        func(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def build_event(path: Path, volunteers: int) -> Any:
    """An event file with 5 structures and ``volunteers`` people in teams, every one with a code."""
    from probono_desk.core.clock import FixedClock
    from probono_desk.core.ids import new_id
    from probono_desk.core.models import Volunteer
    from probono_desk.services.event import Event
    from probono_desk.storage.roster import insert_volunteer, set_membership

    clock = FixedClock(datetime(2019, 12, 5, 8, 30))
    event = Event.create(path, name="Bench", date="2019-12-05", clock=clock, station="bench")
    structures = [event.roster.add_structure(f"Structure {i}") for i in range(5)]
    with event.write() as w:
        for i in range(volunteers):
            v = Volunteer(id=new_id(), first_name=f"Prénom{i}", last_name=f"Nom{i}", email=f"p{i}@example.org")
            insert_volunteer(w.db, v, w.at)
            set_membership(w.db, v.id, structures[i % 5].id, w.at)
    event.checkin.ensure_codes()
    return event


def bare_insert_commit_ms(folder: Path, runs: int) -> float:
    conn = sqlite3.connect(str(folder / "bare.sqlite"), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, at TEXT)")

    def once(i: int) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (?, ?)", [f"row{i}", "2019-12-05T08:30:00"])
        conn.execute("COMMIT")

    value = _median_ms(once, runs)
    conn.close()
    return value


def scan_ms(event: Any, codes: list[str]) -> float:
    return _median_ms(lambda i: event.checkin.scan(codes[i].upper()), len(codes))


def desk_enter_ms(event: Any, codes: list[str]) -> float:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from probono_desk.app import make_application
    from probono_desk.ui.context import EventContext
    from probono_desk.ui.desk import DeskScreen

    app = make_application([])
    ctx = EventContext(event)
    desk = DeskScreen(ctx)
    desk.sounds.set_muted(True, remember=False)
    desk.show()
    app.processEvents()
    times = []
    for code in codes:
        desk.field.setText(code.upper())
        start = time.perf_counter()
        QTest.keyClick(desk.field, Qt.Key.Key_Return)
        assert desk.last_outcome is not None and type(desk.last_outcome).__name__ == "CheckedIn"
        times.append((time.perf_counter() - start) * 1000)
        app.processEvents()  # counters and other screens catch up between two people
    desk.close()
    ctx.close()  # as the window does: the desk's timers stop with the event (event_closed)
    ctx.setParent(None)
    desk.deleteLater()
    ctx.deleteLater()
    app.processEvents()
    return statistics.median(times)


def frame_ms(runs: int) -> tuple[float, float, float]:
    """Median ms of: a YUV420P camera frame (what webcams and videos deliver) through the desk's frame path;
    an RGB32 frame (converted to gray first); the bare zxing-cpp decode of the same gray pixels."""
    import zxingcpp
    from PIL import Image

    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage
    from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

    from probono_desk.core.codes import event_tag, new_code, qr_payload
    from probono_desk.output.qr import write_qr_png
    from probono_desk.scan.decode import decode_gray
    from probono_desk.ui.desk_camera import frame_luma

    with tempfile.TemporaryDirectory() as tmp:
        code = new_code(event_tag("bench"))
        qr = Image.open(write_qr_png(qr_payload(code), Path(tmp) / "qr.png", box_size=8)).convert("RGB")
    picture = Image.new("RGB", (1280, 720), (150, 140, 130))
    picture.paste(qr.resize((260, 260)), (520, 230))
    gray = picture.convert("L").tobytes()
    rgb = QImage(picture.convert("RGBA").tobytes("raw", "BGRA"), 1280, 720, QImage.Format.Format_RGB32).copy()
    rgb_frame = QVideoFrame(rgb)
    yuv_frame = QVideoFrame(QVideoFrameFormat(QSize(1280, 720), QVideoFrameFormat.PixelFormat.Format_YUV420P))
    yuv_frame.map(QVideoFrame.MapMode.WriteOnly)
    yuv_frame.bits(0)[: len(gray)] = gray
    for plane in (1, 2):
        chroma = yuv_frame.bits(plane)
        chroma[:] = bytes([128]) * len(chroma)
    yuv_frame.unmap()
    expected = [qr_payload(code)]

    def through(frame: QVideoFrame) -> Callable[[int], None]:
        def once(_i: int) -> None:
            luma = frame_luma(frame)
            assert luma is not None and decode_gray(*luma) == expected

        return once

    view = zxingcpp.ImageView(gray, 1280, 720, zxingcpp.ImageFormat.Lum)
    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)

    def bare(_i: int) -> None:
        assert [r.text for r in zxingcpp.read_barcodes(view, formats=qr_only)] == expected

    return _median_ms(through(yuv_frame), runs), _median_ms(through(rgb_frame), runs), _median_ms(bare, runs)


def _row(name: str, value: float, baseline: float, target: float) -> dict[str, Any]:
    return {
        "name": name,
        "value": round(value, 2),
        "unit": "ms",
        "baseline": round(baseline, 2),
        "ratio": round(value / baseline, 2) if baseline else None,
        "target": target,
    }


def rows(volunteers: int = 5000, runs: int = 200) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        event = build_event(folder / "bench.probono", volunteers)
        try:
            codes = list(event.checkin.ensure_codes().values())
            baseline = bare_insert_commit_ms(folder, runs)
            service = scan_ms(event, codes[:runs])
            desk = desk_enter_ms(event, codes[runs : 2 * runs])
        finally:
            event.close()
    yuv, rgb, bare = frame_ms(runs)
    return [
        _row(f"scan → outcome, service ({volunteers} bénévoles)", service, baseline, SCAN_TARGET_MS),
        _row(f"Entrée → carte affichée, desk ({volunteers} bénévoles)", desk, baseline, SCAN_TARGET_MS),
        _row("image caméra 1280×720 YUV420P → luminance → zxing", yuv, bare, FRAME_TARGET_MS),
        _row("image 1280×720 RGB32 → gris → zxing", rgb, bare, FRAME_TARGET_MS),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volunteers", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    table = rows(args.volunteers, args.runs)
    print(f"{'mesure':58} {'médiane':>9} {'référence':>10} {'ratio':>7} {'cible':>7}")
    for r in table:
        ok = "ok" if r["value"] <= r["target"] else "LENT"
        print(
            f"{r['name']:58} {r['value']:>7.2f}ms {r['baseline']:>8.2f}ms {r['ratio']:>7.2f} {r['target']:>5.0f}ms {ok}"
        )


if __name__ == "__main__":
    main()
