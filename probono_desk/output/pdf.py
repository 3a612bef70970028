"""The small toolkit every printed document shares: the shipped font (embedded, never Helvetica), A4 pages,
a header and footer, paragraph styles, team colours.

reportlab's canvas starts on Helvetica, which draws Ł, Ż, ć as black boxes: every document here is built with
``new_canvas()`` / ``new_doc()``, which set the shipped DejaVu Sans first, and styles that name it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from probono_desk.core.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_MONO = "DejaVuSansMono"
INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#e4003a")  # Pro Bono Lab red
PAGE = A4
PAGE_LANDSCAPE = landscape(A4)
MARGIN = 15 * mm

_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_MONO, str(resource_path("fonts", "DejaVuSansMono.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _registered = True


def new_canvas(
    target: str | Path | Any, *, pagesize: tuple[float, float] = PAGE, title: str = "", author: str = "probono_desk"
) -> Canvas:
    """A canvas whose current font is already ours (initialFontName), with document metadata."""
    register_fonts()
    canvas = Canvas(
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
        canvas.drawRightString(pagesize[0] - MARGIN, MARGIN / 2, text)
        canvas.restoreState()
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
    frame = Frame(MARGIN, MARGIN, pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    return doc


def hex_colour(value: str, default: str = "#455a64") -> Any:
    try:
        return colors.HexColor(value or default)
    except ValueError:
        return colors.HexColor(default)
