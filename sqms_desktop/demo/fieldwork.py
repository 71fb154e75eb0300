"""Carrying out one audit: answers and findings on the first day, photos and the closing meeting
on the second, then for nonconformities a CAPA (or, for some major ones, the reason none is
needed), then the lead auditor's signature, the report and closure.

An audit still in progress stops after part of its checklist and its first photos, as a real
one would be found halfway through. The closing meeting's text follows from the findings and
the grade, and sometimes records that the supplier disputes a nonconformity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator

from sqms_desktop.demo.answers import answer, raise_findings
from sqms_desktop.demo.capa_progress import progress, raise_capa
from sqms_desktop.demo.capa_topics import capa_groups
from sqms_desktop.demo.evidence import SeenFinding
from sqms_desktop.demo.run import DemoRun, DemoSupplier, DemoTemplate, HeldAudit, MadeFinding
from sqms_desktop.demo.timeline import Process
from sqms_desktop.demo.words import (
    AUDITEE_ROLES,
    DEMO_PASSWORDS,
    DIVERGING,
    NEXT_STEPS,
    NO_CAPA_REASONS,
    STRENGTHS,
)
from sqms_desktop.queries.scores import score_audit
from sqms_desktop.services import audits, signatures
from sqms_desktop.services.capa_raise import record_no_capa_reason
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import AuditStatus, FindingClass, SignatureMeaning

F = FindingClass
# The steps after completion that lead to each end state.
SIGN_OFF_STEPS = {
    AuditStatus.SIGNED: (AuditStatus.SIGNED,),
    AuditStatus.REPORT_ISSUED: (AuditStatus.SIGNED, AuditStatus.REPORT_ISSUED),
    AuditStatus.CLOSED: (AuditStatus.SIGNED, AuditStatus.REPORT_ISSUED, AuditStatus.CLOSED),
}
# The classes the closing meeting counts, in the order it names them.
COUNTED_CLASSES = (F.CRITICAL, F.MAJOR_NC, F.MINOR_NC, F.OBSERVATION)


def execute(
    run: DemoRun,
    index: int,
    audit_id: str,
    supplier: DemoSupplier,
    template: DemoTemplate,
    start: dt.date,
    state: str,
    team: tuple[str, str],
    quality: float | None = None,
) -> Process:
    """Run the audit: answers and findings on the first day, photos filed and the closing
    meeting on the second, then signature, report and closure."""
    rng = run.rng
    lead = team[0]
    quality = quality or rng.choice((0.7, 0.85, 0.9, 0.95, 0.97, 0.98))
    complete = state != AuditStatus.IN_PROGRESS
    questions = template.questions if complete else template.questions[:10]
    low: list[tuple[str, str, str]] = []
    yield run.at(start, 9)
    with run.uow(run.at(start, 9), lead) as uow:
        audits.start_audit(uow, audit_id, start)
        answered = answer(run, uow, audit_id, template, questions, quality, start, low)
        findings = raise_findings(run, uow, index, audit_id, template, low, complete)
        uow.commit()
    seen = [SeenFinding(f.id, f.cls, f.statement, f.question_id) for f in findings]
    morning = run.at(start, 9)
    end = start + dt.timedelta(days=1)
    if not complete:
        yield run.at(start, 17, 30)
        with run.uow(run.at(start, 17, 30), lead) as uow:
            if run.camera.shoot(uow, audit_id, supplier.code, morning, seen, answered):
                uow.commit()
    else:  # the photos are filed before the closing meeting, in one action (one commit)
        yield run.at(end, 15)
        with run.uow(run.at(end, 15), lead) as uow:
            run.camera.shoot(uow, audit_id, supplier.code, morning, seen, answered)
            result = score_audit(uow.session, audit_id)
            closing_meeting(run, uow, audit_id, supplier, team, findings, result.grade)
            audits.complete_audit(uow, audit_id, end, score=result.total, grade=result.grade)
            uow.commit()
        held = HeldAudit(
            audit_id, supplier, template, end, lead, team[1], frozenset(f.cls for f in findings)
        )
        run.held.append(held)
        if run.after_held is not None:
            run.after_held(held)
    capas = []
    if complete:
        excused = yield from excuse(run, index, audit_id, lead, end, state, findings)
        if state != AuditStatus.COMPLETED or index % 2:
            for title, ids in capa_groups(findings, excused):
                capas.append((yield from raise_capa(run, supplier, end, ids, title)))
    # Signing and the CAPAs' stages go on side by side, each at its own pace.
    run.timeline.start(sign_off(run, audit_id, lead, end, state))
    for capa_id, number in capas:
        run.timeline.start(progress(run, supplier, end, capa_id, number))


def excuse(
    run: DemoRun,
    index: int,
    audit_id: str,
    lead: str,
    end: dt.date,
    state: str,
    findings: list[MadeFinding],
) -> Generator[dt.datetime, None, set[str]]:
    """In some audits to be signed, the lead auditor records why the first major NC needs no
    CAPA (corrected on the spot, already in an open 8D…) instead of one being raised for it."""
    major = next((f for f in findings if f.cls == F.MAJOR_NC), None)
    if major is None or state not in SIGN_OFF_STEPS or index % 3:
        return set()
    yield run.at(end, 15, 20)
    with run.uow(run.at(end, 15, 20), lead) as uow:
        record_no_capa_reason(uow, major.id, run.words.choice(NO_CAPA_REASONS))
        uow.commit()
    run.summary.no_capa_reasons += 1
    return {major.id}


def closing_meeting(
    run: DemoRun,
    uow: UnitOfWork,
    audit_id: str,
    supplier: DemoSupplier,
    team: tuple[str, str],
    findings: list[MadeFinding],
    grade: str,
) -> None:
    """Conclusions, who sat at the table, and (sometimes) what the supplier did not accept."""
    words = run.words
    verdict = {
        "A": "The quality system is effective.",
        "B": "The quality system is largely effective; improvements are required.",
        "C": "The quality system is not effective in several areas; CAPAs are required.",
    }.get(grade, "The audit could not be rated.")
    disputed = next((f for cls in (F.MAJOR_NC, F.MINOR_NC) for f in findings if f.cls == cls), None)
    diverging = ""
    if disputed is not None and words.random() < 0.35:
        diverging = words.choice(DIVERGING).format(
            ref=disputed.reference,
            cls=("major" if disputed.cls == F.MAJOR_NC else "minor") + " nonconformity",
        )
    agreed = "except as noted under diverging opinions" if diverging else "by both sides"
    counts = ", ".join(
        f"{n} {cls.replace('_', ' ')}"
        for cls in COUNTED_CLASSES
        if (n := sum(f.cls == cls for f in findings))
    )
    raised = f"{len(findings)} finding(s) ({counts})" if counts else f"{len(findings)} finding(s)"
    lead, auditor = (run.full_names[name] for name in team)
    audits.record_closing_meeting(
        uow,
        audit_id,
        conclusions=f"{verdict} {raised} were presented at the closing meeting and agreed "
        f"{agreed}. {words.choice(STRENGTHS)} "
        f"{words.choice(NEXT_STEPS[:3] if counts else NEXT_STEPS[3:])}",
        closing_participants=f"{lead} (lead auditor), {auditor} (auditor); "
        f"{supplier.contact} (quality manager), "
        + ", ".join(words.sample(AUDITEE_ROLES, words.randint(1, 3))),
        diverging_opinions=diverging,
    )
    run.summary.closing_meetings += 1


def sign_off(run: DemoRun, audit_id: str, lead: str, end: dt.date, state: str) -> Process:
    """Take a completed audit on to `state`: signed, report issued, closed, three days apart."""
    for offset, step in enumerate(SIGN_OFF_STEPS.get(AuditStatus(state), ())):
        moment = run.at(end + dt.timedelta(days=offset * 3), 16)
        yield moment
        with run.uow(moment, lead) as uow:
            if step == AuditStatus.SIGNED:
                signatures.sign_audit(
                    uow, audit_id, lead, DEMO_PASSWORDS[lead], SignatureMeaning.APPROVED
                )
            else:
                audits.change_audit_status(uow, audit_id, step)
            uow.commit()
