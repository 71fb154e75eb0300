"""One supplier's scorecard of the last complete month and its trend, for the supplier view:
the parts with their weights and sentences beside the chart of the last six months."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QUrl, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QWidget

from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.html.detail import placeholder_html
from sqms_desktop.gui.html.scorecard import AUDIT_LINK, CAPA_LINK, DELIVERIES_LINK, scorecard_html
from sqms_desktop.gui.widgets.scorecard_chart import TrendChart
from sqms_desktop.performance.scorecard import last_complete_period
from sqms_desktop.queries.scorecards import Scorecard, capa_stages, scorecard_settings, scorecards
from sqms_desktop.services.actor import Actor


class _Requests(Protocol):
    audit_requested: SignalInstance
    capa_requested: SignalInstance
    deliveries_requested: SignalInstance


def request_breakdown(widget: _Requests, href: str) -> None:
    """A click on a breakdown link of `scorecard_html` as the widget's request signal."""
    if href.startswith(AUDIT_LINK):
        emit(widget.audit_requested, href.removeprefix(AUDIT_LINK))
    elif href.startswith(CAPA_LINK):
        emit(widget.capa_requested, href.removeprefix(CAPA_LINK))
    elif href.startswith(DELIVERIES_LINK):
        supplier_id, _, period = href.removeprefix(DELIVERIES_LINK).rpartition(":")
        emit(widget.deliveries_requested, supplier_id, period)


class ScorecardPanel(QWidget):
    """`show_supplier(supplier_id)` reads and shows that supplier's scorecard; `card` is the
    one shown (None before, or for a supplier that is gone).

    Signals: audit_requested(audit_id), capa_requested(capa_id) and
    deliveries_requested(supplier_id, period), as the Scorecards page's.
    """

    audit_requested = Signal(str)
    capa_requested = Signal(str)
    deliveries_requested = Signal(str, str)

    def __init__(
        self,
        actor: Actor,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scorecard_panel")
        self._actor = actor
        self._today = today
        self.card: Scorecard | None = None
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._on_text_anchor_clicked)
        self.chart = TrendChart(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.chart, 2)
        self.text.setHtml(placeholder_html(self.tr("No supplier chosen."), current_colors()))

    def show_supplier(self, supplier_id: str) -> None:
        period = last_complete_period(self._today())
        found = self._actor.read(scorecards, period, supplier_id, today=self._today())
        bands = self._actor.read(scorecard_settings).bands
        self.card = found[0] if found else None
        colors = current_colors()
        if self.card is None:
            self.chart.clear()
            self.text.setHtml(placeholder_html(self.tr("This supplier no longer exists."), colors))
            return
        self.chart.show_card(self.card, (bands.a_from, bands.b_from))
        late = [c for c in self._actor.read(capa_stages, supplier_id, period) if not c.on_time]
        self.text.setHtml(scorecard_html(self.card, colors, late))
        self.text.verticalScrollBar().setValue(0)

    @Slot(QUrl)
    def _on_text_anchor_clicked(self, url: QUrl) -> None:
        request_breakdown(self, url.toString())
