"""One supplier in tabs: overview, sites, contacts, certificates, audits, findings, CAPAs and
the status history, all from one `SupplierDetail` read (queries/supplier_detail.py); and the
partnership (risks, quality agreement, development, costs of poor quality, reviews) from one
`PartnershipDetail` read (queries/partnership.py), in a panel of its own.

The view only shows; the Suppliers page reads the detail and acts. Each tab's title carries its
count, so a glance says which tabs hold anything.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.models.capas import CapaTableModel
from sqms_desktop.gui.models.suppliers import (
    CertificateTableModel,
    ContactTableModel,
    FindingLineModel,
    SiteTableModel,
    StatusHistoryModel,
)
from sqms_desktop.gui.models.tables import AuditTableModel, RowTableModel
from sqms_desktop.gui.widgets.partnership_panel import PartnershipPanel
from sqms_desktop.queries.partnership import PartnershipDetail
from sqms_desktop.queries.supplier_detail import CertificateRow, SupplierDetail

MAX_COLUMN_WIDTH = 260


class SupplierView(QTabWidget):
    """Signals: scan_requested(certificate) when a certificate's scan is to be opened."""

    scan_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("supplier_view", self)
        self.setObjectName("supplier_view")
        self.detail = child(self, QTextBrowser, "detail")
        self.overview_tab = child(self, QWidget, "overview_tab")
        self.sites_tab = child(self, QWidget, "sites_tab")
        self.contacts_tab = child(self, QWidget, "contacts_tab")
        self.certificates_tab = child(self, QWidget, "certificates_tab")
        self.audits_tab = child(self, QWidget, "audits_tab")
        self.findings_tab = child(self, QWidget, "findings_tab")
        self.capas_tab = child(self, QWidget, "capas_tab")
        self.history_tab = child(self, QWidget, "history_tab")
        # The partnership records, before the history (their own panel, their own read).
        self.partnership = PartnershipPanel(self)
        self.partnership_tab: QWidget = self.partnership
        self.insertTab(self.indexOf(self.history_tab), self.partnership, self.tr("&Partnership"))
        self._titles = {
            self.indexOf(tab): self.tabText(self.indexOf(tab))
            for tab in (
                self.sites_tab,
                self.contacts_tab,
                self.certificates_tab,
                self.audits_tab,
                self.findings_tab,
                self.capas_tab,
                self.partnership_tab,
                self.history_tab,
            )
        }
        self.sites = self._bind("sites_table", SiteTableModel())
        self.contacts = self._bind("contacts_table", ContactTableModel())
        self.certificates = CertificateTableModel()
        self.certificates_table = self._table("certificates_table", self.certificates)
        self.audits = self._bind("audits_table", AuditTableModel())
        audits_table = child(self, QTableView, "audits_table")
        for column in (AuditTableModel.COL_SUPPLIER, AuditTableModel.COL_TEMPLATE):
            audits_table.setColumnHidden(column, True)  # the supplier is this one
        self.findings = self._bind("findings_table", FindingLineModel())
        self.capas = self._bind("capas_table", CapaTableModel())
        child(self, QTableView, "capas_table").setColumnHidden(CapaTableModel.COL_SUPPLIER, True)
        self.history = self._bind("history_table", StatusHistoryModel())
        self.open_scan_button = child(self, QPushButton, "open_scan_button")
        self.certificate_hint = child(self, QLabel, "certificate_hint")
        self.open_scan_button.clicked.connect(self._on_open_scan_button_clicked)
        self.certificates_table.activated.connect(self._on_certificates_table_activated)
        self.certificates_table.selectionModel().currentRowChanged.connect(
            self._on_certificates_current_row_changed
        )
        self.clear()

    # -- public ----------------------------------------------------------------------------

    def show_detail(self, detail: SupplierDetail, today: dt.date) -> None:
        """Fill every tab but the overview (the page renders that into `detail`)."""
        self.certificates.today = today
        filled: list[tuple[RowTableModel, list[object]]] = [
            (self.sites, list(detail.sites)),
            (self.contacts, list(detail.contacts)),
            (self.certificates, list(detail.certificates)),
            (self.audits, list(detail.audits)),
            (self.findings, list(detail.findings)),
            (self.capas, list(detail.capas)),
            (self.history, list(reversed(detail.status_history))),  # newest first
        ]
        for model, rows in filled:
            model.set_rows(rows)
        self._count_in_titles()
        self._fit_columns()
        if detail.certificates:
            self.certificates_table.selectRow(0)
        self._show_scan_state()

    def show_partnership(self, detail: PartnershipDetail, today: dt.date) -> None:
        """Fill the Partnership tab (the page reads it beside the supplier detail)."""
        self.partnership.show_detail(detail, today)
        self._count_in_titles()

    def clear(self) -> None:
        self.partnership.clear()
        for model in (
            self.sites,
            self.contacts,
            self.certificates,
            self.audits,
            self.findings,
            self.capas,
            self.history,
        ):
            model.set_rows([])
        self._count_in_titles()
        self._show_scan_state()

    def set_performance(self, scorecard: QWidget, kpis: QWidget) -> None:
        """The Performance tab, last: the supplier's scorecard and trend over its monthly KPIs
        and their deliveries (the page makes both: they read through its actor)."""
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("performance_tab")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scorecard)
        splitter.addWidget(kpis)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.performance_tab: QWidget = splitter
        self.addTab(splitter, self.tr("P&erformance"))

    def show_tab(self, tab: QWidget) -> None:
        self.setCurrentWidget(tab)

    def show_history(self) -> None:
        self.setCurrentWidget(self.history_tab)

    def current_certificate(self) -> CertificateRow | None:
        index = self.certificates_table.currentIndex()
        if not index.isValid():
            return None
        row: CertificateRow = self.certificates.row_at(index.row())
        return row

    def select_certificate(self, number: str) -> bool:
        for row, certificate in enumerate(self.certificates.rows()):
            if certificate.number == number:
                self.certificates_table.selectRow(row)
                return True
        return False

    # -- internals -------------------------------------------------------------------------

    def _table(self, name: str, model: RowTableModel) -> QTableView:
        table = child(self, QTableView, name)
        model.setParent(self)
        table.setModel(model)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return table

    def _bind(self, name: str, model: RowTableModel) -> RowTableModel:
        self._table(name, model)
        return model

    def _count_in_titles(self) -> None:
        models = {
            self.indexOf(self.sites_tab): self.sites,
            self.indexOf(self.contacts_tab): self.contacts,
            self.indexOf(self.certificates_tab): self.certificates,
            self.indexOf(self.audits_tab): self.audits,
            self.indexOf(self.findings_tab): self.findings,
            self.indexOf(self.capas_tab): self.capas,
            self.indexOf(self.history_tab): self.history,
        }
        for index, title in self._titles.items():
            if index == self.indexOf(self.partnership_tab):
                count = self.partnership.count()
            else:
                count = models[index].rowCount()
            self.setTabText(index, f"{title} ({count})" if count else title)

    def _fit_columns(self) -> None:
        """Columns as wide as their contents (capped), the last one taking the rest."""
        for table in self.findChildren(QTableView):
            header = table.horizontalHeader()
            table.resizeColumnsToContents()
            for column in range(header.count() - 1):
                if header.sectionSize(column) > MAX_COLUMN_WIDTH:
                    header.resizeSection(column, MAX_COLUMN_WIDTH)

    def _show_scan_state(self) -> None:
        certificate = self.current_certificate()
        has_scan = certificate is not None and certificate.attachment_id is not None
        self.open_scan_button.setEnabled(has_scan)
        if certificate is None:
            hint = "" if self.certificates.rowCount() else self.tr("No certificates yet.")
        elif has_scan:
            hint = self.tr("Scan: {name}").format(name=certificate.scan_name)
        else:
            hint = self.tr("No scan was attached to this certificate.")
        self.certificate_hint.setText(hint)

    @Slot()
    def _on_open_scan_button_clicked(self) -> None:
        certificate = self.current_certificate()
        if certificate is not None and certificate.attachment_id is not None:
            emit(self.scan_requested, certificate)

    @Slot(QModelIndex)
    def _on_certificates_table_activated(self, _index: QModelIndex) -> None:
        self._on_open_scan_button_clicked()

    @Slot(QModelIndex, QModelIndex)
    def _on_certificates_current_row_changed(
        self, current: QModelIndex, previous: QModelIndex
    ) -> None:
        self._show_scan_state()
