"""The Impressions screen: choose a document, preview it (rendered off the UI thread), print it, save it."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from probono_desk.services.checkin import CheckinService
from probono_desk.services.event import Event
from probono_desk.services.status import StatusService
from probono_desk.storage import roster as store
from probono_desk.ui.context import EventContext
from probono_desk.ui.prints import PrintsScreen


@pytest.fixture
def screen(qtbot: Any, demo: Event, monkeypatch: pytest.MonkeyPatch) -> PrintsScreen:
    structures = demo.roster.structures()
    volunteers = demo.roster.volunteers()
    with demo.write() as w:
        for i, v in enumerate(volunteers):
            store.set_membership(w.db, v.id, structures[i % len(structures)].id, w.at)
    present = {v.id for v in volunteers[:12]}
    monkeypatch.setattr(StatusService, "present_ids", lambda self: present)
    monkeypatch.setattr(CheckinService, "arrivals", lambda self: dict.fromkeys(present, "2019-12-05T08:52:00"))
    ctx = EventContext(demo)
    widget = PrintsScreen(ctx)
    qtbot.addWidget(widget)
    yield widget
    ctx._timer.stop()


def _preview(qtbot: Any, screen: PrintsScreen) -> None:
    with qtbot.waitSignal(screen.preview_shown, timeout=15000):
        screen.preview_button.click()
    qtbot.waitUntil(
        lambda: screen.document.status() == QPdfDocument.Status.Ready and screen.document.pageCount() > 0,
        timeout=15000,
    )


def test_lists_the_kinds_that_have_a_builder(screen: PrintsScreen) -> None:
    kinds = [screen.kinds.item(i).data(0x0100) for i in range(screen.kinds.count())]
    assert kinds == ["badges", "team-sheets", "sign-in", "certificates", "table-signs", "rundown", "report", "bilan"]
    assert screen.nav_key == "prints" and screen.nav_title == "Impressions"
    assert not screen.print_button.isEnabled() and not screen.save_button.isEnabled()


def test_preview_team_sheets_then_save_and_print(qtbot: Any, screen: PrintsScreen, tmp_path: Path) -> None:
    screen.select_kind("team-sheets")
    _preview(qtbot, screen)
    assert screen.document.pageCount() == 5
    assert screen.print_button.isEnabled() and screen.save_button.isEnabled()
    assert "5 page" in screen.status.text()

    saved = screen.save_to(tmp_path / "fiches")
    assert saved == tmp_path / "fiches.pdf"
    reader = PdfReader(io.BytesIO(saved.read_bytes()))
    assert len(reader.pages) == 5 and "Les Jardins du Partage" in reader.pages[0].extract_text()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert screen.print_to(printer) == 5
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 5


def test_one_structure_only(qtbot: Any, screen: PrintsScreen) -> None:
    screen.select_kind("sign-in")
    screen.structure.setCurrentIndex(2)
    _preview(qtbot, screen)
    assert screen.document.pageCount() == 2  # morning and afternoon of one team
    screen.select_kind("certificates")
    assert not screen.structure.isEnabled()
    _preview(qtbot, screen)
    assert screen.document.pageCount() >= 13  # 12 present + the summary


def test_badges_of_the_walk_ins_only(qtbot: Any, screen: PrintsScreen) -> None:
    """At the door, only the badges of those who came without registering: one page, their names."""
    screen.ctx.ev.checkin.register_walk_in(first_name="Łucja", last_name="Żak")
    screen.select_kind("badges")
    assert screen.walk_ins_only.isEnabled()
    screen.walk_ins_only.setChecked(True)
    _preview(qtbot, screen)
    assert screen.document.pageCount() == 1
    assert screen.current is not None
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(screen.current.read_bytes())).pages)
    assert "Łucja" in text and "Żak" in text
    screen.select_kind("team-sheets")
    assert not screen.walk_ins_only.isEnabled()


def test_codes_for_the_mail_merge_from_the_window(qtbot: Any, screen: PrintsScreen, tmp_path: Path) -> None:
    folder = tmp_path / "codes"
    folder.mkdir()
    with qtbot.waitSignal(screen.codes_exported, timeout=15000) as signal:
        screen.export_codes(folder)
    csv_path = Path(signal.args[0])
    assert csv_path.parent == folder and csv_path.name == "codes.csv"
    assert len(list((folder / "qr").glob("*.png"))) == 50
    assert "Codes exportés" in screen.status.text()
