"""Printed audit reports (PDF, ReportLab) and Excel registers (openpyxl); Qt-free.

The GUI and the command line call these with plain settings and a progress object; the same
stored data give the same PDF, byte for byte.
"""

from sqms_desktop.paths import write_atomically
from sqms_desktop.queries.report_data import AuditReportData, read_audit_report
from sqms_desktop.reports.audit_report import audit_report_pdf, render_report, write_audit_report
from sqms_desktop.reports.settings import PAGE_SIZES, ReportSettings, settings_from

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
