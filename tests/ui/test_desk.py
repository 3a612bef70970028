"""The desk screen driven as at the door: a scanner typing into the field, names, arrows, Enter, Ctrl+Z, walk-ins,
and the webcam pipeline fed with a generated video of badges."""

from __future__ import annotations

import subprocess
from pathlib import Path

import imageio_ffmpeg
import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from probono_desk.core.checkin import AlreadyCheckedIn, CheckedIn
from probono_desk.core.clock import FixedClock
from probono_desk.core.codes import ALPHABET, event_tag, format_code, new_code, qr_payload
from probono_desk.output.qr import write_qr_png
from probono_desk.ui.desk import DeskScreen
from probono_desk.ui.desk_widgets import CARD_COLOURS
from tests.helpers import list_texts, through_layout
from tests.ui.helpers import scanner_types


def member(desk: DeskScreen, index: int = 0) -> tuple[str, str]:
    ev = desk.ctx.ev
    volunteers = [v for v in ev.roster.volunteers() if v.structure_id]
    v = volunteers[index]
    return v.id, ev.checkin.code_of(v.id)


def test_scan_shows_green_card_with_team_table_referent(qtbot: QtBot, desk: DeskScreen) -> None:
    vid, code = member(desk)
    seat = desk.service.seat(vid)
    scanner_types(qtbot, desk, qr_payload(code))
    assert isinstance(desk.last_outcome, CheckedIn)
    assert desk.card.title.text() == f"Bienvenue {seat.first_name} {seat.last_name} !"
    detail = desk.card.detail.text()
    assert f"Table {seat.table} — {seat.team}" in detail and seat.referent in detail
    assert desk.card.background == CARD_COLOURS["ok"][0]
    assert desk.sounds.last == "success"
    assert desk.field.text() == "" and desk.field.hasFocus()
    qtbot.waitUntil(lambda: desk.counters.total.text().startswith("1 / 50"))
    assert vid in desk.ctx.ev.status.present_ids()

    scanner_types(qtbot, desk, qr_payload(code))
    assert isinstance(desk.last_outcome, AlreadyCheckedIn)
    assert desk.card.title.text().startswith("Déjà enregistré·e")
    assert "8h30" in desk.card.detail.text() and "porte-1" in desk.card.detail.text()
    assert desk.card.background == CARD_COLOURS["already"][0]
    assert desk.sounds.last == "problem"


@pytest.mark.parametrize("scanner,laptop", [("qwerty", "azerty"), ("azerty", "qwerty")])
def test_layout_mismatched_scanner_with_caps_lock(qtbot: QtBot, desk: DeskScreen, scanner: str, laptop: str) -> None:
    vid, code = member(desk, 1)
    typed = through_layout(format_code(code), scanner, laptop, caps_lock=True)
    assert typed != format_code(code) and typed.lower() != format_code(code).lower()
    scanner_types(qtbot, desk, typed)
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.volunteer_id == vid


def test_refusals_show_red_cards_that_say_which(qtbot: QtBot, desk: DeskScreen) -> None:
    _vid, code = member(desk)
    titles = []
    for text in (
        new_code(event_tag("other-event")),
        code[:4] + next(c for c in ALPHABET if c != code[4]) + code[5:],
        new_code(desk.service.tag),
    ):
        scanner_types(qtbot, desk, text.upper())
        assert desk.card.background == CARD_COLOURS["refused"][0]
        titles.append(desk.card.title.text())
    assert titles == ["Badge d'un autre événement", "Code abîmé ou mal saisi", "Code inconnu"]
    new = desk.service.reissue(_vid)
    scanner_types(qtbot, desk, code)
    assert desk.card.title.text() == "Badge annulé"
    scanner_types(qtbot, desk, new)
    assert desk.card.background == CARD_COLOURS["ok"][0]


def test_undo_last_with_ctrl_z(qtbot: QtBot, desk: DeskScreen, clock: FixedClock) -> None:
    vid, code = member(desk)
    scanner_types(qtbot, desk, code)
    qtbot.waitUntil(lambda: desk.undo_button.isEnabled())
    clock.advance(seconds=20)
    qtbot.keyClick(desk.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.card.title.text().startswith("Arrivée annulée")
    assert vid not in desk.ctx.ev.status.present_ids()
    qtbot.waitUntil(lambda: desk.counters.total.text().startswith("0 / 50"))
    qtbot.keyClick(desk.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.card.title.text() == "Rien à annuler"


def test_name_search_arrows_and_enter(qtbot: QtBot, desk: DeskScreen) -> None:
    qtbot.keyClicks(desk.field, "DUPONT")
    qtbot.waitUntil(lambda: desk.results.isVisible() and desk.results_model.rowCount() == 2)
    texts = list_texts(desk.results_model)
    assert texts[0].startswith("Amélie Dupont") and texts[1].startswith("Manon Dupont")
    assert not any("@" in t for t in texts)  # no emails on the desk
    qtbot.keyClick(desk.field, Qt.Key.Key_Down)
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.name == "Manon Dupont"
    assert not desk.results.isVisible() and desk.field.hasFocus()


def test_typo_search_with_one_match_checks_in_on_enter(qtbot: QtBot, desk: DeskScreen) -> None:
    qtbot.keyClicks(desk.field, "amelie dupnot")
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.name == "Amélie Dupont"


def test_several_matches_on_enter_asks_to_choose(qtbot: QtBot, desk: DeskScreen) -> None:
    qtbot.keyClicks(desk.field, "dupont")
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert desk.last_outcome is None
    assert desk.card.title.text() == "2 personnes correspondent"
    assert desk.results_model.rowCount() == 2
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)  # the first one is highlighted
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.name == "Amélie Dupont"


def test_walk_in_dialog_checks_in_and_prints_a_badge(qtbot: QtBot, desk: DeskScreen) -> None:
    qtbot.keyClick(desk.field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.walk_in_dialog
    assert dialog.isVisible()
    dialog.first_name.insert("Inès")  # QTest types ASCII only
    qtbot.keyClicks(dialog.last_name, "Sur-Place")
    qtbot.keyClicks(dialog.email, "ines@example.org")
    qtbot.keyClicks(dialog.organisation, "Kiabi")
    dialog.situation.setCurrentIndex(2)
    dialog.skills.insert("Vidéo, Excel")
    dialog.submit.click()
    assert not dialog.isVisible(), dialog.problem.text()
    outcome = desk.last_outcome
    assert isinstance(outcome, CheckedIn) and outcome.walk_in
    assert desk.card.title.text() == "Bienvenue Inès Sur-Place !"
    assert "@" not in desk.card.detail.text()
    ev = desk.ctx.ev
    volunteer = ev.roster.volunteer(outcome.volunteer_id)
    assert volunteer.skills == ("Vidéo", "Excel") and volunteer.situation is not None and volunteer.walk_in
    opened: list[Path] = []
    desk.open_file = opened.append
    desk.print_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].exists() and opened[0].read_bytes().startswith(b"%PDF")


def test_walk_in_refused_stays_open_with_the_reason(qtbot: QtBot, desk: DeskScreen) -> None:
    dialog = desk.open_walk_in()
    qtbot.keyClicks(dialog.last_name, "Sans Prenom")
    dialog.submit.click()
    assert dialog.isVisible() and "obligatoires" in dialog.problem.text()
    dialog.reject()


def test_no_camera_is_said_and_scanning_still_works(qtbot: QtBot, desk: DeskScreen) -> None:
    if desk.camera.has_camera:
        pytest.skip("this machine has a camera")
    assert "Aucune caméra" in desk.camera.status.text()
    assert not desk.camera.toggle.isEnabled()
    _vid, code = member(desk)
    scanner_types(qtbot, desk, code)
    assert isinstance(desk.last_outcome, CheckedIn)


def _badge_video(tmp_path: Path, codes: list[str]) -> Path:
    """A 1280×720 video: each badge's QR shown for a second (moving a little), blank frames in between."""
    frames = tmp_path / "frames"
    frames.mkdir()
    index = 0
    for n, code in enumerate(codes):
        qr = Image.open(write_qr_png(qr_payload(code), tmp_path / f"qr{n}.png", box_size=10)).convert("L")
        qr = qr.resize((300, 300), Image.Resampling.NEAREST)
        for step in range(10):
            frame = Image.new("L", (1280, 720), 170)
            frame.paste(qr, (420 + step * 6, 180 + step * 2))
            frame.save(frames / f"f{index:04d}.png")
            index += 1
        for _ in range(4):
            Image.new("L", (1280, 720), 170).save(frames / f"f{index:04d}.png")
            index += 1
    video = tmp_path / "badges.mp4"
    # The encoder shipped inside the imageio-ffmpeg wheel (a dev dependency): no system ffmpeg needed. H.264 in
    # MP4, yuv420p: what Qt's FFmpeg backend plays on every platform.
    subprocess.run(
        [imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-framerate", "10", "-i", str(frames / "f%04d.png"),
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(video)],
        check=True,
    )  # fmt: skip
    return video


def test_camera_pipeline_checks_each_badge_in_once(qtbot: QtBot, desk: DeskScreen, tmp_path: Path) -> None:
    people = [member(desk, i) for i in range(3)]
    video = _badge_video(tmp_path, [code for _vid, code in people])
    outcomes: list[object] = []
    desk.outcome_shown.connect(outcomes.append)
    player = desk.camera.play_file(str(video))
    qtbot.waitUntil(lambda: len(outcomes) >= 3, timeout=20_000)
    from PySide6.QtMultimedia import QMediaPlayer

    qtbot.waitUntil(lambda: player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia, timeout=20_000)
    assert [type(o) for o in outcomes] == [CheckedIn, CheckedIn, CheckedIn]  # no double check-in while in view
    assert [o.volunteer_id for o in outcomes] == [vid for vid, _code in people]  # type: ignore[attr-defined]
    assert desk.camera.scanner.frames >= 30 and desk.camera.scanner.decoded >= 3
    rows = desk.ctx.ev.db.execute("SELECT method, station FROM checkins").fetchall()
    assert rows == [("camera", "porte-1")] * 3


def test_the_mute_choice_is_kept_in_the_apps_own_settings(desk: DeskScreen, _user_data: Path) -> None:
    """Muted at the door stays muted at the next start — in the app's settings file, not the user's Qt settings."""
    desk.sounds.set_muted(True)
    ini = (_user_data / "settings.ini").read_text(encoding="utf-8")
    assert "muted=true" in ini
    from probono_desk.ui.desk_widgets import Sounds

    assert Sounds(desk).muted is True


def test_desk_window_takes_the_whole_screen_itself(qtbot: QtBot) -> None:
    """``--desk`` without a window manager: the window is given the screen's size, not left at its own 1280×800."""
    from PySide6.QtWidgets import QWidget

    from probono_desk.ui.desk_widgets import show_full_screen

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    show_full_screen(window)
    qtbot.waitExposed(window)
    screen = window.screen()
    assert window.isFullScreen()
    assert window.geometry().size() == screen.availableGeometry().size()
