"""The condition grammar: shows and hides questions, never evaluates code."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sqms_desktop.checklists.conditions import ConditionError, parse_condition


@pytest.mark.parametrize(
    ("text", "answers", "shown"),
    [
        ('q12 == "yes"', {"q12": "yes"}, True),
        ('q12 == "yes"', {"q12": "no"}, False),
        ('q12 == "yes"', {}, False),
        ('q12 != "no"', {"q12": "yes"}, True),
        ("q3 >= 2", {"q3": "2"}, True),
        ("q3 >= 2", {"q3": 1.5}, False),
        ("q3 < 10.5", {"q3": "abc"}, False),
        ('not q4 == "n/a"', {"q4": "ok"}, True),
        ('P6.4.1 != "no" and (q3 >= 2 or not q4 == "n/a")', {"P6.4.1": "yes", "q3": "1"}, True),
        (
            'P6.4.1 != "no" and (q3 >= 2 or not q4 == "n/a")',
            {"P6.4.1": "yes", "q3": "1", "q4": "n/a"},
            False,
        ),
        ('P6.4.1 != "no" and (q3 >= 2 or q4 == "x")', {"P6.4.1": "yes", "q4": "x"}, True),
        ('a == "1" or b == "2" and c == "3"', {"a": "1"}, True),
        ('(a == "1" or b == "2") and c == "3"', {"a": "1"}, False),
        ('q1 == "say \\"hi\\""', {"q1": 'say "hi"'}, True),
        ('8.4.1-a == "yes" and 9.2 >= 2.5', {"8.4.1-a": "yes", "9.2": "3"}, True),
        ("q5 > -1", {"q5": "0"}, True),
    ],
)
def test_conditions_evaluate(text: str, answers: dict[str, str | float], shown: bool) -> None:
    assert parse_condition(text).evaluate(answers) is shown


def test_names_lists_every_question_read() -> None:
    condition = parse_condition('a == "1" or (b.2 > 3 and not c-3 == "x")')
    assert condition.names() == {"a", "b.2", "c-3"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("q1 ==", 'ends early; expected a "text" or a number'),
        ('q1 = "x"', "unexpected '= \"x\"' at character 4"),
        ('q1 == "x" and', "ends early; expected a question id"),
        ('(q1 == "x"', "ends early; expected ')'"),
        ('q1 < "a"', "< compares numbers"),
        ('__import__("os").system("ls")', "unexpected '.system"),
        ("q1 == yes", 'expected a "text" or a number at character 7'),
    ],
)
def test_bad_conditions_say_what_and_where(text: str, message: str) -> None:
    with pytest.raises(ConditionError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_condition(text)


@given(st.text(max_size=40))
def test_any_text_parses_or_fails_cleanly(text: str) -> None:
    try:
        condition = parse_condition(text)
    except ConditionError:
        return
    condition.evaluate({})
