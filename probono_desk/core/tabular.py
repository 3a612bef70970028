"""Reading the text of an export into rows: delimiter sniffing, header-line detection, blank lines, line numbers.

Decoding bytes and opening workbooks happen above, in ``services.registrations``; this module sees text or
already-parsed rows only.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from probono_desk.core.text import clean

CANDIDATE_DELIMITERS = (";", ",", "\t", "|")


@dataclass(frozen=True)
class Table:
    """Rows of cells with the line where each starts in the source (1-based, as a spreadsheet shows it)."""

    rows: list[list[str]]
    lines: list[int]


_SEP_HINT = re.compile(r"^\ufeff?\"?sep=(.)\"?\r?\n")


def excel_separator_hint(text: str) -> str | None:
    """The delimiter named by Excel's 'sep=;' first line, if there is one."""
    match = _SEP_HINT.match(text)
    return match.group(1) if match else None


def rank_delimiters(text: str) -> list[str]:
    """Candidate delimiters, the most likely first: the one that splits the start of the file into the most
    cells laid out in rows of one same width (2 columns or more).

    Counting parsed rows (not raw lines) copes with title lines above the header, quoted cells holding other
    delimiters or line breaks, and rows made only of delimiters.
    """
    hint = excel_separator_hint(text)
    if hint:
        return [hint]
    sample = text[:65536]
    scored: list[tuple[tuple[int, int], str]] = []
    for rank, delim in enumerate(CANDIDATE_DELIMITERS):
        widths: dict[int, int] = {}
        try:
            reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delim)
            for count, row in enumerate(reader):
                if count >= 60:
                    break
                if len(row) > 1 and any(cell.strip() for cell in row):
                    widths[len(row)] = widths.get(len(row), 0) + 1
        except csv.Error:
            continue
        cells = max((rows * width for width, rows in widths.items()), default=0)
        scored.append(((cells, -rank), delim))
    return [delim for score, delim in sorted(scored, reverse=True) if score[0] > 0] or [","]


def sniff_delimiter(text: str) -> str:
    return rank_delimiters(text)[0]


def parse_csv_text(text: str, delimiter: str | None = None) -> Table:
    if text.startswith("\ufeff"):
        text = text[1:]
    delim = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    rows: list[list[str]] = []
    lines: list[int] = []
    previous_end = 0
    try:
        for row in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            rows.append([cell for cell in row])
            lines.append(start)
    except csv.Error as exc:
        raise ValueError(f"ligne {previous_end + 1} : {exc}") from exc
    return Table(rows=rows, lines=lines)


def cell_text(value: object) -> str:
    """A workbook cell as the text a person would read in it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if hasattr(value, "hour") else value.isoformat()  # type: ignore[call-arg]
    return str(value)


def is_blank(row: list[str]) -> bool:
    return not any(clean(cell) for cell in row)
