"""The scoring entry point, the input model and the JSON shape, common to every scheme."""

from __future__ import annotations

import json

import pytest

from sqms_desktop.errors import ValidationError
from sqms_desktop.scoring import (
    Evaluation,
    GradeBands,
    ScoreAnswer,
    ScoreQuestion,
    answer,
    not_applicable,
    not_evaluated,
    score,
)

VDA_QUESTIONS = [ScoreQuestion("P5.1", "P5"), ScoreQuestion("P5.2", "P5", star=True)]


def test_one_value_per_question_is_one_call() -> None:
    assert answer("q1", 8) == ScoreAnswer("q1", (Evaluation(8),))
    assert answer("q1", 8, Evaluation(6, step="OP20")).evaluations == (
        Evaluation(8),
        Evaluation(6, "OP20"),
    )
    assert not_evaluated("q1", "line stopped") == ScoreAnswer(
        "q1", not_evaluated=True, reason="line stopped"
    )
    assert not_applicable("q1").not_applicable


def test_evaluations_given_as_a_list_are_kept_as_a_tuple() -> None:
    given = ScoreAnswer("q1", [Evaluation(8)])  # type: ignore[arg-type]
    assert given.evaluations == (Evaluation(8),)
    assert hash(given) == hash(ScoreAnswer("q1", (Evaluation(8),)))


def test_the_dispatcher_picks_the_scheme() -> None:
    vda = score("vda63", VDA_QUESTIONS, [answer("P5.1", 8), answer("P5.2", 10)], edition=2016)
    assert (vda.scheme, vda.edition, vda.total, vda.grade) == ("vda63", 2016, 90.0, "A")
    weighted = [ScoreQuestion("s.1", "s"), ScoreQuestion("s.2", "s", type="yes_no_na")]
    result = score("weighted", weighted, [answer("s.1", 3), answer("s.2", "na")], na_policy="zero")
    assert (result.scheme, result.edition, result.total) == ("weighted", None, 50.0)
    yes_no = [ScoreQuestion("g.1", "g", type="yes_no")]
    assert score("yes_no", yes_no, [answer("g.1", "no")]).finding_proposals == ("g.1",)


def test_vda_ignores_bands_and_the_others_ignore_the_edition() -> None:
    strict = GradeBands(a_min=99, b_min=98)
    vda = score("vda63", VDA_QUESTIONS, [answer("P5.1", 8), answer("P5.2", 10)], bands=strict)
    assert vda.grade == "A"
    weighted = score("weighted", [ScoreQuestion("s.1", "s")], [answer("s.1", 3)], edition=2016)
    assert weighted.edition is None


@pytest.mark.parametrize(
    ("scheme", "options", "message"),
    [
        ("vda6.3", {}, "scheme must be one of vda63, weighted, yes_no"),
        ("vda63", {"na_policy": "skip"}, "N/A policy must be exclude or zero"),
        ("vda63", {"edition": 2010}, "edition must be 2016 or 2023"),
    ],
)
def test_unknown_settings_are_refused(
    scheme: str, options: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        score(scheme, VDA_QUESTIONS, [], **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("questions", "answers", "message"),
    [
        (VDA_QUESTIONS * 2, [], r"question P5\.1 appears twice"),
        (VDA_QUESTIONS, [answer("P9.9", 8)], r"answer to P9\.9, which is not in the checklist"),
        (VDA_QUESTIONS, [answer("P5.1", 8), answer("P5.1", 6)], r"P5\.1 is answered twice"),
        (
            VDA_QUESTIONS,
            [ScoreAnswer("P5.1", (Evaluation(8),), not_evaluated=True, reason="x")],
            "has evaluations and is also marked",
        ),
        (
            VDA_QUESTIONS,
            [ScoreAnswer("P5.1", not_evaluated=True, not_applicable=True, reason="x")],
            "both not evaluated and N/A",
        ),
    ],
)
def test_inconsistent_input_is_refused(
    questions: list[ScoreQuestion], answers: list[ScoreAnswer], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        score("vda63", questions, answers)


def test_a_result_prints_as_json() -> None:
    # P6: (10 at OP10, 6 at OP20) → 8.00 → 80 %; U1 likewise; OP10 100 %, OP20 60 % → C.
    questions = [ScoreQuestion("P6.1", "P6", sub_element="U1")]
    answers = [answer("P6.1", Evaluation(10, "OP10"), Evaluation(6, "OP20"))]
    result = score("vda63", questions, answers)
    data = json.loads(json.dumps(result.to_dict()))
    assert data == {
        "scheme": "vda63",
        "edition": 2023,
        "total": 80.0,
        "grade": "C",
        "overall": {
            "code": "overall",
            "title": "",
            "percent": 80.0,
            "whole_percent": 80,
            "points": 8.0,
            "possible": 10.0,
            "evaluated": 1,
            "total": 1,
        },
        "elements": [
            {
                "code": "P6",
                "title": "Process analysis: production",
                "percent": 80.0,
                "whole_percent": 80,
                "points": 8.0,
                "possible": 10.0,
                "evaluated": 1,
                "total": 1,
            }
        ],
        "sub_elements": [
            {
                "code": "U1",
                "title": "Process input",
                "percent": 80.0,
                "whole_percent": 80,
                "points": 8.0,
                "possible": 10.0,
                "evaluated": 1,
                "total": 1,
            }
        ],
        "steps": [
            {
                "code": "OP10",
                "title": "",
                "percent": 100.0,
                "whole_percent": 100,
                "points": 10.0,
                "possible": 10.0,
                "evaluated": 1,
                "total": 1,
            },
            {
                "code": "OP20",
                "title": "",
                "percent": 60.0,
                "whole_percent": 60,
                "points": 6.0,
                "possible": 10.0,
                "evaluated": 1,
                "total": 1,
            },
        ],
        "reasons": ["process step OP20 is at 60 % (rounded), below 70 %: the grade is at most C"],
        "finding_proposals": [],
        "unanswered": [],
    }
