"""Yes/no checklist scoring: conformity percentage, every "no" a finding proposal.

Decisions where the rules leave room:
- Each evaluation is one yes or one no in the count, so a question checked at three process steps
  contributes three answers; "na" evaluations and N/A answers are left out.
- A question with any "no" is proposed once, in checklist order.
- Weights and star flags are not used: the design gives this scheme no knock-out rule.
- "not evaluated" belongs to VDA 6.3 and is refused; unanswered questions are listed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.scoring.common import (
    DEFAULT_BANDS,
    NOT_RATED,
    GradeBands,
    Tallies,
    Tally,
    index_answers,
    round_half_up,
    scored_questions,
    text_value,
)
from sqms_desktop.scoring.model import ScoreAnswer, ScoreQuestion, ScoreResult
from sqms_desktop.vocab import YES_NO_TYPES, Scheme

SCHEME = Scheme.YES_NO
WORDS = ("yes", "no", "na")
RULES = QT_TRANSLATE_NOOP(
    "scoring",
    "The yes/no scheme grades the share of yes answers only; every no is a finding proposal.",
)


def score_yes_no(
    questions: Sequence[ScoreQuestion],
    answers: Iterable[ScoreAnswer],
    *,
    bands: GradeBands = DEFAULT_BANDS,
    titles: Mapping[str, str] | None = None,
) -> ScoreResult:
    """yes / (yes + no) × 100, graded by `bands`; the questions answered "no" as proposals."""
    scored = scored_questions(questions, SCHEME, YES_NO_TYPES)
    given = index_answers(questions, answers)
    overall = Tally("overall", "")
    elements = Tallies(titles or {})
    unanswered: list[str] = []
    proposals: list[str] = []
    for question in scored:
        groups = [overall, elements[question.element]]
        for tally in groups:
            tally.total += 1
        found = given.get(question.qid)
        if found is not None and found.not_evaluated:
            raise ValidationError(
                translate(
                    "yes_no",
                    "question {qid}: 'not evaluated' is a VDA 6.3 notion; a yes/no checklist "
                    "answers N/A",
                ).format(qid=question.qid)
            )
        if found is None or not (found.evaluations or found.not_applicable):
            unanswered.append(question.qid)
            continue
        words = [text_value(question.qid, e.value) for e in found.evaluations]
        for evaluation, word in zip(found.evaluations, words, strict=True):
            if word not in WORDS:
                raise ValidationError(
                    translate("yes_no", "question {qid}: {value!r} is not yes, no or na").format(
                        qid=question.qid, value=evaluation.value
                    )
                )
        yes, no = words.count("yes"), words.count("no")
        if yes + no == 0:
            continue
        for tally in groups:
            tally.add(Fraction(yes), Fraction(yes + no))
        if no:
            proposals.append(question.qid)

    total = None if overall.percent is None else round_half_up(overall.percent, 2)
    return ScoreResult(
        scheme=SCHEME,
        edition=None,
        total=None if total is None else float(total),
        grade=NOT_RATED if total is None else bands.grade(total),
        overall=overall.figure(),
        elements=elements.figures(),
        reasons=()
        if total is not None
        else (translate("yes_no", "no question was answered yes or no"),),
        finding_proposals=tuple(proposals),
        unanswered=tuple(unanswered),
    )
