"""The diagnostic on paper: a sheet (date, who met whom, the needs in priority order, the summary) followed by
the attached document's pages when it is a PDF or an image. Every page says « Confidentiel — usage réservé à la
mission », at the top and at the bottom, including the attached document's own pages (stamped over them)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, PageBreak, Spacer

from probono_desk.core.documents import long_date
from probono_desk.core.i18n import translate
from probono_desk.core.models import EventInfo, Structure
from probono_desk.core.trail import CONFIDENTIAL, Diagnostic
from probono_desk.output.pdf import (
    ACCENT,
    FONT_BOLD,
    MARGIN,
    PAGE,
    Band,
    grid_table,
    hex_colour,
    new_canvas,
    new_doc,
    para,
    style,
    styles,
)


def stamp(canvas: Canvas, width: float, height: float) -> None:
    """The confidential mark, top and bottom of a page of any size."""
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.setFont(FONT_BOLD, 9)
    mark = translate("trail", CONFIDENTIAL)
    canvas.drawCentredString(width / 2, height - 8 * mm, mark)
    canvas.drawString(MARGIN, 6 * mm, mark)
    canvas.restoreState()


def _sheet(
    target: Any, info: EventInfo, structure: Structure, diag: Diagnostic, note: str, image: bytes | None
) -> None:
    st = styles()
    doc = new_doc(
        target,
        title=translate("diagnostic", "Diagnostic — {name}").format(name=structure.name),
        footer=translate("diagnostic", "{event} · diagnostic").format(event=info.name),
        on_page=lambda canvas, _doc: stamp(canvas, *PAGE),
    )
    width = doc.width
    label = style("dl", 8, colour=hex_colour("#5f6368"), space_before=5)
    value = style("dv", 10, leading=13)
    story: list[Any] = [
        Spacer(1, 4 * mm),
        Band(
            translate("diagnostic", "Diagnostic — {name}").format(name=structure.name),
            colour=hex_colour(structure.colour),
            subtitle=f"{info.name} · {long_date(info.date)}",
            badge=structure.table_label or "–",
            height=20 * mm,
        ),
        Spacer(1, 4 * mm),
    ]
    for caption, text in (
        (translate("diagnostic", "Date du diagnostic"), long_date(diag.date) if diag.date else "—"),
        (translate("diagnostic", "Pour Pro Bono Lab"), diag.lab_people or "—"),
        (translate("diagnostic", "Pour la structure"), diag.structure_people or "—"),
    ):
        story += [para(caption.upper(), label), para(text, value)]
    story.append(para(translate("diagnostic", "Besoins, par ordre de priorité"), st["h2"]))
    rows: list[list[Any]] = [
        [translate("diagnostic", "Priorité"), translate("diagnostic", "Besoin (compétence recherchée)")]
    ]
    rows += [[str(i), para(need, style("dn", 9))] for i, need in enumerate(diag.needs, start=1)]
    if len(rows) == 1:
        rows.append(["—", para(translate("diagnostic", "Aucun besoin renseigné."), style("dn", 9))])
    story.append(grid_table(rows, [22 * mm, width - 22 * mm], header_colour=hex_colour(structure.colour)))
    story.append(para(translate("diagnostic", "Synthèse"), st["h2"]))
    for block in (diag.summary or "—").split("\n"):
        story.append(para(block or " ", value))
    if diag.document_name:
        story += [para(translate("diagnostic", "Document joint"), st["h2"]), para(f"{diag.document_name}{note}", value)]
    if image is not None:
        reader = ImageReader(io.BytesIO(image))
        iw, ih = reader.getSize()
        scale = min(width / iw, (PAGE[1] - 2 * MARGIN - 20 * mm) / ih, 1.0 if iw > 400 else 2.0)
        story += [PageBreak(), Image(io.BytesIO(image), iw * scale, ih * scale)]
    doc.build(story)


def _stamped_pdf_pages(data: bytes) -> Any:
    """The attached PDF's pages with the mark drawn over each (pypdf); None when the file cannot be read."""
    from pypdf import PdfReader, PdfWriter

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return None
        writer = PdfWriter()
        for source in reader.pages:
            page = writer.add_page(source)
            w, h = float(page.mediabox.width), float(page.mediabox.height)
            buf = io.BytesIO()
            canvas = new_canvas(buf, pagesize=(w, h))
            stamp(canvas, w, h)
            canvas.save()
            page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
        return writer
    except Exception:  # noqa: BLE001 - a damaged attachment never stops the sheet from printing
        return None


def draw_diagnostic(
    target: str | Path,
    info: EventInfo,
    structure: Structure,
    diag: Diagnostic,
    document: tuple[str, str, bytes] | None,
) -> None:
    from pypdf import PdfReader, PdfWriter

    name, mime, data = document or ("", "", b"")
    attached = _stamped_pdf_pages(data) if mime == "application/pdf" or name.lower().endswith(".pdf") else None
    image = data if mime.startswith("image/") and data else None
    if attached is not None:
        note = translate("diagnostic", " — {n} page(s), à la suite").format(n=len(attached.pages))
    elif image is not None:
        note = translate("diagnostic", " — à la page suivante")
    elif data:
        note = translate("diagnostic", " — à ouvrir depuis l'application (format non imprimable ici)")
    else:
        note = ""
    buf = io.BytesIO()
    _sheet(buf, info, structure, diag, note, image)
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(buf.getvalue())).pages:
        writer.add_page(page)
    if attached is not None:
        writer.append(attached)
    title = translate("diagnostic", "Diagnostic — {name}").format(name=structure.name)
    writer.add_metadata({"/Title": f"{title} ({translate('trail', CONFIDENTIAL)})"})
    with open(target, "wb") as handle:
        writer.write(handle)


def sample_document(title: str, paragraphs: list[str]) -> bytes:
    """A small PDF standing for a diagnostic document written elsewhere (the demo's)."""
    st = styles()
    buf = io.BytesIO()
    doc = new_doc(buf, title=title)
    doc.build(
        [
            para(title, st["title"]),
            Spacer(1, 4 * mm),
            *(para(p, style("sp", 11, leading=15, space_after=6)) for p in paragraphs),
        ]
    )
    return buf.getvalue()
