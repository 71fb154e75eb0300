"""The small part of XPath that XLSForm `relevant` and `constraint` cells use, parsed by hand.

An XLSForm writes its logic as XPath: `${q1} = 'yes' and not(selected(${q2}, 'x'))`,
`. >= 0 and . <= 100`. We read the part of it that our checklists can hold (comparisons of one
answer with one value, `and`, `or`, `not()`, `selected()`), never evaluate anything, and say
in a sentence why any other expression cannot be taken over (`Unmappable`). Turning the tree
into our condition grammar is `xlsform_logic`'s job; this module only knows XPath.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<ref>\$\{\s*(?P<refname>[^}\s]*)\s*\})
      | (?P<string>'[^']*'|"[^"]*")
      | (?P<number>-?(?:\d+(?:\.\d+)?|\.\d+))
      | (?P<op>!=|<=|>=|=|<|>)
      | (?P<paren>[(),])
      | (?P<word>[A-Za-z_][A-Za-z0-9_.:\-]*)
      | (?P<current>\.)
      | (?P<other>\S)
    )""",
    re.VERBOSE,
)
_ARITHMETIC = {"+", "-", "*", "|", "div", "mod"}
FLIPPED = {"=": "=", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}


class Unmappable(ValidationError):
    """An expression our checklists cannot hold; the message says why, for the import's list."""


@dataclass(frozen=True)
class Ref:
    """`${name}`: the answer of another question."""

    name: str


@dataclass(frozen=True)
class Current:
    """`.`: the answer of the question the constraint belongs to."""


@dataclass(frozen=True)
class Literal:
    value: str | float


@dataclass(frozen=True)
class Compare:
    op: str  # XPath's: = != < <= > >=
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Selected:
    """`selected(${name}, 'choice')`."""

    ref: Ref
    choice: Literal


@dataclass(frozen=True)
class Not:
    operand: Expr


@dataclass(frozen=True)
class Junction:
    op: str  # "and" | "or"
    operands: tuple[Expr, ...]


Expr = Ref | Current | Literal | Compare | Selected | Not | Junction


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str


SMART_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    # A spreadsheet turns typed quotes into curly ones; pyxform reads them as plain quotes too.
    for match in _TOKEN.finditer(text.translate(SMART_QUOTES)):
        kind = match.lastgroup or ""
        if kind == "refname":
            kind = "ref"
        value = match.group("refname") if kind == "ref" else match.group(kind)
        if kind == "other" or (kind == "word" and value in _ARITHMETIC):
            raise Unmappable(
                translate("xpath", "it calculates with {value!r}, which a condition cannot").format(
                    value=value
                )
            )
        tokens.append(_Token(kind, value))
    return tokens


def parse(text: str) -> Expr:
    """The expression as a tree, or `Unmappable` naming what our conditions cannot hold."""
    parser = _Parser(_tokens(text))
    if not parser.tokens:
        raise Unmappable(translate("xpath", "the expression is empty"))
    tree = parser.or_expr()
    if parser.peek() is not None:
        raise Unmappable(
            translate("xpath", "it does not read as one expression near {peek_text!r}").format(
                peek_text=parser.peek_text()
            )
        )
    return tree


class _Parser:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.index = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def peek_text(self) -> str:
        token = self.peek()
        return "" if token is None else token.text

    def take(self, kind: str, text: str | None = None) -> _Token:
        token = self.peek()
        if token is None or token.kind != kind or (text is not None and token.text != text):
            wanted = text or kind
            found = "the end" if token is None else repr(token.text)
            raise Unmappable(
                translate(
                    "xpath", "it does not read as XPath: expected {wanted!r}, found {found}"
                ).format(wanted=wanted, found=found)
            )
        self.index += 1
        return token

    def at_word(self, word: str) -> bool:
        token = self.peek()
        return token is not None and token.kind == "word" and token.text == word

    def or_expr(self) -> Expr:
        operands = [self.and_expr()]
        while self.at_word("or"):
            self.index += 1
            operands.append(self.and_expr())
        return operands[0] if len(operands) == 1 else Junction("or", tuple(operands))

    def and_expr(self) -> Expr:
        operands = [self.comparison()]
        while self.at_word("and"):
            self.index += 1
            operands.append(self.comparison())
        return operands[0] if len(operands) == 1 else Junction("and", tuple(operands))

    def comparison(self) -> Expr:
        left = self.primary()
        token = self.peek()
        if token is None or token.kind != "op":
            return left
        self.index += 1
        right = self.primary()
        following = self.peek()
        if following is not None and following.kind == "op":
            raise Unmappable(translate("xpath", "it chains comparisons, which a condition cannot"))
        return Compare(token.text, left, right)

    def primary(self) -> Expr:
        token = self.peek()
        if token is None:
            raise Unmappable(translate("xpath", "the expression ends early"))
        self.index += 1
        if token.kind == "ref":
            if not token.text:
                raise Unmappable(translate("xpath", "it names no question in ${}"))
            return Ref(token.text)
        if token.kind == "string":
            return Literal(token.text[1:-1])
        if token.kind == "number":
            return Literal(float(token.text))
        if token.kind == "current":
            return Current()
        if token.kind == "paren" and token.text == "(":
            inner = self.or_expr()
            self.take("paren", ")")
            return inner
        if token.kind == "word" and self.peek_text() == "(":
            return self.call(token.text)
        raise Unmappable(
            translate("xpath", "it does not read as a condition near {text!r}").format(
                text=token.text
            )
        )

    def call(self, name: str) -> Expr:
        self.take("paren", "(")
        if name == "not":
            inner = self.or_expr()
            self.take("paren", ")")
            return Not(inner)
        if name == "selected":
            ref = self.primary()
            self.take("paren", ",")
            choice = self.primary()
            self.take("paren", ")")
            if not isinstance(ref, Ref) or not isinstance(choice, Literal):
                raise Unmappable(translate("xpath", "selected() must name a question and a choice"))
            return Selected(ref, choice)
        raise Unmappable(
            translate(
                "xpath", "it uses the function {name}(), which our conditions do not have"
            ).format(name=name)
        )


def number_text(value: float) -> str:
    """A number as our condition grammar and a choice name write it: 3, not 3.0."""
    return str(int(value)) if value.is_integer() else repr(value)


def literal_text(literal: Literal) -> str:
    value = literal.value
    return number_text(value) if isinstance(value, float) else value
