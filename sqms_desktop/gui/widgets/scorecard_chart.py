"""A supplier's score over the last six months, the least-squares line through it and the line
carried three months ahead (dashed), over the band bounds: the trend the forecast flag rests on,
drawn so a person can check it (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from sqms_desktop.gui.base.colors import current_colors, is_dark
from sqms_desktop.queries.scorecards import Scorecard


class TrendChart(QChartView):
    """Shows one scorecard's history and trend (`show_card`), or nothing (`clear`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.card: Scorecard | None = None
        self.clear()

    def clear(self) -> None:
        self.card = None
        self._set(self._new_chart(self.tr("Select a supplier to see its trend.")))

    def _set(self, chart: QChart) -> None:
        """Show `chart`; the view does not delete the chart it showed before, so this does."""
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _new_chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        dark = is_dark(self.palette())
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundBrush(self.palette().base())
        return chart

    def show_card(self, card: Scorecard, bounds: tuple[float, float]) -> None:
        """The card's months with a score as points, the fitted line, its forecast dashed, and
        the lower bounds of bands A and B."""
        self.card = card
        periods = [h.period for h in card.history]
        if card.trend is not None:
            periods += [f.period for f in card.trend.forecast]
        chart = self._new_chart(
            self.tr("Score and trend, {code} ({first} to {last})").format(
                code=card.code, first=periods[0], last=periods[-1]
            )
        )
        colors = current_colors()
        last_x = len(periods) - 1
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for x, period in enumerate(periods):
            x_axis.append(period[5:], x)  # the month; the title names the first and last
        x_axis.setRange(-0.3, last_x + 0.3)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.75))
        x_axis.setLabelsFont(small)
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

        def add(series: QLineSeries, color: str, *, dashed: bool = False, width: float = 2) -> None:
            pen = QPen(QColor(color))
            pen.setWidthF(width)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            series.setPen(pen)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

        for bound, color in zip(bounds, (colors.good, colors.warning), strict=True):
            line = QLineSeries()
            line.setName(self.tr("band bound {b:g}").format(b=bound))
            line.append([QPointF(-0.3, bound), QPointF(last_x + 0.3, bound)])
            add(line, color, dashed=True, width=1)
        if card.trend is not None:
            trend = card.trend
            fitted, ahead = QLineSeries(), QLineSeries()
            fitted.setName(self.tr("least-squares line"))
            ahead.setName(self.tr("forecast"))
            now = len(card.history) - 1
            fitted.append([QPointF(0, trend.at(0)), QPointF(now, trend.at(now))])
            ahead.append([QPointF(now, trend.at(now)), QPointF(last_x, trend.at(last_x))])
            add(fitted, colors.muted, width=1.5)
            add(
                ahead,
                colors.warning if card.forecast_flag else colors.muted,
                dashed=True,
                width=1.5,
            )
        scores = QLineSeries()
        scores.setName(self.tr("score"))
        points = QScatterSeries()
        points.setMarkerSize(8)
        for x, h in enumerate(card.history):
            if h.score is not None:
                scores.append(x, h.score)
                points.append(x, h.score)
        add(scores, self.palette().text().color().name(), width=1)
        points.setColor(self.palette().highlight().color())
        points.setBorderColor(self.palette().highlight().color())
        chart.addSeries(points)
        points.attachAxis(x_axis)
        points.attachAxis(y_axis)
        self._set(chart)
