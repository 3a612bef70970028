"""Backups while open, restoring one from the window, and a damaged file met at opening (offer of the newest backup)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from probono_desk.core.models import StaffRole
from probono_desk.services.backups import backups_of
from probono_desk.services.event import Event
from probono_desk.storage.backup import KEEP, backup_copy
from probono_desk.storage.db import default_backup_dir
from probono_desk.ui.backups_dialog import RestoreDialog
from probono_desk.ui.launcher import Launcher, remember_event
from probono_desk.ui.start_page import StartPage


@pytest.fixture
def launcher(qtbot) -> Launcher:
    for box in visible_boxes():  # left open by an earlier test
        box.close()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    launcher = Launcher(station="Accueil 1")
    yield launcher
    if launcher.window is not None:
        launcher.window.close()
    if launcher.start_page is not None:
        launcher.start_page.close()


def staff_names(path: Path) -> set[str]:
    with Event.open(path) as ev:
        return {s.name for s in ev.roster.staff(StaffRole.FACILITATOR)}


def visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_rotation_keeps_24_automatic_copies_and_the_closing_and_migration_ones(demo: Event) -> None:
    folder = default_backup_dir(demo.path)
    start = datetime(2019, 12, 5, 8, 0)
    backup_copy(demo.db, folder, reason="avant-migration", moment=start)
    for n in range(40):
        backup_copy(demo.db, folder, reason="auto", moment=start + timedelta(minutes=5 * (n + 1)))
    for n in range(15):
        backup_copy(demo.db, folder, reason="fermeture", moment=start + timedelta(hours=5, minutes=n))
    reasons = [b.reason for b in backups_of(demo.path)]
    assert reasons.count("auto") == KEEP["auto"] == 24
    assert reasons.count("fermeture") == KEEP["fermeture"] == 10
    assert reasons.count("avant-migration") == 1  # 40 automatic copies later, the pre-migration copy is still there
    newest_auto = max(b.taken_at for b in backups_of(demo.path) if b.reason == "auto")
    assert newest_auto == start + timedelta(minutes=200)


def test_two_copies_in_the_same_second_count_as_one_reason(demo: Event) -> None:
    for _ in range(3):
        demo.backup()
    infos = backups_of(demo.path)
    assert [b.reason for b in infos] == ["auto"] * 3


def test_restore_from_the_window_lists_backups_asks_then_reopens(
    qtbot, qtmodeltester, launcher: Launcher, demo_path: Path
) -> None:
    window = launcher.open_path(demo_path)
    qtbot.addWidget(window)
    window.ctx.ev.roster.add_staff("Avant Sauvegarde", StaffRole.FACILITATOR)
    assert window.backup_now() is not None
    assert window.backup_label.text().startswith("Dernière sauvegarde : ")
    window.ctx.ev.roster.add_staff("Après Sauvegarde", StaffRole.FACILITATOR)

    assert window.restore_action.text() == "&Restaurer une sauvegarde…"
    window.restore_action.trigger()
    dialog = window._restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "automatique"
    assert dialog.model.index(0, 2).data().endswith((" ko", " Mo"))
    qtmodeltester.check(dialog.model)
    dialog.restore_button.click()
    assert dialog.confirm_box is not None and dialog.confirm_box.isVisible()
    assert "automatique" in dialog.confirm_box.text() and "gardé de côté" in dialog.confirm_box.text()
    dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()

    qtbot.waitUntil(lambda: launcher.window is not None and launcher.window is not window)
    new_window = launcher.window
    qtbot.addWidget(new_window)
    names = {s.name for s in new_window.ctx.ev.roster.staff(StaffRole.FACILITATOR)}
    assert "Avant Sauvegarde" in names and "Après Sauvegarde" not in names
    aside = list(demo_path.parent.glob("demo.probono.remplacé-*[0-9]"))
    assert len(aside) == 1 and "Après Sauvegarde" in staff_names(aside[0])  # the replaced file is kept aside


def test_cancelling_the_confirmation_changes_nothing(qtbot, launcher: Launcher, demo_path: Path) -> None:
    window = launcher.open_path(demo_path)
    qtbot.addWidget(window)
    window.backup_now()
    window.ctx.ev.roster.add_staff("Gardée", StaffRole.FACILITATOR)
    dialog = window.open_restore()
    dialog.restore_button.click()
    dialog.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    assert launcher.window is window
    assert "Gardée" in {s.name for s in window.ctx.ev.roster.staff(StaffRole.FACILITATOR)}


def damage(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\x00" * 100)  # the battery died mid-copy


@pytest.mark.parametrize("how", ["recent-list", "command-line"])
def test_a_damaged_file_offers_the_newest_good_backup(qtbot, launcher: Launcher, demo_path: Path, how: str) -> None:
    with Event.open(demo_path) as ev:
        ev.roster.add_staff("Dans La Sauvegarde", StaffRole.FACILITATOR)
        ev.backup(reason="fermeture")
    damage(demo_path)
    if how == "recent-list":
        remember_event(demo_path)
        page = launcher.show_start()
        assert isinstance(page, StartPage)
        qtbot.addWidget(page)
        page.recent_list.setCurrentIndex(page.recent_model.index(0, 0))
        page.open_recent_button.click()
    else:  # `probono-desk EVENT` goes through the same door (app.run → Launcher.try_open)
        launcher.try_open(demo_path)
    boxes = visible_boxes()
    assert len(boxes) == 1
    text = boxes[0].text()
    assert "endommagé" in text or "pas un événement" in text or "illisible" in text, text
    assert "La sauvegarde lisible la plus récente date du" in text and "à la fermeture" in text
    boxes[0].button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: launcher.window is not None)
    qtbot.addWidget(launcher.window)
    assert "Dans La Sauvegarde" in {s.name for s in launcher.window.ctx.ev.roster.staff(StaffRole.FACILITATOR)}
    assert len(list(demo_path.parent.glob("demo.probono.remplacé-*[0-9]"))) == 1


def test_a_damaged_file_without_backup_says_why(qtbot, launcher: Launcher, tmp_path: Path) -> None:
    path = tmp_path / "perdu.probono"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    assert launcher.try_open(path) is None
    boxes = visible_boxes()
    assert len(boxes) == 1 and "sauvegarde" not in boxes[0].text().lower()
    assert launcher.window is None
    boxes[0].close()
