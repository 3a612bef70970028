"""The start page and the launcher: recent events, new event, open, the demo, import, refused files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QMessageBox

from probono_desk.services.event import Event
from probono_desk.ui.import_dialog import ImportDialog
from probono_desk.ui.launcher import Launcher, recent_events, remember_event
from probono_desk.ui.start_page import NewEventDialog, StartPage, file_name_for
from tests.helpers import list_texts


def start_page(qtbot, launcher: Launcher) -> StartPage:
    page = launcher.show_start()
    assert isinstance(page, StartPage)
    qtbot.addWidget(page)
    return page


def message_boxes() -> list[str]:
    return [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_recent_events_are_listed_and_open(qtbot, launcher: Launcher, demo_path: Path, tmp_path: Path) -> None:
    gone = tmp_path / "supprime.probono"
    gone.write_bytes(b"")
    remember_event(gone)
    remember_event(demo_path)
    gone.unlink()
    page = start_page(qtbot, launcher)
    assert page.recent_model.rowCount() == 1  # a file that no longer exists is not offered
    assert list_texts(page.recent_model)[0].startswith("demo\n")
    page.open_recent_button.click()
    assert launcher.window is not None and launcher.window.isVisible()
    assert launcher.window.title_label.text() == "Marathon Probono Hauts-de-France"
    assert not page.isVisible()


def test_new_event_dialog_says_what_is_wrong_then_creates_the_file(qtbot, launcher: Launcher, tmp_path: Path) -> None:
    page = start_page(qtbot, launcher)
    page.new_button.click()
    dialog = page._dialog
    assert isinstance(dialog, NewEventDialog)
    dialog.create_event()
    assert dialog.error_label.text() == "Donnez un nom à l'événement."

    taken = tmp_path / "pris.probono"
    taken.write_text("déjà là")
    dialog.name_edit.setText("Marathon Probono Lille")
    dialog.path_edit.setText(str(taken))
    dialog.create_event()
    assert "existe déjà" in dialog.error_label.text()
    assert taken.read_text() == "déjà là"

    target = tmp_path / "evenements" / "lille"
    dialog.path_edit.setText(str(target))
    dialog.date_edit.setDate(QDate(2019, 12, 5))
    dialog.venue_edit.setText("EuraTechnologies")
    dialog.create_event()
    created = tmp_path / "evenements" / "lille.probono"
    assert created.exists()
    assert launcher.window is not None
    assert launcher.window.subtitle_label.text() == "jeudi 5 décembre 2019 · EuraTechnologies"
    assert recent_events()[0] == str(created.resolve())
    with Event.open(created) as ev:
        assert (ev.info.name, ev.info.date, ev.info.venue) == (
            "Marathon Probono Lille",
            "2019-12-05",
            "EuraTechnologies",
        )


def test_default_file_name_follows_the_event_name(qtbot, launcher: Launcher) -> None:
    dialog = NewEventDialog(launcher)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Marathon : Lille/2019")
    assert dialog.path_edit.text().endswith("Marathon Lille 2019.probono")
    assert file_name_for("   ") == "evenement.probono"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "n'est pas un fichier d'événement probono_desk"),
        (b"Nom;Prenom\nDupont;Marie\n", "n'est pas un fichier d'événement probono_desk"),
        (b"SQLite format 3\x00" + bytes(300), "est endommagé"),
    ],
)
def test_a_foreign_or_damaged_file_shows_a_message_and_is_untouched(
    qtbot, launcher: Launcher, tmp_path: Path, content: bytes, expected: str
) -> None:
    start_page(qtbot, launcher)
    path = tmp_path / "autre.probono"
    path.write_bytes(content)
    before = digest(path)
    assert launcher.try_open(path) is None
    assert any(expected in text for text in message_boxes())
    assert digest(path) == before
    assert launcher.window is None
    assert str(path.resolve()) not in recent_events()
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()


def test_a_file_from_a_newer_version_is_refused_untouched(qtbot, launcher: Launcher, demo_path: Path) -> None:
    with Event.open(demo_path) as ev:
        ev.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('probono_desk', 'm999_futur', '')"
        )
    before = digest(demo_path)
    assert launcher.try_open(demo_path) is None
    assert any("version plus récente" in text for text in message_boxes())
    assert digest(demo_path) == before
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()


def test_no_argument_opens_the_last_event_or_the_start_page(qtbot, launcher: Launcher, demo_path: Path) -> None:
    assert launcher.open_last_or_start() is None
    assert isinstance(launcher.start_page, StartPage) and launcher.start_page.isVisible()
    assert launcher.start_page.empty_label.isVisible()

    remember_event(demo_path)
    other = Launcher()
    window = other.open_last_or_start()
    assert window is not None and window.ctx.ev.path == demo_path
    window.close()

    demo_path.unlink()
    third = Launcher()
    assert third.open_last_or_start() is None
    assert third.start_page is not None and third.start_page.isVisible()
    third.start_page.close()


def test_open_the_demo(qtbot, launcher: Launcher) -> None:
    page = start_page(qtbot, launcher)
    page.demo_button.click()
    assert launcher.window is not None
    assert launcher.window.ctx.ev.status.summary()["volunteers"] == 50
    assert launcher.window.ctx.ev.path is not None and launcher.window.ctx.ev.path.exists()


def test_import_registrations_creates_an_event_then_opens_the_import(qtbot, launcher: Launcher, tmp_path: Path) -> None:
    page = start_page(qtbot, launcher)
    page.import_button.click()
    dialog = page._dialog
    assert isinstance(dialog, NewEventDialog) and dialog.then_import
    dialog.name_edit.setText("Marathon")
    dialog.path_edit.setText(str(tmp_path / "m.probono"))
    dialog.create_event()
    assert launcher.window is not None
    assert isinstance(launcher.window._import_dialog, ImportDialog)
    assert launcher.window._import_dialog.isVisible()
    launcher.window._import_dialog.close()


def test_import_into_an_existing_event(qtbot, launcher: Launcher, demo_path: Path) -> None:
    dialog = NewEventDialog(launcher, then_import=True)
    qtbot.addWidget(dialog)
    dialog.open_existing_and_import(demo_path)
    assert launcher.window is not None and launcher.window.ctx.ev.path == demo_path
    assert isinstance(launcher.window._import_dialog, ImportDialog)
    launcher.window._import_dialog.close()


def test_file_close_goes_back_to_the_start_page(qtbot, launcher: Launcher, demo_path: Path, tmp_path: Path) -> None:
    launcher.show_start()
    first = launcher.open_path(demo_path)
    other = tmp_path / "autre.probono"
    Event.create(other, name="Autre", date="2019-12-06").close()
    window = launcher.open_path(other)  # replaces the first window
    assert not first.isVisible() and window.isVisible()
    window.close_action.trigger()
    assert launcher.window is None
    assert launcher.start_page is not None and launcher.start_page.isVisible()
    assert launcher.start_page.recent_model.rowCount() == 2
