"""A supplier's score over the last six months with the fitted line carried three months
ahead, drawn with ReportLab graphics for the scorecard PDF.

The bands are shaded behind the points (their lower bounds as dashed lines), so a reader sees
where the line leaves the band the supplier is in.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String

from sqms_desktop.i18n import translate
from sqms_desktop.performance.forecast import Trend
from sqms_desktop.queries.scorecards import HistoryPoint
from sqms_desktop.reports.fonts import SANS
from sqms_desktop.reports.styles import ACCENT, GRADE_COLOURS, INK, MUTED, RULE

LEFT, BOTTOM, TOP, RIGHT = 26.0, 16.0, 8.0, 8.0


def trend_chart(
    history: Sequence[HistoryPoint],
    line: Trend | None,
    bounds: tuple[float, float],
    width: float,
    height: float = 110.0,
) -> Drawing:
    """Points for the months with a score, the least-squares line and its forecast dashed."""
    periods = [h.period for h in history] + [f.period for f in (line.forecast if line else ())]
    slots = max(len(periods), len(history) + 3)
    drawing = Drawing(width, height)
    plot_w, plot_h = width - LEFT - RIGHT, height - BOTTOM - TOP

    def x_of(x: float) -> float:
        return LEFT + plot_w * (x + 0.5) / slots

    def y_of(score: float) -> float:
        return BOTTOM + plot_h * max(0.0, min(100.0, score)) / 100

    for tick in (0, 50, 100):
        drawing.add(Line(LEFT, y_of(tick), width - RIGHT, y_of(tick), strokeColor=RULE))
        drawing.add(
            String(
                LEFT - 4,
                y_of(tick) - 2,
                str(tick),
                fontName=SANS,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    for bound, band in zip(bounds, ("A", "B"), strict=True):
        drawing.add(
            Line(
                LEFT,
                y_of(bound),
                width - RIGHT,
                y_of(bound),
                strokeColor=GRADE_COLOURS[band],
                strokeDashArray=[2, 2],
                strokeWidth=0.6,
            )
        )
        drawing.add(
            String(
                width - RIGHT,
                y_of(bound) + 2,
                translate("reports", "{band} from {bound}").format(band=band, bound=f"{bound:g}"),
                fontName=SANS,
                fontSize=6,
                fillColor=GRADE_COLOURS[band],
                textAnchor="end",
            )
        )
    for x, period in enumerate(periods):
        drawing.add(
            String(
                x_of(x), 3, period, fontName=SANS, fontSize=6, fillColor=MUTED, textAnchor="middle"
            )
        )
    if line is not None:
        last = len(history) - 1
        drawing.add(
            Line(
                x_of(0),
                y_of(line.at(0)),
                x_of(last),
                y_of(line.at(last)),
                strokeColor=ACCENT,
                strokeWidth=1,
            )
        )
        end = last + len(line.forecast)
        drawing.add(
            Line(
                x_of(last),
                y_of(line.at(last)),
                x_of(end),
                y_of(line.at(end)),
                strokeColor=ACCENT,
                strokeWidth=1,
                strokeDashArray=[3, 2],
            )
        )
    scored = [(x, h) for x, h in enumerate(history) if h.score is not None]
    if len(scored) > 1:
        points: list[float] = []
        for x, h in scored:
            points += [x_of(x), y_of(h.score or 0.0)]
        drawing.add(PolyLine(points, strokeColor=INK, strokeWidth=0.5))
    for x, h in scored:
        colour = GRADE_COLOURS[h.band] if h.band else INK
        drawing.add(
            Circle(x_of(x), y_of(h.score or 0.0), 2.4, fillColor=colour, strokeColor=colour)
        )
    return drawing
