"""The CAPA detail pane's HTML: facts, the stage timeline (overdue in red), decisions, the 8D
content in short and the actions; every piece of user text is escaped."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication

from sqms_desktop.capa.content import STEP_FIELDS, STEP_TITLES, STEPS
from sqms_desktop.capa.views import CapaDetail
from sqms_desktop.gui.base.colors import LIGHT, Colors
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.html.detail import badge_html, facts_table, section_html, text_html


def _tr(text: str) -> str:
    return QCoreApplication.translate("capa", text)


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
    "done": "done",
    "next": "next",
    "overdue": "OVERDUE",
    "later": "",
    "cancelled": "cancelled",
}


def capa_html(detail: CapaDetail, colors: Colors = LIGHT) -> str:
    r = detail.row
    state = escape(label(r.state))
    if r.overdue_stage:
        state = badge_html(
            _tr("{state}, overdue ({due})").format(
                state=label(r.state), due=r.overdue_stage.replace("_", " ")
            ),
            colors.alert,
        )
    head = f"<h2>{escape(r.reference)} {escape(r.title)}</h2>"
    facts = facts_table(
        [
            (_tr("Supplier"), escape(f"{r.supplier_code} · {r.supplier_name}")),
            (_tr("Type"), escape(("SCAR, " if r.is_scar else "") + label(r.type))),
            (_tr("Source"), escape(r.source.replace("_", " ") + " " + detail.source_reference)),
            (_tr("State"), state),
            (_tr("Rejected"), badge_html(r.rejection, colors.warning) if r.rejection else ""),
            (_tr("Owner"), escape(r.owner)),
            (_tr("Issued"), _day(r.issued_on)),
            (_tr("Next due"), _day(r.next_due)),
            (_tr("Safety critical"), _tr("yes") if detail.safety_critical else ""),
            (_tr("Cancelled because"), text_html(detail.cancel_reason)),
            (_tr("Problem"), text_html(detail.problem_description)),
        ]
    )
    timeline_rows = []
    for line in detail.timeline:
        status = STATUS_WORDS.get(line.status, line.status)
        cells = [
            escape(line.stage.replace("_", " ")),
            _day(line.due),
            _day(line.reached_on),
            escape(status),
            str(line.rejections) if line.rejections else "",
        ]
        if line.status == "overdue":
            cells = [f'<span style="color:{colors.alert}"><b>{c}</b></span>' for c in cells]
        timeline_rows.append(cells)
    timeline = section_html(
        _tr("Stage timeline"),
        _table(
            [_tr("Stage"), _tr("Due"), _tr("Reached"), _tr("Status"), _tr("Rejected")],
            timeline_rows,
        ),
    )
    decisions = section_html(
        _tr("Decisions"),
        _table(
            [_tr("Date"), _tr("Stage"), _tr("Decision"), _tr("By"), _tr("Reason")],
            [
                [
                    _day(v.decided_on),
                    escape(v.stage.replace("_", " ")),
                    escape(v.decision.replace("_", " ")),
                    escape(v.decided_by),
                    text_html(v.reason),
                ]
                for v in detail.reviews
            ],
        ),
    )
    findings = section_html(
        _tr("Findings it answers"),
        _table(
            [_tr("Finding"), _tr("Class"), _tr("Audit"), _tr("Statement")],
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
        _tr("Evidence"),
        "<br>".join(escape(f"{e.finding_reference}: {e.describe()}") for e in detail.evidence),
    )
    return head + facts + timeline + findings + evidence + _steps_html(detail) + decisions


def _steps_html(detail: CapaDetail) -> str:
    parts = []
    for step in STEPS:
        content = detail.steps[step]
        pairs = []
        for spec in STEP_FIELDS[step]:
            value = content[spec.key]
            if spec.kind == "text":
                pairs.append((spec.label, text_html(value)))
            elif spec.kind == "whys":
                pairs.append((spec.label, " → ".join(escape(w) for w in value)))
            elif spec.kind == "team":
                pairs.append(
                    (spec.label, "<br>".join(escape(f"{m['name']} ({m['role']})") for m in value))
                )
            else:
                pairs.append(
                    (
                        spec.label,
                        "<br>".join(
                            escape(f"{m.capitalize()}: {'; '.join(c)}")
                            for m, c in value.items()
                            if c
                        ),
                    )
                )
        actions = [
            escape(
                f"{a.description} — {a.owner}, due {date_text(a.due)}"
                + (f", done {date_text(a.done_on)}" if a.done_on else "")
                + (f", {a.quantity:,} contained" if a.quantity is not None else "")
            )
            for a in detail.actions_of(step.upper())
        ]
        body = facts_table(pairs) + ("<br>".join(actions) if actions else "")
        parts.append(section_html(STEP_TITLES[step], body))
    return "".join(parts)
