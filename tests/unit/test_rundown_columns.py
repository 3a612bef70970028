"""The rundown's columns are as wide as their widest time: '10h15' never runs into '11h15' beside it.

Read back from the PDF itself: every piece of text on a row, with its position, font and size (pypdf), its right edge
measured with the same font; the next piece on the row starts clear of it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.services.schedule import ScheduleService

Piece = tuple[float, float, float, str, str]  # x, y, size, font, text
GAP = 3.5 * mm  # what two columns of a table keep between their texts (a cell's padding is 6 pt on each side)


def pieces(pdf: Path) -> list[Piece]:
    found: list[Piece] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
        if not text.strip() or not font:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        name = str(font.get("/BaseFont", "")).split("+")[-1]
        found.append((x, y, size * cm[0] * tm[0] if tm[0] else size, name, text.strip()))

    PdfReader(pdf).pages[0].extract_text(visitor_text=visit)
    return found


def rows_of(found: list[Piece]) -> list[list[Piece]]:
    """Pieces grouped by table row: baselines within 3 pt (the bold start sits 2 pt below the others)."""
    rows: list[list[Piece]] = []
    for piece in sorted(found, key=lambda p: -p[1]):
        if rows and abs(rows[-1][0][1] - piece[1]) <= 3:
            rows[-1].append(piece)
        else:
            rows.append([piece])
    return [sorted(row) for row in rows]


def assert_clear(pdf: Path) -> int:
    """Every piece ends at least GAP before the next one on its row starts (a text that overflows its cell's padding
    reads as one with its neighbour: '10h15 11h15' run together); returns the rows with times checked."""
    checked = 0
    for row in rows_of(pieces(pdf)):
        if not any(":" in p[4] or "h" in p[4] and p[4][:1].isdigit() for p in row):
            continue
        checked += 1
        for (x, _y, size, font, text), following in zip(row, row[1:], strict=False):
            right = x + stringWidth(text, font, size)
            assert right + GAP <= following[0], (
                f"{text!r} ends at {right:.1f}, {following[4]!r} starts at {following[0]:.1f}"
            )
    return checked


@pytest.fixture
def late_day(tmp_path: Path) -> Event:
    """A day whose phases start and end at five-character times ('10h15', '23h00'), readouts included."""
    ev = Event.create(tmp_path / "e.probono", name="Marathon", date="2019-12-05", language="fr",
                      clock=FixedClock(datetime(2019, 12, 5, 8, 0)))  # fmt: skip
    ScheduleService(ev).load_default()
    return ev


@pytest.mark.parametrize("language", ["fr", "en"])
def test_start_and_end_times_never_touch(late_day: Event, tmp_path: Path, language: str) -> None:
    late_day.set_language(language)
    out = late_day.documents.render("rundown", tmp_path / f"rundown-{language}.pdf")
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert ("10h15 11h15" in text) if language == "fr" else ("10:15 11:15" in text)
    assert assert_clear(out) >= 12  # every phase row of the Marathon template


def test_a_late_day_and_its_expected_column_stay_clear(late_day: Event, tmp_path: Path) -> None:
    """The day started 25 minutes late: the 'Attendu' column ('10h40 – 11h40') appears and nothing touches."""
    late_day.clock = FixedClock(datetime(2019, 12, 5, 8, 55))
    late_day.schedule.start()
    late_day.schedule.shift(25)
    out = late_day.documents.render("rundown", tmp_path / "rundown.pdf")
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Attendu" in text and "10h40 – 11h40" in text, text[:600]
    assert assert_clear(out) >= 12
