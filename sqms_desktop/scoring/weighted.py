"""Weighted checklist scoring: points × weight over the maximum possible.

Decisions where the rules leave room:
- A question answered several times scores the mean of its points, rounded to 2 decimals, as in
  VDA 6.3; an "na" among the evaluations is left out, and all "na" makes the question N/A.
- A knock-out question caps the grade at the fail grade when any of its evaluations is 0 / "no"
  (the same conservative reading as VDA star questions). A knock-out answered N/A does not.
- Unanswered questions leave both sums (listed in `unanswered`); "not evaluated" belongs to
  VDA 6.3 and is refused here, so it cannot slip past a template's "zero" N/A policy.
- The grade compares the total as shown, rounded to 2 decimals half up.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.scoring.common import (
    DEFAULT_BANDS,
    FAIL_GRADE,
    NOT_RATED,
    SCORED_TYPES,
    GradeBands,
    Tallies,
    Tally,
    check_na_policy,
    exact,
    index_answers,
    integer_value,
    mean_2dp,
    round_half_up,
    scored_questions,
    text_value,
    worse,
)
from sqms_desktop.scoring.model import Downgrade, ScoreAnswer, ScoreQuestion, ScoreResult
from sqms_desktop.vocab import SCORE_VALUES, NaPolicy, QuestionType, Scheme

SCHEME = Scheme.WEIGHTED
MAX_POINTS = 3
POINTS = tuple(int(v) for v in SCORE_VALUES[Scheme.WEIGHTED])
YES_NO_POINTS = {"yes": MAX_POINTS, "no": 0}
NA = "na"
# FAIL_GRADE is C, as the text says.
RULES = QT_TRANSLATE_NOOP(
    "scoring", "A knock-out question scored 0 or answered no caps the grade at C."
)


def score_weighted(
    questions: Sequence[ScoreQuestion],
    answers: Iterable[ScoreAnswer],
    *,
    na_policy: str = NaPolicy.EXCLUDE,
    bands: GradeBands = DEFAULT_BANDS,
    titles: Mapping[str, str] | None = None,
) -> ScoreResult:
    """Σ points × weight / Σ 3 × weight over the applicable questions, graded by `bands`."""
    policy = check_na_policy(na_policy)
    scored = scored_questions(questions, SCHEME, SCORED_TYPES)
    given = index_answers(questions, answers)
    overall = Tally("overall", "")
    elements = Tallies(titles or {})
    unanswered: list[str] = []
    knock_outs: list[str] = []
    for question in scored:
        weight = _weight(question)
        groups = [overall, elements[question.element]]
        for tally in groups:
            tally.total += 1
        found = given.get(question.qid)
        if found is None or not (found.evaluations or found.not_applicable):
            if found is not None and found.not_evaluated:
                raise ValidationError(
                    translate(
                        "weighted",
                        "question {qid}: 'not evaluated' is a VDA 6.3 notion; a weighted "
                        "checklist answers N/A",
                    ).format(qid=question.qid)
                )
            unanswered.append(question.qid)
            continue
        points, knocked_out = _points(question, found)
        if points is None and policy == NaPolicy.EXCLUDE:
            continue
        for tally in groups:
            tally.add((points or Fraction(0)) * weight, MAX_POINTS * weight)
        if question.star and knocked_out:
            knock_outs.append(
                translate("weighted", "knock-out question {qid} was {knocked_out}").format(
                    qid=question.qid, knocked_out=knocked_out
                )
            )

    def result(
        total: Fraction | None, grade: str, why: list[str], caps: tuple[Downgrade, ...] = ()
    ) -> ScoreResult:
        return ScoreResult(
            scheme=SCHEME,
            edition=None,
            total=None if total is None else float(total),
            grade=grade,
            overall=overall.figure(),
            elements=elements.figures(),
            reasons=tuple(why),
            unanswered=tuple(unanswered),
            downgrades=caps,
        )

    if overall.percent is None:
        return result(
            None, NOT_RATED, [translate("weighted", "no applicable question was answered")]
        )
    total = round_half_up(overall.percent, 2)
    by_total = bands.grade(total)
    lowered = worse(by_total, FAIL_GRADE) != by_total
    caps = tuple(Downgrade(FAIL_GRADE, because, lowered) for because in knock_outs)
    at_most = translate("scoring", "{because}: the grade is at most {grade}")
    reasons = [at_most.format(because=because, grade=FAIL_GRADE) for because in knock_outs]
    return result(total, worse(by_total, FAIL_GRADE) if caps else by_total, reasons, caps)


def _weight(question: ScoreQuestion) -> Fraction:
    weight = question.weight
    if isinstance(weight, bool) or not math.isfinite(weight) or weight < 0:
        raise ValidationError(
            translate(
                "weighted", "question {qid}: weight must be a number of 0 or more; got {weight!r}"
            ).format(qid=question.qid, weight=weight)
        )
    return exact(weight)


def _points(question: ScoreQuestion, found: ScoreAnswer) -> tuple[Fraction | None, str]:
    """The question's points (None when N/A) and, if any evaluation fails it, how it failed."""
    if found.not_applicable:
        return None, ""
    points: list[Fraction] = []
    failed = ""
    for evaluation in found.evaluations:
        value = evaluation.value
        if isinstance(value, str) and value.strip().lower() == NA:
            continue
        if question.type == QuestionType.SCORE:
            number = integer_value(question.qid, value, POINTS, translate("weighted", "a score"))
            failed = failed or (translate("weighted", "scored 0") if number == 0 else "")
        else:
            word = text_value(question.qid, value)
            if word not in YES_NO_POINTS:
                raise ValidationError(
                    translate("weighted", "question {qid}: {value!r} is not yes, no or na").format(
                        qid=question.qid, value=value
                    )
                )
            number = YES_NO_POINTS[word]
            failed = failed or (translate("weighted", "answered no") if word == "no" else "")
        points.append(Fraction(number))
    return (mean_2dp(points) if points else None), failed
