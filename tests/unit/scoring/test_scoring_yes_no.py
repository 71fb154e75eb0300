"""Yes/no scoring against hand-computed vectors: conformity = yes / (yes + no)."""

from __future__ import annotations

import pytest

from sqms_desktop.errors import ValidationError
from sqms_desktop.scoring import (
    Evaluation,
    Figure,
    ScoreAnswer,
    ScoreQuestion,
    answer,
    not_applicable,
    not_evaluated,
    score_yes_no,
)


def checklist(*values: str) -> tuple[list[ScoreQuestion], list[ScoreAnswer]]:
    """Questions g.1, g.2 … in section "g", answered by `values` in turn."""
    questions = [ScoreQuestion(f"g.{n}", "g", type="yes_no_na") for n in range(1, len(values) + 1)]
    answers = [
        answer(question.qid, value) for question, value in zip(questions, values, strict=True)
    ]
    return questions, answers


def test_conformity_and_proposals() -> None:
    # 9 yes, 1 no → 90.00 % → A; the "no" is proposed as a finding.
    questions, answers = checklist(*["yes"] * 9, "no")
    result = score_yes_no(questions, answers, titles={"g": "Quality management"})
    assert (result.total, result.grade, result.reasons) == (90.0, "A", ())
    assert result.finding_proposals == ("g.10",)
    assert result.elements == (Figure("g", "Quality management", 90.0, 90, 9.0, 10.0, 10, 10),)
    assert result.scheme == "yes_no"


@pytest.mark.parametrize(
    ("yes", "no", "total", "grade"),
    [
        (809, 90, 89.99, "B"),  # 809 / 899 = 0.899888… → 89.99 %
        (4, 1, 80.0, "B"),  # 4 / 5 = 80.00 %
        (1067, 267, 79.99, "C"),  # 1067 / 1334 = 0.799850… → 79.99 %
    ],
)
def test_grade_band_edges(yes: int, no: int, total: float, grade: str) -> None:
    questions, answers = checklist(*["yes"] * yes, *["no"] * no)
    result = score_yes_no(questions, answers)
    assert (result.total, result.grade) == (total, grade)
    assert len(result.finding_proposals) == no


def test_na_is_left_out() -> None:
    # yes, no, na, N/A flag → 1 of 2 = 50.00 %.
    questions, answers = checklist("yes", "no", "na", "yes")
    answers[3] = not_applicable("g.4", "no sterile products")
    result = score_yes_no(questions, answers)
    assert (result.total, result.overall.evaluated, result.overall.total) == (50.0, 2, 4)


def test_every_evaluation_counts_and_a_question_is_proposed_once() -> None:
    # g.1 at three steps: yes, no, no; g.2 yes → 2 of 4 = 50.00 %; g.1 proposed once.
    questions, _ = checklist("yes", "yes")
    evaluations = [Evaluation("yes", "weighing"), Evaluation("no", "drying"), Evaluation("no")]
    result = score_yes_no(questions, [answer("g.1", *evaluations), answer("g.2", "yes")])
    assert (result.total, result.finding_proposals) == (50.0, ("g.1",))


def test_proposals_follow_the_checklist_order() -> None:
    questions, answers = checklist("no", "yes", "no", "no")
    result = score_yes_no(questions, reversed(answers))
    assert result.finding_proposals == ("g.1", "g.3", "g.4")


def test_stars_and_weights_do_not_change_the_count() -> None:
    questions = [
        ScoreQuestion("g.1", "g", weight=5, star=True, type="yes_no"),
        ScoreQuestion("g.2", "g", type="yes_no"),
    ]
    result = score_yes_no(questions, [answer("g.1", "no"), answer("g.2", "yes")])
    assert (result.total, result.grade, result.reasons) == (50.0, "C", ())


def test_nothing_answered_yes_or_no_is_not_rated() -> None:
    questions, answers = checklist("na", "yes")
    result = score_yes_no(questions, answers[:1])
    assert (result.total, result.grade) == (None, "not rated")
    assert result.reasons == ("no question was answered yes or no",)
    assert result.unanswered == ("g.2",)


@pytest.mark.parametrize(
    ("question", "given", "message"),
    [
        (ScoreQuestion("g.1", "g"), answer("g.1", "yes"), "cannot score a score question"),
        (ScoreQuestion("g.1", "g", type="yes_no"), answer("g.1", "maybe"), "not yes, no or na"),
        (ScoreQuestion("g.1", "g", type="yes_no"), answer("g.1", 1), "not yes, no or na"),
        (
            ScoreQuestion("g.1", "g", type="yes_no"),
            not_evaluated("g.1", "busy"),
            "'not evaluated' is a VDA 6.3 notion",
        ),
    ],
)
def test_bad_input_is_refused(question: ScoreQuestion, given: ScoreAnswer, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        score_yes_no([question], [given])
