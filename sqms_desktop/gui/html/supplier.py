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


def _tr(text: str) -> str:
    return QCoreApplication.translate("supplier", text)


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.format(n=n)


def _date(value: dt.date | None) -> str:
    return date_text(value)


def certificate_state(cert: CertificateRow, today: dt.date, colors: Colors) -> str:
    """ "Expired" in the alert colour, "Expires in n days" in amber (bold within 30 days)."""
    days = (cert.valid_until - today).days
    if cert.warning == CertificateWarning.EXPIRED:
        return badge_html(_tr("Expired"), colors.alert)
    if cert.warning == CertificateWarning.NONE:
        return escape(_tr("Valid"))
    text = _plural(days, _tr("Expires tomorrow"), _tr("Expires in {n} days"))
    text = _tr("Expires today") if days == 0 else text
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
        alerts.append(badge_html(_tr("New business hold"), colors.alert))
    if expired:
        text = _plural(expired, _tr("1 certificate expired"), _tr("{n} certificates expired"))
        alerts.append(badge_html(text, colors.alert))
    if expiring:
        text = _plural(expiring, _tr("1 certificate expiring"), _tr("{n} certificates expiring"))
        alerts.append(badge_html(text, colors.warning))
    if overdue:
        text = _plural(overdue, _tr("1 CAPA overdue"), _tr("{n} CAPAs overdue"))
        alerts.append(badge_html(text, colors.alert))
    return alerts


def _master_facts(detail: SupplierDetail) -> str:
    row = detail.supplier
    return facts_table(
        [
            (_tr("Code"), escape(row.code)),
            (_tr("Address"), escape(detail.address)),
            (_tr("DUNS"), escape(detail.duns)),
            (_tr("VAT id"), escape(detail.vat_id)),
            (_tr("Commodities"), escape("; ".join(detail.commodities))),
            (_tr("Status"), escape(label(row.status))),
            (_tr("Approval scope"), text_html(detail.approval_scope)),
            (_tr("Risk class"), escape(label(row.risk_class))),
            (_tr("Risk reason"), text_html(detail.risk_reason)),
        ]
    )


def _performance_facts(detail: SupplierDetail) -> str:
    row = detail.supplier
    return facts_table(
        [
            (_tr("Next audit"), escape(_date(row.next_audit))),
            (_tr("Last audit"), escape(_date(row.last_audit))),
            (_tr("Last grade"), escape(grade_text(row.last_grade))),
            (_tr("Open findings"), str(row.open_findings) if row.open_findings else ""),
            (
                _tr("PPM (12 periods)"),
                "" if detail.ppm_last_12 is None else f"{detail.ppm_last_12:,.0f}",
            ),
            (
                _tr("On time (12 periods)"),
                "" if detail.on_time_last_12 is None else f"{detail.on_time_last_12:.1f} %",
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
            _tr("{risk} risk").format(risk=label(row.risk_class)),
        )
    )
    certificates = section_html(
        _tr("Certificates"),
        table_html(
            [_tr("Standard"), _tr("Number"), _tr("Issuer"), _tr("Valid until"), _tr("State")],
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
        _tr("Open CAPAs"),
        list_html(
            badge_html(capa.describe(), colors.alert) if capa.overdue else escape(capa.describe())
            for capa in detail.open_capas
        ),
    )
    left = "".join(
        [
            _master_facts(detail),
            section_html(_tr("Sites"), list_html(escape(site.describe()) for site in detail.sites)),
            section_html(
                _tr("Contacts"),
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
