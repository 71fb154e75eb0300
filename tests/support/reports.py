"""The report tests' company and settings, and how they pick an audit of the demo store."""

from __future__ import annotations

from sqlalchemy import func, select

from sqms_desktop.reports import ReportSettings
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Audit, Finding

COMPANY = "Nordwerk Fahrzeugtechnik GmbH"
SETTINGS = ReportSettings(COMPANY)


def busiest_audit(store: Store, *conditions: object) -> tuple[str, str]:
    """(id, reference) of the audit with the most findings among those matching."""
    with store.session() as s:
        findings = func.count(Finding.id)
        row = s.execute(
            select(Audit.id, Audit.reference)
            .outerjoin(Finding, Finding.audit_id == Audit.id)
            .where(*conditions)
            .group_by(Audit.id)
            .order_by(findings.desc(), Audit.reference)
        ).first()
    assert row is not None
    return row[0], row[1]
