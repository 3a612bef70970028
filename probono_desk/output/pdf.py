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
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

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
from probono_desk.output.fonts import FONT, FONT_BOLD, FONT_MONO, register_fonts, width_of  # noqa: F401

INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#e4003a")  # Pro Bono Lab red
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


def hex_colour(value: str, default: str = "#455a64") -> Any:
    try:
        return colors.HexColor(value or default)
    except ValueError:
        return colors.HexColor(default)


# --- colours and text measures ----------------------------------------------------------------------------------

LINE = colors.HexColor("#c8ccd0")
ZEBRA = colors.HexColor("#f3f4f6")
WHITE = colors.white


def text_on(background: Any) -> Any:
    """White or ink, whichever reads better on ``background`` (relative luminance)."""
    r, g, b = background.red, background.green, background.blue
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return WHITE if luminance < 0.6 else INK


def tint(colour: Any, amount: float = 0.85) -> Any:
    """``colour`` mixed with white (0 = colour, 1 = white): a light background of the team's colour."""
    return colors.Color(
        colour.red + (1 - colour.red) * amount,
        colour.green + (1 - colour.green) * amount,
        colour.blue + (1 - colour.blue) * amount,
    )


# --- drawing on a canvas ----------------------------------------------------------------------------------------


def header_band(
    canvas: Canvas,
    *,
    x: float,
    y: float,
    width: float,
    height: float,
    colour: Any,
    title: str,
    subtitle: str = "",
    badge: str = "",
    badge_caption: str = "Table",
) -> None:
    """The band at the top of a page in the structure's colour: its name (fitted), a subtitle, and on the right
    a disc with the table label. ``y`` is the band's bottom edge."""
    canvas.saveState()
    ink = text_on(colour)
    canvas.setFillColor(colour)
    canvas.roundRect(x, y, width, height, 3 * mm, stroke=0, fill=1)
    pad = 5 * mm
    badge_d = height - 2 * 3 * mm if badge else 0.0
    text_w = width - 2 * pad - (badge_d + pad if badge else 0)
    title_h = height * (0.55 if subtitle else 0.8)
    size, lines = fit_text(title, FONT_BOLD, text_w, title_h, max_size=22, min_size=11, max_lines=2)
    canvas.setFillColor(ink)
    sub_size = min(11.0, height * 0.2)
    block = len(lines) * size * 1.1 + (sub_size * 1.5 if subtitle else 0)
    top = y + height / 2 + block / 2
    canvas.setFont(FONT_BOLD, size)
    for i, line in enumerate(lines):
        canvas.drawString(x + pad, top - size * 0.85 - i * size * 1.1, line)
    if subtitle:
        canvas.setFont(FONT, sub_size)
        sub = ellipsize(" ".join(subtitle.split()), FONT, sub_size, text_w)
        canvas.drawString(x + pad, top - len(lines) * size * 1.1 - sub_size * 1.2, sub)
    if badge:
        cx, cy = x + width - pad - badge_d / 2, y + height / 2
        canvas.setFillColor(WHITE if ink == WHITE else INK)
        canvas.circle(cx, cy, badge_d / 2, stroke=0, fill=1)
        canvas.setFillColor(colour if ink == WHITE else WHITE)
        cap = badge_d * 0.16
        canvas.setFont(FONT, cap)
        canvas.drawCentredString(cx, cy + badge_d * 0.17, ellipsize(badge_caption, FONT, cap, badge_d * 0.8))
        label_size, label = fit_text(
            badge, FONT_BOLD, badge_d * 0.7, badge_d * 0.45, max_size=badge_d * 0.42, max_lines=1, leading=1.0
        )
        canvas.setFont(FONT_BOLD, label_size)
        canvas.drawCentredString(cx, cy - badge_d * 0.3, label[0])
    canvas.restoreState()


# --- platypus pieces --------------------------------------------------------------------------------------------


class Band(Flowable):
    """``header_band`` as a flowable, full frame width."""

    def __init__(self, title: str, *, colour: Any, subtitle: str = "", badge: str = "", height: float = 24 * mm):
        super().__init__()
        self.title, self.colour, self.subtitle, self.badge, self.height = title, colour, subtitle, badge, height
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        header_band(
            self.canv,
            x=0,
            y=0,
            width=self.width,
            height=self.height,
            colour=self.colour,
            title=self.title,
            subtitle=self.subtitle,
            badge=self.badge,
        )


class WriteInBox(Flowable):
    """A framed box to write in by hand: a caption on top, ruled lines (or none) below."""

    def __init__(self, caption: str, *, height: float, lines: int = 0, note: str = "", colour: Any = MUTED):
        super().__init__()
        self.caption, self.height, self.lines, self.note, self.colour = caption, height, lines, note, colour
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.colour)
        c.setLineWidth(1)
        c.roundRect(0, 0, self.width, self.height, 2 * mm, stroke=1, fill=0)
        c.setFillColor(INK)
        c.setFont(FONT_BOLD, 10)
        c.drawString(4 * mm, self.height - 6 * mm, ellipsize(self.caption, FONT_BOLD, 10, self.width - 8 * mm))
        first = self.height - 9 * mm
        if self.note:
            c.setFont(FONT, 8)
            c.setFillColor(MUTED)
            c.drawString(4 * mm, self.height - 10.5 * mm, ellipsize(self.note, FONT, 8, self.width - 8 * mm))
            first = self.height - 13 * mm
        if self.lines:
            c.setStrokeColor(LINE)
            c.setLineWidth(0.5)
            c.setDash(1, 2)
            step = (first - 2 * mm) / self.lines
            for i in range(1, self.lines + 1):
                yy = first - i * step + step * 0.3
                c.line(4 * mm, yy, self.width - 4 * mm, yy)
        c.restoreState()


class SignatureLine(Flowable):
    """A line to sign on, right-aligned in the frame."""

    def __init__(self, length: float, *, align: str = "right") -> None:
        super().__init__()
        self.length, self.align_to = length, align
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        self.width = availWidth
        return availWidth, 2 * mm

    def draw(self) -> None:
        x = self.width - self.length if self.align_to == "right" else 0
        self.canv.saveState()
        self.canv.setStrokeColor(MUTED)
        self.canv.setLineWidth(0.6)
        self.canv.line(x, 1 * mm, x + self.length, 1 * mm)
        self.canv.restoreState()


class OnDraw(Flowable):
    """Zero-size marker that calls ``callback`` when the page holding it is drawn: progress reports that follow
    the real work of ``doc.build``."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback = callback

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        return 0, 0

    def draw(self) -> None:
        self.callback()


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
