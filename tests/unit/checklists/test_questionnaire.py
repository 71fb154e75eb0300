"""The hint beside each answer cell of the self-assessment questionnaire says what may be typed,
and the drop-down offers the same answers (N/A only where the question allows it)."""

from __future__ import annotations

import pytest

from sqms_desktop.checklists.questionnaire import QuestionItem, allowed_answers, how_to_answer


def _question(kind: str, **extra: object) -> QuestionItem:
    values: dict[str, object] = {
        "id": "id-1",
        "qid": "q1",
        "text": "Text",
        "guidance": "",
        "type": kind,
        "options": (),
        "min_value": None,
        "max_value": None,
        "condition": "",
    }
    values.update(extra)
    return QuestionItem(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "extra", "hint"),
    [
        ("yes_no", {}, "Choose one: yes; no"),
        ("yes_no_na", {}, "Choose one: yes; no; N/A"),
        ("score", {}, "Choose one: 0; 1; 2; 3; N/A; N/A needs the reason in the comment"),
        (
            "choice",
            {"options": ("ISO 9001, accredited", "none")},
            "Choose one: ISO 9001, accredited; none; N/A; N/A needs the reason in the comment",
        ),
        ("number", {"min_value": 1.0}, "A number of at least 1, or N/A"),
        ("number", {"max_value": 9.5}, "A number of at most 9.5, or N/A"),
        ("number", {"min_value": 0.0, "max_value": 500.0}, "A number from 0 to 500, or N/A"),
        ("multi_choice", {"options": ("a", "b")}, "One or more of: a; b (separate with ;)"),
        ("text", {"condition": 'q0 == "yes"'}, 'Answer only when q0 == "yes"'),
    ],
)
def test_the_hint_says_what_may_be_typed(kind: str, extra: dict[str, object], hint: str) -> None:
    assert hint in how_to_answer(_question(kind, **extra), "weighted")


def test_a_plain_yes_no_question_offers_no_na() -> None:
    assert allowed_answers(_question("yes_no"), "weighted") == ("yes", "no")
    assert allowed_answers(_question("score"), "vda63") == ("0", "4", "6", "8", "10", "N/A")
    assert allowed_answers(_question("text"), "weighted") == ()  # free input
