"""One CAPA as `sqms capa show` prints it for people: facts, the findings it answers and their
evidence, the stage timeline with what is overdue, the problem, the 8D steps written so far,
the actions and the decisions."""

from __future__ import annotations

import datetime as dt

from sqms_desktop.capa.content import STEP_FIELDS, STEP_TITLES, STEPS
from sqms_desktop.capa.from_findings import class_words
from sqms_desktop.capa.views import CapaDetail
from sqms_desktop.cli.output import human
from sqms_desktop.i18n import translate


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


def _indented(text: str, prefix: str = "  ") -> list[str]:
    """Indented lines; a blank line between paragraphs stays."""
    return [prefix + line if line.strip() else "" for line in text.strip().splitlines()]


def describe(detail: CapaDetail) -> list[str]:
    row = detail.row
    kind = "SCAR" if row.is_scar else "CAPA"
    late = row.overdue_stage
    state = human(row.state) + (
        translate("cli", ", OVERDUE ({stage})").format(stage=human(late)) if late else ""
    )
    lines = [
        f"{row.reference}  {row.title}",
        translate("cli", "{kind}, {type}; {state}; supplier {code} {name}").format(
            kind=kind,
            type=human(row.type),
            state=state,
            code=row.supplier_code,
            name=row.supplier_name,
        ),
        translate("cli", "owner: {owner}; issued {issued}; next due {due}").format(
            owner=row.owner, issued=_day(row.issued_on), due=_day(row.next_due)
        ),
    ]
    if row.source:
        lines.append(
            translate("cli", "source: {source} {reference}")
            .format(source=human(row.source), reference=detail.source_reference)
            .rstrip()
        )
    if detail.safety_critical:
        lines.append(translate("cli", "safety critical: contained within a day"))
    if row.rejection:
        lines.append(translate("cli", "rejected: {reason}").format(reason=row.rejection))
    if detail.cancel_reason:
        lines.append(translate("cli", "cancelled: {reason}").format(reason=detail.cancel_reason))
    lines.append(translate("cli", "findings ({n}):").format(n=len(detail.findings)))
    lines += [
        translate("cli", "  {reference} [{kind}] {statement} (audit {audit})").format(
            reference=f.reference,
            kind=class_words(f.finding_class),
            statement=f.statement,
            audit=f.audit_reference,
        )
        for f in detail.findings
    ]
    if detail.evidence:
        lines.append(translate("cli", "evidence:"))
        lines += [f"  {e.finding_reference}: {e.describe()}" for e in detail.evidence]
    lines.append(translate("cli", "stages:"))
    lines += [
        translate("cli", "  {stage} due {due}  reached {reached}  {status}").format(
            stage=f"{human(s.stage):<18}",
            due=_day(s.due),
            reached=_day(s.reached_on),
            status=s.status,
        )
        + (translate("cli", ", rejected {n}x").format(n=s.rejections) if s.rejections else "")
        for s in detail.timeline
    ]
    if detail.problem_description:
        lines += [translate("cli", "problem:"), *_indented(detail.problem_description)]
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
        lines.append(translate("cli", "actions:"))
        lines += [
            (
                translate("cli", "  {step} {description} ({owner}, due {due}, done {done})")
                if a.done_on
                else translate("cli", "  {step} {description} ({owner}, due {due})")
            ).format(
                step=a.step,
                description=a.description,
                owner=a.owner,
                due=_day(a.due),
                done=_day(a.done_on),
            )
            for a in detail.actions
        ]
    if detail.reviews:
        lines.append(translate("cli", "decisions:"))
        lines += [
            translate("cli", "  {day} {stage} {decision} by {who}").format(
                day=_day(r.decided_on), stage=human(r.stage), decision=r.decision, who=r.decided_by
            )
            + (f": {r.reason}" if r.reason else "")
            for r in detail.reviews
        ]
    return lines
