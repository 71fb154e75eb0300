"""The supplier view's Partnership tab: a line on the effective risk class and the agreement
in force, then one section per record (risks, agreement, development, costs, reviews), each a
table with its buttons.

The panel only shows and asks: a button emits `action_requested(name)` and the page that owns
the panel (gui/pages/supplier_partnership.py) opens the dialog, calls the service and reads
again. Buttons that need a row are enabled while one is selected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.models.partnership import (
    AgreementTableModel,
    CostTableModel,
    DevelopmentTableModel,
    ReviewTableModel,
    RiskTableModel,
    money,
)
from sqms_desktop.gui.models.tables import RowTableModel
from sqms_desktop.queries.partnership import PartnershipDetail
from sqms_desktop.vocab import RiskStatus, SupplierReviewStatus

MAX_COLUMN_WIDTH = 260


@dataclass
class Section:
    """One record kind: its tab page, table, model and buttons (by action name)."""

    key: str
    title: str
    page: QWidget
    table: QTableView
    model: RowTableModel
    buttons: dict[str, QPushButton]


class PartnershipPanel(QWidget):
    """Signals: action_requested(name), e.g. "risk_add", "review_sign" (names in `ACTIONS`)."""

    action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnership_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(self)
        self.summary.setObjectName("partnership_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("partnership_tabs")
        layout.addWidget(self.tabs)
        self.sections: dict[str, Section] = {}
        self._add("risks", self.tr("Risks"), RiskTableModel(), [
            ("risk_add", self.tr("Add risk…")),
            ("risk_edit", self.tr("Edit…")),
            ("risk_close", self.tr("Close…")),
        ])  # fmt: skip
        self._add("agreements", self.tr("Quality agreement"), AgreementTableModel(), [
            ("agreement_add", self.tr("Record agreement…")),
            ("agreement_edit", self.tr("Edit…")),
            ("agreement_document", self.tr("Attach signed document…")),
        ])  # fmt: skip
        self._add("development", self.tr("Development"), DevelopmentTableModel(), [
            ("development_add", self.tr("Add action…")),
            ("development_edit", self.tr("Edit…")),
            ("development_result", self.tr("Record result…")),
        ])  # fmt: skip
        self._add("costs", self.tr("Cost of poor quality"), CostTableModel(), [
            ("cost_add", self.tr("Record cost…")),
            ("cost_edit", self.tr("Correct…")),
        ])  # fmt: skip
        self._add("reviews", self.tr("Reviews"), ReviewTableModel(), [
            ("review_add", self.tr("New review…")),
            ("review_edit", self.tr("Edit…")),
            ("review_action", self.tr("Agree action…")),
            ("review_sign", self.tr("Sign…")),
            ("review_print", self.tr("Print to PDF…")),
        ])  # fmt: skip
        self.cost_total = QLabel(self.sections["costs"].page)
        self.cost_total.setObjectName("cost_total")
        self.sections["costs"].page.layout().addWidget(self.cost_total)  # type: ignore[union-attr]
        self.detail: PartnershipDetail | None = None
        self.clear()

    # -- public ----------------------------------------------------------------------------

    def show_detail(self, detail: PartnershipDetail, today: dt.date) -> None:
        self.detail = detail
        for model in (self.sections["agreements"].model, self.sections["development"].model):
            model.today = today  # type: ignore[attr-defined]
        self.sections["risks"].model.set_rows(detail.risks)
        self.sections["agreements"].model.set_rows(detail.agreements)
        self.sections["development"].model.set_rows(detail.development)
        self.sections["costs"].model.set_rows(detail.costs)
        self.sections["reviews"].model.set_rows(detail.reviews)
        self.summary.setText(self._summary(detail))
        self.cost_total.setText(self._cost_total(detail))
        self._count_in_titles()
        self._fit_columns()
        self._update_buttons()

    def clear(self) -> None:
        self.detail = None
        for section in self.sections.values():
            section.model.set_rows([])
        self.summary.setText("")
        self.cost_total.setText("")
        self._count_in_titles()
        self._update_buttons()

    def count(self) -> int:
        """Records in all sections (the supplier view's tab title shows it)."""
        return sum(s.model.rowCount() for s in self.sections.values())

    def current(self, key: str) -> Any:
        """The selected row of section `key` (a query row), or None."""
        section = self.sections[key]
        index = section.table.currentIndex()
        return section.model.row_at(index.row()) if index.isValid() else None

    def select(self, key: str, record_id: str) -> None:
        section = self.sections[key]
        row = section.model.row_of_id(record_id)
        if row is not None:
            section.table.selectRow(row)
        self.tabs.setCurrentWidget(section.page)

    def button(self, name: str) -> QPushButton:
        for section in self.sections.values():
            if name in section.buttons:
                return section.buttons[name]
        raise KeyError(name)

    # -- internals -------------------------------------------------------------------------

    def _add(
        self, key: str, title: str, model: RowTableModel, actions: list[tuple[str, str]]
    ) -> None:
        page = QWidget(self.tabs)
        page.setObjectName(f"{key}_page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        buttons: dict[str, QPushButton] = {}
        for name, text in actions:
            button = QPushButton(text, page)
            button.setObjectName(f"{name}_button")
            button.clicked.connect(lambda _=False, n=name: self._request(n))
            row.addWidget(button)
            buttons[name] = button
        row.addStretch(1)
        layout.addLayout(row)
        table = QTableView(page)
        table.setObjectName(f"{key}_table")
        model.setParent(self)
        table.setModel(model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        table.activated.connect(self._on_table_activated)
        layout.addWidget(table)
        self.tabs.addTab(page, title)
        self.sections[key] = Section(key, title, page, table, model, buttons)

    def _request(self, name: str) -> None:
        emit(self.action_requested, name)

    def _summary(self, detail: PartnershipDetail) -> str:
        risk = self.tr("Effective risk class: {cls} — {why}.").format(
            cls=label(detail.risk_class), why=detail.risk_reason
        )
        agreement = detail.agreement_in_force
        if agreement is None:
            held = self.tr("No quality agreement in force.")
        else:
            held = self.tr("Quality agreement {ref} in force until {until}.").format(
                ref=agreement.reference, until=agreement.valid_until.isoformat()
            )
        return f"{risk} {held}"

    def _cost_total(self, detail: PartnershipDetail) -> str:
        totals: dict[str, int] = {}
        for cost in detail.costs:
            totals[cost.currency] = totals.get(cost.currency, 0) + cost.amount_cents
        if not totals:
            return self.tr("No costs of poor quality recorded.")
        return self.tr("In all: {amounts}").format(
            amounts="; ".join(money(c, cur) for cur, c in sorted(totals.items()))
        )

    def _count_in_titles(self) -> None:
        for section in self.sections.values():
            count = section.model.rowCount()
            index = self.tabs.indexOf(section.page)
            self.tabs.setTabText(index, f"{section.title} ({count})" if count else section.title)

    def _fit_columns(self) -> None:
        for section in self.sections.values():
            table = section.table
            table.resizeColumnsToContents()
            header = table.horizontalHeader()
            for column in range(header.count() - 1):
                if header.sectionSize(column) > MAX_COLUMN_WIDTH:
                    header.resizeSection(column, MAX_COLUMN_WIDTH)

    def _update_buttons(self) -> None:
        chosen = self.detail is not None
        for key, section in self.sections.items():
            row = self.current(key)
            for name, button in section.buttons.items():
                if name.endswith("_add"):
                    button.setEnabled(chosen)
                    continue
                enabled = row is not None
                if name in ("risk_edit", "risk_close") and row is not None:
                    enabled = row.status == RiskStatus.OPEN
                if name in ("review_edit", "review_action", "review_sign") and row is not None:
                    enabled = row.status == SupplierReviewStatus.DRAFT
                button.setEnabled(enabled)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_buttons()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        key = next(k for k, s in self.sections.items() if s.model is index.model())
        edit = f"{key.rstrip('s')}_edit" if key != "development" else "development_edit"
        button = self.button(edit)
        if button.isEnabled():
            self._request(edit)
