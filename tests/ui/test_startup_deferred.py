"""Start-up: the window's first paint does not wait for what the first screen can show a moment later — the webcam
panel and the desk's sounds (QtMultimedia), the file dialogs, the printing and export libraries. They come in right
after it, by themselves."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from probono_desk.app import make_application
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.main_window import MainWindow

HEAVY = ["PySide6.QtMultimedia", "zxingcpp", "PIL.Image", "reportlab", "openpyxl", "qrcode", "PySide6.QtPdf"]
app = make_application([sys.argv[0]])
window = MainWindow(EventContext(Event.open(sys.argv[1])))
seen = {}

def later():
    desk = window.screens[0]
    if desk._camera is None and seen["waited"] < 200:
        seen["waited"] += 1
        QTimer.singleShot(10, later)
        return
    seen["camera_after"] = desk._camera is not None and desk.camera.isVisible()
    seen["camera_status"] = desk.camera.status.text()
    seen["sounds_after"] = desk.sounds._effects is not None
    print(json.dumps(seen), flush=True)
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "loaded" not in seen:
            seen["loaded"] = [name for name in HEAVY if name in sys.modules]
            seen["camera_at_paint"] = window.screens[0]._camera is not None
            seen["waited"] = 0
            QTimer.singleShot(0, later)
        return False

first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
QTimer.singleShot(20_000, app.quit)
app.exec()
"""


def test_first_paint_waits_for_none_of_the_heavy_modules_and_the_camera_comes_right_after(demo_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(demo_path)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["loaded"] == []
    assert seen["camera_at_paint"] is False
    assert seen["camera_after"] is True and seen["sounds_after"] is True  # nobody had to ask for them
    assert "caméra" in seen["camera_status"].lower() or "badge" in seen["camera_status"].lower()


def test_the_desk_shows_its_camera_panel_once_on_screen(qtbot: QtBot, demo_path: Path) -> None:
    ctx = EventContext(Event.open(demo_path, station="porte-1"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    desk = window.screens[0]
    qtbot.waitUntil(lambda: desk._camera is not None, timeout=5_000)
    assert desk.camera.isVisible()
    assert desk.camera.toggle.text() == "Démarrer la caméra"
    assert desk.sounds._effects is not None
