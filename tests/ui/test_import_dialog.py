"""The import dialog: a file read off the UI thread, the mapping changed by hand, the preview, the import."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.import_dialog import ImportDialog
from tests.helpers import STRUCTURES_CSV, VOLUNTEERS_CSV

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    + bytes(range(256))
)


@pytest.fixture
def empty_path(event_path: Path, clock: FixedClock) -> Path:
    Event.create(event_path, name="Marathon test", date="2019-12-05", clock=clock, station="test").close()
    return event_path


@pytest.fixture
def dialog(qtbot, empty_path: Path, clock: FixedClock) -> ImportDialog:
    ctx = EventContext(Event.open(empty_path, clock=clock, station="test"))
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    ctx.close()


def load(qtbot, dlg: ImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dlg.plan_ready, timeout=5000):
        dlg.load(path)


def combo_for(dlg: ImportDialog, header: str) -> QComboBox:
    assert dlg.plan is not None
    column = dlg.plan.mapping.headers.index(header)
    combo = dlg.mapping_combo(column)
    assert combo is not None
    return combo


def volunteers_in(path: Path) -> list:
    with Event.open(path) as ev:
        return ev.roster.volunteers()


def test_reads_the_export_maps_it_and_imports_every_row(qtbot, dialog: ImportDialog, empty_path: Path) -> None:
    load(qtbot, dialog, VOLUNTEERS_CSV)
    assert dialog.kind_combo.currentData() == "volunteers"
    assert "50" in dialog.counts_label.text() and "nouveaux" in dialog.counts_label.text()
    assert combo_for(dialog, "Prénom").currentData() == "first_name"
    preview = dialog.preview_text()
    assert preview[0][:3] == ["2", "Cécile", "Moreau"]
    assert "06 50 22 65 94" in preview[0]  # as it will be imported: the phone normalised
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=5000):
        dialog.import_button.click()
    assert "Import terminé : 50 nouveaux" in dialog.message_label.text()
    rows = volunteers_in(empty_path)
    assert len(rows) == 50
    assert any(v.first_name == "Cécile" and v.organisation == "Decathlon" for v in rows)
    assert not dialog.import_button.isEnabled()  # done: importing twice is not offered


def test_changing_the_mapping_changes_the_preview_and_what_is_imported(
    qtbot, dialog: ImportDialog, empty_path: Path
) -> None:
    load(qtbot, dialog, VOLUNTEERS_CSV)
    headers_before = dialog.preview_headers()
    assert "Organisation" in headers_before

    combo = combo_for(dialog, "Entreprise / organisation")
    with qtbot.waitSignal(dialog.plan_ready, timeout=5000):
        combo.setCurrentIndex(combo.findData(""))  # — ignorée —
    headers_after = dialog.preview_headers()
    assert "Organisation" not in headers_after
    assert "Entreprise / organisation" in dialog.unmapped_label.text()

    combo = combo_for(dialog, "Entreprise / organisation")
    with qtbot.waitSignal(dialog.plan_ready, timeout=5000):
        combo.setCurrentIndex(combo.findData("diet"))  # a wrong choice, on purpose
    diet_col = dialog.preview_headers()
    assert "Régime alimentaire" in diet_col
    assert dialog.preview_text()[0][diet_col.index("Régime alimentaire")] == "Decathlon"

    with qtbot.waitSignal(dialog.imported, timeout=5000):
        dialog.import_button.click()
    cecile = next(v for v in volunteers_in(empty_path) if v.first_name == "Cécile")
    assert cecile.organisation == "" and cecile.diet == "Decathlon"


def test_a_png_is_refused_with_a_message_and_nothing_is_written(
    qtbot, dialog: ImportDialog, empty_path: Path, tmp_path: Path
) -> None:
    fake = tmp_path / "inscriptions.csv"
    fake.write_bytes(PNG)
    before = hashlib.sha256(empty_path.read_bytes()).hexdigest()
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        dialog.load(fake)
    assert "est une image PNG, pas un export d'inscriptions" in dialog.message_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.preview_table.model().rowCount() == 0
    dialog.close()
    dialog.ctx.close()
    assert hashlib.sha256(empty_path.read_bytes()).hexdigest() == before
    assert volunteers_in(empty_path) == []


def test_rows_with_problems_block_the_import_unless_only_valid_rows_are_asked(
    qtbot, dialog: ImportDialog, empty_path: Path, tmp_path: Path
) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "Prénom;Nom;E-mail;Téléphone\n"
        "Marie;Durand;marie@example.org;612345678\n"
        "Paul;Martin;paul-at-example;0600000000\n"
        "Zoé;Petit;zoe@example.org;\n"
        "Marie;Durand;MARIE@example.org;0612345679\n",
        encoding="cp1252",
    )
    load(qtbot, dialog, export)
    problems = dialog.problems_text()
    assert any(p.startswith("3 | E-mail | adresse e-mail invalide (erreur)") for p in problems)
    assert any("doublon : marie@example.org" in p for p in problems)
    assert "1</b> doublons fusionnés" in dialog.counts_label.text()
    assert "1</b> lignes avec un problème" in dialog.counts_label.text()
    assert not dialog.import_button.isEnabled()
    assert "en entier ou pas du tout" in dialog.message_label.text()

    assert dialog.partial_check.isVisible()
    dialog.partial_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        dialog.import_button.click()
    rows = volunteers_in(empty_path)
    assert sorted(v.first_name for v in rows) == ["Marie", "Zoé"]
    assert next(v for v in rows if v.first_name == "Marie").phone == "06 12 34 56 79"  # the latest registration won


def test_structures_are_detected_and_can_be_switched(qtbot, dialog: ImportDialog, empty_path: Path) -> None:
    load(qtbot, dialog, STRUCTURES_CSV)
    assert dialog.kind_combo.currentData() == "structures"
    assert dialog.preview_text()[0][1] == "Les Jardins du Partage"
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        dialog.import_button.click()
    with Event.open(empty_path) as ev:
        assert len(ev.roster.structures()) == 5


def test_reimporting_the_same_file_changes_nothing(qtbot, demo_path: Path, clock: FixedClock) -> None:
    ctx = EventContext(Event.open(demo_path, clock=clock, station="test"))
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    load(qtbot, dlg, VOLUNTEERS_CSV)
    assert "<b>50</b> inchangés" in dlg.counts_label.text()
    assert "déjà à jour" in dlg.message_label.text()
    assert not dlg.import_button.isEnabled()
    ctx.close()


def test_the_three_lists_pass_the_model_tester(qtbot, qtmodeltester, dialog: ImportDialog, tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "Prénom;Nom;E-mail;;Couleur préférée\nMarie;Durand;marie@example.org;;\nPaul;Martin;paul-at-example;;\n"
        "Marie;Durand;MARIE@example.org;;\n",
        encoding="utf-8",
    )
    load(qtbot, dialog, export)
    mapping, preview, problems = (dialog.mapping_panel.model, dialog.preview_panel.model, dialog.problems_panel.model)
    headers = [mapping.index(r, 0).data() for r in range(mapping.rowCount())]
    assert headers == ["Prénom", "Nom", "E-mail", "Couleur préférée"]  # the empty-named column left out
    assert mapping.index(3, 0).data(Qt.ItemDataRole.ToolTipRole) == "Colonne non importée"
    assert problems.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # the blocking row in red
    assert problems.index(0, 0).data(problems.SORT_ROLE) == 3
    assert preview.index(0, 0).data(preview.SORT_ROLE) == 4  # the line, a number for sorting
    for model in (mapping, preview, problems):
        qtmodeltester.check(model)
