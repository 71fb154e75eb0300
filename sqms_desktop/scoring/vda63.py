"""VDA 6.3 process audit scoring (the rules in short: docs/design.md, "Domain rules").

Editions: the 2016 and 2023 editions are scored by the same rules here. We know of no change to
the score scale, the E_Pn / E_Un / E_n / E_G formulas, the grade limits, the downgrade rules or
the 2/3 rule between them that we could verify, so the edition is checked and returned with the
result (the audit keeps it), and the code does not branch on it. A difference found later goes
into `_rules_for`, not into a second engine.

Decisions where the rules leave room, applied the same way everywhere:
- Star and zero checks read the individual evaluations, not the mean: a star question with any
  evaluation of 0 caps the grade at C, with any evaluation of 4 at B; any evaluation of 0 of any
  question caps it at B. (A mean can only be 4 or 0 if some evaluation is 4 or 0, so the mean
  never fires a rule the evaluations do not.) Each question reports its most severe trigger.
- An element, sub-element or process step counts as audited when at least one of its questions
  is evaluated; an element whose questions are all n.e. was left out of the audit (a partial
  audit such as P5–P7) and is shown without a percentage. The 2/3 rule applies to every audited
  element, P6 sub-element and process step (the VDA 6.3 text names all three), counting the
  questions the caller passed, answered or not.
- E_n is a P6 figure: evaluations tagged with a step on other elements count in their question's
  mean only. For E_n, a question evaluated twice in the same step uses the mean of those two.
- A question not answered at all counts as not evaluated (listed in `unanswered`), so an audit in
  progress scores without error; one marked n.e. must carry its reason. VDA 6.3 knows no N/A:
  an answer marked N/A is taken as n.e. and needs its reason just the same.
- The grade compares the total as shown (rounded to 2 decimals, half up): 89.995 % shows as
  90.00 % and is an A, so a printed score and its grade never disagree.
- VDA weights all questions equally; `ScoreQuestion.weight` is not used here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.scoring.common import (
    NOT_RATED,
    GradeBands,
    Tallies,
    Tally,
    index_answers,
    integer_value,
    mean_2dp,
    round_half_up,
    scored_questions,
    worse,
)
from sqms_desktop.scoring.model import (
    Downgrade,
    Evaluation,
    ScoreAnswer,
    ScoreQuestion,
    ScoreResult,
)
from sqms_desktop.vocab import SCORE_VALUES, QuestionType, Scheme

SCHEME = Scheme.VDA63
EDITIONS = (2016, 2023)
DEFAULT_EDITION = 2023
VDA_SCORES = tuple(int(v) for v in SCORE_VALUES[Scheme.VDA63])
MAX_POINTS = 10
P6 = "P6"
ELEMENT_TITLES = {
    "P2": "Project management",
    "P3": "Planning of product and process development",
    "P4": "Implementation of product and process development",
    "P5": "Supplier management",
    "P6": "Process analysis: production",
    "P7": "Customer care, customer satisfaction, service",
}
SUB_ELEMENT_TITLES = {
    "U1": "Process input",
    "U2": "Work content",
    "U3": "Personnel",
    "U4": "Material resources",
    "U5": "Effectiveness and efficiency",
    "U6": "Process output",
}
VDA_BANDS = GradeBands(a_min=90, b_min=80)
CAP_B_BELOW = 80  # whole percent: an element, sub-element or step below this caps at B
CAP_C_BELOW = 70  # whole percent: an element or step below this caps at C
RULES = QT_TRANSLATE_NOOP(
    "scoring",
    "VDA 6.3 downgrades to B for an element, sub-element or process step below 80 %, a star "
    "question scored 4 or any question scored 0; to C for an element or process step below "
    "70 % or a star question scored 0.",
)


@dataclass(frozen=True)
class _Rated:
    question: ScoreQuestion
    values: tuple[tuple[int, Evaluation], ...]
    mean: Fraction


def check_edition(edition: int | str | None) -> int:
    if edition is None:
        return DEFAULT_EDITION
    text = str(edition).strip()
    if text.isdigit() and int(text) in EDITIONS:
        return int(text)
    raise ValidationError(
        translate("vda63", "VDA 6.3 edition must be 2016 or 2023; got {edition!r}").format(
            edition=edition
        )
    )


def score_vda63(
    questions: Sequence[ScoreQuestion],
    answers: Iterable[ScoreAnswer],
    *,
    edition: int | str | None = DEFAULT_EDITION,
    titles: Mapping[str, str] | None = None,
) -> ScoreResult:
    """E_G with the grade after the downgrade rules, or "not rated" when the 2/3 rule fails."""
    year = check_edition(edition)
    scored = scored_questions(questions, SCHEME, frozenset({QuestionType.SCORE}))
    _check_structure(scored)
    rated, unanswered = _evaluate(scored, index_answers(questions, answers))
    names = {**ELEMENT_TITLES, **SUB_ELEMENT_TITLES, **(titles or {})}
    overall = Tally("overall", "")
    elements, subs, steps = Tallies(names), Tallies(names), Tallies(names)
    for question in scored:
        found = rated.get(question.qid)
        groups = [overall, elements[question.element]]
        if question.sub_element:
            groups.append(subs[question.sub_element])
        for tally in groups:
            tally.total += 1
            if found:
                tally.add(found.mean, Fraction(MAX_POINTS))
    _tally_steps(scored, rated, steps)

    def result(
        total: Fraction | None, grade: str, reasons: list[str], caps: tuple[Downgrade, ...] = ()
    ) -> ScoreResult:
        return ScoreResult(
            scheme=SCHEME,
            edition=year,
            total=None if total is None else float(total),
            grade=grade,
            overall=overall.figure(),
            elements=elements.figures(by_code=True),
            sub_elements=subs.figures(by_code=True),
            steps=steps.figures(),
            reasons=tuple(reasons),
            unanswered=tuple(unanswered),
            downgrades=caps,
        )

    missing = _not_rated_reasons(elements, subs, steps)
    if missing or overall.percent is None:
        # Not rated, but a star question scored 4 is already a cap the rated audit will carry:
        # reported as downgrades that lowered nothing yet, so a screen need not say "none".
        pending = tuple(
            Downgrade(cap, because, False)
            for cap, because in _downgrades(year, elements, subs, steps, rated)
        )
        nothing = [translate("vda63", "no question was evaluated")]
        return result(None, NOT_RATED, missing or nothing, pending)
    total = round_half_up(overall.percent, 2)
    by_total = VDA_BANDS.grade(total)
    caps = _downgrades(year, elements, subs, steps, rated)
    grade = by_total
    for cap, _ in caps:
        grade = worse(grade, cap)
    downgrades = tuple(
        Downgrade(cap, because, worse(by_total, cap) != by_total) for cap, because in caps
    )
    at_most = translate("scoring", "{because}: the grade is at most {grade}")
    reasons = [at_most.format(because=because, grade=cap) for cap, because in caps]
    return result(total, grade, reasons, downgrades)


def _rules_for(edition: int) -> tuple[int, int]:
    """The downgrade limits of an edition; identical for 2016 and 2023 (see the module doc)."""
    return CAP_B_BELOW, CAP_C_BELOW


def _check_structure(scored: Sequence[ScoreQuestion]) -> None:
    for question in scored:
        if question.element not in ELEMENT_TITLES:
            raise ValidationError(
                translate(
                    "vda63",
                    "question {qid}: VDA 6.3 element must be one of P2 to P7; got {element!r}",
                ).format(qid=question.qid, element=question.element)
            )
        if question.sub_element is None:
            continue
        if question.element != P6 or question.sub_element not in SUB_ELEMENT_TITLES:
            raise ValidationError(
                translate(
                    "vda63",
                    "question {qid}: only P6 questions have a sub-element, one of U1 to U6; "
                    "got {element} {sub_element!r}",
                ).format(
                    qid=question.qid, element=question.element, sub_element=question.sub_element
                )
            )


def _evaluate(
    scored: Sequence[ScoreQuestion], given: Mapping[str, ScoreAnswer]
) -> tuple[dict[str, _Rated], list[str]]:
    rated: dict[str, _Rated] = {}
    unanswered: list[str] = []
    for question in scored:
        found = given.get(question.qid)
        if found is None or not (found.evaluations or found.not_evaluated or found.not_applicable):
            unanswered.append(question.qid)
        elif not found.evaluations:
            if not found.reason.strip():
                raise ValidationError(
                    translate(
                        "vda63",
                        "question {qid} is marked not evaluated (n.e.) without a reason; VDA 6.3 "
                        "asks for the reason",
                    ).format(qid=question.qid)
                )
        else:
            values = tuple(
                (
                    integer_value(
                        question.qid, e.value, VDA_SCORES, translate("vda63", "a VDA 6.3 score")
                    ),
                    e,
                )
                for e in found.evaluations
            )
            mean = mean_2dp([Fraction(v) for v, _ in values])
            rated[question.qid] = _Rated(question, values, mean)
    return rated, unanswered


def _tally_steps(
    scored: Sequence[ScoreQuestion], rated: Mapping[str, _Rated], steps: Tallies
) -> None:
    p6 = [q for q in scored if q.element == P6]
    by_step: dict[str, dict[str, list[Fraction]]] = {}
    for question in p6:
        found = rated.get(question.qid)
        for value, evaluation in found.values if found else ():
            if evaluation.step:
                per_question = by_step.setdefault(evaluation.step, {})
                per_question.setdefault(question.qid, []).append(Fraction(value))
    for step, per_question in by_step.items():
        tally = steps[step]
        tally.total = len(p6)
        for values in per_question.values():
            tally.add(mean_2dp(values), Fraction(MAX_POINTS))


def _label(kind: str, tally: Tally) -> str:
    title = f" ({tally.title})" if tally.title else ""
    return f"{translate('vda63', kind)} {tally.code}{title}"


def _not_rated_reasons(elements: Tallies, subs: Tallies, steps: Tallies) -> list[str]:
    reasons = []
    groups = [
        *((QT_TRANSLATE_NOOP("vda63", "element"), t) for t in elements.values()),
        *((QT_TRANSLATE_NOOP("vda63", "P6 sub-element"), t) for t in subs.values()),
        *((QT_TRANSLATE_NOOP("vda63", "process step"), t) for t in steps.values()),
    ]
    for kind, tally in groups:
        if tally.evaluated and tally.evaluated * 3 < tally.total * 2:
            needed = -(-tally.total * 2 // 3)
            reasons.append(
                translate(
                    "vda63",
                    "{what}: only {evaluated} of {total} questions evaluated; VDA 6.3 "
                    "needs at least 2/3 ({needed}) to rate the audit",
                ).format(
                    what=_label(kind, tally),
                    evaluated=tally.evaluated,
                    total=tally.total,
                    needed=needed,
                )
            )
    return reasons


def _downgrades(
    edition: int, elements: Tallies, subs: Tallies, steps: Tallies, rated: Mapping[str, _Rated]
) -> list[tuple[str, str]]:
    """Every rule that fires, as (the grade it caps at, what fired it)."""
    cap_b, cap_c = _rules_for(edition)
    caps: list[tuple[str, str]] = []

    def cap(grade: str, reason: str) -> None:
        caps.append((grade, reason))

    groups = [
        *(("element", t, True) for t in elements.values()),
        *(("P6 sub-element", t, False) for t in subs.values()),
        *(("process step", t, True) for t in steps.values()),
    ]
    below = translate("vda63", "{what} is at {whole} % (rounded), below {limit} %")
    for kind, tally, can_fail in groups:
        whole = tally.whole_percent
        if whole is None:
            continue
        if can_fail and whole < cap_c:
            cap("C", below.format(what=_label(kind, tally), whole=whole, limit=cap_c))
        elif whole < cap_b:
            cap("B", below.format(what=_label(kind, tally), whole=whole, limit=cap_b))
    for found in rated.values():
        qid = found.question.qid
        zeros = _places(found, 0)
        fours = _places(found, 4)
        if found.question.star and zeros is not None:
            cap(
                "C",
                translate("vda63", "star question {qid} was scored 0{where}").format(
                    qid=qid, where=zeros
                ),
            )
        elif zeros is not None:
            cap(
                "B",
                translate("vda63", "question {qid} was scored 0{where}").format(
                    qid=qid, where=zeros
                ),
            )
        elif found.question.star and fours is not None:
            cap(
                "B",
                translate("vda63", "star question {qid} was scored 4{where}").format(
                    qid=qid, where=fours
                ),
            )
    return caps


def _places(found: _Rated, score: int) -> str | None:
    """Where `score` was given (" at process step OP20; …"), "" if untagged, None if never."""
    hits = [e for v, e in found.values if v == score]
    if not hits:
        return None
    places = [e.where() for e in hits if e.where()]
    return f" ({'; '.join(places)})" if places else ""
