"""Table models of the Suppliers page: the supplier list, and the supplier view's sites,
contacts, certificates, findings and status history (its audits and CAPAs use the models of
their own pages).

Certificates are marked as `queries/supplier_detail.certificate_warning` grades them: expired in
the alert colour, due within 30 days in bold amber, within 90 days in amber.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.labels import grade_text, label
from sqms_desktop.gui.models.tables import RowTableModel, WindowedTableModel
from sqms_desktop.queries.finding_register import FindingRow
from sqms_desktop.queries.supplier_detail import CertificateRow, ContactLine, SiteLine
from sqms_desktop.queries.supplier_history import StatusChange
from sqms_desktop.queries.suppliers import SupplierOrder, SupplierRow
from sqms_desktop.vocab import CertificateWarning, FindingClass, FindingStatus


class SupplierTableModel(RowTableModel):
    """Suppliers as `queries.suppliers.list_suppliers` returns them."""

    COL_CODE, COL_NAME, COL_COUNTRY, COL_STATUS, COL_RISK = range(5)
    COL_NEXT_AUDIT, COL_OPEN_FINDINGS, COL_OPEN_CAPAS, COL_CERTIFICATES = range(5, 9)
    COL_SITES, COL_LAST_AUDIT, COL_LAST_GRADE, COL_ATTENTION = range(9, 13)
    NUMERIC_COLUMNS = frozenset({COL_SITES, COL_OPEN_FINDINGS, COL_OPEN_CAPAS})
    # Shown through View ▸ Columns; the visible ones say the same in fewer words.
    HIDDEN_AT_FIRST = frozenset({COL_SITES, COL_LAST_GRADE, COL_ATTENTION})

    def titles(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Country"),
            self.tr("Status"),
            self.tr("Risk"),
            self.tr("Next audit"),
            self.tr("Open findings"),
            self.tr("Open CAPAs"),
            self.tr("Certificates"),
            self.tr("Sites"),
            self.tr("Last audit"),
            self.tr("Grade"),
            self.tr("Needs attention"),
        ]

    def display(self, row: SupplierRow, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_COUNTRY:
            return row.country
        if column == self.COL_STATUS:
            status = label(row.status)
            if row.new_business_hold:
                return self.tr("{status}, on hold").format(status=status)
            return status
        if column == self.COL_RISK:
            return label(row.risk_class)
        if column == self.COL_NEXT_AUDIT:
            return date_text(row.next_audit)
        if column == self.COL_OPEN_FINDINGS:
            return str(row.open_findings)
        if column == self.COL_OPEN_CAPAS:
            return str(row.open_capas)
        if column == self.COL_CERTIFICATES:
            return self._certificates(row)
        if column == self.COL_SITES:
            return str(row.sites)
        if column == self.COL_LAST_AUDIT:
            return date_text(row.last_audit)
        if column == self.COL_LAST_GRADE:
            return grade_text(row.last_grade)
        if column == self.COL_ATTENTION:
            return self._attention(row)
        return ""

    def _certificates(self, row: SupplierRow) -> str:
        """ "1 expired, 2 expiring"; empty when every certificate holds for 90 days more."""
        parts = []
        expired, expiring = row.certificates_expired, row.certificates_expiring
        if expired:
            parts.append(
                self.tr("1 expired") if expired == 1 else self.tr("{n} expired").format(n=expired)
            )
        if expiring:
            parts.append(
                self.tr("1 expiring")
                if expiring == 1
                else self.tr("{n} expiring").format(n=expiring)
            )
        return ", ".join(parts)

    def _attention(self, row: SupplierRow, *, short: bool = True) -> str:
        """What needs attention, e.g. "1 CAPA overdue, 2 certs. expiring"."""
        parts = []
        if row.overdue_capas:
            parts.append(
                self.tr("1 CAPA overdue")
                if row.overdue_capas == 1
                else self.tr("{n} CAPAs overdue").format(n=row.overdue_capas)
            )
        expired, expiring = row.certificates_expired, row.certificates_expiring
        if expired:
            if short:
                one, many = self.tr("1 cert. expired"), self.tr("{n} certs. expired")
            else:
                one, many = self.tr("1 certificate expired"), self.tr("{n} certificates expired")
            parts.append(one if expired == 1 else many.format(n=expired))
        if expiring:
            if short:
                one, many = self.tr("1 cert. expiring"), self.tr("{n} certs. expiring")
            else:
                one, many = self.tr("1 certificate expiring"), self.tr("{n} certificates expiring")
            parts.append(one if expiring == 1 else many.format(n=expiring))
        return ", ".join(parts)

    def marking(self, row: SupplierRow, column: int) -> str | None:
        if column == self.COL_ATTENTION:
            if row.overdue_capas or row.certificates_expired:
                return "alert"
            if row.certificates_expiring:
                return "warning"
        if column == self.COL_CERTIFICATES:
            if row.certificates_expired:
                return "alert"
            if row.certificates_expiring:
                return "notice"
        if column == self.COL_OPEN_CAPAS and row.overdue_capas:
            return "alert"
        return None

    def sort_value(self, row: SupplierRow, column: int) -> Any:
        if column == self.COL_SITES:
            return row.sites
        if column == self.COL_OPEN_FINDINGS:
            return row.open_findings
        if column == self.COL_OPEN_CAPAS:
            return row.open_capas
        if column == self.COL_NEXT_AUDIT:
            return row.next_audit
        if column == self.COL_LAST_AUDIT:
            return row.last_audit
        if column == self.COL_CERTIFICATES:
            return -(row.certificates_expired * 1000 + row.certificates_expiring) or None
        if column == self.COL_ATTENTION:
            weight = (row.overdue_capas + row.certificates_expired) * 1000
            return -(weight + row.certificates_expiring) or None  # most urgent first
        return super().sort_value(row, column)

    def tooltip(self, row: SupplierRow, column: int) -> str | None:
        if column == self.COL_ATTENTION:
            return self._attention(row, short=False) or None
        if column == self.COL_CERTIFICATES and (
            row.certificates_expired or row.certificates_expiring
        ):
            return self.tr("{expired} expired, {expiring} expiring within 90 days").format(
                expired=row.certificates_expired, expiring=row.certificates_expiring
            )
        if column == self.COL_STATUS and row.new_business_hold:
            return self.tr("No new business may be placed with this supplier.")
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_CODE and row.city:
            return row.city
        return None


class SupplierWindowModel(WindowedTableModel, SupplierTableModel):
    """The Suppliers page's table: every supplier that matches, a window at a time, sorted by
    the store (`queries.suppliers.supplier_ids`, `supplier_rows`); by code at start."""

    COLUMN_ORDERS = (
        SupplierOrder.CODE,
        SupplierOrder.NAME,
        SupplierOrder.COUNTRY,
        SupplierOrder.STATUS,
        SupplierOrder.RISK,
        SupplierOrder.NEXT_AUDIT,
        SupplierOrder.OPEN_FINDINGS,
        SupplierOrder.OPEN_CAPAS,
        SupplierOrder.CERTIFICATES,
        SupplierOrder.SITES,
        SupplierOrder.LAST_AUDIT,
        SupplierOrder.LAST_GRADE,
        SupplierOrder.ATTENTION,
    )
    DEFAULT_SORT = (SupplierTableModel.COL_CODE, Qt.SortOrder.AscendingOrder)
    # A supplier's row counts its audits, findings, CAPAs and certificates: a smaller window
    # than the audits' keeps the first one quick (the page shows a dozen rows above the detail).
    BATCH = 60


class SiteTableModel(RowTableModel):
    COL_NAME, COL_ADDRESS, COL_COUNTRY, COL_PROCESSES = range(4)

    def titles(self) -> list[str]:
        return [self.tr("Site"), self.tr("Address"), self.tr("Country"), self.tr("Processes")]

    def display(self, row: SiteLine, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_ADDRESS:
            place = " ".join(p for p in (row.postal_code, row.city) if p)
            return ", ".join(p for p in (row.street, place) if p)
        if column == self.COL_COUNTRY:
            return row.country
        if column == self.COL_PROCESSES:
            return "; ".join(row.processes)
        return ""


class ContactTableModel(RowTableModel):
    COL_NAME, COL_ROLE, COL_EMAIL, COL_PHONE = range(4)

    def titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("Role"), self.tr("E-mail"), self.tr("Phone")]

    def display(self, row: ContactLine, column: int) -> str:
        return (row.name, row.role, row.email, row.phone)[column] if 0 <= column < 4 else ""


class CertificateTableModel(RowTableModel):
    """A supplier's certificates as of `today` (set before the rows)."""

    COL_STANDARD, COL_NUMBER, COL_ISSUER, COL_FROM, COL_UNTIL, COL_STATE = range(6)
    COL_SCAN, COL_SCOPE = range(6, 8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def titles(self) -> list[str]:
        return [
            self.tr("Standard"),
            self.tr("Number"),
            self.tr("Issuer"),
            self.tr("Valid from"),
            self.tr("Valid until"),
            self.tr("Expiry"),
            self.tr("Scan"),
            self.tr("Scope"),
        ]

    def display(self, row: CertificateRow, column: int) -> str:
        if column == self.COL_STANDARD:
            return row.standard
        if column == self.COL_NUMBER:
            return row.number
        if column == self.COL_ISSUER:
            return row.issuer
        if column == self.COL_FROM:
            return date_text(row.valid_from)
        if column == self.COL_UNTIL:
            return date_text(row.valid_until)
        if column == self.COL_STATE:
            return self.expiry_text(row)
        if column == self.COL_SCAN:
            return row.scan_name
        if column == self.COL_SCOPE:
            return " ".join(row.scope.split())
        return ""

    def expiry_text(self, row: CertificateRow) -> str:
        days = (row.valid_until - self.today).days
        if row.warning == CertificateWarning.EXPIRED:
            return (
                self.tr("Expired {n} days ago").format(n=-days) if days < -1 else self.tr("Expired")
            )
        if row.warning == CertificateWarning.NONE:
            return self.tr("Valid")
        if days == 0:
            return self.tr("Expires today")
        if days == 1:
            return self.tr("Expires tomorrow")
        return self.tr("Expires in {n} days").format(n=days)

    def marking(self, row: CertificateRow, column: int) -> str | None:
        if column not in (self.COL_UNTIL, self.COL_STATE):
            return None
        return {
            CertificateWarning.EXPIRED: "alert",
            CertificateWarning.WITHIN_30_DAYS: "warning",
            CertificateWarning.WITHIN_90_DAYS: "notice",
        }.get(row.warning)

    def sort_value(self, row: CertificateRow, column: int) -> Any:
        if column == self.COL_FROM:
            return row.valid_from
        if column in (self.COL_UNTIL, self.COL_STATE):
            return row.valid_until
        return super().sort_value(row, column)

    def tooltip(self, row: CertificateRow, column: int) -> str | None:
        if column == self.COL_SCOPE and row.scope:
            return row.scope
        if column == self.COL_SCAN:
            return self.tr("Open scan shows it") if row.attachment_id else self.tr("No scan")
        return None


class FindingLineModel(RowTableModel):
    """A supplier's findings across its audits; open nonconformities marked."""

    COL_REFERENCE, COL_AUDIT, COL_DATE, COL_CLASS, COL_STATUS = range(5)
    COL_REQUIREMENT, COL_STATEMENT, COL_CAPAS = range(5, 8)

    def titles(self) -> list[str]:
        return [
            self.tr("Reference"),
            self.tr("Audit"),
            self.tr("Date"),
            self.tr("Class"),
            self.tr("Status"),
            self.tr("Requirement"),
            self.tr("Statement"),
            self.tr("CAPAs"),
        ]

    def display(self, row: FindingRow, column: int) -> str:
        if column == self.COL_REFERENCE:
            return row.reference
        if column == self.COL_AUDIT:
            return row.audit_reference
        if column == self.COL_DATE:
            return date_text(row.audit_date)
        if column == self.COL_CLASS:
            return label(row.finding_class)
        if column == self.COL_STATUS:
            return label(row.status)
        if column == self.COL_REQUIREMENT:
            return row.requirement
        if column == self.COL_STATEMENT:
            return " ".join(row.statement.split())
        if column == self.COL_CAPAS:
            return ", ".join(row.capas)
        return ""

    def marking(self, row: FindingRow, column: int) -> str | None:
        if row.status == FindingStatus.CLOSED:
            return "muted"
        serious = row.finding_class in (FindingClass.MAJOR_NC, FindingClass.CRITICAL)
        if column == self.COL_CLASS and serious:
            return "alert"
        return None

    def sort_value(self, row: FindingRow, column: int) -> Any:
        if column == self.COL_DATE:
            return row.audit_date
        return super().sort_value(row, column)

    def tooltip(self, row: FindingRow, column: int) -> str | None:
        if column == self.COL_STATEMENT:
            return row.statement
        return None


class StatusHistoryModel(RowTableModel):
    """The status history: when, who, from which status to which, and why."""

    COL_WHEN, COL_USER, COL_CHANGE, COL_REASON = range(4)

    def titles(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("Status"), self.tr("Reason")]

    def display(self, row: StatusChange, column: int) -> str:
        if column == self.COL_WHEN:
            return row.local_time
        if column == self.COL_USER:
            return row.user_name
        if column == self.COL_CHANGE:
            if row.created:
                return self.tr("Created as {status}").format(status=label(row.new_status))
            return f"{label(row.old_status or '')} → {label(row.new_status)}"
        if column == self.COL_REASON:
            return " ".join(row.reason.split())
        return ""

    def sort_value(self, row: StatusChange, column: int) -> Any:
        if column == self.COL_WHEN:
            return row.seq
        return super().sort_value(row, column)

    def tooltip(self, row: StatusChange, column: int) -> str | None:
        if column == self.COL_USER:
            return row.user
        if column == self.COL_REASON and row.reason:
            return row.reason
        return None
