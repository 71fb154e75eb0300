"""Charts (Qt Charts) that lead to their records: a click on a bar or a point names its bucket.

Each `ChartCard` is a titled chart; its `bucket_chosen(key)` signal says which bar or point was
clicked, and the page lists the records behind it. The charts follow the colour scheme (light or
dark) and use the marking colours of `gui/base/colors.py` for what needs attention, so no colour
vanishes on either background.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from sqms_desktop.gui.base.colors import is_dark
from sqms_desktop.gui.base.signals import emit


class ChartCard(QFrame):
    """A titled chart. Signals: bucket_chosen(key): a bar or point was clicked."""

    bucket_chosen = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(f"<b>{title}</b>", self)
        self.title.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(2, 2, 2, 2))
        self.chart.setBackgroundVisible(False)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(110)
        self.view.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self._keys: list[str] = []

    def keys(self) -> list[str]:
        """The bucket key of each category, in order (what a click on it names)."""
        return list(self._keys)

    def choose(self, index: int) -> None:
        """As a click on the category `index` does."""
        if 0 <= index < len(self._keys):
            emit(self.bucket_chosen, self._keys[index])

    def show_empty(self, text: str) -> None:
        self._reset([])
        self.view.hide()
        self.empty.setText(text)
        self.empty.show()

    def bars(
        self,
        categories: Sequence[str],
        keys: Sequence[str],
        series: Sequence[tuple[str, Sequence[float], str]],
        *,
        stacked: bool = False,
        horizontal: bool = False,
        legend: bool = True,
    ) -> None:
        """Bars per category; `series` is (name, values, colour) each; a click names the key.
        Horizontal bars leave room for long category names (supplier codes)."""
        self._reset(keys)
        bar_series: QBarSeries | QStackedBarSeries | QHorizontalBarSeries
        if horizontal:
            bar_series = QHorizontalBarSeries()
        else:
            bar_series = QStackedBarSeries() if stacked else QBarSeries()
        for name, values, color in series:
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(color))
            bar_set.setBorderColor(QColor(color))
            bar_set.clicked.connect(self._on_bar_clicked)
            bar_series.append(bar_set)
        self.chart.addSeries(bar_series)
        self._axes(
            bar_series,
            categories,
            max(sum_or_max(series, stacked), default=0),
            horizontal=horizontal,
        )
        self.chart.legend().setVisible(legend and len(series) > 1)

    def lines(
        self,
        categories: Sequence[str],
        keys: Sequence[str],
        series: Sequence[tuple[str, Sequence[float | None], str]],
    ) -> None:
        """A line per series over the categories; a None value leaves a gap (no figures)."""
        self._reset(keys)
        top = max((v for _n, values, _c in series for v in values if v is not None), default=0)
        # Points on whole numbers, every other one labelled: twelve months fit a narrow chart.
        axis_x = QCategoryAxis()
        axis_x.setRange(-0.5, len(categories) - 0.5)
        axis_x.setStartValue(-0.5)
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for x in range(0, len(categories), 2):
            axis_x.append(categories[x], x)
        axis_x.setLabelsFont(self._small())
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        axis_y = self._value_axis(top)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for name, values, color in series:
            line = QLineSeries()
            line.setName(name)
            line.setColor(QColor(color))
            line.setPointsVisible(True)
            for x, value in enumerate(values):
                if value is not None:
                    line.append(QPointF(x, value))
            line.clicked.connect(self._on_point_clicked)
            self.chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
        self.chart.legend().setVisible(len(series) > 1)

    # -- inside ----------------------------------------------------------------------------

    def _reset(self, keys: Sequence[str]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        theme = QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight
        self.chart.setTheme(theme)
        self.chart.setBackgroundVisible(False)
        palette = QGuiApplication.palette()
        self.chart.legend().setLabelColor(palette.text().color())
        self._keys = list(keys)
        self.empty.hide()
        self.view.show()

    def _axes(
        self,
        series: QBarSeries | QStackedBarSeries | QHorizontalBarSeries,
        categories: Sequence[str],
        top: float,
        *,
        horizontal: bool = False,
    ) -> None:
        labels = QBarCategoryAxis()
        labels.append(list(categories))
        labels.setLabelsFont(self._small())
        labels.setTruncateLabels(False)  # a supplier code cut to "…" names nobody
        values = self._value_axis(top)
        self.chart.addAxis(
            labels, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        )
        self.chart.addAxis(
            values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(labels)
        series.attachAxis(values)

    def _value_axis(self, top: float) -> QValueAxis:
        step, ticks = nice_scale(top)
        axis = QValueAxis()
        axis.setRange(0, step * (ticks - 1))
        axis.setTickCount(ticks)
        axis.setLabelFormat("%.0f")
        axis.setLabelsFont(self._small())
        return axis

    def _small(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    @Slot(int)
    def _on_bar_clicked(self, index: int) -> None:
        self.choose(index)

    @Slot(QPointF)
    def _on_point_clicked(self, point: QPointF) -> None:
        self.choose(round(point.x()))


def sum_or_max(series: Sequence[tuple[str, Sequence[float], str]], stacked: bool) -> list[float]:
    """The height each category's bar reaches: the sum when stacked, else the largest."""
    columns = zip(*(values for _name, values, _color in series), strict=True)
    return [sum(c) if stacked else max(c) for c in columns]


def nice_scale(top: float) -> tuple[float, int]:
    """A round step (1, 2 or 5 times a power of ten) and the number of ticks from 0 that
    reach `top` in at most five steps; a chart of zeros still gets a scale of 0 to 1."""
    top = max(float(top), 1.0)
    magnitude = 10 ** math.floor(math.log10(top / 5)) if top > 5 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude * 5 >= top)
    return float(step), math.ceil(top / step) + 1
