"""XLSX workbooks as Excel writes them: typed cells, the data not always on the first sheet."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from probono_desk.core.errors import ImportRefused
from probono_desk.core.registrations import Kind
from probono_desk.services.event import Event
from tests.unit.exports import EXPECTED_PHONES, HEADERS_EN, PEOPLE, xlsx_export


def _volunteers(event: Event) -> dict[str, object]:
    return {v.email: v for v in event.roster.volunteers()}


def test_typed_workbook_numbers_and_dates(event: Event, tmp_path: Path) -> None:
    data = xlsx_export()
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert isinstance(sheet["E2"].value, int)  # the phone is a number: its leading zero is gone
    assert sheet["A2"].is_date  # the timestamp is a datetime cell
    path = tmp_path / "inscriptions.xlsx"
    path.write_bytes(data)
    result = event.registrations.import_file(path)
    assert result.created == len(PEOPLE)
    people = {v.email: v for v in event.roster.volunteers()}
    assert {e: v.phone for e, v in people.items()} == EXPECTED_PHONES
    assert people["eric.vanhoutte@free.fr"].registered_at == "2019-04-24T09:59:44"
    assert people["francoise.coeurderoy@laposte.net"].last_name == "Cœurderoy"
    assert people["jerome.francois@free.fr"].skills == ("Rédaction", "Graphisme", "Marketing digital")


def test_data_on_the_second_sheet_with_title_lines(event: Event, tmp_path: Path) -> None:
    path = tmp_path / "classeur.xlsx"
    path.write_bytes(xlsx_export(data_sheet=1, title_lines=["Inscriptions Marathon Probono", ""], headers=HEADERS_EN))
    plan = event.registrations.read(path)
    assert plan.kind is Kind.VOLUNTEERS and plan.mapping.header_index == 2
    assert {r.line for r in plan.new} == set(range(4, 4 + len(PEOPLE)))  # sheet row numbers
    event.registrations.apply(plan)
    assert len(event.roster.volunteers()) == len(PEOPLE)


def test_excel_float_phone_and_boolean_consent(event: Event, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Prénom", "Nom", "E-mail", "Téléphone", "Consentement"])
    sheet.append(["Marie", "Dupont", "marie@example.org", 612345678.0, True])
    sheet.append(["Paul", "Durand", "paul@example.org", 6.12345679e8, False])
    path = tmp_path / "floats.xlsx"
    workbook.save(path)
    event.registrations.import_file(path)
    people = {v.email: v for v in event.roster.volunteers()}
    assert people["marie@example.org"].phone == "06 12 34 56 78" and people["marie@example.org"].consent is True
    assert people["paul@example.org"].phone == "06 12 34 56 79" and people["paul@example.org"].consent is False


def test_structures_sheet_picked_when_kind_is_given(event: Event, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Prénom", "Nom", "E-mail"])
    workbook.active.append(["Marie", "Dupont", "marie@example.org"])
    other = workbook.create_sheet("Structures")
    other.append(["Structure", "Ville", "Table", "Capacité"])
    other.append(["Les Jardins du Partage", "Roubaix", 1, 10])
    path = tmp_path / "both.xlsx"
    workbook.save(path)
    result = event.registrations.import_file(path, Kind.STRUCTURES)
    assert result.created == 1
    [structure] = event.roster.structures()
    assert (structure.name, structure.table_label, structure.capacity) == ("Les Jardins du Partage", "1", 10)


def test_zip_that_is_not_a_workbook_is_refused(event: Event, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photos/readme.txt", "des photos")
    path = tmp_path / "inscriptions.xlsx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ImportRefused) as info:
        event.registrations.read(path)
    assert "archive ZIP qui n'est pas un classeur XLSX" in info.value.message("fr")


def test_damaged_workbook_is_refused(event: Event, tmp_path: Path) -> None:
    data = xlsx_export()
    path = tmp_path / "abime.xlsx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportRefused):
        event.registrations.read(path)
