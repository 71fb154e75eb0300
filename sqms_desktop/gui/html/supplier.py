"""The supplier view's overview: every master field, what needs attention, and a summary of
its sites, contacts, certificates and open CAPAs (the other tabs list them in full).

Every piece of user text is escaped; certificates are coloured as
`queries/supplier_detail.certificate_warning` grades them.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication

from sqms_desktop.gui.base.colors import LIGHT, Colors
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.labels import grade_text, label
from sqms_desktop.gui.base.numbers import decimal_text
from sqms_desktop.gui.html.detail import (
    badge_html,
    columns_html,
    facts_table,
    list_html,
    section_html,
    table_html,
    text_html,
)
from sqms_desktop.queries.supplier_detail import CertificateRow, SupplierDetail
from sqms_desktop.vocab import CertificateWarning


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.format(n=n)


def _date(value: dt.date | None) -> str:
    return date_text(value)


def certificate_state(cert: CertificateRow, today: dt.date, colors: Colors) -> str:
    """ "Expired" in the alert colour, "Expires in n days" in amber (bold within 30 days)."""
    days = (cert.valid_until - today).days
    if cert.warning == CertificateWarning.EXPIRED:
        return badge_html(QCoreApplication.translate("SupplierHtml", "Expired"), colors.alert)
    if cert.warning == CertificateWarning.NONE:
        return escape(QCoreApplication.translate("SupplierHtml", "Valid"))
    text = _plural(
        days,
        QCoreApplication.translate("SupplierHtml", "Expires tomorrow"),
        QCoreApplication.translate("SupplierHtml", "Expires in {n} days"),
    )
    text = QCoreApplication.translate("SupplierHtml", "Expires today") if days == 0 else text
    if cert.warning == CertificateWarning.WITHIN_30_DAYS:
        return badge_html(text, colors.warning)
    return f'<span style="color:{colors.warning}">{escape(text)}</span>'


def _alerts(detail: SupplierDetail, colors: Colors) -> list[str]:
    row = detail.supplier
    expired = sum(c.expired for c in detail.certificates)
    expiring = sum(c.expiring for c in detail.certificates)
    overdue = sum(capa.overdue for capa in detail.open_capas)
    alerts = []
    if row.new_business_hold:
        alerts.append(
            badge_html(
                QCoreApplication.translate("SupplierHtml", "New business hold"), colors.alert
            )
        )
    if expired:
        text = _plural(
            expired,
            QCoreApplication.translate("SupplierHtml", "1 certificate expired"),
            QCoreApplication.translate("SupplierHtml", "{n} certificates expired"),
        )
        alerts.append(badge_html(text, colors.alert))
    if expiring:
        text = _plural(
            expiring,
            QCoreApplication.translate("SupplierHtml", "1 certificate expiring"),
            QCoreApplication.translate("SupplierHtml", "{n} certificates expiring"),
        )
        alerts.append(badge_html(text, colors.warning))
    if overdue:
        text = _plural(
            overdue,
            QCoreApplication.translate("SupplierHtml", "1 CAPA overdue"),
            QCoreApplication.translate("SupplierHtml", "{n} CAPAs overdue"),
        )
        alerts.append(badge_html(text, colors.alert))
    return alerts


def _master_facts(detail: SupplierDetail) -> str:
    row = detail.supplier
    return facts_table(
        [
            (QCoreApplication.translate("SupplierHtml", "Code"), escape(row.code)),
            (QCoreApplication.translate("SupplierHtml", "Address"), escape(detail.address)),
            (QCoreApplication.translate("SupplierHtml", "DUNS"), escape(detail.duns)),
            (QCoreApplication.translate("SupplierHtml", "VAT id"), escape(detail.vat_id)),
            (
                QCoreApplication.translate("SupplierHtml", "Commodities"),
                escape("; ".join(detail.commodities)),
            ),
            (QCoreApplication.translate("SupplierHtml", "Status"), escape(label(row.status))),
            (
                QCoreApplication.translate("SupplierHtml", "Approval scope"),
                text_html(detail.approval_scope),
            ),
            (
                QCoreApplication.translate("SupplierHtml", "Risk class"),
                escape(label(row.risk_class)),
            ),
            (
                QCoreApplication.translate("SupplierHtml", "Risk reason"),
                text_html(detail.risk_reason),
            ),
        ]
    )


def _performance_facts(detail: SupplierDetail) -> str:
    row = detail.supplier
    return facts_table(
        [
            (
                QCoreApplication.translate("SupplierHtml", "Next audit"),
                escape(_date(row.next_audit)),
            ),
            (
                QCoreApplication.translate("SupplierHtml", "Last audit"),
                escape(_date(row.last_audit)),
            ),
            (
                QCoreApplication.translate("SupplierHtml", "Last grade"),
                escape(grade_text(row.last_grade)),
            ),
            (
                QCoreApplication.translate("SupplierHtml", "Open findings"),
                str(row.open_findings) if row.open_findings else "",
            ),
            (
                QCoreApplication.translate("SupplierHtml", "PPM (12 periods)"),
                "" if detail.ppm_last_12 is None else decimal_text(detail.ppm_last_12, 0),
            ),
            (
                QCoreApplication.translate("SupplierHtml", "On time (12 periods)"),
                ""
                if detail.on_time_last_12 is None
                else f"{decimal_text(detail.on_time_last_12)} %",
            ),
        ]
    )


def supplier_html(detail: SupplierDetail, today: dt.date, colors: Colors = LIGHT) -> str:
    row = detail.supplier
    status = " · ".join(
        escape(part)
        for part in (
            row.code,
            label(row.status),
            QCoreApplication.translate("SupplierHtml", "{risk} risk").format(
                risk=label(row.risk_class)
            ),
        )
    )
    certificates = section_html(
        QCoreApplication.translate("SupplierHtml", "Certificates"),
        table_html(
            [
                QCoreApplication.translate("SupplierHtml", "Standard"),
                QCoreApplication.translate("SupplierHtml", "Number"),
                QCoreApplication.translate("SupplierHtml", "Issuer"),
                QCoreApplication.translate("SupplierHtml", "Valid until"),
                QCoreApplication.translate("SupplierHtml", "State"),
            ],
            [
                [
                    escape(c.standard),
                    escape(c.number),
                    escape(c.issuer),
                    escape(_date(c.valid_until)),
                    certificate_state(c, today, colors),
                ]
                for c in detail.certificates
            ],
        ),
    )
    capas = section_html(
        QCoreApplication.translate("SupplierHtml", "Open CAPAs"),
        list_html(
            badge_html(capa.describe(), colors.alert) if capa.overdue else escape(capa.describe())
            for capa in detail.open_capas
        ),
    )
    left = "".join(
        [
            _master_facts(detail),
            section_html(
                QCoreApplication.translate("SupplierHtml", "Sites"),
                list_html(escape(site.describe()) for site in detail.sites),
            ),
            section_html(
                QCoreApplication.translate("SupplierHtml", "Contacts"),
                list_html(escape(contact.describe()) for contact in detail.contacts),
            ),
        ]
    )
    right = "".join([_performance_facts(detail), certificates, capas])
    parts = [
        f"<h2>{escape(row.name)}</h2>",
        f'<p><span style="color:{colors.muted}">{status}</span>'
        + "".join(f" &nbsp;&nbsp; {alert}" for alert in _alerts(detail, colors))
        + "</p>",
        columns_html(left, right),
    ]
    return "".join(parts)
