"""The language of an event's documents in the window: asked by the new-event dialog (the interface's language by
default), shown and changeable in Paramètres, and followed by what Impressions prints."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate

from probono_desk.core.i18n import set_language
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.launcher import Launcher
from probono_desk.ui.settings import SettingsScreen
from probono_desk.ui.start_page import NewEventDialog


def _create(qtbot: QtBot, launcher: Launcher, target: Path, language: str | None) -> NewEventDialog:
    dialog = NewEventDialog(launcher)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Marathon Probono London")
    dialog.date_edit.setDate(QDate(2019, 12, 5))
    dialog.path_edit.setText(str(target))
    if language is not None:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
    dialog.create_event()
    return dialog


def test_the_dialog_defaults_to_the_interface_language(qtbot: QtBot, launcher: Launcher, tmp_path: Path) -> None:
    dialog = NewEventDialog(launcher)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "fr"  # the tests' interface is French
    set_language("en")
    try:
        english = NewEventDialog(launcher)
        qtbot.addWidget(english)
        assert english.language_combo.currentData() == "en"
    finally:
        set_language(None)
    assert [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())] == ["Français", "English"]


def test_an_event_created_in_english_prints_in_english(qtbot: QtBot, launcher: Launcher, tmp_path: Path) -> None:
    _create(qtbot, launcher, tmp_path / "london.probono", "en")
    with Event.open(tmp_path / "london.probono") as ev:
        assert ev.language == "en"
        ev.schedule.load_default()
        out = ev.documents.render("rundown", tmp_path / "rundown.pdf")
    text = PdfReader(out).pages[0].extract_text()
    assert "Running order of the day" in text and "Lunch" in text and "Déroulé" not in text


def test_settings_show_the_language_and_change_it(qtbot: QtBot, demo: Event) -> None:
    screen = SettingsScreen(EventContext(demo))
    qtbot.addWidget(screen)
    combo = screen.document_language_combo
    assert combo.currentData() == demo.language == "fr"
    combo.setCurrentIndex(combo.findData("en"))
    screen.save_event_button.click()
    assert demo.language == "en"
    assert screen.event_message.text() == "Enregistré."
    screen.refresh()
    assert screen.document_language_combo.currentData() == "en"


def test_impressions_say_which_language_the_documents_speak(qtbot: QtBot, demo: Event) -> None:
    from probono_desk.ui.prints import PrintsScreen

    ctx = EventContext(demo)
    screen = PrintsScreen(ctx)
    qtbot.addWidget(screen)
    assert screen.language_label.text().startswith("Documents en français")
    demo.set_language("en")
    screen.refresh()
    assert screen.language_label.text().startswith("Documents en anglais")
