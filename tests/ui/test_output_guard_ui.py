"""The window's saves (issue 17, points 1 and 5): "Enregistrer en PDF…" onto the open event, another event or a
device is refused with a French message box and the file untouched; onto an ordinary file it asks first; documents
with codes or names ask for the organiser's PIN before their preview; an import that changes people asks for it."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QMessageBox

from probono_desk.services.event import Event
from probono_desk.ui import errors as ui_errors
from probono_desk.ui.context import EventContext
from probono_desk.ui.prints import PrintsScreen
from tests.helpers import VOLUNTEERS_CSV

PIN = "m4rath0n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def screen(qtbot: Any, ctx: EventContext) -> PrintsScreen:
    widget = PrintsScreen(ctx)
    qtbot.addWidget(widget)
    return widget


def _preview(qtbot: Any, screen: PrintsScreen, kind: str) -> None:
    screen.select_kind(kind)
    with qtbot.waitSignal(screen.preview_shown, timeout=15000):
        screen.preview_button.click()
    qtbot.waitUntil(lambda: screen.document.status() == QPdfDocument.Status.Ready, timeout=15000)


def _error_boxes() -> list[QMessageBox]:
    return list(ui_errors._open_boxes)


def _close_error_boxes() -> None:
    for box in _error_boxes():
        box.close()
    QApplication.processEvents()


def test_saving_onto_an_event_or_a_device_is_refused_with_a_message(
    qtbot: Any, screen: PrintsScreen, demo: Event, tmp_path: Path
) -> None:
    assert demo.path is not None
    _preview(qtbot, screen, "rundown")
    link = tmp_path / "raccourci.pdf"
    link.symlink_to(demo.path)
    renamed = tmp_path / "copie.pdf"
    renamed.write_bytes(demo.path.read_bytes())
    fifo = tmp_path / "tube.pdf"
    os.mkfifo(fifo)
    event_before, renamed_before = digest(demo.path), digest(renamed)
    expected = {  # (the event's own name gets ".pdf" added: a link named .pdf is the way to it)
        link: "c'est l'événement en cours",
        renamed: "c'est un fichier d'événement",
        fifo: "ce n'est pas un fichier ordinaire",
    }
    for target, why in expected.items():
        _close_error_boxes()
        screen.ask_save_to(target)
        boxes = _error_boxes()
        assert len(boxes) == 1 and why in boxes[0].text(), target
        assert boxes[0].windowTitle() == "Enregistrement refusé"
        assert not hasattr(screen, "_confirm_box")  # refused, not asked
    _close_error_boxes()
    assert screen.save_to(link) is None  # the same guard in the writing itself (the box says why)
    _close_error_boxes()
    assert digest(demo.path) == event_before and digest(renamed) == renamed_before and fifo.is_fifo()
    assert link.is_symlink()


def test_replacing_an_ordinary_file_asks_first(qtbot: Any, screen: PrintsScreen, tmp_path: Path) -> None:
    _preview(qtbot, screen, "rundown")
    fresh = tmp_path / "nouveau.pdf"
    screen.ask_save_to(fresh)  # nothing there: written at once
    assert fresh.read_bytes().startswith(b"%PDF")
    old = tmp_path / "ancien.pdf"
    old.write_bytes(b"le document d'hier")
    screen.ask_save_to(tmp_path / "ancien")  # the .pdf is added, and that name is what is asked about
    box = screen._confirm_box
    assert box.isVisible() and "« ancien.pdf » existe déjà" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert old.read_bytes() == b"le document d'hier"
    screen.ask_save_to(old)
    screen._confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert old.read_bytes().startswith(b"%PDF")


def test_badges_ask_for_the_pin_before_their_preview(qtbot: Any, screen: PrintsScreen, ctx: EventContext) -> None:
    ctx.ev.privacy.set_pin(PIN)
    screen.select_kind("badges")
    screen.preview_button.click()
    dialog = screen._pin_dialog
    assert dialog.isVisible() and "Badges" in dialog.reason.text()
    assert screen.current is None and not screen._busy  # nothing rendered yet
    dialog.field.setText("mauvais")
    dialog.ok_button.click()
    assert dialog.isVisible() and screen.current is None
    with qtbot.waitSignal(screen.preview_shown, timeout=15000):
        dialog.field.setText(PIN)
        dialog.ok_button.click()
    assert screen.current is not None
    # the day plan names nobody: no PIN
    del screen._pin_dialog
    _preview(qtbot, screen, "rundown")
    assert not hasattr(screen, "_pin_dialog")


def test_an_import_that_changes_people_asks_for_the_pin(qtbot: Any, ctx: EventContext, tmp_path: Path) -> None:
    from probono_desk.ui.import_dialog import ImportDialog

    ctx.ev.privacy.set_pin(PIN)
    lines = VOLUNTEERS_CSV.read_text(encoding="utf-8").splitlines()
    update = tmp_path / "mise-a-jour.csv"
    update.write_text(f"{lines[0]}\n{lines[1].replace('0650226594', '0711223344')}\n", encoding="utf-8")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load(update)
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.busy, timeout=15000)
    assert dialog.plan is not None and len(dialog.plan.updated) == 1
    dialog.start_import()
    pin_dialog = dialog._pin_dialog
    assert pin_dialog.isVisible() and dialog.import_result is None
    pin_dialog.field.setText(PIN)
    pin_dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=15000)
    assert dialog.import_result.updated == 1
    assert ctx.ev.privacy.find(email="cecile.moreau@laposte.net", volunteer_id="").phone == "07 11 22 33 44"
