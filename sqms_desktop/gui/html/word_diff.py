"""Word-level differences between two texts, as pieces and as HTML with <del> and <ins>.

A conflict's sides are usually one sentence apart from their common base; marking whole words
(not characters, which split "shipped" into "ship" and "ped") lets a reader see at once what
each person changed. Spaces between two changed words join the change, so three replaced words
read as one struck phrase and one new phrase rather than three pairs.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum
from html import escape

from sqms_desktop.gui.base.colors import Colors

# A word (letters, digits, underscores), a run of white space, or one other character.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


class Change(StrEnum):
    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True)
class Piece:
    """A run of text that both sides share, or that only the base (removed) or only the
    changed text (added) holds."""

    change: Change
    text: str


def tokens(text: str) -> list[str]:
    """`text` cut into words, runs of white space and single punctuation marks; joined again
    they give `text` back."""
    return _TOKEN.findall(text)


def word_diff(base: str, changed: str) -> list[Piece]:
    """What turns `base` into `changed`, word by word; the SAME and REMOVED pieces joined give
    `base`, the SAME and ADDED pieces joined give `changed`."""
    old, new = tokens(base), tokens(changed)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    # (removed, added, same) per opcode, before white space is folded into the changes.
    runs: list[tuple[str, str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            runs.append(("", "", "".join(old[i1:i2])))
        else:
            runs.append(("".join(old[i1:i2]), "".join(new[j1:j2]), ""))
    return _pieces(_fold_spaces(runs))


def _fold_spaces(runs: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """White space alone between two changes becomes part of both sides of one change."""
    folded: list[tuple[str, str, str]] = []
    for index, run in enumerate(runs):
        removed, added, same = run
        between_changes = (
            same
            and not same.strip()
            and 0 < index < len(runs) - 1
            and not runs[index - 1][2]
            and not runs[index + 1][2]
        )
        if between_changes:
            removed, added, same = same, same, ""
        if folded and not same and not folded[-1][2]:
            last = folded.pop()
            removed, added = last[0] + removed, last[1] + added
        folded.append((removed, added, same))
    return folded


def _pieces(runs: list[tuple[str, str, str]]) -> list[Piece]:
    pieces: list[Piece] = []
    for old, new, same in runs:
        if same:
            pieces.append(Piece(Change.SAME, same))
            continue
        # A replaced phrase whose sides end alike (a shared trailing space) keeps it common.
        tail = _common_space_tail(old, new)
        cut = len(old) - len(tail), len(new) - len(tail)
        removed, added = old[: cut[0]], new[: cut[1]]
        if removed:
            pieces.append(Piece(Change.REMOVED, removed))
        if added:
            pieces.append(Piece(Change.ADDED, added))
        if tail:
            pieces.append(Piece(Change.SAME, tail))
    return pieces


def _common_space_tail(removed: str, added: str) -> str:
    if not removed or not added:
        return ""
    tail = removed[len(removed.rstrip()) :]
    return tail if tail and added.endswith(tail) and removed.strip() and added.strip() else ""


def _html_text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def pieces_html(pieces: list[Piece], colors: Colors) -> str:
    """The pieces as HTML: removed words struck through in the alert colour, added words
    underlined in the good colour (both also readable without colour)."""
    out: list[str] = []
    for piece in pieces:
        text = _html_text(piece.text)
        if piece.change is Change.REMOVED:
            out.append(
                f'<del style="color:{colors.alert}; text-decoration: line-through">{text}</del>'
            )
        elif piece.change is Change.ADDED:
            out.append(f'<ins style="color:{colors.good}; text-decoration: underline">{text}</ins>')
        else:
            out.append(text)
    return "".join(out)


def word_diff_html(base: str, changed: str, colors: Colors) -> str:
    """`changed` against `base`, as HTML (see `pieces_html`)."""
    return pieces_html(word_diff(base, changed), colors)


def is_prose(*texts: str) -> bool:
    """Whether word-level marking says more than showing the values: some text has several
    words. A date, a number or a status is one token, and its new value says it all."""
    return any(len(text.split()) > 1 for text in texts)
