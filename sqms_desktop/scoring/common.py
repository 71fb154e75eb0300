"""Arithmetic, grades and input checks the schemes share.

Sums run on exact fractions: a percentage that is 79.5 on paper must not come out as 79.4999… and
round the wrong way at a grade or downgrade edge.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.scoring.model import Figure, ScoreAnswer, ScoreQuestion
from sqms_desktop.vocab import YES_NO_TYPES, NaPolicy, QuestionType

NOT_RATED = "not rated"
GRADE_ORDER = ("A", "B", "C")
GRADE_A_MIN = 90
GRADE_B_MIN = 80
FAIL_GRADE = "C"
NA_POLICIES = tuple(NaPolicy)
SCORED_TYPES = frozenset({QuestionType.SCORE, *YES_NO_TYPES})
UNSCORED_TYPES = frozenset(QuestionType) - SCORED_TYPES


@dataclass(frozen=True)
class GradeBands:
    """Lower limits (percent, inclusive) of grades A and B; below B is the fail grade."""

    a_min: float = GRADE_A_MIN
    b_min: float = GRADE_B_MIN

    def grade(self, total: Fraction) -> str:
        if total >= exact(self.a_min):
            return "A"
        if total >= exact(self.b_min):
            return "B"
        return FAIL_GRADE


DEFAULT_BANDS = GradeBands()


@functools.lru_cache(maxsize=4096)  # the same few weights, 300 times per rescoring
def exact(number: float) -> Fraction:
    """The decimal the user wrote (1.1 is 11/10, not the binary float nearest to it)."""
    return Fraction(repr(float(number)))


def round_half_up(value: Fraction, places: int = 0) -> Fraction:
    """Commercial rounding (79.5 → 80), as auditors do by hand, not Python's round-half-even."""
    scale = 10**places
    return Fraction(math.floor(value * scale + Fraction(1, 2)), scale)


def worse(grade: str, other: str) -> str:
    return max(grade, other, key=GRADE_ORDER.index)


def percent(points: Fraction, possible: Fraction) -> Fraction | None:
    return points / possible * 100 if possible else None


def mean_2dp(values: Sequence[Fraction]) -> Fraction:
    """The mean of several evaluations, rounded to 2 decimals before any further sum (VDA 6.3)."""
    return round_half_up(sum(values, Fraction(0)) / len(values), 2)


class Tally:
    """Running sums of one group of questions; turned into a `Figure` at the end."""

    def __init__(self, code: str, title: str) -> None:
        self.code = code
        self.title = title
        self.points = Fraction(0)
        self.possible = Fraction(0)
        self.evaluated = 0
        self.total = 0

    def add(self, points: Fraction, possible: Fraction) -> None:
        self.points += points
        self.possible += possible
        self.evaluated += 1

    @property
    def percent(self) -> Fraction | None:
        return percent(self.points, self.possible)

    @property
    def whole_percent(self) -> int | None:
        value = self.percent
        return None if value is None else int(round_half_up(value))

    def figure(self) -> Figure:
        value = self.percent
        return Figure(
            code=self.code,
            title=self.title,
            percent=None if value is None else float(round_half_up(value, 2)),
            whole_percent=self.whole_percent,
            points=float(round_half_up(self.points, 2)),
            possible=float(round_half_up(self.possible, 2)),
            evaluated=self.evaluated,
            total=self.total,
        )


class Tallies:
    """Tallies keyed by code, in the order the codes first appear."""

    def __init__(self, titles: Mapping[str, str]) -> None:
        self._titles = titles
        self._by_code: dict[str, Tally] = {}

    def __getitem__(self, code: str) -> Tally:
        if code not in self._by_code:
            self._by_code[code] = Tally(code, self._titles.get(code, ""))
        return self._by_code[code]

    def values(self) -> list[Tally]:
        return list(self._by_code.values())

    def figures(self, *, by_code: bool = False) -> tuple[Figure, ...]:
        tallies = sorted(self._by_code.values(), key=lambda t: t.code) if by_code else self.values()
        return tuple(t.figure() for t in tallies)


def scored_questions(
    questions: Sequence[ScoreQuestion], scheme: str, allowed: frozenset[str]
) -> list[ScoreQuestion]:
    """The questions that count, after refusing duplicates and types the scheme cannot score."""
    seen: set[str] = set()
    scored = []
    for question in questions:
        if question.qid in seen:
            raise ValidationError(
                translate("scoring", "question {qid} appears twice in the checklist").format(
                    qid=question.qid
                )
            )
        seen.add(question.qid)
        if question.type in allowed:
            scored.append(question)
        elif question.type in SCORED_TYPES:
            raise ValidationError(
                translate(
                    "scoring",
                    "question {qid}: a {scheme} checklist cannot score a {type} question (it "
                    "scores {allowed})",
                ).format(
                    qid=question.qid,
                    scheme=scheme,
                    type=question.type,
                    allowed=", ".join(sorted(allowed)),
                )
            )
        elif question.type not in UNSCORED_TYPES:
            raise ValidationError(
                translate("scoring", "question {qid} has an unknown type {type!r}").format(
                    qid=question.qid, type=question.type
                )
            )
    return scored


def index_answers(
    questions: Sequence[ScoreQuestion], answers: Iterable[ScoreAnswer]
) -> dict[str, ScoreAnswer]:
    """Answers by question id; an answer to no question or a second answer is a caller's bug."""
    known = {q.qid for q in questions}
    by_qid: dict[str, ScoreAnswer] = {}
    for given in answers:
        if given.qid not in known:
            raise ValidationError(
                translate("scoring", "answer to {qid}, which is not in the checklist").format(
                    qid=given.qid
                )
            )
        if given.qid in by_qid:
            raise ValidationError(
                translate("scoring", "question {qid} is answered twice").format(qid=given.qid)
            )
        if given.evaluations and (given.not_evaluated or given.not_applicable):
            raise ValidationError(
                translate(
                    "scoring",
                    "question {qid} has evaluations and is also marked not evaluated or N/A",
                ).format(qid=given.qid)
            )
        if given.not_evaluated and given.not_applicable:
            raise ValidationError(
                translate("scoring", "question {qid} is marked both not evaluated and N/A").format(
                    qid=given.qid
                )
            )
        by_qid[given.qid] = given
    return by_qid


def check_na_policy(na_policy: str) -> str:
    if na_policy not in NA_POLICIES:
        raise ValidationError(
            translate("scoring", "N/A policy must be exclude or zero; got {na_policy!r}").format(
                na_policy=na_policy
            )
        )
    return na_policy


def text_value(qid: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError(
            translate("scoring", "question {qid}: {value!r} is not yes, no or na").format(
                qid=qid, value=value
            )
        )
    return value.strip().lower()


def integer_value(qid: str, value: object, allowed: Sequence[int], what: str) -> int:
    """The value as one of `allowed`; "8", 8 and 8.0 are the same score, 8.5 or "x" are refused."""
    number: Fraction | None = None
    if isinstance(value, str):
        try:
            number = Fraction(value.strip())
        except (ValueError, ZeroDivisionError):
            number = None
    elif isinstance(value, int | float) and not isinstance(value, bool):
        try:
            number = Fraction(value)
        except (ValueError, OverflowError):
            number = None
    if number is not None and number.denominator == 1 and int(number) in allowed:
        return int(number)
    shown = ", ".join(str(a) for a in allowed[:-1]) + f" or {allowed[-1]}"
    raise ValidationError(
        translate("scoring", "question {qid}: {value!r} is not {what} ({shown})").format(
            qid=qid, value=value, what=what, shown=shown
        )
    )
