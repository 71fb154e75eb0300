"""The CAPA detail pane's HTML: facts, the stage timeline (overdue in red), decisions, the 8D
content in short and the actions; every piece of user text is escaped."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from sqms_desktop.capa.content import STEP_FIELDS, STEP_TITLES, STEPS
from sqms_desktop.capa.views import ActionLine, CapaDetail
from sqms_desktop.gui.base.colors import LIGHT, Colors
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.labels import cause_category, label
from sqms_desktop.gui.html.detail import badge_html, facts_table, section_html, text_html
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate


def _day(value: dt.date | None) -> str:
    return date_text(value)


def _table(head: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return ""
    header = "".join(f'<th align="left">{escape(h)}</th>' for h in head)
    body = "".join(
        "<tr>" + "".join(f'<td valign="top">{cell}</td>' for cell in row) + "</tr>" for row in rows
    )
    return f'<table cellspacing="0" cellpadding="3" width="100%"><tr>{header}</tr>{body}</table>'


STATUS_WORDS = {
    "done": QT_TRANSLATE_NOOP("CapaHtml", "done"),
    "next": QT_TRANSLATE_NOOP("CapaHtml", "next"),
    "overdue": QT_TRANSLATE_NOOP("CapaHtml", "OVERDUE"),
    "later": "",
    "cancelled": QT_TRANSLATE_NOOP("CapaHtml", "cancelled"),
}


def _status_word(status: str) -> str:
    word = STATUS_WORDS.get(status, status)
    return QCoreApplication.translate("CapaHtml", word) if word else ""


def capa_html(detail: CapaDetail, colors: Colors = LIGHT) -> str:
    r = detail.row
    state = escape(label(r.state))
    if r.overdue_stage:
        state = badge_html(
            QCoreApplication.translate("CapaHtml", "{state}, overdue ({due})").format(
                state=label(r.state), due=label(r.overdue_stage)
            ),
            colors.alert,
        )
    head = f"<h2>{escape(r.reference)} {escape(r.title)}</h2>"
    facts = facts_table(
        [
            (
                QCoreApplication.translate("CapaHtml", "Supplier"),
                escape(f"{r.supplier_code} · {r.supplier_name}"),
            ),
            (
                QCoreApplication.translate("CapaHtml", "Type"),
                escape(("SCAR, " if r.is_scar else "") + label(r.type)),
            ),
            (
                QCoreApplication.translate("CapaHtml", "Source"),
                escape(label(r.source) + " " + detail.source_reference),
            ),
            (QCoreApplication.translate("CapaHtml", "State"), state),
            (
                QCoreApplication.translate("CapaHtml", "Rejected"),
                badge_html(r.rejection, colors.warning) if r.rejection else "",
            ),
            (QCoreApplication.translate("CapaHtml", "Owner"), escape(r.owner)),
            (QCoreApplication.translate("CapaHtml", "Issued"), _day(r.issued_on)),
            (QCoreApplication.translate("CapaHtml", "Next due"), _day(r.next_due)),
            (
                QCoreApplication.translate("CapaHtml", "Safety critical"),
                QCoreApplication.translate("CapaHtml", "yes") if detail.safety_critical else "",
            ),
            (
                QCoreApplication.translate("CapaHtml", "Cancelled because"),
                text_html(detail.cancel_reason),
            ),
            (
                QCoreApplication.translate("CapaHtml", "Problem"),
                text_html(detail.problem_description),
            ),
        ]
    )
    timeline_rows = []
    for line in detail.timeline:
        status = _status_word(line.status)
        cells = [
            escape(label(line.stage)),
            _day(line.due),
            _day(line.reached_on),
            escape(status),
            str(line.rejections) if line.rejections else "",
        ]
        if line.status == "overdue":
            cells = [f'<span style="color:{colors.alert}"><b>{c}</b></span>' for c in cells]
        timeline_rows.append(cells)
    timeline = section_html(
        QCoreApplication.translate("CapaHtml", "Stage timeline"),
        _table(
            [
                QCoreApplication.translate("CapaHtml", "Stage"),
                QCoreApplication.translate("CapaHtml", "Due"),
                QCoreApplication.translate("CapaHtml", "Reached"),
                QCoreApplication.translate("CapaHtml", "Status"),
                QCoreApplication.translate("CapaHtml", "Rejected"),
            ],
            timeline_rows,
        ),
    )
    decisions = section_html(
        QCoreApplication.translate("CapaHtml", "Decisions"),
        _table(
            [
                QCoreApplication.translate("CapaHtml", "Date"),
                QCoreApplication.translate("CapaHtml", "Stage"),
                QCoreApplication.translate("CapaHtml", "Decision"),
                QCoreApplication.translate("CapaHtml", "By"),
                QCoreApplication.translate("CapaHtml", "Reason"),
            ],
            [
                [
                    _day(v.decided_on),
                    escape(label(v.stage)),
                    escape(label(v.decision)),
                    escape(v.decided_by),
                    text_html(v.reason),
                ]
                for v in detail.reviews
            ],
        ),
    )
    findings = section_html(
        QCoreApplication.translate("CapaHtml", "Findings it answers"),
        _table(
            [
                QCoreApplication.translate("CapaHtml", "Finding"),
                QCoreApplication.translate("CapaHtml", "Class"),
                QCoreApplication.translate("CapaHtml", "Audit"),
                QCoreApplication.translate("CapaHtml", "Statement"),
            ],
            [
                [
                    escape(f.reference),
                    escape(label(f.finding_class)),
                    escape(f.audit_reference),
                    text_html(f.statement),
                ]
                for f in detail.findings
            ],
        ),
    )
    evidence = section_html(
        QCoreApplication.translate("CapaHtml", "Evidence"),
        "<br>".join(escape(f"{e.finding_reference}: {e.describe()}") for e in detail.evidence),
    )
    return head + facts + timeline + findings + evidence + _steps_html(detail) + decisions


def _action_text(action: ActionLine) -> str:
    """ "Sort stock — A. Owner, due 3 Dec 2026, done 4 Dec 2026, 1,500 contained"."""
    text = QCoreApplication.translate("CapaHtml", "{action} — {owner}, due {day}").format(
        action=action.description, owner=action.owner, day=date_text(action.due)
    )
    if action.done_on:
        text += QCoreApplication.translate("CapaHtml", ", done {day}").format(
            day=date_text(action.done_on)
        )
    if action.quantity is not None:
        text += QCoreApplication.translate("CapaHtml", ", {quantity} contained").format(
            quantity=QLocale().toString(action.quantity)
        )
    return text


def _steps_html(detail: CapaDetail) -> str:
    parts = []
    for step in STEPS:
        content = detail.steps[step]
        pairs = []
        for spec in STEP_FIELDS[step]:
            value, name = content[spec.key], translate("capa", spec.label)
            if spec.kind == "text":
                pairs.append((name, text_html(value)))
            elif spec.kind == "whys":
                pairs.append((name, " → ".join(escape(w) for w in value)))
            elif spec.kind == "team":
                pairs.append(
                    (
                        name,
                        "<br>".join(escape(f"{m['name']} ({m['role']})") for m in value),
                    )
                )
            else:
                pairs.append(
                    (
                        name,
                        "<br>".join(
                            escape(f"{cause_category(m)}: {'; '.join(c)}")
                            for m, c in value.items()
                            if c
                        ),
                    )
                )
        actions = [escape(_action_text(a)) for a in detail.actions_of(step.upper())]
        body = facts_table(pairs) + ("<br>".join(actions) if actions else "")
        parts.append(section_html(translate("capa", STEP_TITLES[step]), body))
    return "".join(parts)
