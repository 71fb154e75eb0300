"""The condition grammar that shows a question only when earlier answers match.

A small, safe language parsed by hand (never `eval`):

    condition  := or_expr
    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | comparison
    comparison := "(" condition ")" | NAME OP literal
    OP         := "==" | "!=" | "<" | "<=" | ">" | ">="
    literal    := "double-quoted text" | number

`q12 == "yes"`, `P6.4.1 != "no" and (q3 >= 2 or not q4 == "n/a")`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate

Answers = Mapping[str, str | float | None]

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<string>"(?:[^"\\]|\\.)*")
      | (?P<number>-?\d+(?:\.\d+)?(?![A-Za-z0-9_.\-]))
      | (?P<op>==|!=|<=|>=|<|>)
      | (?P<paren>[()])
      | (?P<word>[A-Za-z0-9_][A-Za-z0-9_.\-]*)
    )""",
    re.VERBOSE,
)
KEYWORDS = frozenset({"and", "or", "not"})
_EXPECTED = {
    "word": "a question id",
    "op": "a comparison (==, !=, <, <=, >, >=)",
    "string": 'a "text"',
    "number": "a number",
    "paren": "')'",
}


class ConditionError(ValidationError):
    """A condition that does not parse; the message says where."""


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    position: int


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            start = len(text) - len(text[position:].lstrip())
            rest = text[start:][:10]
            raise ConditionError(
                translate("conditions", "unexpected {rest!r} at character {start}").format(
                    rest=rest, start=start + 1
                )
            )
        kind = match.lastgroup or ""
        value = match.group(kind)
        start = match.start(kind)
        if kind == "word" and value in KEYWORDS:
            kind = value
        tokens.append(Token(kind, value, start))
        position = match.end()
    return tokens


@dataclass(frozen=True)
class Comparison:
    name: str
    op: str
    value: str | float

    def evaluate(self, answers: Answers) -> bool:
        given = answers.get(self.name)
        if given is None:
            return False
        if isinstance(self.value, float):
            try:
                number = float(given)
            except (TypeError, ValueError):
                return self.op == "!="
            return _compare(number, self.op, self.value)
        return _compare(str(given), self.op, self.value)


@dataclass(frozen=True)
class Not:
    operand: Node

    def evaluate(self, answers: Answers) -> bool:
        return not self.operand.evaluate(answers)


@dataclass(frozen=True)
class BoolOp:
    op: str
    operands: tuple[Node, ...]

    def evaluate(self, answers: Answers) -> bool:
        results = (o.evaluate(answers) for o in self.operands)
        return all(results) if self.op == "and" else any(results)


Node = Comparison | Not | BoolOp

_OPERATORS: dict[str, Callable[[object, object], bool]] = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,  # type: ignore[operator]
    "<=": lambda a, b: a <= b,  # type: ignore[operator]
    ">": lambda a, b: a > b,  # type: ignore[operator]
    ">=": lambda a, b: a >= b,  # type: ignore[operator]
}


def _compare(left: str | float, op: str, right: str | float) -> bool:
    return _OPERATORS[op](left, right)


@dataclass(frozen=True)
class Condition:
    text: str
    root: Node

    def evaluate(self, answers: Answers) -> bool:
        """Whether the question shows, given the answers so far (unanswered matches nothing)."""
        return self.root.evaluate(answers)

    def comparisons(self) -> list[Comparison]:
        """Every `id OP value` in the condition, left to right."""
        found: list[Comparison] = []

        def walk(node: Node) -> None:
            if isinstance(node, Comparison):
                found.append(node)
            elif isinstance(node, Not):
                walk(node.operand)
            else:
                for operand in node.operands:
                    walk(operand)

        walk(self.root)
        return found

    def names(self) -> set[str]:
        """The question ids the condition reads."""
        return {c.name for c in self.comparisons()}


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.index = 0

    def peek(self) -> Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self, *kinds: str) -> Token:
        token = self.peek()
        wanted = " or ".join(_EXPECTED.get(kind, kind) for kind in kinds)
        if token is None:
            raise ConditionError(
                translate("conditions", "the condition ends early; expected {wanted}").format(
                    wanted=wanted
                )
            )
        if token.kind not in kinds:
            raise ConditionError(
                translate(
                    "conditions", "expected {wanted} at character {position}, found {text!r}"
                ).format(wanted=wanted, position=token.position + 1, text=token.text)
            )
        self.index += 1
        return token

    def parse(self) -> Node:
        if not self.tokens:
            raise ConditionError(translate("conditions", "the condition is empty"))
        node = self.or_expr()
        extra = self.peek()
        if extra is not None:
            raise ConditionError(
                translate("conditions", "unexpected {text!r} at character {position}").format(
                    text=extra.text, position=extra.position + 1
                )
            )
        return node

    def or_expr(self) -> Node:
        operands = [self.and_expr()]
        while (token := self.peek()) is not None and token.kind == "or":
            self.index += 1
            operands.append(self.and_expr())
        return operands[0] if len(operands) == 1 else BoolOp("or", tuple(operands))

    def and_expr(self) -> Node:
        operands = [self.not_expr()]
        while (token := self.peek()) is not None and token.kind == "and":
            self.index += 1
            operands.append(self.not_expr())
        return operands[0] if len(operands) == 1 else BoolOp("and", tuple(operands))

    def not_expr(self) -> Node:
        token = self.peek()
        if token is not None and token.kind == "not":
            self.index += 1
            return Not(self.not_expr())
        return self.comparison()

    def comparison(self) -> Node:
        token = self.peek()
        if token is not None and token.kind == "paren" and token.text == "(":
            self.index += 1
            node = self.or_expr()
            closing = self.take("paren")
            if closing.text != ")":
                raise ConditionError(
                    translate("conditions", "expected ')' at {position}").format(
                        position=closing.position + 1
                    )
                )
            return node
        name = self.take("word", "number").text  # an id such as 9.2 reads like a number
        op = self.take("op").text
        literal = self.take("string", "number")
        if literal.kind == "number":
            return Comparison(name, op, float(literal.text))
        value = re.sub(r"\\(.)", r"\1", literal.text[1:-1])
        if op not in ("==", "!="):
            raise ConditionError(
                translate("conditions", "{op} compares numbers; {text} is text").format(
                    op=op, text=literal.text
                )
            )
        return Comparison(name, op, value)


def parse_condition(text: str) -> Condition:
    """Parse a condition or raise `ConditionError` saying what and where."""
    return Condition(text.strip(), _Parser(text).parse())
