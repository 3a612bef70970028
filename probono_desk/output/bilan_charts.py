"""The Trail bilan's charts (reportlab graphics): bars grouped by structure, and the mean of each scale question."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm

from probono_desk.core.evaluations import QuestionKind, QuestionResult
from probono_desk.core.i18n import translate
from probono_desk.output.pdf import ACCENT, FONT, FONT_BOLD, INK, LINE, new_drawing


def chart_fonts(chart: Any) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 8
    chart.valueAxis.gridStrokeColor = LINE
    chart.valueAxis.visibleGrid = True
    chart.barLabels.fontName = FONT_BOLD
    chart.barLabels.fontSize = 8


def grouped_chart(
    title: str,
    names: Sequence[str],
    series: Sequence[Sequence[float]],
    legend: Sequence[tuple[Any, str]],
    width: float,
    *,
    top: float | None = None,
    fmt: str = "%d",
) -> Drawing:
    """Vertical grouped bars, one group per structure (labelled by table), with a legend."""
    height = 62 * mm
    drawing = new_drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width - 16 * mm, height - 24 * mm
    chart.data = [list(s) or [0] for s in series]
    chart.categoryAxis.categoryNames = list(names) or ["—"]
    chart.valueAxis.valueMin = 0
    highest = max([1.0, *(v for s in series for v in s)])
    chart.valueAxis.valueMax = top if top is not None else highest + 1
    chart.valueAxis.valueStep = max(1, round((top or highest) / 5))
    for i, (colour, _label) in enumerate(legend):
        chart.bars[i].fillColor = colour
    chart.bars.strokeColor = None
    chart.barSpacing, chart.groupSpacing = 1, 8
    chart_fonts(chart)
    chart.barLabelFormat = fmt
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(String(0, height - 9, title, fontName=FONT_BOLD, fontSize=10, fillColor=INK))
    key = Legend()
    key.fontName, key.fontSize = FONT, 8
    key.x, key.y = width - 75 * mm, height - 4 * mm
    key.columnMaximum, key.deltax = 1, 35 * mm
    key.colorNamePairs = list(legend)
    drawing.add(key)
    return drawing


def scale_chart(title: str, results: Sequence[tuple[str, QuestionResult]], width: float) -> Drawing | None:
    """Horizontal bars: the mean of each scale question, as a share of its scale (100 % = the top mark)."""
    rows = [(label, r) for label, r in results if r.kind is QuestionKind.SCALE and r.mean is not None]
    if not rows:
        return None
    bar_h = 8 * mm
    height = len(rows) * bar_h + 18 * mm
    drawing = new_drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 70 * mm, 6 * mm
    chart.width, chart.height = width - 80 * mm, len(rows) * bar_h
    chart.data = [[round(100 * (r.mean or 0) / r.high) for _, r in rows]]
    chart.categoryAxis.categoryNames = [clip(question_label(label, r), 52) for label, r in rows]
    chart.categoryAxis.reverseDirection = True
    # room past 100 for the bar's own label; the ticks stop at 100
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 112, 20
    chart.bars[0].fillColor = ACCENT
    chart.bars.strokeColor = None
    chart_fonts(chart)
    chart.categoryAxis.labels.fontSize = 7
    chart.barLabelFormat = "%d %%"
    chart.barLabels.boxAnchor = "w"  # the figure just past the bar's end, never over it
    chart.barLabels.nudge = 4
    drawing.add(chart)
    drawing.add(String(0, height - 9, title, fontName=FONT_BOLD, fontSize=10, fillColor=INK))
    return drawing


def audience_label(label: str) -> str:
    return translate("evaluations", label) if label else ""


def question_label(audience: str, r: QuestionResult) -> str:
    """'Bénévoles — Êtes-vous satisfait·e…'; the mid-term form's own questions in the document's language."""
    question = translate("trail", r.label)
    return f"{audience} — {question}" if audience else question


def clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
