"""What an audit records on its first day: an answer per question shown, then the findings.

How good an audit goes is one number (`quality`); the answers follow from it, and findings are
raised from the weak answers, so a weak supplier's audit shows low scores, notes on them and
nonconformities. The first audits take each finding class in turn and an early GMP audit
raises a critical one, so even a small demo shows every class.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from sqms_desktop.demo.run import DemoQuestion, DemoRun, DemoTemplate, MadeFinding, tally
from sqms_desktop.demo.words import FINDING_STATEMENTS, NA_JUSTIFICATIONS, NOTES_GOOD, NOTES_WEAK
from sqms_desktop.services import audits
from sqms_desktop.store.models import Question
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import SCORE_VALUES, YES_NO_TYPES, FindingClass, QuestionType, Scheme

F = FindingClass
SCORED_TYPES = frozenset({QuestionType.SCORE, *YES_NO_TYPES})
# The lowest score of every scale: a question not met at all.
BOTTOM_SCORES = frozenset(scale[0] for scale in SCORE_VALUES.values())
# Answers that may make a finding: the two lowest scores of every scale, and "no".
LOW_VALUES = frozenset({*(value for scale in SCORE_VALUES.values() for value in scale[:2]), "no"})
# How many scores, best first, the quality cuts of `answer_value` choose from.
LADDER_RUNGS = 5
# Classes the first audits raise in turn, so even a small demo shows each one.
FINDING_CYCLE = (
    F.MAJOR_NC,
    F.MINOR_NC,
    F.OBSERVATION,
    F.OPPORTUNITY_FOR_IMPROVEMENT,
    F.GOOD_PRACTICE,
)
# The classes a finding without a question takes at random (in this order: it feeds `random`).
LOOSE_CLASSES = (F.OBSERVATION, F.OPPORTUNITY_FOR_IMPROVEMENT, F.GOOD_PRACTICE)


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
    # The checklist's questions in one query, held while answering: each answer reads its
    # question by id, which the session then has at hand instead of a query per answer.
    held = uow.session.scalars(select(Question).where(Question.template_id == template.id)).all()
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
        scored = question.type in SCORED_TYPES
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
    del held
    return answered


def answer_value(
    rng: random.Random, question: DemoQuestion, scheme: str, quality: float, day: dt.date
) -> str | None:
    """A plausible answer for the question's type; None leaves it unanswered (photos)."""
    kind = question.type
    if kind in YES_NO_TYPES:
        if kind == QuestionType.YES_NO_NA and rng.random() < 0.05:
            return "na"
        return "yes" if rng.random() < quality + 0.05 else "no"
    if kind == QuestionType.SCORE:
        roll = rng.random()
        ladder = score_ladder(scheme)
        cuts = (quality * 0.7, quality, quality + (1 - quality) * 0.5, 0.995)
        for value, cut in zip(ladder, cuts, strict=False):
            if roll < cut:
                return value
        return ladder[-1]
    if kind == QuestionType.CHOICE and question.options:
        return rng.choice(question.options)
    if kind == QuestionType.MULTI_CHOICE and question.options:
        picked = rng.sample(question.options, rng.randint(1, len(question.options)))
        return "; ".join(picked)
    if kind == QuestionType.NUMBER:
        low = question.low if question.low is not None else 0
        high = question.high if question.high is not None else 500
        return str(rng.randint(int(low), int(high)))
    if kind == QuestionType.DATE:
        return (day + dt.timedelta(days=rng.randint(30, 900))).isoformat()
    if kind == QuestionType.TEXT:
        return "Records sampled on site; see notes."
    return None


def score_ladder(scheme: str) -> tuple[str, ...]:
    """The scheme's scores best first, as many as the quality cuts need (`LADDER_RUNGS`).

    A scale with fewer scores repeats its lowest passing one: the weighted 0–3 scale gives
    3, 2, 1, 1, 0. A scheme without a score scale (yes/no) has the weighted one.
    """
    best_first = SCORE_VALUES.get(scheme, SCORE_VALUES[Scheme.WEIGHTED])[::-1]
    padding = (best_first[-2],) * (LADDER_RUNGS - len(best_first))
    return (*best_first[:-1], *padding, best_first[-1])


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
    gmp = template.scheme == Scheme.YES_NO
    for qid_db, clause, value in low:
        if value in BOTTOM_SCORES or (value == "no" and rng.random() < 0.3):
            cls = F.CRITICAL if gmp and rng.random() < 0.4 else F.MAJOR_NC
        elif rng.random() < 0.6:
            cls = F.MINOR_NC
        else:
            continue  # a weak answer the auditor noted without a finding
        made.append(_finding(run, uow, audit_id, cls, qid_db, clause))
    if gmp and complete and F.CRITICAL not in run.summary.findings_by_class:
        made.append(_finding(run, uow, audit_id, F.CRITICAL, template.questions[4].id, ""))
    extras = rng.randint(0, 2) if complete else 0
    if complete and index < len(FINDING_CYCLE) * 2:
        extras = max(extras, 1)
    for n in range(extras):
        if complete and index < len(FINDING_CYCLE) * 2:
            cls = FINDING_CYCLE[(index + n) % len(FINDING_CYCLE)]
        else:
            cls = rng.choice(LOOSE_CLASSES)
        made.append(_finding(run, uow, audit_id, cls, None, ""))
    return made


def _finding(
    run: DemoRun,
    uow: UnitOfWork,
    audit_id: str,
    cls: FindingClass,
    question_id: str | None,
    clause: str,
) -> MadeFinding:
    statement = run.rng.choice(FINDING_STATEMENTS[cls])
    finding = audits.raise_finding(
        uow,
        audit_id,
        cls,
        statement,
        question_id=question_id,
        requirement=clause,
        # No photo is promised here: the camera attaches photos to some findings only, later.
        objective_evidence="Records and parts sampled on site by the audit team.",
    )
    run.summary.findings += 1
    tally(run.summary.findings_by_class, cls)
    return MadeFinding(finding.id, cls, finding.reference, question_id, statement)
