"""Weighted scoring against hand-computed vectors (points 0–3, yes = 3, no = 0)."""

from __future__ import annotations

import pytest

from sqms_desktop.errors import ValidationError
from sqms_desktop.scoring import (
    Downgrade,
    Figure,
    GradeBands,
    ScoreAnswer,
    ScoreQuestion,
    answer,
    not_applicable,
    not_evaluated,
    score_weighted,
)


def q(qid: str, weight: float = 1.0, *, type: str = "score", star: bool = False) -> ScoreQuestion:
    return ScoreQuestion(qid, qid.partition(".")[0], weight=weight, star=star, type=type)


def test_points_times_weight_over_the_maximum() -> None:
    # s: 3 × 1 + 2 × 2 = 7 of 9; y: yes 3 × 1 + no 0 × 0.5 = 3 of 4.5.
    # Total 10 / 13.5 = 74.074… → 74.07 % → C.
    questions = [
        q("s.1"),
        q("s.2", 2),
        q("y.1", type="yes_no"),
        q("y.2", 0.5, type="yes_no_na"),
    ]
    answers = [answer("s.1", "3"), answer("s.2", 2), answer("y.1", "yes"), answer("y.2", "No")]
    result = score_weighted(questions, answers, titles={"s": "Scored"})
    assert (result.total, result.grade, result.reasons) == (74.07, "C", ())
    assert result.scheme == "weighted"
    assert result.edition is None
    assert result.elements == (
        Figure("s", "Scored", 77.78, 78, 7.0, 9.0, 2, 2),
        Figure("y", "", 66.67, 67, 3.0, 4.5, 2, 2),
    )
    assert result.finding_proposals == ()


@pytest.mark.parametrize(
    ("full", "empty", "total", "grade"),
    [
        # 3 × 90 / (3 × 100) = 90.00 % → A; 89.99 → B; 80.00 → B; 79.99 → C.
        (90, 10, 90.0, "A"),
        (89.99, 10.01, 89.99, "B"),
        (80, 20, 80.0, "B"),
        (79.99, 20.01, 79.99, "C"),
        # 89.995 % shows as 90.00 (half up, on the exact value; float round() gives 89.99) → A.
        (89.995, 10.005, 90.0, "A"),
    ],
)
def test_grade_band_edges(full: float, empty: float, total: float, grade: str) -> None:
    questions = [q("s.1", full), q("s.2", empty)]
    result = score_weighted(questions, [answer("s.1", 3), answer("s.2", 0)])
    assert (result.total, result.grade) == (total, grade)


@pytest.mark.parametrize(
    ("policy", "total", "grade", "counted"),
    [
        # exclude: 3 + 2 + 3 = 8 of 9 = 88.888… → 88.89 % → B.
        ("exclude", 88.89, "B", 3),
        # zero: the N/A question counts 0 of 3: 8 of 12 = 66.666… → 66.67 % → C.
        ("zero", 66.67, "C", 4),
    ],
)
def test_na_policy(policy: str, total: float, grade: str, counted: int) -> None:
    questions = [q("s.1"), q("s.2"), q("s.3", type="yes_no_na"), q("s.4")]
    answers = [answer("s.1", 3), answer("s.2", 2), answer("s.3", "na"), answer("s.4", 3)]
    result = score_weighted(questions, answers, na_policy=policy)
    assert (result.total, result.grade) == (total, grade)
    assert (result.overall.evaluated, result.overall.total) == (counted, 4)
    # The N/A flag (with its justification) means the same as the value "na".
    answers[2] = not_applicable("s.3", "no heat treatment at this site")
    assert score_weighted(questions, answers, na_policy=policy) == result


def test_knock_out_scored_0_caps_at_the_fail_grade() -> None:
    # 0 × 1 + 3 × 9 = 27 of 30 = 90.00 % → A, but the knock-out question failed → C.
    questions = [q("k.1", star=True), q("k.2", 9)]
    result = score_weighted(questions, [answer("k.1", 0), answer("k.2", 3)])
    assert (result.total, result.grade) == (90.0, "C")
    assert result.reasons == ("knock-out question k.1 was scored 0: the grade is at most C",)
    assert result.downgrades == (Downgrade("C", "knock-out question k.1 was scored 0", True),)


def test_knock_out_answered_no_caps_at_the_fail_grade() -> None:
    questions = [q("k.1", type="yes_no", star=True), q("k.2", 9)]
    result = score_weighted(questions, [answer("k.1", "no"), answer("k.2", 3)])
    assert (result.total, result.grade) == (90.0, "C")
    assert result.reasons == ("knock-out question k.1 was answered no: the grade is at most C",)


def test_knock_out_passed_or_na_and_ordinary_zeros_do_not_cap() -> None:
    questions = [q("k.1", type="yes_no_na", star=True), q("k.2", 9), q("k.3", 0.001)]
    na = score_weighted(questions, [answer("k.1", "na"), answer("k.2", 3), answer("k.3", 0)])
    yes = score_weighted(questions, [answer("k.1", "yes"), answer("k.2", 3), answer("k.3", 0)])
    # na: 27 of 27.003 = 99.99 %; yes: 30 of 30.003 = 99.99 %.
    assert (na.total, na.grade, na.reasons) == (99.99, "A", ())
    assert (yes.total, yes.grade, yes.reasons) == (99.99, "A", ())


def test_several_evaluations_score_their_rounded_mean() -> None:
    # (3 + 2 + 2) / 3 = 2.333… → 2.33 of 3 = 77.666… → 77.67 % → C.
    result = score_weighted([q("s.1")], [answer("s.1", 3, 2, 2)])
    assert (result.overall.points, result.total) == (2.33, 77.67)


def test_na_evaluations_are_left_out_of_the_mean() -> None:
    # (3, na) → 3; (na, na) → N/A, excluded: 3 of 3.
    result = score_weighted(
        [q("s.1"), q("s.2")], [answer("s.1", 3, "na"), answer("s.2", "na", "NA")]
    )
    assert (result.total, result.overall.evaluated) == (100.0, 1)


def test_a_knock_out_with_one_failing_evaluation_caps() -> None:
    # Mean (3 + 0) / 2 = 1.5 with weight 1, plus 3 × 19 → 58.5 of 60 = 97.50 % → C.
    questions = [q("k.1", star=True), q("k.2", 19)]
    result = score_weighted(questions, [answer("k.1", 3, 0), answer("k.2", 3)])
    assert (result.total, result.grade) == (97.5, "C")


def test_unscored_types_do_not_count() -> None:
    questions = [q("s.1"), q("s.2", type="text"), q("s.3", type="photo"), q("s.4", type="number")]
    answers = [answer("s.1", 2), answer("s.2", "see photo"), answer("s.4", 17)]
    result = score_weighted(questions, answers)
    assert (result.total, result.overall.total, result.unanswered) == (66.67, 1, ())


def test_custom_bands_move_the_grades() -> None:
    result = score_weighted([q("s.1", 9), q("s.2")], [answer("s.1", 3), answer("s.2", 0)])
    assert (result.total, result.grade) == (90.0, "A")
    strict = GradeBands(a_min=95, b_min=85)
    stricter = score_weighted(
        [q("s.1", 9), q("s.2")], [answer("s.1", 3), answer("s.2", 0)], bands=strict
    )
    assert stricter.grade == "B"


def test_nothing_applicable_is_not_rated() -> None:
    questions = [q("s.1"), q("s.2")]
    result = score_weighted(questions, [not_applicable("s.1")])
    assert (result.total, result.grade) == (None, "not rated")
    assert result.reasons == ("no applicable question was answered",)
    assert result.unanswered == ("s.2",)


def test_all_na_with_zero_policy_is_rated_zero() -> None:
    result = score_weighted([q("s.1")], [not_applicable("s.1")], na_policy="zero")
    assert (result.total, result.grade) == (0.0, "C")


@pytest.mark.parametrize(
    ("question", "given", "message"),
    [
        (q("s.1"), answer("s.1", 4), r"4 is not a score \(0, 1, 2 or 3\)"),
        (q("s.1"), answer("s.1", "yes"), "is not a score"),
        (q("s.1"), answer("s.1", 2.5), "is not a score"),
        (q("s.1", type="yes_no"), answer("s.1", "maybe"), "'maybe' is not yes, no or na"),
        (q("s.1", type="yes_no"), answer("s.1", 3), "3 is not yes, no or na"),
        (q("s.1", -1), answer("s.1", 3), "weight must be a number of 0 or more"),
        (q("s.1", float("nan")), answer("s.1", 3), "weight must be"),
        (q("s.1"), not_evaluated("s.1", "busy"), "'not evaluated' is a VDA 6.3 notion"),
    ],
)
def test_bad_input_is_refused(question: ScoreQuestion, given: ScoreAnswer, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        score_weighted([question], [given])


def test_an_unknown_na_policy_is_refused() -> None:
    with pytest.raises(ValidationError, match="N/A policy must be exclude or zero"):
        score_weighted([q("s.1")], [answer("s.1", 3)], na_policy="ignore")
