"""Screenshots of every screen, for judging the look at a glance: `python scripts/screenshots.py [OUT_DIR]`.

A fresh demo event in a temporary folder, on a fixed clock (5 Dec 2019): 35 volunteers checked in, a few
milestones ticked, the day started at 8h58. Every screen of the main window at 1280×800 (a laptop) and 1920×1080
(a projector or the desk full screen), the projector at a few moments, the kiosk, the start page, the import
dialog, the walk-in dialog and "Qui est où". Drawn offscreen in French; writes PNGs to OUT_DIR (default
/tmp/shots) and prints their paths.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's package, not an installed one
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROBONO_LANG", "fr")
_tmp = tempfile.mkdtemp(prefix="probono-shots-")
os.environ["PROBONO_DATA_DIR"] = _tmp  # settings and recent files stay out of the user's own

from PySide6.QtTest import QTest  # noqa: E402, TID251 - a UI script
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402, TID251

from probono_desk.app import make_application  # noqa: E402
from probono_desk.core.clock import FixedClock  # noqa: E402
from probono_desk.core.evaluations import Audience  # noqa: E402
from probono_desk.services.demo import demo_sources, write_demo  # noqa: E402
from probono_desk.ui.context import EventContext  # noqa: E402
from probono_desk.ui.main_window import MainWindow  # noqa: E402

SCREENS = ["checkin", "teams", "chrono", "deliverables", "parcours", "prints", "volunteers", "settings"]
SIZES = [(1280, 800), (1920, 1080)]
DAY = datetime(2019, 12, 5)


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def wait_for(app: QApplication, done, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, out: Path, name: str, app: QApplication) -> None:
    settle(app)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def prepare(folder: Path, clock: FixedClock):  # type: ignore[no-untyped-def]
    event = write_demo(folder / "demo.probono", clock=clock, station="Accueil 1")
    volunteers = event.roster.volunteers()
    for minute, volunteer in enumerate(volunteers[:35]):
        clock.set(DAY.replace(hour=8, minute=20 + minute))
        event.checkin.check_in_volunteer(volunteer.id)
    clock.set(DAY.replace(hour=8, minute=58))
    event.schedule.start()
    milestones = event.missions.milestones()
    for index, structure in enumerate(event.roster.structures()):
        for milestone in milestones[: max(0, 3 - index)]:
            event.missions.tick(structure.id, milestone.id, by="Camille")
    return event


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(["probono-desk"])
    clock = FixedClock(DAY.replace(hour=8, minute=0))
    event = prepare(Path(_tmp), clock)
    clock.set(DAY.replace(hour=10, minute=20, second=14))
    ctx = EventContext(event)
    window = MainWindow(ctx)
    window.show()
    desk = window.screen_widget("checkin")
    for width, height in SIZES:
        window.resize(width, height)
        for key in SCREENS:
            window.show_screen(key)
            save(window, out, f"{key}-{width}", app)
        # the desk after a scan and with search results
        window.show_screen("checkin")
        QTest.keyClicks(desk.field, "lau")  # type: ignore[union-attr]
        wait_for(app, lambda: desk.results.count() > 0, 2)  # type: ignore[union-attr]
        save(window, out, f"checkin-search-{width}", app)
        desk.field.clear()  # type: ignore[union-attr]
        desk._clear_results()  # type: ignore[union-attr]
        late = event.roster.volunteers()[40]
        desk.check_in(late.id)  # type: ignore[union-attr]
        save(window, out, f"checkin-card-{width}", app)
        event.checkin.undo_last()
        teams = window.show_screen("teams")
        teams.tabs.setCurrentIndex(1)  # type: ignore[union-attr]
        save(window, out, f"missions-{width}", app)
        teams.tabs.setCurrentIndex(0)  # type: ignore[union-attr]
        deliverables = window.show_screen("deliverables")
        for tab in (1, 2):
            deliverables.tabs.setCurrentIndex(tab)  # type: ignore[union-attr]
            save(window, out, f"deliverables-tab{tab}-{width}", app)
        deliverables.tabs.setCurrentIndex(0)  # type: ignore[union-attr]

    # dialogs and windows
    window.resize(1280, 800)
    walk_in = desk.open_walk_in()  # type: ignore[union-attr]
    save(walk_in, out, "walkin", app)
    walk_in.close()

    dialog = window.open_import()
    dialog.load(demo_sources()[1])  # type: ignore[attr-defined]
    wait_for(app, lambda: dialog.plan is not None)  # type: ignore[attr-defined]
    save(dialog, out, "import", app)
    dialog.close()

    teams = window.show_screen("teams")
    teams.open_who_sits_where()  # type: ignore[union-attr]
    who = teams._who_window  # type: ignore[union-attr]
    for width, height in SIZES:
        who.resize(width, height)
        save(who, out, f"who-{width}", app)
    who.close()

    from probono_desk.ui.kiosk import KioskWindow

    for audience in Audience:
        kiosk = KioskWindow(ctx, audience)
        kiosk.resize(1280, 800)
        kiosk.show()
        save(kiosk, out, f"kiosk-{audience.value}", app)
        kiosk._unlocked = True
        kiosk.close()

    from probono_desk.ui.projector import ProjectorWindow

    projector = ProjectorWindow(lambda: event.schedule.at(), event.info.name)
    projector.resize(1920, 1080)
    projector.show()
    moments = [("before", 8, 40), ("plenary", 9, 7), ("work", 10, 20), ("lunch", 12, 40), ("readouts", 16, 30)]
    for name, hour, minute in moments:
        clock.set(DAY.replace(hour=hour, minute=minute, second=14))
        projector.tick()
        save(projector, out, f"projector-{name}", app)
    clock.set(DAY.replace(hour=14, minute=5))
    event.schedule.message("Photo de groupe dans 10 minutes devant la scène")
    projector.tick()
    save(projector, out, "projector-message", app)
    projector.close()
    window.close()

    from probono_desk.ui.launcher import Launcher, remember_event
    from probono_desk.ui.start_page import StartPage

    remember_event(Path(_tmp) / "demo.probono")
    start = StartPage(Launcher(station="Accueil 1"))
    for width, height in SIZES:
        start.resize(width, height)
        start.show()
        save(start, out, f"start-{width}", app)
    start.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots"))
