"""QR codes for paper and files, Qt-free: a module matrix drawn as vector squares on a reportlab canvas, or a PNG.

Error correction Q (25 % of the symbol may be lost: a folded, scratched or coffee-stained badge still scans).
"""

from __future__ import annotations

from pathlib import Path

import qrcode
from qrcode.constants import ERROR_CORRECT_Q
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

QUIET = 4  # modules of white border the standard asks for


def qr_matrix(text: str) -> list[list[bool]]:
    """The dark/light modules of the symbol, without the quiet zone."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, border=0)
    qr.add_data(text)
    qr.make(fit=True)
    return [list(row) for row in qr.get_matrix()]


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw the symbol with its quiet zone in the square (x, y, size) — (x, y) is the lower-left corner."""
    matrix = qr_matrix(text)
    count = len(matrix) + 2 * QUIET
    module = size / count
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):  # one rectangle per horizontal run of dark modules: smaller files, no hairline seams
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                left = x + (QUIET + start) * module
                top = y + size - (QUIET + r) * module
                path.rect(left, top - module, (c - start) * module, module)
            else:
                c += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def write_qr_png(text: str, path: str | Path, *, box_size: int = 10) -> Path:
    """A PNG of the symbol (with its quiet zone), ``box_size`` pixels per module."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, border=QUIET, box_size=box_size)
    qr.add_data(text)
    qr.make(fit=True)
    image = qr.make_image(fill_color="black", back_color="white")
    path = Path(path)
    image.save(str(path))
    return path
