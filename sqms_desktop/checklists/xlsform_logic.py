"""An XLSForm's `relevant` as our show-if condition, its `constraint` as a number's limits.

Only what means the same in both places is taken over; everything else raises `Unmappable`
with the reason, and the import lists it as a warning. The rules, with the reasons:
- A comparison of one answer with one value maps (`${q1} = 'yes'` → `q1 == "yes"`), with the
  value turned into what we store: a choice's label for a choice question (our choice answers
  are the labels), "yes"/"no" for a yes/no question, a number for a number question.
- `selected(${q}, 'x')` is `q == "x"` on a select_one question; on a select_multiple it has no
  counterpart, because our conditions compare a whole answer, not one choice among several.
- Ordered comparisons (`<`, `>=` …) map on numbers only; our grammar compares text as equal or
  not, and a choice's order is not its label's.
- A test for an empty answer (`${q} != ''`) does not map: our conditions never match an
  unanswered question, so "is answered" and "is not answered" cannot be said.
- Functions other than `not()` and `selected()`, arithmetic, and comparisons of two answers do
  not map.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqms_desktop.checklists.xpath import (
    FLIPPED,
    Compare,
    Current,
    Expr,
    Junction,
    Literal,
    Not,
    Ref,
    Selected,
    Unmappable,
    literal_text,
    number_text,
    parse,
)
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.vocab import YES_NO_TYPES, QuestionType


@dataclass(frozen=True)
class Target:
    """A question a condition may read: its id with us, its type, and for a closed list the
    value we store for each of the form's choice names."""

    qid: str
    type: str
    choices: dict[str, str] = field(default_factory=dict)


Lookup = Callable[[str], Target]  # a form name → its question, or Unmappable saying why not


def condition_from_relevant(text: str, lookup: Lookup) -> str:
    """Our condition for an XLSForm `relevant`, or `Unmappable` with the reason."""
    return _render(parse(text), lookup)


def join_conditions(parts: list[str]) -> str:
    """Several conditions that must all hold (a group's and its question's) as one."""
    kept = [p for p in parts if p]
    if len(kept) <= 1:
        return "".join(kept)
    return " and ".join(f"({p})" if " or " in p else p for p in kept)


def _render(expr: Expr, lookup: Lookup) -> str:
    if isinstance(expr, Junction):
        parts = []
        for operand in expr.operands:
            text = _render(operand, lookup)
            wrap = expr.op == "and" and isinstance(operand, Junction)
            parts.append(f"({text})" if wrap else text)
        return f" {expr.op} ".join(parts)
    if isinstance(expr, Not):
        inner = _render(expr.operand, lookup)
        simple = isinstance(expr.operand, Compare | Selected)
        return f"not {inner}" if simple else f"not ({inner})"
    if isinstance(expr, Selected):
        return _comparison(lookup(expr.ref.name), expr.ref.name, "=", expr.choice)
    if isinstance(expr, Compare):
        return _compare(expr, lookup)
    if isinstance(expr, Ref):
        raise Unmappable(
            translate(
                "xlsform_logic",
                "it tests whether {name} is answered, which our conditions cannot say",
            ).format(name=expr.name)
        )
    raise Unmappable(translate("xlsform_logic", "it is a value, not a comparison"))


def _compare(expr: Compare, lookup: Lookup) -> str:
    left, right, op = expr.left, expr.right, expr.op
    if isinstance(left, Literal) and isinstance(right, Ref):
        left, right, op = right, left, FLIPPED[op]
    if isinstance(left, Ref) and isinstance(right, Literal):
        return _comparison(lookup(left.name), left.name, op, right)
    if isinstance(left, Ref) and isinstance(right, Ref):
        raise Unmappable(
            translate(
                "xlsform_logic",
                "it compares two answers ({name} and {name2}); a condition compares one "
                "answer with a value",
            ).format(name=left.name, name2=right.name)
        )
    if isinstance(left, Current) or isinstance(right, Current):
        raise Unmappable(translate("xlsform_logic", "it reads the question's own answer ('.')"))
    raise Unmappable(translate("xlsform_logic", "it compares no answer of another question"))


def _comparison(target: Target, name: str, op: str, literal: Literal) -> str:
    ours = "==" if op == "=" else op
    if target.type == QuestionType.MULTI_CHOICE:
        raise Unmappable(
            translate(
                "xlsform_logic",
                "{name} is a select_multiple question: our conditions compare a whole "
                "answer, not one choice among several",
            ).format(name=name)
        )
    if target.type == QuestionType.PHOTO:
        raise Unmappable(
            translate(
                "xlsform_logic", "{name} is a photo, which a condition cannot compare"
            ).format(name=name)
        )
    value = literal_text(literal)
    if value == "":
        raise Unmappable(
            translate(
                "xlsform_logic",
                "it tests whether {name} is empty, which our conditions cannot say (an "
                "unanswered question matches no condition)",
            ).format(name=name)
        )
    if target.type == QuestionType.NUMBER:
        return f"{target.qid} {ours} {number_text(_number(literal, name))}"
    if op not in ("=", "!="):
        raise Unmappable(
            translate(
                "xlsform_logic",
                "it compares {name} by order ({op}); a condition compares a number by "
                "order, other answers only as equal or not",
            ).format(name=name, op=op)
        )
    if target.type == QuestionType.CHOICE or target.type in YES_NO_TYPES:
        if value not in target.choices:
            raise Unmappable(
                translate("xlsform_logic", "{value!r} is not one of the choices of {name}").format(
                    value=value, name=name
                )
            )
        value = target.choices[value]
    return f"{target.qid} {ours} {_quoted(value)}"


def _number(literal: Literal, name: str) -> float:
    if isinstance(literal.value, float):
        return literal.value
    try:
        return float(literal.value)
    except ValueError:
        raise Unmappable(
            translate(
                "xlsform_logic", "it compares the number {name} with the text {value!r}"
            ).format(name=name, value=literal.value)
        ) from None


def _quoted(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


# -- constraints -----------------------------------------------------------------------------

LIMITS_ONLY = QT_TRANSLATE_NOOP(
    "xlsform_logic", "only limits such as '. >= 0 and . <= 100' become a number's min and max"
)


def limits_from_constraint(text: str, *, whole: bool) -> tuple[float | None, float | None]:
    """(min, max) of a number question from its constraint, or `Unmappable` with the reason.

    Our limits include their value, so `. > 0` maps on a whole-number question (as min 1) but
    not on a decimal one. `whole` says which the question is.
    """
    low: float | None = None
    high: float | None = None
    for part in _conjuncts(parse(text)):
        if not isinstance(part, Compare):
            raise Unmappable(translate("xlsform_logic", LIMITS_ONLY))
        left, right, op = part.left, part.right, part.op
        if isinstance(left, Literal) and isinstance(right, Current):
            left, right, op = right, left, FLIPPED[op]
        if not (isinstance(left, Current) and isinstance(right, Literal)) or op in ("=", "!="):
            raise Unmappable(translate("xlsform_logic", LIMITS_ONLY))
        value = _number(right, translate("xlsform_logic", "the answer"))
        if op in ("<", ">"):
            if not (whole and value.is_integer()):
                raise Unmappable(
                    translate(
                        "xlsform_logic",
                        "'. {op} {number_text}' leaves the value out, and our min and max "
                        "include it; write '>=' or '<='",
                    ).format(op=op, number_text=number_text(value))
                )
            value, op = (value + 1, ">=") if op == ">" else (value - 1, "<=")
        if op == ">=":
            low = value if low is None else max(low, value)
        else:
            high = value if high is None else min(high, value)
    return low, high


def _conjuncts(expr: Expr) -> list[Expr]:
    if isinstance(expr, Junction) and expr.op == "and":
        return [part for operand in expr.operands for part in _conjuncts(operand)]
    return [expr]
