"""The app, in its own process, in the middle of a deliverable: ``tests/e2e/test_the_day.py`` SIGKILLs it there.

Usage: ``day_window_worker.py EVENT STRUCTURE_ID NOW`` (NOW: the injected clock, ISO). It opens the real main window
(offscreen) on EVENT, types a deliverable for STRUCTURE_ID, waits for the autosave, says ``SAVED``, types on, says
``TYPING`` and waits to be killed."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402

from probono_desk.app import make_application  # noqa: E402
from probono_desk.core.clock import SystemClock  # noqa: E402

SAVED_TEXT = "Premier jet : un parcours d'accueil en trois temps."
LATER_TEXT = " Suite tapée juste avant la panne"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(path: str, structure_id: str, now: str) -> None:
    moment = datetime.fromisoformat(now)
    SystemClock.now = lambda self: moment  # type: ignore[method-assign]  # the injected clock
    app = make_application()
    from probono_desk.ui.launcher import Launcher

    launcher = Launcher(station="Table 5")
    window = launcher.open_path(Path(path))
    screen = window.show_screen("deliverables")
    screen.select_structure(structure_id)  # type: ignore[union-attr]
    form = screen.form  # type: ignore[union-attr]
    QTest.keyClicks(form.title, "Kit de communication")
    form.summary.insertPlainText(SAVED_TEXT)  # accented text arrives as typing it would (QTest types ASCII only)
    for _ in range(200):
        QTest.qWait(50)
        if form.indicator.text().startswith("Enregistré"):
            break
    say("SAVED")
    form.summary.insertPlainText(LATER_TEXT)
    say("TYPING")
    while True:
        QTest.qWait(100)
        app.processEvents()


if __name__ == "__main__":
    main(*sys.argv[1:4])
