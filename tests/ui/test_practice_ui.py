"""« Répétition » in the window: EXERCICE in the title bar and on a band above every screen, the jour-J question, the
copy's clock for every screen, the simulated rush (in the copy only), the copy made from the Fichier menu, and the
guided tours (once per screen, turned off, brought back from Aide)."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication, QMessageBox

from probono_desk.core.checkin import AlreadyCheckedIn, CheckedIn, Unknown
from probono_desk.services import practice
from probono_desk.services.event import Event
from probono_desk.ui.launcher import Launcher
from probono_desk.ui.main_window import MainWindow


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def copy_path(demo_path: Path, tmp_path: Path) -> Path:
    return practice.make_copy(demo_path, tmp_path / "exercice.probono")


@pytest.fixture
def launcher(qapp: QApplication):  # type: ignore[no-untyped-def]
    launcher = Launcher(station="Porte 1")
    yield launcher
    for window in (launcher.window, launcher.start_page):
        if window is not None:
            window.close()
            window.deleteLater()


def test_title_and_band_on_every_screen(qtbot, launcher: Launcher, copy_path: Path, demo_path: Path) -> None:
    window = launcher.open_path(copy_path)
    assert window.windowTitle().startswith("EXERCICE — ")
    assert window.real_day_box is None  # 2019-12-05 is not today
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        assert window.practice_band.isVisible()
        assert window.practice_band.label.text().startswith("EXERCICE")
        top = window.practice_band.mapTo(window, window.practice_band.rect().topLeft()).y()
        assert top < window.stack.mapTo(window, window.stack.rect().topLeft()).y()  # above the screen
    assert "Heure simulée 08:2" in window.practice_band.clock_label.text()
    chrono = window.show_screen("chrono")
    projector = chrono.open_projector()  # type: ignore[union-attr]
    assert projector.view.event_name.startswith("EXERCICE — ")  # the room sees it is a rehearsal
    projector.hide()

    window.show_screen("checkin")
    window.resize(1280, 800)  # a laptop: the band, its clock and its buttons fit beside the desk
    print("MIN", window.minimumSizeHint(), window.practice_band.minimumSizeHint(), window.isVisible())
    assert window.minimumSizeHint().width() <= 1280
    assert window.width() == 1280

    real = launcher.open_path(demo_path)  # the real event: no band, no mark
    assert "EXERCICE" not in real.windowTitle()
    assert not real.practice_band.isVisible()


def test_the_copy_clock_runs_every_screen(qtbot, launcher: Launcher, copy_path: Path) -> None:
    window = launcher.open_path(copy_path)
    dialog = window.practice_band.open_settings()
    dialog.start.setTime(QTime(14, 0))
    dialog.speed.setCurrentIndex(dialog.speed.findData(10.0))
    dialog.apply()
    ev = window.ctx.ev
    assert ev.clock.now().strftime("%Y-%m-%d %H") == "2019-12-05 14"
    assert "×10" in window.practice_band.clock_label.text()
    snap = ev.schedule.at()  # the Chrono and the projector read the same clock
    assert snap.current is not None and snap.current.start.hour >= 13
    desk = window.show_screen("checkin")
    outcome = desk.scan(ev.checkin.ensure_codes()[practice.trainee_ids(ev)[0]])  # type: ignore[union-attr]
    assert isinstance(outcome, CheckedIn)
    at = ev.checkin.arrivals()[practice.trainee_ids(ev)[0]]
    assert at.startswith("2019-12-05T14:0")  # the desk's check-in time is the copy's time
    with Event.open(copy_path) as again:
        info = practice.practice_info(again)
        assert info is not None and info.start.hour == 14 and info.speed == 10.0


def _today_copy(demo_path: Path, tmp_path: Path) -> Path:
    with Event.open(demo_path) as real:
        info = real.info
        real.rename(info.name, date.today().isoformat(), info.venue)
    return practice.make_copy(demo_path, tmp_path / "jour-j.probono")


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_jour_j_question(qtbot, launcher: Launcher, demo_path: Path, tmp_path: Path, answer) -> None:  # type: ignore[no-untyped-def]
    copy = _today_copy(demo_path, tmp_path)
    window = launcher.open_path(copy)
    box = window.real_day_box
    assert box is not None and box.isVisible()
    assert box.text() == "C'est le jour J : ouvrir l'événement réel ?"
    box.button(answer).click()
    if answer == QMessageBox.StandardButton.Yes:
        qtbot.waitUntil(lambda: launcher.window is not window)
        assert launcher.window is not None and launcher.window.ctx.ev.path == demo_path.resolve()
        assert "EXERCICE" not in launcher.window.windowTitle()
    else:
        qtbot.wait(50)  # the event loop runs: nothing else opens
        assert launcher.window is window and window.ctx.practice is not None


def test_simulated_rush_checks_people_in_the_copy_only(
    qtbot, launcher: Launcher, copy_path: Path, demo_path: Path
) -> None:
    before = sha(demo_path)
    real = launcher.open_path(demo_path)
    assert real.show_screen("checkin").rush is None  # type: ignore[union-attr]  # only in a practice copy
    window = launcher.open_path(copy_path)
    desk = window.show_screen("checkin")
    outcomes: list[object] = []
    desk.outcome_shown.connect(outcomes.append)  # type: ignore[union-attr]
    simulator = desk.rush.start(6000, count=8, seed=4)  # type: ignore[union-attr]
    assert desk.rush.button.text() == "Arrêter la simulation"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not simulator.running(), timeout=20_000)
    assert desk.rush.button.text() == "Simuler l'affluence"  # type: ignore[union-attr]
    checked = [o for o in outcomes if isinstance(o, CheckedIn)]
    assert len(checked) == 9  # eight badges and the walk-in
    assert sum(isinstance(o, AlreadyCheckedIn) for o in outcomes) == 1  # the duplicate
    assert sum(isinstance(o, Unknown) for o in outcomes) == 2  # two unknown codes
    assert len(window.ctx.ev.checkin.present_ids()) == 9
    assert [o.name for o in checked if o.walk_in] == ["Arrivée Surprise 1"]
    window.close()
    assert sha(demo_path) == before


def test_stopping_the_rush_on_a_click(qtbot, launcher: Launcher, copy_path: Path) -> None:
    window = launcher.open_path(copy_path)
    desk = window.show_screen("checkin")
    simulator = desk.rush.start(10, count=20)  # type: ignore[union-attr]  # one every 6 s: nothing yet
    desk.rush.button.click()  # type: ignore[union-attr]
    assert not simulator.running() and simulator.done == 0
    assert window.ctx.ev.checkin.present_ids() == set()


def test_practice_from_the_file_menu(qtbot, launcher: Launcher, demo_path: Path, tmp_path: Path) -> None:
    from probono_desk.ui.practice import make_practice_copy

    window = launcher.open_path(demo_path)
    assert window.practice_action.text() == "Ré&pétition…"
    target = tmp_path / "menu-copie.probono"
    make_practice_copy(window, demo_path, target, window.open_path_requested.emit)
    qtbot.waitUntil(lambda: launcher.window is not window, timeout=10_000)
    assert launcher.window is not None and launcher.window.ctx.ev.path == target
    assert launcher.window.windowTitle().startswith("EXERCICE")


def test_guided_tour_once_per_screen_off_and_back(qtbot, monkeypatch, launcher: Launcher, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("PROBONO_NO_TOURS", raising=False)
    window: MainWindow = launcher.open_path(demo_path)
    bubble = window.tours.bubble
    assert bubble is not None and bubble.isVisible() and bubble.key == "checkin"
    assert bubble.counter.text() == "1/4"
    for _ in range(3):
        bubble.next_button.click()
    assert bubble.counter.text() == "4/4" and bubble.next_button.text() == "Terminer"
    bubble.next_button.click()
    assert window.tours.bubble is None
    window.show_screen("teams")
    assert window.tours.bubble is not None and window.tours.bubble.key == "teams"
    window.show_screen("checkin")  # seen: no tour again
    assert window.tours.bubble is None
    window.show_screen("chrono")
    window.tours.bubble.off_button.click()  # type: ignore[union-attr]  # « Ne plus afficher »
    assert window.tours.bubble is None and not window.tours_enabled_action.isChecked()
    window.show_screen("prints")
    assert window.tours.bubble is None
    window.tour_action.trigger()  # Aide → Visite guidée de cet écran
    assert window.tours.bubble is not None and window.tours.bubble.key == "prints"
    window.tours_enabled_action.trigger()  # brought back: every screen once more
    window.show_screen("checkin")
    assert window.tours.bubble is not None and window.tours.bubble.key == "checkin"

    again = launcher.open_path(demo_path)  # what was seen is kept in the app's settings, across windows
    assert again.nav_key(again.nav.currentRow()) == "checkin" and again.tours.bubble is None


def test_trainee_badges_from_the_band(qtbot, launcher: Launcher, copy_path: Path) -> None:
    from pypdf import PdfReader

    window = launcher.open_path(copy_path)
    opened: list[Path] = []
    window.practice_band.open_file = opened.append
    window.practice_band.badges_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    text = "".join(p.extract_text() for p in PdfReader(str(opened[0])).pages)
    assert "EXERCICE" in text and "Stagiaire 1" in text and "Stagiaire 6" in text
    trainees = set(practice.trainee_ids(window.ctx.ev))
    others = [v for v in window.ctx.ev.roster.volunteers() if v.id not in trainees]
    assert others and all(v.last_name not in text for v in others)  # only the trainees' badges


def test_every_screen_has_its_tour() -> None:
    from probono_desk.ui.screens import screen_specs
    from probono_desk.ui.tour import STEPS

    assert set(STEPS) == {spec.key for spec in screen_specs()}
    assert all(3 <= len(steps) <= 4 for steps in STEPS.values())


def test_the_band_fits_a_laptop_in_the_app_style(qtbot, qapp: QApplication, launcher: Launcher, copy_path: Path) -> None:  # type: ignore[no-untyped-def]
    """In the app's own type sizes the band's sentence, its clock and its two buttons once made the window 1,400
    pixels wide: wider than a laptop's screen. The sentence wraps instead."""
    from PySide6.QtGui import QFont

    from probono_desk.ui.style import apply_style

    font, sheet, style = QFont(qapp.font()), qapp.styleSheet(), qapp.style().name()
    apply_style(qapp)
    try:
        window = launcher.open_path(copy_path)
        window.show_screen("checkin")
        window.resize(1280, 800)
        assert window.minimumSizeHint().width() <= 1280
        assert window.width() == 1280
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
        qapp.setStyle(style)
