"""The projector at several moments of the day: screenshots taken in the run, checked for text and colour."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from probono_desk.core.schedule_run import Level, Snapshot
from probono_desk.services.event import Event
from probono_desk.ui.projector import Chimes, ProjectorWindow
from probono_desk.ui.projector_view import BACKGROUND, DANGER_BACKGROUND, LEVEL_COLOURS, ProjectorView, clock_text

W, H = 1920, 1080


def at(hms: str) -> datetime:
    h, m, s = (int(x) for x in hms.split(":"))
    return datetime(2019, 12, 5, h, m, s)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PROBONO_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def render(qtbot, snap: Snapshot, shots: Path, name: str, **options: bool) -> tuple[ProjectorView, QImage]:  # type: ignore[no-untyped-def]
    view = ProjectorView()
    qtbot.addWidget(view)
    view.resize(W, H)
    view.event_name = "Marathon Probono Hauts-de-France"
    if options:
        view.set_options(**options)
    view.set_snapshot(snap)
    pixmap = view.grab()
    pixmap.save(str(shots / f"projector-{name}.png"))
    return view, pixmap.toImage()


def share_of(image: QImage, colour: QColor, x0: int, y0: int, x1: int, y1: int) -> float:
    """Share of sampled pixels in the box that are (nearly) ``colour``."""
    hits = total = 0
    for x in range(x0, x1, 7):
        for y in range(y0, y1, 7):
            c = image.pixelColor(x, y)
            total += 1
            if abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue()) < 30:
                hits += 1
    return hits / max(1, total)


@pytest.mark.parametrize(
    ("moment", "title", "countdown", "level"),
    [
        ("09:10:00", "Plénière : lancement et pitchs des structures", "20:00", Level.NORMAL),
        ("10:20:00", "Découverte avec la structure", "55:00", Level.NORMAL),
        ("11:08:00", "Découverte avec la structure", "07:00", Level.WARNING),
        ("12:29:00", "Choix de l'angle", "01:00", Level.DANGER),
    ],
)
def test_projector_shows_the_phase_countdown_and_colour(
    qtbot,
    demo: Event,
    shots: Path,
    moment: str,
    title: str,
    countdown: str,
    level: Level,  # type: ignore[no-untyped-def]
) -> None:
    view, image = render(qtbot, demo.schedule.at(at(moment)), shots, moment.replace(":", ""))
    assert (view.headline(), view.countdown_text(), view.level()) == (title, countdown, level)
    band = image.pixelColor(W // 2, 4)
    assert band == LEVEL_COLOURS[level]
    background = DANGER_BACKGROUND if level is Level.DANGER else BACKGROUND
    assert image.pixelColor(W - 4, H // 2) == background
    # the huge digits are painted in the level's colour in the middle of the screen
    assert share_of(image, LEVEL_COLOURS[level], 100, 330, 1300, 760) > 0.08


def test_projector_before_and_after_the_day(qtbot, demo: Event, shots: Path) -> None:  # type: ignore[no-untyped-def]
    view, _image = render(qtbot, demo.schedule.at(at("08:00:00")), shots, "0800")
    assert view.headline() == "La journée commence à 8h30" and view.countdown_text() == "30:00"
    view, image = render(qtbot, demo.schedule.at(at("18:00:00")), shots, "1800")
    assert view.headline() == "Merci à toutes et à tous !" and view.countdown_text() == ""
    assert image.pixelColor(W - 4, H // 2) == BACKGROUND


def test_projector_during_readouts_shows_the_team_and_its_countdown(qtbot, demo: Event, shots: Path) -> None:  # type: ignore[no-untyped-def]
    teams = [t.name for t in demo.schedule.plan().readouts.teams]
    view, image = render(qtbot, demo.schedule.at(at("16:23:10")), shots, "162310")
    assert view.team_text() == teams[1] and view.turn_text() == "03:50"
    assert share_of(image, LEVEL_COLOURS[Level.NORMAL], 100, 420, 1300, 800) > 0.05
    view, image = render(qtbot, demo.schedule.at(at("16:28:45")), shots, "162845")
    assert view.team_text() == teams[1] and view.turn_text() == "00:15"  # questions, last seconds: red
    assert share_of(image, LEVEL_COLOURS[Level.DANGER], 100, 420, 1300, 800) > 0.05


def test_room_message_shown_blinking_and_blackout(qtbot, demo: Event, clock, shots: Path) -> None:  # type: ignore[no-untyped-def]
    clock.set(at("10:00:00"))
    demo.schedule.message("Photo de groupe à 12h25 devant l'entrée", "blink")
    view, image = render(qtbot, demo.schedule.at(at("10:00:02")), shots, "message-on")
    band = QColor("#1f5fbf")
    assert share_of(image, band, 0, 820, W, 920) > 0.3
    _view, image = render(qtbot, demo.schedule.at(at("10:00:03")), shots, "message-off")
    assert share_of(image, band, 0, 820, W, 920) < 0.01
    clock.set(at("10:01:00"))
    demo.schedule.message("Retour en plénière", "blackout")
    view, image = render(qtbot, demo.schedule.at(at("10:01:01")), shots, "blackout")
    assert image.pixelColor(10, 10) == QColor("#000000") and image.pixelColor(W - 10, H - 10) == QColor("#000000")


def test_large_digits_without_seconds(qtbot, demo: Event, shots: Path) -> None:  # type: ignore[no-untyped-def]
    view, _image = render(
        qtbot, demo.schedule.at(at("10:20:30")), shots, "large", large_digits=True, show_seconds=False
    )
    assert view.countdown_text() == "55 min"
    assert clock_text(3725, False) == "1 h 03" and clock_text(3725) == "1:02:05"


def test_projector_window_escape_closes_and_chimes_follow_levels(qtbot, demo: Event) -> None:  # type: ignore[no-untyped-def]
    window = ProjectorWindow(lambda: demo.schedule.at(at("10:20:00")), "Marathon")
    qtbot.addWidget(window)
    window.open_on(None)
    assert window.isVisible() and window.view.headline() == "Découverte avec la structure"
    assert [type(c).__name__ for c in window.findChildren(ProjectorView)] == ["ProjectorView"]
    with qtbot.waitSignal(window.closed, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()

    chimes = Chimes()
    chimes.enabled = False  # muted: nothing is played, the sequence is still followed
    for moment in ("11:04:00", "11:05:00", "11:13:00", "11:15:00"):
        chimes.follow(demo.schedule.at(at(moment)))
    assert chimes.played == ["warning", "danger", "end"]
