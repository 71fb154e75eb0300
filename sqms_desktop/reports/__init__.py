"""Printed audit reports (PDF, ReportLab) and Excel registers (openpyxl); Qt-free.

The GUI and the command line call these with plain settings and a progress object; the same
stored data give the same PDF, byte for byte.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from sqms_desktop.paths import write_atomically

if TYPE_CHECKING:
    from sqms_desktop.queries.report_data import AuditReportData, read_audit_report
    from sqms_desktop.reports.audit_report import (
        audit_report_pdf,
        render_report,
        write_audit_report,
    )
    from sqms_desktop.reports.settings import PAGE_SIZES, ReportSettings, settings_from

# Where each name lives: imported when first asked for, so that a module of this package that
# needs neither ReportLab nor the report's data (the Excel registers the window offers from its
# menus) does not load them with the package — about a third of a second at start-up.
_WHERE = {
    "AuditReportData": "sqms_desktop.queries.report_data",
    "read_audit_report": "sqms_desktop.queries.report_data",
    "audit_report_pdf": "sqms_desktop.reports.audit_report",
    "render_report": "sqms_desktop.reports.audit_report",
    "write_audit_report": "sqms_desktop.reports.audit_report",
    "PAGE_SIZES": "sqms_desktop.reports.settings",
    "ReportSettings": "sqms_desktop.reports.settings",
    "settings_from": "sqms_desktop.reports.settings",
}


def __getattr__(name: str) -> object:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "PAGE_SIZES",
    "AuditReportData",
    "ReportSettings",
    "audit_report_pdf",
    "read_audit_report",
    "render_report",
    "settings_from",
    "write_atomically",
    "write_audit_report",
]
