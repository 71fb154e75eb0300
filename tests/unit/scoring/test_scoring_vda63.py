"""VDA 6.3 scoring against hand-computed vectors: one test per rule, every number worked out below.

Notation in the comments: a question's points are the mean of its evaluations rounded to 2
decimals; an element's percent is Σ points / (10 × evaluated questions) × 100.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from sqms_desktop.errors import ValidationError
from sqms_desktop.scoring import (
    Downgrade,
    Evaluation,
    Figure,
    ScoreAnswer,
    ScoreQuestion,
    ScoreResult,
    answer,
    not_applicable,
    not_evaluated,
    score_vda63,
)

Spec = int | tuple[int, ...] | None
Part = tuple[list[ScoreQuestion], list[ScoreAnswer]]


def element(code: str, *specs: Spec, stars: Sequence[int] = (), sub: str | None = None) -> Part:
    """Questions `<code>.<n>` answered by `specs`: a score, a tuple of evaluations, None = n.e."""
    questions, answers = [], []
    for number, spec in enumerate(specs, 1):
        qid = f"{code}.{sub}.{number}" if sub else f"{code}.{number}"
        questions.append(ScoreQuestion(qid, code, star=number in stars, sub_element=sub))
        if spec is None:
            answers.append(not_evaluated(qid, "process not running on the day"))
        elif isinstance(spec, tuple):
            answers.append(answer(qid, *spec))
        else:
            answers.append(answer(qid, spec))
    return questions, answers


def pad(count: int) -> Part:
    """`count` P7 questions scored 10, to lift E_G so a downgrade is the only thing that acts."""
    return element("P7", *([10] * count))


def vda(*parts: Part, edition: int | str | None = 2023) -> ScoreResult:
    questions = [q for qs, _ in parts for q in qs]
    answers = [a for _, ans in parts for a in ans]
    return score_vda63(questions, answers, edition=edition)


def figure(figures: Sequence[Figure], code: str) -> Figure:
    return next(f for f in figures if f.code == code)


# -- figures and means ---------------------------------------------------------------------------


def test_single_values_give_element_figures_and_total() -> None:
    # P5: 10 + 8 + 8 = 26 of 30 = 86.666… % → 86.67, whole 87; P7: 20 of 20.
    # E_G = 46 / 50 = 92.00 % → A; no rule fires (P5 at 87 %).
    result = vda(element("P5", 10, 8, 8), element("P7", 10, 10))
    assert result.total == 92.0
    assert result.grade == "A"
    assert result.reasons == ()
    assert result.scheme == "vda63"
    assert result.edition == 2023
    assert result.elements == (
        Figure("P5", "Supplier management", 86.67, 87, 26.0, 30.0, 3, 3),
        Figure("P7", "Customer care, customer satisfaction, service", 100.0, 100, 20.0, 20.0, 2, 2),
    )
    assert result.overall == Figure("overall", "", 92.0, 92, 46.0, 50.0, 5, 5)


def test_several_evaluations_score_their_mean_rounded_to_2_decimals() -> None:
    # (10, 10, 8) → 9.333… → 9.33; twice → 18.66 of 20 = 93.30 % (not the exact 93.33 %).
    result = vda(element("P5", (10, 10, 8), (10, 10, 8)))
    p5 = figure(result.elements, "P5")
    assert (p5.points, p5.percent, result.total) == (18.66, 93.3, 93.3)


def test_a_mean_on_the_half_rounds_up() -> None:
    # 15 × 8 + 10 = 130 / 16 = 8.125 → 8.13 (half up; half-even would give 8.12) → 81.30 %.
    result = vda(element("P5", (*[8] * 15, 10)))
    assert figure(result.elements, "P5").points == 8.13
    assert result.total == 81.3
    assert result.grade == "B"


# -- grade bands ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("specs", "total", "grade"),
    [
        # 5 × 10 + 5 × 8 = 90 of 100 → 90.00 % → A.
        ((10, 10, 10, 10, 10, 8, 8, 8, 8, 8), 90.0, "A"),
        # 3 × 9.33 (10, 10, 8) + 10 + 10 + 10 + 8 × 4 = 27.99 + 62 = 89.99 of 100 → B.
        (((10, 10, 8),) * 3 + (10, 10, 10, 8, 8, 8, 8), 89.99, "B"),
        # 4 × 10 + 2 × 8 + 4 × 6 = 80 of 100 → 80.00 % → B.
        ((10, 10, 10, 10, 8, 8, 6, 6, 6, 6), 80.0, "B"),
        # 27.99 + 10 + 10 + 8 + 6 × 4 = 79.99 → C. The element rounds to 80 %, so no rule fires:
        # the C comes from the band alone.
        (((10, 10, 8),) * 3 + (10, 10, 8, 6, 6, 6, 6), 79.99, "C"),
    ],
)
def test_grade_band_edges(specs: tuple[Spec, ...], total: float, grade: str) -> None:
    result = vda(element("P5", *specs))
    assert (result.total, result.grade, result.reasons) == (total, grade, ())


# -- downgrade rules, each alone -----------------------------------------------------------------


def test_element_below_80_caps_at_b() -> None:
    # P2: 8 + 6 = 14 of 20 = 70 % (not below 70). E_G = (14 + 100) / 120 = 95.00 % → A → B.
    result = vda(element("P2", 8, 6), pad(10))
    assert result.total == 95.0
    assert result.grade == "B"
    assert result.reasons == (
        "element P2 (Project management) is at 70 % (rounded), below 80 %: the grade is at most B",
    )


def test_element_below_70_caps_at_c() -> None:
    # P2: 8 + 4 = 12 of 20 = 60 %. E_G = 112 / 120 = 93.33 % → A → C.
    result = vda(element("P2", 8, 4), pad(10))
    assert (result.total, result.grade) == (93.33, "C")
    assert result.reasons == (
        "element P2 (Project management) is at 60 % (rounded), below 70 %: the grade is at most C",
    )


def test_sub_element_below_80_caps_at_b() -> None:
    # U1: 8 + 6 = 70 %; U2: 6 × 10. P6 = 74 / 80 = 92.5 % = E_G → A → B.
    result = vda(element("P6", 8, 6, sub="U1"), element("P6", *[10] * 6, sub="U2"))
    assert (result.total, result.grade) == (92.5, "B")
    assert result.reasons == (
        "P6 sub-element U1 (Process input) is at 70 % (rounded), below 80 %: "
        "the grade is at most B",
    )
    assert figure(result.sub_elements, "U1") == Figure(
        "U1", "Process input", 70.0, 70, 14, 20, 2, 2
    )
    assert figure(result.sub_elements, "U2").percent == 100.0


def test_sub_element_never_caps_at_c() -> None:
    # U1: 8 + 4 = 60 %, below 70 %, yet sub-elements have no C rule. P6 = 92 / 100 → B.
    result = vda(element("P6", 8, 4, sub="U1"), element("P6", *[10] * 8, sub="U2"))
    assert (result.total, result.grade) == (92.0, "B")
    assert len(result.reasons) == 1
    assert result.reasons[0].startswith("P6 sub-element U1 (Process input) is at 60 %")


def stepped(op10: Sequence[int], op20: Sequence[int]) -> Part:
    """P6 questions each evaluated once at step OP10 and once at OP20."""
    questions, answers = [], []
    for number, (first, second) in enumerate(zip(op10, op20, strict=True), 1):
        qid = f"P6.{number}"
        questions.append(ScoreQuestion(qid, "P6"))
        answers.append(answer(qid, Evaluation(first, "OP10"), Evaluation(second, "OP20")))
    return questions, answers


def test_process_step_below_80_caps_at_b() -> None:
    # OP10: 8 + 8 + 6 = 22 of 30 = 73.33 % → 73; OP20: 100 %.
    # Question means 9, 9, 8 → P6 = 26 / 30 = 86.67 %. E_G = 126 / 130 = 96.92 % → A → B.
    result = vda(stepped((8, 8, 6), (10, 10, 10)), pad(10))
    assert (result.total, result.grade) == (96.92, "B")
    assert result.steps == (
        Figure("OP10", "", 73.33, 73, 22.0, 30.0, 3, 3),
        Figure("OP20", "", 100.0, 100, 30.0, 30.0, 3, 3),
    )
    assert figure(result.elements, "P6").percent == 86.67
    assert result.reasons == (
        "process step OP10 is at 73 % (rounded), below 80 %: the grade is at most B",
    )


def test_process_step_below_70_caps_at_c() -> None:
    # OP10: 6 + 6 + 8 = 20 of 30 = 66.67 % → 67. Means 8, 8, 9 → P6 = 83.33 %.
    # E_G = 125 / 130 = 96.15 % → A → C.
    result = vda(stepped((6, 6, 8), (10, 10, 10)), pad(10))
    assert (result.total, result.grade) == (96.15, "C")
    assert result.reasons == (
        "process step OP10 is at 67 % (rounded), below 70 %: the grade is at most C",
    )


def test_star_question_scored_4_caps_at_b() -> None:
    # P5: 4 + 9 × 10 = 94 of 100 → 94.00 % → A → B.
    result = vda(element("P5", 4, *[10] * 9, stars=[1]))
    assert (result.total, result.grade) == (94.0, "B")
    assert result.reasons == ("star question P5.1 was scored 4: the grade is at most B",)


def test_each_downgrade_says_its_grade_and_whether_it_lowered_the_grade() -> None:
    # 94 % is an A: the star 4 lowers it to B. At 73 % (a C by the total) the same 4 caps
    # nothing that the total did not already give.
    lowered = vda(element("P5", 4, *[10] * 9, stars=[1]))
    assert lowered.downgrades == (Downgrade("B", "star question P5.1 was scored 4", True),)
    # P5: 4 + 9 × 6 = 58 of 100 → 58 % → C by the total; the star 4 caps at B (not lowered).
    kept = vda(element("P5", 4, *[6] * 9, stars=[1]))
    assert kept.grade == "C"
    assert Downgrade("B", "star question P5.1 was scored 4", False) in kept.downgrades


def test_a_cap_is_reported_before_the_audit_can_be_rated() -> None:
    # P5: 1 of 3 questions evaluated, fewer than 2/3: not rated, but the star 4 is already a cap.
    result = vda(element("P5", 4, None, None, stars=[1]))
    assert result.grade == "not rated"
    assert result.downgrades == (
        Downgrade("C", "element P5 (Supplier management) is at 40 % (rounded), below 70 %", False),
        Downgrade("B", "star question P5.1 was scored 4", False),
    )
    assert all("at most" not in reason for reason in result.reasons)


def test_a_4_on_an_ordinary_question_changes_nothing() -> None:
    result = vda(element("P5", 4, *[10] * 9))
    assert (result.total, result.grade, result.reasons) == (94.0, "A", ())


def test_star_question_scored_0_caps_at_c_with_one_reason() -> None:
    # P5: 0 + 9 × 10 = 90 → 90.00 % → A → C; the "any question 0" rule (B) adds no second line.
    result = vda(element("P5", 0, *[10] * 9, stars=[1]))
    assert (result.total, result.grade) == (90.0, "C")
    assert result.reasons == ("star question P5.1 was scored 0: the grade is at most C",)


def test_any_question_scored_0_caps_at_b() -> None:
    result = vda(element("P5", 0, *[10] * 9))
    assert (result.total, result.grade) == (90.0, "B")
    assert result.reasons == ("question P5.1 was scored 0: the grade is at most B",)


def test_star_checks_read_each_evaluation_not_the_mean() -> None:
    # The star question's mean is (10 + 10 + 10 + 0) / 4 = 7.5, but one evaluation is 0 → C.
    # P5 = 7.5 + 90 = 97.5 of 100 → 97.50 %.
    star = ScoreQuestion("P5.1", "P5", star=True)
    given = answer("P5.1", 10, 10, 10, Evaluation(0, product_group="PG4"))
    rest_q, rest_a = element("P5", *[10] * 10)  # P5.2 … P5.10 are kept
    result = score_vda63([star, *rest_q[1:]], [given, *rest_a[1:]])
    assert (result.total, result.grade) == (97.5, "C")
    assert result.reasons == (
        "star question P5.1 was scored 0 (product group PG4): the grade is at most C",
    )


def test_a_4_among_a_star_questions_evaluations_caps_at_b() -> None:
    # Mean (10 + 10 + 4) / 3 = 8.00; P6 = 8 + 9 × 10 = 98 of 100; the 4 at step C → B.
    # Every P6 question is evaluated at steps A, B and C (the 2/3 rule holds per step):
    # A and B 100 %, C (4 + 9 × 10) = 94 %.
    questions = [ScoreQuestion(f"P6.{n}", "P6", star=n == 1) for n in range(1, 11)]
    answers = [answer("P6.1", *(Evaluation(v, s) for v, s in ((10, "A"), (10, "B"), (4, "C"))))]
    answers += [answer(f"P6.{n}", *(Evaluation(10, s) for s in "ABC")) for n in range(2, 11)]
    result = score_vda63(questions, answers)
    assert (result.total, result.grade) == (98.0, "B")
    assert result.reasons == (
        "star question P6.1 was scored 4 (process step C): the grade is at most B",
    )
    assert [(f.code, f.percent) for f in result.steps] == [("A", 100.0), ("B", 100.0), ("C", 94.0)]


def test_the_worst_outcome_applies_and_every_trigger_is_listed() -> None:
    # P2: (8, 8, 8, 6) = 7.5 → 75 % (B); P5: star 0 + 9 × 10 = 90 % (C); P7: 10 × 10.
    # E_G = (7.5 + 90 + 100) / 210 = 94.05 % → A → C.
    result = vda(element("P2", (8, 8, 8, 6)), element("P5", 0, *[10] * 9, stars=[1]), pad(10))
    assert (result.total, result.grade) == (94.05, "C")
    assert result.reasons == (
        "element P2 (Project management) is at 75 % (rounded), below 80 %: the grade is at most B",
        "star question P5.1 was scored 0: the grade is at most C",
    )


def test_rules_that_fire_below_the_band_are_still_reported() -> None:
    # P2: 4 + 4 = 40 % → E_G 40.00 % is a C by its band; the element rule says so too.
    result = vda(element("P2", 4, 4))
    assert (result.total, result.grade) == (40.0, "C")
    assert result.reasons == (
        "element P2 (Project management) is at 40 % (rounded), below 70 %: the grade is at most C",
    )


# -- whole-percent rounding before the downgrade -------------------------------------------------


@pytest.mark.parametrize(
    ("specs", "padding", "percent", "whole", "total", "grade"),
    [
        # 4.5 (4, 4, 4, 6) + 8.67 (6, 10, 10) × 2 + 10 = 31.84 of 40 = 79.60 % → 80: no rule.
        # E_G = (31.84 + 100) / 140 = 94.17 %.
        (((4, 4, 4, 6), (6, 10, 10), (6, 10, 10), 10), 10, 79.6, 80, 94.17, "A"),
        # 9.5 (10, 10, 10, 8) + 10 + 10 + 10 + 8 × 3 + 6 × 2 + 4 = 79.5 of 100 → 80: no rule.
        # E_G = (79.5 + 200) / 300 = 93.17 %.
        (((10, 10, 10, 8), 10, 10, 10, 8, 8, 8, 6, 6, 4), 20, 79.5, 80, 93.17, "A"),
        # 4.5 + 9.33 (8, 10, 10) + 10 = 23.83 of 30 = 79.43 % → 79: B.
        # E_G = 123.83 / 130 = 95.25 %.
        (((4, 4, 4, 6), (8, 10, 10), 10), 10, 79.43, 79, 95.25, "B"),
        # 9.5 + 10 + 8 + 8 + 6 × 5 + 4 = 69.5 of 100 → 70: only B, not C.
        # E_G = (69.5 + 300) / 400 = 92.375 → 92.38 %.
        (((10, 10, 10, 8), 10, 8, 8, 6, 6, 6, 6, 6, 4), 30, 69.5, 70, 92.38, "B"),
        # 4 + 7.5 (4, 6, 10, 10) + 9.33 (8, 10, 10) = 20.83 of 30 = 69.43 % → 69: C.
        # E_G = 120.83 / 130 = 92.946… → 92.95 %.
        ((4, (4, 6, 10, 10), (8, 10, 10)), 10, 69.43, 69, 92.95, "C"),
    ],
)
def test_element_percent_is_rounded_to_whole_percent_before_the_downgrade(
    specs: tuple[Spec, ...], padding: int, percent: float, whole: int, total: float, grade: str
) -> None:
    result = vda(element("P2", *specs), pad(padding))
    p2 = figure(result.elements, "P2")
    assert (p2.percent, p2.whole_percent) == (percent, whole)
    assert (result.total, result.grade) == (total, grade)
    assert len(result.reasons) == (0 if grade == "A" else 1)


# -- the 2/3 rule --------------------------------------------------------------------------------


def test_exactly_two_thirds_evaluated_is_rated() -> None:
    # P5: 10, 10, n.e. → 2 of 3 evaluated; 20 of 20 = 100 %.
    result = vda(element("P5", 10, 10, None))
    assert (result.total, result.grade) == (100.0, "A")
    assert figure(result.elements, "P5") == Figure(
        "P5", "Supplier management", 100.0, 100, 20.0, 20.0, 2, 3
    )


def test_below_two_thirds_is_not_rated_and_says_why() -> None:
    result = vda(element("P5", 10, None, None), element("P7", 10, 10))
    assert result.total is None
    assert result.grade == "not rated"
    assert not result.rated
    assert result.reasons == (
        "element P5 (Supplier management): only 1 of 3 questions evaluated; "
        "VDA 6.3 needs at least 2/3 (2) to rate the audit",
    )
    # What was evaluated is still shown: 30 of 30.
    assert result.overall.percent == 100.0


@pytest.mark.parametrize(("evaluated", "rated"), [(6, True), (5, False)])
def test_two_thirds_of_nine(evaluated: int, rated: bool) -> None:
    specs: list[Spec] = [10] * evaluated + [None] * (9 - evaluated)
    result = vda(element("P3", *specs))
    assert result.rated is rated
    if not rated:
        assert result.reasons == (
            "element P3 (Planning of product and process development): only 5 of 9 questions "
            "evaluated; VDA 6.3 needs at least 2/3 (6) to rate the audit",
        )


def test_an_unanswered_question_counts_against_two_thirds_without_needing_a_reason() -> None:
    questions = [ScoreQuestion(f"P5.{n}", "P5") for n in (1, 2, 3)]
    result = score_vda63(questions, [answer("P5.1", 8)])
    assert result.grade == "not rated"
    assert result.unanswered == ("P5.2", "P5.3")


def test_an_element_with_nothing_evaluated_is_left_out_of_the_audit() -> None:
    # P2 and P3 all n.e. (a P5–P7 audit): no 2/3 failure; E_G over P5 = 100 %.
    result = vda(element("P2", None, None), element("P5", 10, 10))
    assert (result.total, result.grade, result.reasons) == (100.0, "A", ())
    assert figure(result.elements, "P2") == Figure(
        "P2", "Project management", None, None, 0.0, 0.0, 0, 2
    )


def test_two_thirds_applies_to_each_sub_element() -> None:
    # P6 as a whole has 7 of 9 evaluated, but U1 only 1 of 3.
    result = vda(element("P6", 10, None, None, sub="U1"), element("P6", *[10] * 6, sub="U2"))
    assert result.grade == "not rated"
    assert result.reasons == (
        "P6 sub-element U1 (Process input): only 1 of 3 questions evaluated; "
        "VDA 6.3 needs at least 2/3 (2) to rate the audit",
    )


def test_two_thirds_applies_to_each_process_step() -> None:
    # Three P6 questions evaluated at OP10; only P6.1 at OP20 → 1 of 3.
    questions = [ScoreQuestion(f"P6.{n}", "P6") for n in (1, 2, 3)]
    answers = [
        answer("P6.1", Evaluation(10, "OP10"), Evaluation(10, "OP20")),
        answer("P6.2", Evaluation(10, "OP10")),
        answer("P6.3", Evaluation(10, "OP10")),
    ]
    result = score_vda63(questions, answers)
    assert result.grade == "not rated"
    assert result.reasons == (
        "process step OP20: only 1 of 3 questions evaluated; "
        "VDA 6.3 needs at least 2/3 (2) to rate the audit",
    )


def test_nothing_evaluated_is_not_rated() -> None:
    result = vda(element("P5", None, None))
    assert (result.total, result.grade, result.reasons) == (
        None,
        "not rated",
        ("no question was evaluated",),
    )


# -- refused input -------------------------------------------------------------------------------


@pytest.mark.parametrize("reason", ["", "   "])
def test_not_evaluated_needs_a_reason(reason: str) -> None:
    with pytest.raises(ValidationError, match=r"P5\.1 .*not evaluated.*reason"):
        score_vda63([ScoreQuestion("P5.1", "P5")], [not_evaluated("P5.1", reason)])


def test_not_applicable_counts_as_not_evaluated_and_needs_a_reason_too() -> None:
    questions = [ScoreQuestion(f"P5.{n}", "P5") for n in (1, 2, 3)]
    answers = [answer("P5.1", 8), answer("P5.2", 6), not_applicable("P5.3", "no sub-suppliers")]
    result = score_vda63(questions, answers)
    assert (result.total, figure(result.elements, "P5").evaluated) == (70.0, 2)
    with pytest.raises(ValidationError, match="reason"):
        score_vda63(questions[:1], [not_applicable("P5.1")])


@pytest.mark.parametrize("value", [5, 7, 2, 11, -4, 8.5, "8.5", "x", "", "na", True, None])
def test_only_0_4_6_8_10_are_scores(value: object) -> None:
    given = answer("P5.1", 10, Evaluation(value))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"question P5\.1: .* is not a VDA 6\.3 score"):
        score_vda63([ScoreQuestion("P5.1", "P5")], [given])


@pytest.mark.parametrize("value", ["8", " 8 ", 8.0, "8.0"])
def test_a_score_may_come_as_text_or_float(value: str | float) -> None:
    result = score_vda63([ScoreQuestion("P5.1", "P5")], [answer("P5.1", value)])
    assert result.total == 80.0


@pytest.mark.parametrize(
    ("question", "message"),
    [
        (ScoreQuestion("P1.1", "P1"), "element must be one of P2 to P7"),
        (ScoreQuestion("P5.1", "P5", sub_element="U1"), "only P6 questions have a sub-element"),
        (ScoreQuestion("P6.1", "P6", sub_element="U7"), "only P6 questions have a sub-element"),
        (ScoreQuestion("P5.1", "P5", type="yes_no"), "cannot score a yes_no question"),
        (ScoreQuestion("P5.1", "P5", type="slider"), "unknown type 'slider'"),
    ],
)
def test_a_checklist_that_is_not_vda_shaped_is_refused(
    question: ScoreQuestion, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        score_vda63([question], [])


def test_unscored_questions_are_ignored() -> None:
    questions = [ScoreQuestion("P5.1", "P5"), ScoreQuestion("P5.note", "P5", type="text")]
    result = score_vda63(questions, [answer("P5.1", 8), answer("P5.note", "all fine")])
    assert (result.total, figure(result.elements, "P5").total) == (80.0, 1)


# -- editions and titles -------------------------------------------------------------------------


def test_both_editions_score_alike_and_the_edition_is_returned() -> None:
    parts = (element("P2", (8, 8, 8, 6)), element("P5", 4, *[10] * 9, stars=[1]), pad(5))
    new, old = vda(*parts, edition=2023), vda(*parts, edition="2016")
    assert (new.edition, old.edition) == (2023, 2016)
    assert (new.total, new.grade, new.reasons) == (old.total, old.grade, old.reasons)
    assert vda(*parts, edition=None).edition == 2023


@pytest.mark.parametrize("edition", [2019, "2010", "latest"])
def test_unknown_editions_are_refused(edition: int | str) -> None:
    with pytest.raises(ValidationError, match="edition must be 2016 or 2023"):
        vda(element("P5", 10), edition=edition)


def test_titles_given_by_the_caller_win() -> None:
    questions, answers = element("P5", 10)
    result = score_vda63(questions, answers, titles={"P5": "Sub-supplier management"})
    assert result.elements[0].title == "Sub-supplier management"


def test_elements_and_sub_elements_come_in_vda_order_steps_as_met() -> None:
    questions = [
        ScoreQuestion("P7.1", "P7"),
        ScoreQuestion("P6.2", "P6", sub_element="U2"),
        ScoreQuestion("P6.1", "P6", sub_element="U1"),
        ScoreQuestion("P2.1", "P2"),
    ]
    answers = [
        answer("P7.1", 10),
        answer("P6.2", Evaluation(10, "OP20"), Evaluation(10, "OP10")),
        answer("P6.1", Evaluation(10, "OP20"), Evaluation(10, "OP10")),
        answer("P2.1", 10),
    ]
    result = score_vda63(questions, answers)
    assert [f.code for f in result.elements] == ["P2", "P6", "P7"]
    assert [f.code for f in result.sub_elements] == ["U1", "U2"]
    assert [f.code for f in result.steps] == ["OP20", "OP10"]
