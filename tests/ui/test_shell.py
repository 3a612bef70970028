"""The main window: header, navigation, menu, volunteers list, settings, refresh on external writes, English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from probono_desk.core.clock import FixedClock
from probono_desk.core.resources import resource_path
from probono_desk.core.text import fold
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.main_window import MainWindow
from probono_desk.ui.settings import SettingsScreen, app_settings
from probono_desk.ui.volunteers import VolunteerDialog, VolunteersModel, VolunteersScreen


@pytest.fixture
def french(qapp: QApplication) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))


@pytest.fixture
def window(qtbot, demo_path: Path, clock: FixedClock, french: None) -> MainWindow:
    ctx = EventContext(Event.open(demo_path, clock=clock, station="Accueil 1"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def volunteers_screen(win: MainWindow) -> VolunteersScreen:
    screen = win.show_screen("volunteers")
    assert isinstance(screen, VolunteersScreen)
    return screen


def test_header_status_bar_and_navigation(qtbot, window: MainWindow) -> None:
    assert window.title_label.text() == "Marathon Probono Hauts-de-France"
    assert window.subtitle_label.text().startswith("jeudi 5 décembre 2019")
    assert window.station_label.text() == "Poste : Accueil 1"
    assert window.backup_label.text() == "Pas encore de sauvegarde"
    keys = [window.nav_key(row) for row in range(window.nav.count())]
    assert keys[-1] == "settings" and "volunteers" in keys
    assert window.nav_titles()[keys.index("volunteers")] == "Bénévoles"

    last = len(keys)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + last), Qt.KeyboardModifier.ControlModifier)
    assert window.nav_key(window.nav.currentRow()) == "settings"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 0

    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Aide"]
    assert window.import_action.shortcut().toString() == "Ctrl+I"


def test_backup_now_updates_the_status_bar(window: MainWindow, demo_path: Path) -> None:
    target = window.backup_now()
    assert target is not None and target.exists()
    assert target.parent == demo_path.with_name(demo_path.name + ".sauvegardes")
    assert window.backup_label.text() == "Dernière sauvegarde : 8h30"  # as every time of day is written


def test_volunteers_search_ignores_accents_and_case(window: MainWindow) -> None:
    screen = volunteers_screen(window)
    assert screen.proxy.rowCount() == 50
    screen.search.setText("ERIC bouchard")
    assert screen.proxy.rowCount() == 1
    index = screen.proxy.index(0, VolunteersModel.COL_FIRST)
    assert screen.proxy.data(index) == "Éric"
    screen.search.setText("ieseg")
    orgs = {screen.proxy.data(screen.proxy.index(r, VolunteersModel.COL_ORG)) for r in range(screen.proxy.rowCount())}
    assert orgs == {"IÉSEG"}
    assert screen.count_label.text() == f"{screen.proxy.rowCount()} / 50 bénévoles"


def test_volunteers_sort_by_column(window: MainWindow) -> None:
    screen = volunteers_screen(window)
    screen.table.sortByColumn(VolunteersModel.COL_FIRST, Qt.SortOrder.AscendingOrder)
    firsts = [screen.proxy.data(screen.proxy.index(r, VolunteersModel.COL_FIRST)) for r in range(5)]
    assert firsts == sorted(firsts, key=fold)
    assert firsts[0] == "Aïcha"  # accents do not send a name to the end of the list


def test_edit_a_volunteer_in_the_dialog(qtbot, window: MainWindow, demo_path: Path) -> None:
    screen = volunteers_screen(window)
    screen.search.setText("eric bouchard")
    screen.table.setCurrentIndex(screen.proxy.index(0, 0))
    dialog = screen.edit_current()
    assert isinstance(dialog, VolunteerDialog)
    dialog.email_edit.setText("pas-une-adresse")
    dialog.save()
    assert "n'est pas valide" in dialog.error_label.text()
    assert dialog.isVisible()

    dialog.email_edit.setText("eric.bouchard@example.org")
    dialog.org_edit.setText("Pro Bono Lab")
    dialog.save()
    assert not dialog.isVisible()
    with Event.open(demo_path) as other:
        eric = next(v for v in other.roster.volunteers() if v.first_name == "Éric" and v.last_name == "Bouchard")
    assert eric.email == "eric.bouchard@example.org" and eric.organisation == "Pro Bono Lab"
    assert screen.proxy.data(screen.proxy.index(0, VolunteersModel.COL_ORG)) == "Pro Bono Lab"


def test_window_refreshes_when_another_process_writes(qtbot, window: MainWindow, demo_path: Path) -> None:
    screen = volunteers_screen(window)
    assert screen.model.rowCount() == 50
    with Event.open(demo_path, station="Accueil 2") as other:
        other.roster.add_volunteer(first_name="Gwenaëlle", last_name="Zéphyr", walk_in=True)
        other.rename("Marathon Probono Lille", "2019-12-05", "EuraTechnologies")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 51, timeout=1000)
    qtbot.waitUntil(lambda: window.title_label.text() == "Marathon Probono Lille", timeout=1000)
    assert "EuraTechnologies" in window.subtitle_label.text()
    screen.search.setText("zephyr gwenaelle")
    assert screen.proxy.rowCount() == 1


def test_settings_rename_station_language(qtbot, window: MainWindow, demo_path: Path) -> None:
    settings = window.show_screen("settings")
    assert isinstance(settings, SettingsScreen)
    settings.name_edit.setText("")
    settings.save_event()
    assert settings.event_message.text() == "Donnez un nom à l'événement."
    settings.name_edit.setText("Marathon de Lille")
    settings.venue_edit.setText("Lille")
    settings.save_event()
    assert window.title_label.text() == "Marathon de Lille"
    with Event.open(demo_path) as other:
        assert other.info.name == "Marathon de Lille"

    settings.station_edit.setText("Projecteur")
    settings.save_station()
    assert window.station_label.text() == "Poste : Projecteur"
    assert app_settings().value("station") == "Projecteur"

    settings.language_combo.setCurrentIndex(settings.language_combo.findData("en"))
    assert app_settings().value("language") == "en"
    assert "prochain démarrage" in settings.station_message.text()

    settings.backup_now_button.click()
    assert list(settings.backup_folder().glob("*-auto.probono"))
    assert window.backup_label.text().startswith("Dernière sauvegarde")


def test_save_a_copy(qtbot, window: MainWindow, tmp_path: Path) -> None:
    target = window.save_copy_to(tmp_path / "copie")
    assert target.name == "copie.probono"
    qtbot.waitUntil(lambda: "Copie enregistrée" in window.statusBar().currentMessage())  # made in a worker
    with Event.open(target) as copy:
        assert len(copy.roster.volunteers()) == 50


def test_ctrl_i_opens_the_import_dialog(qtbot, window: MainWindow) -> None:
    from probono_desk.ui.import_dialog import ImportDialog

    window.import_action.trigger()
    dialog = window._import_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    dialog.close()


def test_english_interface_shows_english_titles(qtbot, qapp: QApplication, demo_path: Path, clock: FixedClock) -> None:
    from probono_desk.app import install_translations

    install_translations(qapp, "en")
    try:
        ctx = EventContext(Event.open(demo_path, clock=clock, station="Desk 1"))
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        titles = win.nav_titles()
        assert "Volunteers" in titles and titles[-1] == "Settings"
        assert win.subtitle_label.text().startswith("Thursday")
        assert win.station_label.text() == "Station: Desk 1"
        assert [a.text() for a in win.menuBar().actions()] == ["&File", "&Help"]
    finally:
        install_translations(qapp, "fr")


def test_every_message_is_translated_to_english() -> None:
    root = ET.parse(resource_path("i18n", "probono_desk_en.ts")).getroot()
    contexts = {ctx.findtext("name") for ctx in root.iter("context")}
    assert {"errors", "situation", "fields", "import", "cli", "MainWindow", "ImportDialog"} <= contexts
    missing = []
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished",)
                or not (translation.text or "").strip()
            ):
                missing.append(f"{ctx.findtext('name')}: {msg.findtext('source')}")
    assert missing == []
    assert resource_path("i18n", "probono_desk_en.qm").stat().st_size > 1000


def test_the_five_minute_backup_runs_off_the_ui_thread(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    from probono_desk.services.backups import backups_of

    before = len(backups_of(demo_path))
    with qtbot.waitSignal(window.backup_finished, timeout=10_000):
        window.backup_in_background()
        assert window._backup_running  # the copy is being made on a worker; the window goes on
    assert len(backups_of(demo_path)) == before + 1
    assert "Dernière sauvegarde" in window.backup_label.text()
