"""What an audit records on its first day: an answer per question shown, then the findings.

How good an audit goes is one number (`quality`); the answers follow from it, and findings are
raised from the weak answers, so a weak supplier's audit shows low scores, notes on them and
nonconformities. The first audits take each finding class in turn and an early GMP audit
raises a critical one, so even a small demo shows every class.
"""

from __future__ import annotations

import datetime as dt
import random

from sqms_desktop.demo.run import DemoQuestion, DemoRun, DemoTemplate, MadeFinding, tally
from sqms_desktop.demo.words import FINDING_STATEMENTS, NA_JUSTIFICATIONS, NOTES_GOOD, NOTES_WEAK
from sqms_desktop.services import audits
from sqms_desktop.store.uow import UnitOfWork

LOW_VALUES = frozenset({"0", "1", "4", "no"})  # answers that may make a finding
# Classes the first audits raise in turn, so even a small demo shows each one.
FINDING_CYCLE = (
    "major_nc",
    "minor_nc",
    "observation",
    "opportunity_for_improvement",
    "good_practice",
)


def answer(
    run: DemoRun,
    uow: UnitOfWork,
    audit_id: str,
    template: DemoTemplate,
    questions: list[DemoQuestion],
    quality: float,
    day: dt.date,
    low: list[tuple[str, str, str]],
) -> list[str]:
    """Answer the questions shown; some get a note, a few are N/A with a justification.
    Returns the ids of the questions answered with a value; weak answers are added to `low`."""
    given: dict[str, str | float | None] = {}
    answered: list[str] = []
    read = template.read_by_conditions()
    words = run.words
    for question in questions:
        if question.condition is not None and not question.condition.evaluate(given):
            continue  # hidden by its condition
        value = answer_value(run.rng, question, template.scheme, quality, day)
        if value is None:
            continue
        scored = question.type in ("score", "yes_no", "yes_no_na")
        if scored and not question.star and question.qid not in read and words.random() < 0.02:
            audits.record_answer(
                uow,
                audit_id,
                question.id,
                None,
                not_applicable=True,
                na_justification=words.choice(NA_JUSTIFICATIONS),
            )
            run.summary.answers += 1
            continue
        weak = scored and value in LOW_VALUES
        note = ""
        if weak and words.random() < 0.5:
            note = words.choice(NOTES_WEAK)
        elif not weak and words.random() < 0.08:
            note = words.choice(NOTES_GOOD)
        audits.record_answer(uow, audit_id, question.id, value, note=note)
        given[question.qid] = value
        answered.append(question.id)
        run.summary.answers += 1
        if weak:
            low.append((question.id, question.clause, value))
    return answered


def answer_value(
    rng: random.Random, question: DemoQuestion, scheme: str, quality: float, day: dt.date
) -> str | None:
    """A plausible answer for the question's type; None leaves it unanswered (photos)."""
    kind = question.type
    if kind in ("yes_no", "yes_no_na"):
        if kind == "yes_no_na" and rng.random() < 0.05:
            return "na"
        return "yes" if rng.random() < quality + 0.05 else "no"
    if kind == "score":
        roll = rng.random()
        ladder = ("10", "8", "6", "4", "0") if scheme == "vda63" else ("3", "2", "1", "1", "0")
        cuts = (quality * 0.7, quality, quality + (1 - quality) * 0.5, 0.995)
        for value, cut in zip(ladder, cuts, strict=False):
            if roll < cut:
                return value
        return ladder[-1]
    if kind == "choice" and question.options:
        return rng.choice(question.options)
    if kind == "multi_choice" and question.options:
        picked = rng.sample(question.options, rng.randint(1, len(question.options)))
        return "; ".join(picked)
    if kind == "number":
        low = question.low if question.low is not None else 0
        high = question.high if question.high is not None else 500
        return str(rng.randint(int(low), int(high)))
    if kind == "date":
        return (day + dt.timedelta(days=rng.randint(30, 900))).isoformat()
    if kind == "text":
        return "Records sampled on site; see notes."
    return None


def raise_findings(
    run: DemoRun,
    uow: UnitOfWork,
    index: int,
    audit_id: str,
    template: DemoTemplate,
    low: list[tuple[str, str, str]],
    complete: bool,
) -> list[MadeFinding]:
    """Findings for the weak answers in `low` (not every one), then a few without a question."""
    rng = run.rng
    made: list[MadeFinding] = []
    gmp = template.scheme == "yes_no"
    for qid_db, clause, value in low:
        if value == "0" or (value == "no" and rng.random() < 0.3):
            cls = "critical" if gmp and rng.random() < 0.4 else "major_nc"
        elif rng.random() < 0.6:
            cls = "minor_nc"
        else:
            continue  # a weak answer the auditor noted without a finding
        made.append(_finding(run, uow, audit_id, cls, qid_db, clause))
    if gmp and complete and "critical" not in run.summary.findings_by_class:
        made.append(_finding(run, uow, audit_id, "critical", template.questions[4].id, ""))
    extras = rng.randint(0, 2) if complete else 0
    if complete and index < len(FINDING_CYCLE) * 2:
        extras = max(extras, 1)
    for n in range(extras):
        if complete and index < len(FINDING_CYCLE) * 2:
            cls = FINDING_CYCLE[(index + n) % len(FINDING_CYCLE)]
        else:
            cls = rng.choice(("observation", "opportunity_for_improvement", "good_practice"))
        made.append(_finding(run, uow, audit_id, cls, None, ""))
    return made


def _finding(
    run: DemoRun, uow: UnitOfWork, audit_id: str, cls: str, question_id: str | None, clause: str
) -> MadeFinding:
    statement = run.rng.choice(FINDING_STATEMENTS[cls])
    finding = audits.raise_finding(
        uow,
        audit_id,
        cls,
        statement,
        question_id=question_id,
        requirement=clause,
        objective_evidence="Records sampled on site; photos taken by the audit team.",
    )
    run.summary.findings += 1
    tally(run.summary.findings_by_class, cls)
    return MadeFinding(finding.id, cls, finding.reference, question_id, statement)
