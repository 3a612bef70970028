"""Spreadsheets that open cleanly in Excel and LibreOffice Calc. Qt-free.

- XLSX (openpyxl): one sheet per table, bold frozen header, filters, real date cells.
- CSV: UTF-8 with a BOM and ``;`` (what French Excel expects), ISO dates, CRLF.
- No formula injection: user text starting with = + - @ tab or CR is never a formula. In CSV it gets a leading
  apostrophe (the OWASP advice); in XLSX it is a typed string cell with Excel's hidden quote prefix, so the text
  reads exactly as typed.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from probono_desk.core.i18n import current_language, translate
from probono_desk.output.files import atomic_file

Cell = str | int | float | bool | date | datetime | None
RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_WIDTH = 60


@dataclass
class Sheet:
    title: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)


def is_risky(text: str) -> bool:
    return text.startswith(RISKY_STARTS)


def neutralise(text: str) -> str:
    """'=HYPERLINK(...)' -> "'=HYPERLINK(...)": a spreadsheet shows it as text, never runs it."""
    return "'" + text if is_risky(text) else text


def yes_no(value: bool) -> str:
    """'oui' / 'non' in the language being spoken (the event's, inside an export)."""
    return translate("exports", "oui") if value else translate("exports", "non")


def csv_value(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        text = f"{value:g}"
        return text if current_language() == "en" else text.replace(".", ",")  # French Excel reads 4,5
    if isinstance(value, int):
        return str(value)
    return neutralise(str(value))


def write_csv(out: str | Path, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> Path:
    out = Path(out)
    with atomic_file(out) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow([csv_value(v) for v in row])
    return out


def write_xlsx(out: str | Path, sheets: Sequence[Sheet]) -> Path:
    out = Path(out)
    from openpyxl import Workbook  # here: a CSV or a window that never exports does not load openpyxl (≈75 ms)
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="E4003A")
    for sheet in sheets:
        ws = wb.create_sheet(sheet.title[:31])
        widths = [len(h) + 2 for h in sheet.headers]
        for col, header in enumerate(sheet.headers, start=1):
            cell = ws.cell(row=1, column=col)
            _set(cell, header)
            cell.font = header_font
            cell.fill = header_fill
        for r, row in enumerate(sheet.rows, start=2):
            for col, value in enumerate(row, start=1):
                cell = ws.cell(row=r, column=col)
                _set(cell, value)
                shown = len(str(value)) if value is not None else 0
                if isinstance(value, str) and "\n" in value:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    shown = max(len(line) for line in value.splitlines())
                if isinstance(value, datetime):
                    shown = 16
                widths[col - 1] = max(widths[col - 1], min(shown + 2, MAX_WIDTH))
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.freeze_panes = "A2"
        if sheet.rows:
            ws.auto_filter.ref = ws.dimensions
    with atomic_file(out) as tmp:
        wb.save(tmp)
    return out


def _set(cell: Any, value: Cell) -> None:
    if value is None:
        return
    if isinstance(value, bool):
        cell.value = yes_no(value)
    elif isinstance(value, datetime):
        cell.value = value
        cell.number_format = "dd/mm/yyyy hh:mm"
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = "dd/mm/yyyy"
    elif isinstance(value, (int, float)):
        cell.value = value
    else:
        text = str(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl would otherwise store '=...' as a formula
        if is_risky(text):
            cell.quotePrefix = True
