"""Text that fits its place whatever its length: wrapped, shrunk, or shortened with an ellipsis.

One long field (a 1,500-character organisation, a name without a space) must never stop a whole document nor run
off the page. Every place chooses: a badge name shrinks then ends in '…' (``fit_text``, ``ellipsize``), a table cell
wraps and is capped in lines (``Clamped``, applied to every cell by ``clamp_cells``), a heading shrinks over a few
lines (``FittedText``), a value quoted inside a sentence is cut to a sane length (``shorten``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from html import unescape
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from probono_desk.output.fonts import FONT, width_of

ELLIPSIS = "…"
CELL_PADDING = 8.0  # reportlab's default 6 pt left + right, or our 4 + 4
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def flat(text: str) -> str:
    """Text for one line of a page: tabs and other control characters (which draw as boxes of unknown width)
    become spaces, runs of spaces one."""
    return " ".join(_CONTROL.sub(" ", str(text)).split())


def printable(text: str) -> str:
    """Text for a paragraph: control characters dropped (an XML parser refuses some), line breaks kept."""
    return _CONTROL.sub(" ", str(text))


def shorten(text: str, max_chars: int) -> str:
    """``text`` cut to at most ``max_chars`` characters, ending in '…' when cut (a value quoted in a sentence)."""
    text = flat(text)
    if len(text) <= max_chars:
        return text
    return text[: max(0, max_chars - 1)].rstrip() + ELLIPSIS


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line of ``width``: whole if it fits, else its longest start that fits followed by '…'."""
    text = flat(text)
    if width_of(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix n with prefix + '…' inside width
        mid = (lo + hi + 1) // 2
        if width_of(text[:mid].rstrip() + ELLIPSIS, font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS if width_of(ELLIPSIS, font, size) <= width else ""


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than ``width`` (a URL, a name without spaces) cut into pieces that each fit."""
    pieces: list[str] = []
    current, current_w = "", 0.0
    for char in word:
        w = width_of(char, font, size)
        if current and current_w + w > width:
            pieces.append(current)
            current, current_w = "", 0.0
        current += char
        current_w += w
    if current:
        pieces.append(current)
    return pieces


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a word wider than ``width`` is cut into pieces that fit (widths add up: no kerning)."""
    lines: list[str] = []
    current, current_w = "", 0.0
    space = width_of(" ", font, size)
    for word in flat(text).split():
        word_w = width_of(word, font, size)
        pieces = [word] if word_w <= width else _break_word(word, font, size, width)
        for piece in pieces:
            piece_w = word_w if len(pieces) == 1 else width_of(piece, font, size)
            if current and current_w + space + piece_w > width:
                lines.append(current)
                current, current_w = piece, piece_w
            elif current:
                current, current_w = f"{current} {piece}", current_w + space + piece_w
            else:
                current, current_w = piece, piece_w
    if current:
        lines.append(current)
    return lines or [""]


def fit_text(
    text: str,
    font: str,
    width: float,
    height: float,
    *,
    max_size: float,
    min_size: float = 6,
    max_lines: int = 3,
    leading: float = 1.1,
) -> tuple[float, list[str]]:
    """The biggest size (≤ max_size) at which ``text`` fits the box in at most ``max_lines`` lines.

    Fewer lines win at equal size, so a short name stays on one line and a long one wraps before it shrinks
    below what reads from afar. Too long even at ``min_size``: the lines that fit the box at ``min_size``, the
    last one ending in '…' — never wider than ``width`` nor more lines than the box holds.
    """
    text = flat(text)
    unit = width_of(text.replace(" ", ""), font, 1.0)  # grows with the size: the fewest lines a size may need
    size = max_size
    while size >= min_size:
        fewest = max(1, math.ceil(unit * size / width)) if width > 0 else max_lines + 1
        for count in range(fewest, max_lines + 1):  # none when even perfectly packed lines would be too many
            if count * size * leading > height:
                break
            lines = wrap_words(text, font, size, width) if count > 1 else [text]
            if len(lines) <= count and all(width_of(line, font, size) <= width for line in lines):
                return size, lines
        size -= max(1.0, size * 0.04)
    room = max(1, min(max_lines, int(height // (min_size * leading))))
    lines = wrap_words(text, font, min_size, width)
    if len(lines) > room:
        lines = [*lines[: room - 1], ellipsize(" ".join(lines[room - 1 :]), font, min_size, width)]
    return min_size, lines


def whole(text: str, lines: Sequence[str]) -> bool:
    """True when ``lines`` (from ``fit_text``) hold all of ``text``, not a start cut with '…'."""
    return "".join("".join(lines).split()) == "".join(flat(text).split())


def plain_text(markup: str) -> str:
    """The words of a paragraph's markup, tags dropped and entities read ('<b>A &amp; B</b>' → 'A & B')."""
    return flat(unescape(re.sub(r"<br\s*/?>", " ", re.sub(r"<(?!br)[^>]*>", "", markup))))


class Clamped(Paragraph):
    """A paragraph of at most ``max_lines`` lines: past that its words are cut and end in '…'.

    A table row cannot break across pages, so one uncapped cell of 1,500 characters stops the whole document
    (reportlab's LayoutError). Cut text loses its inline markup (bold) — only over-long values are cut."""

    def __init__(self, markup: str, style: ParagraphStyle, max_lines: int = 6) -> None:
        self.full_markup = markup
        self.max_lines = max(1, max_lines)
        self.first_style = style
        self._cut = False
        super().__init__(markup, style)

    def _reset(self, markup: str) -> None:
        Paragraph.__init__(self, markup, self.first_style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        if self._cut:
            self._reset(self.full_markup)
            self._cut = False
        width, height = super().wrap(availWidth, availHeight)
        if height >= 0x7FFFFFFF or len(self.blPara.lines) <= self.max_lines:  # no room at all, or short enough
            return width, height
        words = plain_text(self.full_markup)

        def fits(n: int) -> bool:
            self._reset(escape(words[:n].rstrip() + ELLIPSIS))
            Paragraph.wrap(self, availWidth, availHeight)
            return len(self.blPara.lines) <= self.max_lines

        size = max(1.0, float(self.first_style.fontSize))
        hi = min(len(words), int(self.max_lines * max(availWidth, size) / (0.25 * size)) + 1)
        lo = 0
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(mid):
                lo = mid
            else:
                hi = mid - 1
        self._reset(escape(words[:lo].rstrip() + ELLIPSIS))
        self._cut = True
        return super().wrap(availWidth, availHeight)


def clamp_cells(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float | None],
    *,
    max_lines: int,
    font_size: float = 9,
    row_height: float | None = None,
) -> list[list[Any]]:
    """Every cell of a table made safe: paragraphs capped at ``max_lines`` (fewer when the row height is fixed),
    plain strings wider than their column turned into capped paragraphs (a bare string never wraps)."""
    text_style = ParagraphStyle("clamped_cell", fontName=FONT, fontSize=font_size, leading=font_size * 1.2)

    def limit(st: ParagraphStyle) -> int:
        if row_height is None:
            return max_lines
        return max(1, min(max_lines, int((row_height - 6) // max(1.0, float(st.leading)))))

    def safe(cell: Any, width: float | None) -> Any:
        if isinstance(cell, Clamped):
            if row_height is not None:
                cell.max_lines = min(cell.max_lines, limit(cell.first_style))
            return cell
        if isinstance(cell, Paragraph):
            return Clamped(cell.text, cell.style, limit(cell.style))
        if isinstance(cell, list | tuple):
            return [safe(item, width) for item in cell]
        if isinstance(cell, str) and width is not None:
            lines = printable(cell).split("\n")
            if len(lines) > max_lines or any(width_of(x, FONT, font_size) > width - CELL_PADDING for x in lines):
                return Clamped("<br/>".join(escape(x) for x in lines), text_style, limit(text_style))
        return cell

    return [[safe(c, col_widths[i] if i < len(col_widths) else None) for i, c in enumerate(row)] for row in rows]


class FittedText(Flowable):
    """A heading that shrinks from ``max_size`` to ``min_size`` over at most ``max_lines`` lines, then ends in '…':
    the name on a certificate stays on its page whatever its length."""

    def __init__(
        self,
        text: str,
        font: str,
        *,
        max_size: float,
        min_size: float,
        max_lines: int = 2,
        colour: Any = None,
        align: int = TA_CENTER,
        leading: float = 1.2,
    ) -> None:
        super().__init__()
        self.text, self.font, self.max_size, self.min_size = text, font, max_size, min_size
        self.max_lines, self.colour, self.align, self.leading = max_lines, colour, align, leading
        self.size, self.lines, self.width = max_size, [text], 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        self.width = availWidth
        box = self.max_lines * self.max_size * self.leading
        self.size, self.lines = fit_text(
            self.text,
            self.font,
            availWidth,
            box,
            max_size=self.max_size,
            min_size=self.min_size,
            max_lines=self.max_lines,
            leading=self.leading,
        )
        return availWidth, math.ceil(len(self.lines) * self.size * self.leading)

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        if self.colour is not None:
            c.setFillColor(self.colour)
        c.setFont(self.font, self.size)
        step = self.size * self.leading
        for i, line in enumerate(self.lines):
            y = (len(self.lines) - i - 1) * step + (step - self.size) / 2 + self.size * 0.2
            if self.align == TA_CENTER:
                c.drawCentredString(self.width / 2, y, line)
            elif self.align == TA_RIGHT:
                c.drawRightString(self.width, y, line)
            else:
                c.drawString(0, y, line)
        c.restoreState()
