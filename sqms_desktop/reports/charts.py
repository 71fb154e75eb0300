"""The element/section bar chart of the executive summary, drawn with ReportLab graphics.

Vector graphics, so it prints sharp at any size and adds a few hundred bytes, not an image.
The 80 % and 90 % lines are the VDA 6.3 grade limits (and the default bands of the other schemes),
so a reader sees at a glance which element pulled the grade down.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import Color

from sqms_desktop.i18n import translate
from sqms_desktop.reports.fonts import SANS, SANS_BOLD, fit
from sqms_desktop.reports.language import percent as percent_text
from sqms_desktop.reports.styles import GRADE_COLOURS, INK, MUTED, RULE, SHADE
from sqms_desktop.scoring import Figure

BAR = 11.0
GAP = 5.0
LABEL_WIDTH = 185.0
VALUE_WIDTH = 40.0
LIMITS = (80, 90)


def _box(x: float, y: float, width: float, height: float, colour: Color) -> Rect:
    """A filled rectangle without outline (set as attributes: the stubs mistype the keywords)."""
    box = Rect(x, y, width, height)
    box.fillColor = colour
    box.strokeColor = None
    return box


def _colour(percent: float) -> Color:
    if percent >= 90:
        return GRADE_COLOURS["A"]
    if percent >= 80:
        return GRADE_COLOURS["B"]
    return GRADE_COLOURS["C"]


def element_chart(figures: Sequence[Figure], width: float) -> Drawing:
    """One horizontal bar per element/section; elements nothing was scored in say so."""
    rows = list(figures)
    top_pad, bottom_pad = 6.0, 16.0
    height = top_pad + bottom_pad + len(rows) * (BAR + GAP)
    drawing = Drawing(width, height)
    plot_x = LABEL_WIDTH
    plot_w = width - LABEL_WIDTH - VALUE_WIDTH
    axis_y = bottom_pad - 4
    drawing.add(_box(plot_x, axis_y, plot_w, height - axis_y - top_pad + 2, SHADE))
    for tick in (0, 20, 40, 60, 80, 100):
        x = plot_x + plot_w * tick / 100
        drawing.add(
            String(
                x, 2, f"{tick} %", fontName=SANS, fontSize=6.5, fillColor=MUTED, textAnchor="middle"
            )
        )
    for limit in LIMITS:
        x = plot_x + plot_w * limit / 100
        drawing.add(
            Line(
                x,
                axis_y,
                x,
                height - top_pad + 2,
                strokeColor=RULE,
                strokeDashArray=[2, 2],
                strokeWidth=0.8,
            )
        )
    for index, figure in enumerate(rows):
        y = height - top_pad - (index + 1) * (BAR + GAP) + GAP / 2
        label = fit(f"{figure.code} {figure.title}".strip(), 7.5, LABEL_WIDTH - 6)
        drawing.add(String(0, y + 3, label, fontName=SANS, fontSize=7.5, fillColor=INK))
        if figure.percent is None:
            drawing.add(
                String(
                    plot_x + 4,
                    y + 3,
                    translate("reports", "not scored"),
                    fontName=SANS,
                    fontSize=7,
                    fillColor=MUTED,
                )
            )
            continue
        share = max(0.0, min(figure.percent, 100.0)) / 100
        drawing.add(_box(plot_x, y, plot_w * share, BAR, _colour(figure.percent)))
        drawing.add(
            String(
                width,
                y + 3,
                percent_text(figure.percent),
                fontName=SANS_BOLD,
                fontSize=7.5,
                fillColor=INK,
                textAnchor="end",
            )
        )
    return drawing
