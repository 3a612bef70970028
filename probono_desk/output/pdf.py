"""The small toolkit every printed document shares: the shipped font (embedded, never Helvetica), A4 pages,
a header and footer, paragraph styles, team colours.

reportlab's canvas starts on Helvetica, which draws Ł, Ż, ć as black boxes: every document here is built with
``new_canvas()`` / ``new_doc()``, which set the shipped DejaVu Sans first, and styles that name it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from probono_desk.output.fit import (  # noqa: F401 - the toolkit's public names, re-exported
    Clamped,
    FittedText,
    clamp_cells,
    ellipsize,
    fit_text,
    flat,
    printable,
    shorten,
    whole,
    wrap_words,
)
from probono_desk.output.flowables import Band, OnDraw, SignatureLine, WriteInBox, header_band  # noqa: F401
from probono_desk.output.fonts import FONT, FONT_BOLD, FONT_MONO, register_fonts, width_of  # noqa: F401
from probono_desk.output.palette import ACCENT, INK, LINE, MUTED, WHITE, ZEBRA, hex_colour, text_on, tint  # noqa: F401

PAGE = A4
PAGE_LANDSCAPE = landscape(A4)
MARGIN = 15 * mm


def new_canvas(
    target: str | Path | Any, *, pagesize: tuple[float, float] = PAGE, title: str = "", author: str = "probono_desk"
) -> Canvas:
    """A canvas whose current font is already ours (initialFontName), with document metadata."""
    register_fonts()
    canvas = _MarkedCanvas(
        str(target) if isinstance(target, Path) else target,
        pagesize=pagesize,
        initialFontName=FONT,
        initialFontSize=10,
        pageCompression=1,
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("probono_desk")
    canvas.setFont(FONT, 10)
    return canvas


# --- the page mark: a practice copy's EXERCICE on every page of every document ---------------------------------

_page_mark: ContextVar[str] = ContextVar("probono_page_mark", default="")
MARK_COLOUR = colors.HexColor("#ef6c00")


@contextmanager
def page_mark(text: str) -> Iterator[None]:
    """Every page drawn inside (in this thread) carries ``text``: a band across the top and a light diagonal."""
    token = _page_mark.set(text)
    try:
        yield
    finally:
        _page_mark.reset(token)


def draw_page_mark(canvas: Canvas) -> None:
    text = _page_mark.get()
    if not text:
        return
    width, height = canvas._pagesize  # noqa: SLF001 - reportlab keeps the page size there
    canvas.saveState()
    canvas.setFillColor(MARK_COLOUR)
    canvas.rect(0, height - 6 * mm, width, 6 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(FONT_BOLD, 9)
    canvas.drawCentredString(width / 2, height - 4.3 * mm, f"{text}   ·   {text}   ·   {text}")
    canvas.setFillColor(MARK_COLOUR)
    canvas.setFillAlpha(0.10)  # light enough that a badge's QR code still reads through it
    canvas.setFont(FONT_BOLD, min(width, height) / 6)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, -min(width, height) / 18, text)
    canvas.restoreState()


class _MarkedCanvas(Canvas):
    def showPage(self) -> None:  # noqa: N802 - reportlab API
        draw_page_mark(self)
        super().showPage()


def style(
    name: str,
    size: float = 10,
    *,
    bold: bool = False,
    leading: float | None = None,
    colour: Any = INK,
    align: int = 0,
    space_after: float = 0,
    space_before: float = 0,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=leading or size * 1.25,
        textColor=colour,
        alignment=align,
        spaceAfter=space_after,
        spaceBefore=space_before,
    )


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "title": style("title", 20, bold=True, space_after=4),
        "subtitle": style("subtitle", 12, colour=MUTED, space_after=8),
        "h2": style("h2", 13, bold=True, space_before=8, space_after=4),
        "body": style("body", 10),
        "small": style("small", 8, colour=MUTED),
        "cell": style("cell", 9),
        "cell_bold": style("cell_bold", 9, bold=True),
        "center_big": style("center_big", 48, bold=True, align=TA_CENTER),
    }


def new_doc(
    target: str | Path | Any,
    *,
    title: str,
    footer: str = "",
    pagesize: tuple[float, float] = PAGE,
    on_page: Callable[[Canvas, Any], None] | None = None,
) -> BaseDocTemplate:
    """A platypus document with our font everywhere and a footer 'footer — page N'."""
    register_fonts()

    def decorate(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        text = f"{footer} — page {doc.page}" if footer else f"page {doc.page}"
        if width_of(text, FONT, 8) > pagesize[0] - 2 * MARGIN:  # a very long event name: cut, page number kept
            page_part = f" — page {doc.page}"
            text = ellipsize(footer, FONT, 8, pagesize[0] - 2 * MARGIN - width_of(page_part, FONT, 8)) + page_part
        canvas.drawRightString(pagesize[0] - MARGIN, MARGIN / 2, text)
        canvas.restoreState()
        draw_page_mark(canvas)
        if on_page is not None:
            on_page(canvas, doc)

    doc = BaseDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="probono_desk",
        creator="probono_desk",
        initialFontName=FONT,
    )
    # no inner padding: doc.width is the width a full-width table may take
    frame = Frame(
        MARGIN,
        MARGIN,
        pagesize[0] - 2 * MARGIN,
        pagesize[1] - 2 * MARGIN,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    return doc


def para(text: str, st: ParagraphStyle, *, max_lines: int | None = None) -> Paragraph:
    """A paragraph of plain text (escaped: a name with '&' or '<' prints as typed); with ``max_lines``, cut with
    '…' past that many lines (tables cap their cells on their own)."""
    if max_lines is not None:
        return Clamped(escape(printable(text)), st, max_lines)
    return Paragraph(escape(printable(text)), st)


def rich(markup: str, st: ParagraphStyle, *, max_lines: int | None = None) -> Paragraph:
    """A paragraph whose caller escaped the values itself (for <b> inside)."""
    if max_lines is not None:
        return Clamped(markup, st, max_lines)
    return Paragraph(markup, st)


def grid_table(
    rows: list[list[Any]],
    col_widths: list[float],
    *,
    header_colour: Any = INK,
    zebra: bool = True,
    font_size: float = 9,
    row_height: float | None = None,
    repeat_header: bool = True,
    extra: list[tuple[Any, ...]] | None = None,
    numbers_from: int | None = None,
    max_lines: int = 6,
) -> Table:
    """The documents' one table look: a coloured header row (its words wrap), thin lines, zebra rows, our font.
    Columns from ``numbers_from`` on are right-aligned, header included. Every cell wraps and is cut with '…'
    past ``max_lines`` lines (fewer when ``row_height`` is fixed): one long value never stops the document."""
    register_fonts()
    head = style("grid_head", font_size, bold=True, colour=text_on(header_colour), leading=font_size * 1.15)
    head_right = style(
        "grid_head_r", font_size, bold=True, colour=text_on(header_colour), align=2, leading=font_size * 1.15
    )
    if rows:
        first = [
            para(c, head_right if numbers_from is not None and i >= numbers_from else head) if isinstance(c, str) else c
            for i, c in enumerate(rows[0])
        ]
        rows = [first, *rows[1:]]
    rows = [  # the header keeps its natural height, up to 3 lines
        *clamp_cells(rows[:1], col_widths, max_lines=3, font_size=font_size),
        *clamp_cells(rows[1:], col_widths, max_lines=max_lines, font_size=font_size, row_height=row_height),
    ]
    heights = None if row_height is None else [None] + [row_height] * (len(rows) - 1)
    table = Table(rows, colWidths=col_widths, rowHeights=heights, repeatRows=1 if repeat_header else 0)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, font_size),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, font_size),
        ("TEXTCOLOR", (0, 0), (-1, 0), text_on(header_colour)),
        ("BACKGROUND", (0, 0), (-1, 0), header_colour),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP" if row_height is None else "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
        ("BOX", (0, 0), (-1, -1), 0.6, LINE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, ZEBRA]))
    if numbers_from is not None:
        commands.append(("ALIGN", (numbers_from, 0), (-1, -1), "RIGHT"))
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


def new_drawing(width: float, height: float) -> Any:
    """A reportlab.graphics Drawing that starts on our font: the renderer otherwise sets Helvetica first (unused,
    but then referenced, unembedded, by the page). Chart labels still need ``fontName = FONT`` each."""
    from reportlab.graphics.shapes import Drawing

    register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    drawing.initialFontSize = 8
    return drawing


def layout_table(
    rows: list[list[Any]],
    col_widths: list[float],
    commands: list[tuple[Any, ...]] | None = None,
    *,
    max_lines: int = 10,
    font_size: float = 9,
    **kwargs: Any,
) -> Table:
    """A reportlab Table whose cells start on our font: a bare Table draws in Helvetica even when every cell is a
    Paragraph. Use it (or ``grid_table``) for every table, including the invisible ones that lay out columns.
    Cells are capped at ``max_lines`` lines, as in ``grid_table``."""
    register_fonts()
    rows = clamp_cells(rows, col_widths, max_lines=max_lines, font_size=font_size)
    table = Table(rows, colWidths=col_widths, **kwargs)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, font_size), *(commands or [])]))
    return table
