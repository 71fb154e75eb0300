"""The Scorecards page: every supplier's scorecard for a chosen month, with the score, the
band in its colour, the four parts, the forecast flag and the proposals; the selected
supplier's parts with their weights and sentences, its trend chart (the points, the fitted line
and the forecast) and its proposals, each accepted or dismissed with a reason.

The decision goes through `services/proposals.py`; who may take it is the service's decision,
so the buttons are there for everyone and a refusal, naming the role, shows in the dialog.

The month's scorecards are read off the GUI thread (background_list.py): for 2,000 suppliers
that is a second of work, during which the window stays usable and the previous month stays in
view, greyed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.base.latest_read import ReadJob
from sqms_desktop.gui.base.shortcuts import Kind, page_action, style_toolbar
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.dialogs.proposal_decision import ProposalDecisionDialog
from sqms_desktop.gui.html.scorecard import scorecard_html
from sqms_desktop.gui.models.scorecards import ScorecardTableModel
from sqms_desktop.gui.pages.background_list import BackgroundListPage
from sqms_desktop.gui.pages.list_page import name_widget
from sqms_desktop.gui.widgets.scorecard_chart import TrendChart
from sqms_desktop.gui.widgets.scorecard_panel import request_breakdown
from sqms_desktop.performance.kpi import periods_ending
from sqms_desktop.performance.proposals import Proposal
from sqms_desktop.performance.responsiveness import StageCheck
from sqms_desktop.performance.scorecard import last_complete_period
from sqms_desktop.progress import Progress
from sqms_desktop.queries.scorecards import (
    Scorecard,
    capa_stages,
    scorecard_settings,
    scorecards,
)
from sqms_desktop.services.actor import Actor

Today = Callable[[], dt.date]
MONTHS_OFFERED = 24
# The band bounds shown before the first read (the store's own come with its scorecards).
DEFAULT_BOUNDS = (90.0, 70.0)


@dataclass(frozen=True)
class MonthRead:
    """One read of the page: the month's scorecards and the band bounds they were scored by;
    `stages`, the CAPA stages behind the responsiveness part of the supplier likely to be
    selected when the read lands (its detail then needs no read on the GUI thread)."""

    period: str
    bounds: tuple[float, float]
    cards: list[Scorecard]
    stages: dict[str, list[StageCheck]] = field(default_factory=dict)


def read_month(actor: Actor, period: str, today: dt.date, selected: str | None) -> ReadJob:
    """The job that reads `period`'s scorecards on a worker thread; `selected` is the supplier
    selected now (None: the first card in code order, the page's first row at first)."""

    def job(progress: Progress) -> MonthRead:
        bands = actor.read(scorecard_settings).bands
        progress.check()  # superseded already: the cards are not worth a second
        cards = actor.read(scorecards, period, today=today)
        likely = selected or (cards[0].supplier_id if cards else None)
        stages = {} if likely is None else {likely: actor.read(capa_stages, likely, period)}
        return MonthRead(period, (bands.a_from, bands.b_from), cards, stages)

    return job


class ScorecardsPage(BackgroundListPage):
    """Scorecards of one month; the `actor` (the signed-in user) decides proposals here.

    `period` is the month chosen; the table shows `shown_period()`, the month of the last read
    that landed (they differ while a read runs).

    Signals:
        supplier_changed(supplier_id): a proposal was decided (the supplier may have changed).
        message_posted(text): a one-line result for the status bar.
        audit_requested(audit_id): show the audit that gave the audit part.
        capa_requested(capa_id): show a CAPA whose stage was late.
        deliveries_requested(supplier_id, period): show the month's deliveries (the delivery
            breakdown, queries/kpis `delivery_breakdown`).
    """

    supplier_changed = Signal(str)
    message_posted = Signal(str)
    audit_requested = Signal(str)
    capa_requested = Signal(str)
    deliveries_requested = Signal(str, str)

    def __init__(
        self,
        actor: Actor,
        *,
        today: Today,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self._actor = actor
        self._today = today
        self.period = last_complete_period(today())
        self._read = MonthRead(self.period, DEFAULT_BOUNDS, [])
        super().__init__(
            ScorecardTableModel(),
            self._render,
            name="scorecards",
            pool=pool,
            default_sort=(ScorecardTableModel.COL_CODE, Qt.SortOrder.AscendingOrder),
            elastic_column=ScorecardTableModel.COL_NAME,
            hidden_columns=ScorecardTableModel.HIDDEN_AT_FIRST,
            parent=parent,
        )
        self.setObjectName("scorecards_page")
        self.name_views(self.tr("Scorecards"), self.tr("The selected scorecard"))
        # The selected supplier's parts, trend and proposals matter as much as the list.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 400])
        self.filter_edit.setPlaceholderText(
            self.tr("Type to narrow the suppliers: code, name, band, proposal…")
        )
        self.period_combo = child(self, QComboBox, "period_combo")
        name_widget(self.period_combo, self.tr("Month"))
        name_widget(self.proposals_list, self.tr("Proposals"))
        for period in reversed(periods_ending(self.period, MONTHS_OFFERED)):
            self.period_combo.addItem(period, period)
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_current_index_changed)
        self.proposals_list.currentRowChanged.connect(self._on_proposals_list_current_row_changed)
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.detail.anchorClicked.connect(self._on_detail_anchor_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        self.reader.busy_changed.connect(self._on_reader_busy_changed)
        self.action_accept = page_action(
            self,
            "action_accept_proposal",
            self.tr("&Accept proposal…"),
            "Ctrl+Shift+Y",
            self.tr("Accept the selected proposal, with the reason (a status change)"),
            self._on_accept_button_clicked,
        )
        self.action_dismiss = page_action(
            self,
            "action_dismiss_proposal",
            self.tr("&Dismiss proposal…"),
            "Ctrl+Shift+D",
            self.tr("Dismiss the selected proposal, with the reason"),
            self._on_dismiss_button_clicked,
        )
        self.action_deliveries = page_action(
            self,
            "action_month_deliveries",
            self.tr("Month's &deliveries"),
            Kind.OPEN,
            self.tr(
                "The selected supplier's deliveries of the month: which were late, which lots"
                " were rejected"
            ),
            self._on_action_deliveries_triggered,
        )
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar")
        style_toolbar(self.toolbar)
        self.toolbar.addActions(self.page_actions())
        top = self.layout()
        if isinstance(top, QBoxLayout):
            top.insertWidget(1, self.note_beside(self.toolbar))
        self._update_buttons()

    def _load_form(self) -> None:
        load_form("scorecards_page", self)
        self.proposals_list = child(self, QListWidget, "proposals_list")
        self.accept_button = child(self, QPushButton, "accept_button")
        self.dismiss_button = child(self, QPushButton, "dismiss_button")
        self.chart = TrendChart()
        box = child(self, QWidget, "chart_box")
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.chart)
        detail_splitter = child(self, QSplitter, "detail_splitter")
        detail_splitter.setStretchFactor(0, 3)
        detail_splitter.setStretchFactor(1, 2)

    def empty_text(self) -> str:
        return self.tr(
            "No suppliers in this store yet: scorecards need suppliers. Add them on the "
            "Suppliers page (Ctrl+1, then Suppliers ▸ New supplier… or Import supplier list…), "
            "then import their deliveries (Suppliers ▸ Import deliveries (KPIs)…): a scorecard "
            "is computed from deliveries, audits and CAPAs."
        )

    def pick_text(self) -> str:
        return self.tr("Select a supplier to see its scorecard.")

    # -- the read (background_list.py) -----------------------------------------------------

    def read_job(self) -> ReadJob:
        return read_month(self._actor, self.period, self._today(), self.selected_id())

    def reading_text(self) -> str:
        return self.tr("Reading the scorecards of {period}…").format(period=self.period)

    def failure_text(self, why: str) -> str:
        return self.tr("The scorecards of {period} could not be read: {why}").format(
            period=self.period, why=why
        )

    def take(self, result: object) -> None:
        assert isinstance(result, MonthRead)
        self._read = result

    def rows_read(self) -> list[Scorecard]:
        return self._read.cards

    # -- public ----------------------------------------------------------------------------

    def page_actions(self) -> list[QAction]:
        return [self.action_accept, self.action_dismiss, self.action_deliveries]

    def shown_period(self) -> str:
        """The month of the scorecards in the table."""
        return self._read.period

    def set_period(self, period: str) -> None:
        """Show the scorecards of `period` (YYYY-MM), one of the months offered."""
        index = self.period_combo.findData(period)
        if index < 0:
            raise ValueError(f"{period} is not one of the months offered")
        self.period_combo.setCurrentIndex(index)

    def current_card(self) -> Scorecard | None:
        record_id = self.selected_id()
        row = self.model.row_of_id(record_id) if record_id else None
        return None if row is None else self.model.row_at(row)

    def selected_proposal(self) -> Proposal | None:
        card = self.current_card()
        row = self.proposals_list.currentRow()
        if card is None or not 0 <= row < len(card.proposals):
            return None
        return card.proposals[row]

    def decide(self, *, accepting: bool) -> bool:
        """Open the dialog for the selected proposal; True when it was decided."""
        card, proposal = self.current_card(), self.selected_proposal()
        if card is None or proposal is None:
            return False
        dialog = ProposalDecisionDialog(
            self._actor, card, proposal, accepting=accepting, parent=self
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        verb = self.tr("accepted") if accepting else self.tr("dismissed")
        self.refresh()
        emit(self.supplier_changed, card.supplier_id)
        emit(
            self.message_posted,
            self.tr("{kind} for {code} {verb}.").format(
                kind=label(proposal.kind), code=card.code, verb=verb
            ),
        )
        return True

    # -- internals -------------------------------------------------------------------------

    def _render(self, supplier_id: str, colors: Colors) -> str:
        row = self.model.row_of_id(supplier_id)
        if row is None:
            return ""
        card: Scorecard = self.model.row_at(row)
        self.chart.show_card(card, self._read.bounds)
        self.proposals_list.clear()
        for proposal in card.proposals:
            item = QListWidgetItem(f"{label(proposal.kind)}: {proposal.basis}")
            item.setToolTip(proposal.explanation)
            self.proposals_list.addItem(item)
        if card.proposals:
            self.proposals_list.setCurrentRow(0)
        self._update_buttons()
        stages = self._read.stages.get(supplier_id)
        if stages is None:
            stages = self._actor.read(capa_stages, supplier_id, card.period)
        late = [c for c in stages if not c.on_time]
        return scorecard_html(card, colors, late)

    def _show_current(self) -> None:
        if self.selected_id() is None:
            self.chart.clear()
            self.proposals_list.clear()
            self._update_buttons()
        super()._show_current()

    def _update_buttons(self) -> None:
        """Proposals are decided on the latest month's scorecards (the service looks them up
        there); an earlier month shows what it proposed, without the buttons. While a read runs
        the cards shown are about to change: nothing is decided on them."""
        latest = self.shown_period() == last_complete_period(self._today())
        chosen = latest and not self.is_reading() and self.selected_proposal() is not None
        why = "" if latest else self.tr("Proposals are decided on the latest month's scorecards.")
        for button in (self.accept_button, self.dismiss_button):
            button.setEnabled(chosen)
            button.setToolTip(why)
        self.action_accept.setEnabled(chosen)
        self.action_dismiss.setEnabled(chosen)
        self.action_deliveries.setEnabled(self.current_card() is not None)

    @Slot(int)
    def _on_period_combo_current_index_changed(self, index: int) -> None:
        period = self.period_combo.itemData(index)
        if period and period != self.period:
            self.period = str(period)
            self.refresh()

    @Slot(bool)
    def _on_reader_busy_changed(self, busy: bool) -> None:
        self._update_buttons()  # no decision on cards about to change

    @Slot(QUrl)
    def _on_detail_anchor_clicked(self, url: QUrl) -> None:
        request_breakdown(self, url.toString())

    @Slot(int)
    def _on_proposals_list_current_row_changed(self, row: int) -> None:
        self._update_buttons()

    @Slot()
    def _on_action_deliveries_triggered(self) -> None:
        card = self.current_card()
        if card is not None:
            emit(self.deliveries_requested, card.supplier_id, card.period)

    @Slot()
    def _on_accept_button_clicked(self) -> None:
        self.decide(accepting=True)

    @Slot()
    def _on_dismiss_button_clicked(self) -> None:
        self.decide(accepting=False)
