"""XLSForm `relevant` and `constraint` expressions: what maps onto our conditions and limits,
what does not, and that a mapped condition shows a question exactly when the form would."""

from __future__ import annotations

import pytest

from sqms_desktop.checklists.conditions import parse_condition
from sqms_desktop.checklists.xlsform_logic import (
    Target,
    condition_from_relevant,
    join_conditions,
    limits_from_constraint,
)
from sqms_desktop.checklists.xpath import Unmappable

TARGETS = {
    "ok": Target("ok", "yes_no", {"yes": "yes", "no": "no"}),
    "shift": Target("shift", "choice", {"e": "Early shift", "l": "Late shift", "3": "Third"}),
    "count": Target("count", "number"),
    "remark": Target("remark", "text"),
    "when": Target("when", "date"),
    "seen": Target("seen", "multi_choice", {"fire": "Fire", "spill": "Spill"}),
    "photo": Target("photo", "photo"),
    "a_very_long_name_that_was_cut_to_fit": Target("a_very_long_name", "yes_no", {"yes": "yes"}),
}


def lookup(name: str) -> Target:
    if name not in TARGETS:
        raise Unmappable(f"the form has no question {name!r}")
    return TARGETS[name]


def relevant(text: str) -> str:
    return condition_from_relevant(text, lookup)


@pytest.mark.parametrize(
    ("xpath", "ours"),
    [
        ("${ok} = 'yes'", 'ok == "yes"'),
        ("${ok}='no'", 'ok == "no"'),
        ('${ok} != "yes"', 'ok != "yes"'),
        ("'yes' = ${ok}", 'ok == "yes"'),
        ("${shift} = 'e'", 'shift == "Early shift"'),
        ("${shift} = 3", 'shift == "Third"'),
        ("selected(${shift}, 'l')", 'shift == "Late shift"'),
        ("selected(${ok}, 'yes')", 'ok == "yes"'),
        ("${count} > 5", "count > 5"),
        ("${count} >= 2.5", "count >= 2.5"),
        ("10 > ${count}", "count < 10"),
        ("${count} = '4'", "count == 4"),
        ("${remark} = 'none'", 'remark == "none"'),
        ("${when} = '2024-06-01'", 'when == "2024-06-01"'),
        ("${remark} = 'say \"hi\"'", r'remark == "say \"hi\""'),
        ("not(${ok} = 'no')", 'not ok == "no"'),
        ("not(${ok} = 'no' or ${count} > 3)", 'not (ok == "no" or count > 3)'),
        (
            "${ok} = 'yes' and (${count} < 3 or selected(${shift}, 'e'))",
            'ok == "yes" and (count < 3 or shift == "Early shift")',
        ),
        (
            "${ok} = 'yes' or ${count} = 0 and ${remark} = 'x'",
            'ok == "yes" or count == 0 and remark == "x"',
        ),
        ("${a_very_long_name_that_was_cut_to_fit} = 'yes'", 'a_very_long_name == "yes"'),
        ("${shift} = \u2018e\u2019", 'shift == "Early shift"'),  # curly quotes, as Excel types
        ("${remark} = \u201cnone\u201d", 'remark == "none"'),
    ],
)
def test_relevant_expressions_that_map(xpath: str, ours: str) -> None:
    assert relevant(xpath) == ours
    parse_condition(ours)  # and our grammar reads what we wrote


@pytest.mark.parametrize(
    ("xpath", "why"),
    [
        ("${shift} <= 2", "compares shift by order"),
        ("${ok} = 'maybe'", "'maybe' is not one of the choices of ok"),
        ("selected(${seen}, 'fire')", "seen is a select_multiple question"),
        ("${seen} = 'fire'", "seen is a select_multiple question"),
        ("${remark} != ''", "tests whether remark is empty"),
        ("${ok} = ''", "tests whether ok is empty"),
        ("${count} > ${count}", "compares two answers"),
        ("${count} + 1 > 3", "calculates with '+'"),
        ("string-length(${remark}) > 3", "function string-length()"),
        ("${when} > today()", "function today()"),
        ("${remark}", "tests whether remark is answered"),
        ("${photo} = 'x'", "photo is a photo"),
        ("${count} = 'many'", "compares the number count with the text 'many'"),
        ("${nothere} = 'x'", "the form has no question 'nothere'"),
        ("${ok} = 'yes' and", "ends early"),
        ("${ok} = 'yes' 'no'", "does not read as one expression"),
        ("${count} > 1 > 0", "chains comparisons"),
        ("", "the expression is empty"),
    ],
)
def test_relevant_expressions_that_do_not_map_say_why(xpath: str, why: str) -> None:
    with pytest.raises(Unmappable) as caught:
        relevant(xpath)
    assert why in str(caught.value)


@pytest.mark.parametrize(
    ("answers", "shown"),
    [
        ({"ok": "yes", "count": "2", "shift": None}, True),
        ({"ok": "yes", "count": "7", "shift": "Early shift"}, True),
        ({"ok": "yes", "count": "7", "shift": "Late shift"}, False),
        ({"ok": "no", "count": "1", "shift": "Early shift"}, False),
    ],
)
def test_a_mapped_condition_shows_the_question_when_the_form_would(
    answers: dict[str, str | None], shown: bool
) -> None:
    condition = parse_condition(
        relevant("${ok} = 'yes' and (${count} < 3 or selected(${shift}, 'e'))")
    )
    assert condition.evaluate(answers) is shown


def test_a_groups_condition_and_the_questions_own_hold_together() -> None:
    joined = join_conditions(['ok == "yes" or count > 1', "", 'remark == "x"'])
    assert joined == '(ok == "yes" or count > 1) and remark == "x"'
    assert parse_condition(joined).evaluate({"ok": "yes", "remark": "y"}) is False
    assert join_conditions(["", 'ok == "no"']) == 'ok == "no"'
    assert join_conditions([]) == ""


@pytest.mark.parametrize(
    ("constraint", "whole", "limits"),
    [
        (". >= 0 and . <= 100", True, (0, 100)),
        (".>=1 and .<=5", False, (1, 5)),
        ("(. >= 0) and (. <= 100)", False, (0, 100)),
        (". <= 40", False, (None, 40)),
        ("0 <= .", False, (0, None)),
        (". > 0", True, (1, None)),
        (". < 10", True, (None, 9)),
        (". >= -5 and . >= 0 and . <= 9", False, (0, 9)),
    ],
)
def test_simple_constraints_become_limits(
    constraint: str, whole: bool, limits: tuple[float | None, float | None]
) -> None:
    assert limits_from_constraint(constraint, whole=whole) == limits


@pytest.mark.parametrize(
    ("constraint", "why"),
    [
        (". > 0", "leaves the value out"),
        (". >= 0 or . = -1", "only limits such as"),
        (". != 0", "only limits such as"),
        (". <= ${count}", "only limits such as"),
        ("regex(., '^[0-9]+$')", "function regex()"),
    ],
)
def test_other_constraints_do_not_map(constraint: str, why: str) -> None:
    with pytest.raises(Unmappable) as caught:
        limits_from_constraint(constraint, whole=False)
    assert why in str(caught.value)
