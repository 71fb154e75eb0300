"""The detail pane's HTML for one audit; every piece of user text is escaped.

The small builders (`facts_table`, `badge_html`, `table_html`, …) are shared with the other
detail panes (the supplier overview is in supplier.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from sqms_desktop.gui.base.colors import LIGHT, Colors
from sqms_desktop.gui.base.dates import date_text, moment_text
from sqms_desktop.gui.base.labels import grade_text, label, score_text
from sqms_desktop.queries.audits import AuditDetail, FindingLine
from sqms_desktop.queries.signatures import SignatureCheck
from sqms_desktop.vocab import AuditStatus, FindingClass


def text_html(value: str) -> str:
    """User text as HTML: escaped, line breaks kept."""
    return escape(value).replace("\n", "<br>")


def _date(value: dt.date | None) -> str:
    return date_text(value)


def badge_html(text: str, color: str) -> str:
    return f'<span style="color:{color}; font-weight:bold">{escape(text)}</span>'


def facts_table(pairs: Iterable[tuple[str, str]]) -> str:
    """A two-column table of label and (already escaped) value; empty values are left out."""
    rows = "".join(
        f'<tr><td style="padding-right:12px"><b>{escape(name)}</b></td><td>{value}</td></tr>'
        for name, value in pairs
        if value
    )
    return f'<table cellspacing="0" cellpadding="2">{rows}</table>' if rows else ""


def section_html(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}" if body else ""


def list_html(items: Iterable[str]) -> str:
    lines = "".join(f"<li>{item}</li>" for item in items)
    return f"<ul>{lines}</ul>" if lines else ""


def table_html(head: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    """A table with a header row; `widths` (per cent) keep long text from squeezing columns."""
    if not rows:
        return ""
    sizes = [f' width="{w}%"' for w in widths] if widths else [""] * len(head)
    header = "".join(
        f'<th align="left"{size}>{escape(h)}</th>' for h, size in zip(head, sizes, strict=True)
    )
    body = "".join(
        "<tr>" + "".join(f'<td valign="top">{cell}</td>' for cell in row) + "</tr>" for row in rows
    )
    table_width = ' width="100%"' if widths else ""
    return f'<table cellspacing="0" cellpadding="3"{table_width}><tr>{header}</tr>{body}</table>'


def columns_html(left: str, right: str) -> str:
    """Two columns side by side, so a wide pane shows more without scrolling."""
    if not right:
        return left
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="50%" valign="top" style="padding-right:16px">{left}</td>'
        f'<td width="50%" valign="top">{right}</td></tr></table>'
    )


def placeholder_html(message: str, colors: Colors = LIGHT) -> str:
    return f'<p style="color:{colors.muted}">{escape(message)}</p>'


_SERIOUS_FINDINGS = frozenset({FindingClass.MAJOR_NC, FindingClass.CRITICAL})


def signed_at_text(check: SignatureCheck) -> str:
    """When it was signed, in the signer's local time with its UTC offset (as signed)."""
    offset = dt.timedelta(minutes=check.utc_offset_minutes)
    local = check.signed_at.replace(tzinfo=dt.UTC).astimezone(dt.timezone(offset))
    return f"{moment_text(local, seconds=True)} {local:%z}"


def signatures_html(checks: Sequence[SignatureCheck], colors: Colors = LIGHT) -> str:
    """Every signature with name, meaning, time and whether it still holds: a signature lapses
    when the record changed after it was signed or the audit was reopened, and the pane says
    which (docs/design.md, "Signatures")."""
    rows = [
        [
            escape(check.printed_name),
            escape(label(check.meaning)),
            escape(signed_at_text(check)),
            badge_html(QCoreApplication.translate("DetailHtml", "Valid"), colors.good)
            if check.valid
            else badge_html(
                QCoreApplication.translate("DetailHtml", "Not valid: {problem}").format(
                    problem=check.problem
                ),
                colors.alert,
            ),
        ]
        for check in checks
    ]
    return section_html(
        QCoreApplication.translate("DetailHtml", "Signatures"),
        table_html(
            [
                QCoreApplication.translate("DetailHtml", "Signed by"),
                QCoreApplication.translate("DetailHtml", "Meaning"),
                QCoreApplication.translate("DetailHtml", "Time"),
                QCoreApplication.translate("DetailHtml", "State"),
            ],
            rows,
        ),
    )


def _capa_cell(finding: FindingLine, colors: Colors) -> str:
    """The CAPAs raised from a finding, or why it needs none; a major finding with neither is
    marked, since the audit cannot be signed so."""
    if finding.capas:
        return "<br>".join(
            escape(("SCAR " if link.is_scar else "") + link.describe()) for link in finding.capas
        )
    if finding.no_capa_reason:
        reason = escape(
            QCoreApplication.translate("DetailHtml", "no CAPA: {reason}").format(
                reason=finding.no_capa_reason
            )
        )
        return f'<span style="color:{colors.muted}">{reason}</span>'
    if finding.needs_capa_decision:
        return badge_html(
            QCoreApplication.translate("DetailHtml", "CAPA or reason needed"), colors.alert
        )
    return ""


def audit_html(
    detail: AuditDetail, colors: Colors = LIGHT, signatures: Sequence[SignatureCheck] = ()
) -> str:
    row = detail.audit
    subtitle = " · ".join(escape(p) for p in (label(row.type), label(row.status)))
    planned = _date(row.planned_start)
    if detail.planned_end != row.planned_start:
        planned += f" – {_date(detail.planned_end)}"
    actual = " – ".join(_date(d) for d in (detail.actual_start, detail.actual_end) if d)
    result = " · ".join(p for p in (score_text(row.score), grade_text(row.grade)) if p)
    facts = facts_table(
        [
            (QCoreApplication.translate("DetailHtml", "Site"), escape(detail.site)),
            (QCoreApplication.translate("DetailHtml", "Checklist"), escape(row.template)),
            (QCoreApplication.translate("DetailHtml", "Planned"), escape(planned)),
            (QCoreApplication.translate("DetailHtml", "Held"), escape(actual)),
            (QCoreApplication.translate("DetailHtml", "Lead auditor"), escape(row.lead_auditor)),
            (QCoreApplication.translate("DetailHtml", "Team"), escape(", ".join(detail.team))),
            (
                QCoreApplication.translate("DetailHtml", "Auditee"),
                text_html(detail.auditee_participants),
            ),
            (
                QCoreApplication.translate("DetailHtml", "Answers"),
                escape(
                    QCoreApplication.translate(
                        "DetailHtml", "{answers} of {questions} questions"
                    ).format(answers=detail.answers, questions=detail.questions)
                ),
            ),
            (QCoreApplication.translate("DetailHtml", "Result"), escape(result)),
        ]
    )
    purpose = "".join(
        [
            section_html(
                QCoreApplication.translate("DetailHtml", "Objectives"), text_html(detail.objectives)
            ),
            section_html(
                QCoreApplication.translate("DetailHtml", "Scope"), text_html(detail.scope)
            ),
            section_html(
                QCoreApplication.translate("DetailHtml", "Criteria"), text_html(detail.criteria)
            ),
        ]
    )
    findings = section_html(
        QCoreApplication.translate("DetailHtml", "Findings"),
        table_html(
            [
                QCoreApplication.translate("DetailHtml", "Ref."),
                QCoreApplication.translate("DetailHtml", "Class"),
                QCoreApplication.translate("DetailHtml", "Statement"),
                QCoreApplication.translate("DetailHtml", "Clause"),
                QCoreApplication.translate("DetailHtml", "Status and CAPA"),
            ],
            [
                [
                    # Within its audit a finding is known by its tail: AUD-2026-0042-F03 → F03.
                    escape(f.reference.removeprefix(f"{row.reference}-")),
                    badge_html(label(f.finding_class), colors.alert)
                    if f.finding_class in _SERIOUS_FINDINGS
                    else escape(label(f.finding_class)),
                    text_html(f.statement),
                    escape(f.requirement),
                    "<br>".join(p for p in (escape(label(f.status)), _capa_cell(f, colors)) if p),
                ]
                for f in detail.findings
            ],
            widths=[7, 13, 45, 12, 23],
        ),
    )
    if not findings and detail.audit.status not in (AuditStatus.PLANNED, AuditStatus.CANCELLED):
        findings = section_html(
            QCoreApplication.translate("DetailHtml", "Findings"),
            placeholder_html(QCoreApplication.translate("DetailHtml", "No findings."), colors),
        )
    parts = [
        f"<h2>{escape(row.reference)}</h2>",
        f"<p><b>{escape(row.supplier_name)}</b> ({escape(row.supplier_code)})"
        f' <span style="color:{colors.muted}">· {subtitle}</span></p>',
        signatures_html(signatures, colors),  # first: what the record's state rests on
        columns_html(
            facts
            + section_html(
                QCoreApplication.translate("DetailHtml", "Conclusions"),
                text_html(detail.conclusions),
            )
            + section_html(
                QCoreApplication.translate("DetailHtml", "Completed with questions unanswered"),
                text_html(detail.incomplete_reason),
            ),
            findings,
        ),
        purpose,
    ]
    return "".join(parts)
