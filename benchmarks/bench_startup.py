"""Cold start to a usable window, beside a bare PySide6 window shown by the same Python.

Each measurement is a fresh process: wall time from spawn until the child prints READY, which it does once its
window has been painted for the first time (READY is posted from the window's first paint event, so it runs once
the whole first frame is drawn). The target is 3 times the bare window measured in the same run.

Both run with their bytecode cached, as an installed app is (the warm-up run writes it to a temporary
PYTHONPYCACHEPREFIX, even where PYTHONDONTWRITEBYTECODE is set); otherwise every module of the app would be
compiled from source at every start, which the bare window, made only of installed packages, never is."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# Installed on the window after it is built: the first paint event posts READY (then quits).
PAINTED = """
from PySide6.QtCore import QEvent, QObject, QTimer
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            QTimer.singleShot(0, lambda: (print("READY", flush=True), QApplication.instance().quit()))
        return False
"""

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
""" + PAINTED + """
app = QApplication(sys.argv)
w = QLabel("probono_desk"); w.resize(1280, 800)
painted = Painted(); w.installEventFilter(painted); w.show()
app.exec()
"""

APP = """
import sys
from PySide6.QtWidgets import QApplication
""" + PAINTED + """
from probono_desk.app import make_application
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.main_window import MainWindow
app = make_application([sys.argv[0]])
w = MainWindow(EventContext(Event.open(sys.argv[1])))
painted = Painted(); w.installEventFilter(painted); w.show()
app.exec()
"""


def _spawn(code: str, *args: str, pycache: str = "") -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    if pycache:  # an installed app has its bytecode: let the warm-up run write it (PYTHONDONTWRITEBYTECODE aside)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, cwd=ROOT, env=env,
                            text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("the window never became ready")
    proc.wait(timeout=30)
    return elapsed


def rows(quick: bool = False) -> list[dict[str, Any]]:
    from probono_desk.services.demo import write_demo

    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.probono"
        write_demo(path).close()
        pycache = str(Path(tmp) / "pycache")
        _spawn(BARE, pycache=pycache)  # warm the OS file cache and the bytecode of both
        _spawn(APP, str(path), pycache=pycache)
        bares, apps = [], []
        for _ in range(runs):  # side by side, so a busy moment of the machine weighs on both
            bares.append(_spawn(BARE, pycache=pycache))
            apps.append(_spawn(APP, str(path), pycache=pycache))
        bare, app = statistics.median(bares), statistics.median(apps)
    return [
        {"name": "cold start to the first paint of the window (target: 3 × bare)", "value": round(app, 3), "unit": "s",
         "baseline": round(bare, 3), "ratio": round(app / bare, 2), "target": round(3 * bare, 3)},
    ]


if __name__ == "__main__":
    for row in rows(quick="--quick" in sys.argv):
        print(row)
