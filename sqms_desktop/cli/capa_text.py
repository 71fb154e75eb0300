"""One CAPA as `sqms capa show` prints it for people: facts, the findings it answers and their
evidence, the stage timeline with what is overdue, the problem, the 8D steps written so far,
the actions and the decisions."""

from __future__ import annotations

import datetime as dt

from sqms_desktop.capa.content import STEP_FIELDS, STEP_TITLES, STEPS
from sqms_desktop.capa.from_findings import class_words
from sqms_desktop.capa.views import CapaDetail
from sqms_desktop.cli.output import human


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


def _indented(text: str, prefix: str = "  ") -> list[str]:
    """Indented lines; a blank line between paragraphs stays."""
    return [prefix + line if line.strip() else "" for line in text.strip().splitlines()]


def describe(detail: CapaDetail) -> list[str]:
    row = detail.row
    kind = "SCAR" if row.is_scar else "CAPA"
    late = row.overdue_stage
    state = human(row.state) + (f", OVERDUE ({human(late)})" if late else "")
    lines = [
        f"{row.reference}  {row.title}",
        f"{kind}, {human(row.type)}; {state}; supplier {row.supplier_code} {row.supplier_name}",
        f"owner: {row.owner}; issued {_day(row.issued_on)}; next due {_day(row.next_due)}",
    ]
    if row.source:
        lines.append(f"source: {human(row.source)} {detail.source_reference}".rstrip())
    if detail.safety_critical:
        lines.append("safety critical: contained within a day")
    if row.rejection:
        lines.append(f"rejected: {row.rejection}")
    if detail.cancel_reason:
        lines.append(f"cancelled: {detail.cancel_reason}")
    lines.append(f"findings ({len(detail.findings)}):")
    lines += [
        f"  {f.reference} [{class_words(f.finding_class)}] {f.statement} "
        f"(audit {f.audit_reference})"
        for f in detail.findings
    ]
    if detail.evidence:
        lines.append("evidence:")
        lines += [f"  {e.finding_reference}: {e.describe()}" for e in detail.evidence]
    lines.append("stages:")
    lines += [
        f"  {human(s.stage):<18} due {_day(s.due)}  reached {_day(s.reached_on)}  {s.status}"
        + (f", rejected {s.rejections}x" if s.rejections else "")
        for s in detail.timeline
    ]
    if detail.problem_description:
        lines += ["problem:", *_indented(detail.problem_description)]
    for step in STEPS:
        written = [
            (spec.label, value)
            for spec in STEP_FIELDS[step]
            if spec.kind == "text" and (value := detail.steps[step][spec.key])
        ]
        if written:
            lines.append(f"{STEP_TITLES[step]}:")
            for label, value in written:
                lines += _indented(f"{label}: {value}")
    if detail.actions:
        lines.append("actions:")
        lines += [
            f"  {a.step} {a.description} ({a.owner}, due {_day(a.due)}"
            + (f", done {_day(a.done_on)})" if a.done_on else ")")
            for a in detail.actions
        ]
    if detail.reviews:
        lines.append("decisions:")
        lines += [
            f"  {_day(r.decided_on)} {human(r.stage)} {r.decision} by {r.decided_by}"
            + (f": {r.reason}" if r.reason else "")
            for r in detail.reviews
        ]
    return lines
