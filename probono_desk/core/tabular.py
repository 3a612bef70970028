"""Reading the text of an export into rows: delimiter sniffing, header-line detection, blank lines, line numbers.

Decoding bytes and opening workbooks happen above, in ``services.registrations``; this module sees text or
already-parsed rows only.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from probono_desk.core.text import clean

CANDIDATE_DELIMITERS = (";", ",", "\t", "|")


@dataclass(frozen=True)
class Table:
    """Rows of cells with the line where each starts in the source (1-based, as a spreadsheet shows it)."""

    rows: list[list[str]]
    lines: list[int]


def sniff_delimiter(text: str) -> str:
    sample_lines = [line for line in text.splitlines()[:20] if line.strip()]
    sample = "\n".join(sample_lines)
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(CANDIDATE_DELIMITERS)).delimiter
    except csv.Error:
        pass
    header = sample_lines[0] if sample_lines else ""
    counts = {d: header.count(d) for d in CANDIDATE_DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


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
