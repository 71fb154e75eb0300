"""The two areas that exist so far, Suppliers and Audits, as list pages with their loaders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from sqms_desktop import queries
from sqms_desktop.gui.detail_html import Colors, audit_html, supplier_html
from sqms_desktop.gui.list_page import ListPage
from sqms_desktop.gui.table_models import AuditTableModel, SupplierTableModel
from sqms_desktop.store.engine import Store

Today = Callable[[], dt.date]


def supplier_loader(today: Today) -> Callable[[Session], list[queries.SupplierRow]]:
    """Suppliers with what needs attention as of `today` (asked at each load)."""
    return lambda session: queries.list_suppliers(session, today=today())


def load_audit_rows(session: Session) -> list[queries.AuditRow]:
    return queries.list_audits(session)


class SuppliersPage(ListPage):
    def __init__(self, store: Store, *, today: Today, parent: QWidget | None = None) -> None:
        def render(session: Session, supplier_id: str, colors: Colors) -> str:
            day = today()
            return supplier_html(queries.supplier_detail(session, supplier_id, day), day, colors)

        super().__init__(
            store,
            SupplierTableModel(),
            supplier_loader(today),
            render,
            default_sort=(SupplierTableModel.COL_CODE, Qt.SortOrder.AscendingOrder),
            elastic_column=SupplierTableModel.COL_NAME,
            parent=parent,
        )
        self.setObjectName("suppliers_page")
        self.filter_edit.setPlaceholderText(
            self.tr("Type to narrow the suppliers: code, name, country, status…")
        )

    def empty_text(self) -> str:
        return self.tr(
            "No suppliers in this store yet. To look around first, start SQMS Desktop with "
            "--demo: it opens a separate store filled with sample suppliers and audits."
        )

    def pick_text(self) -> str:
        return self.tr("Select a supplier to see its sites, certificates and open CAPAs.")


class AuditsPage(ListPage):
    def __init__(self, store: Store, *, parent: QWidget | None = None) -> None:
        def render(session: Session, audit_id: str, colors: Colors) -> str:
            return audit_html(queries.audit_detail(session, audit_id), colors)

        super().__init__(
            store,
            AuditTableModel(),
            load_audit_rows,
            render,
            default_sort=(AuditTableModel.COL_PLANNED, Qt.SortOrder.DescendingOrder),
            elastic_column=AuditTableModel.COL_SUPPLIER,
            # The detail pane names the checklist; View ▸ Columns brings the column back.
            hidden_columns=frozenset({AuditTableModel.COL_TEMPLATE}),
            parent=parent,
        )
        self.setObjectName("audits_page")
        self.filter_edit.setPlaceholderText(
            self.tr("Type to narrow the audits: reference, supplier, status, auditor…")
        )

    def empty_text(self) -> str:
        return self.tr("No audits in this store yet.")

    def pick_text(self) -> str:
        return self.tr("Select an audit to see its scope, result and findings.")
