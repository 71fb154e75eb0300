"""Word-level differences: what a reader of a conflict sees struck through and underlined."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from sqms_desktop.gui.base.colors import LIGHT
from sqms_desktop.gui.html.word_diff import Change, Piece, is_prose, word_diff, word_diff_html

pytestmark = pytest.mark.gui

SAME, REMOVED, ADDED = Change.SAME, Change.REMOVED, Change.ADDED


def test_added_words_are_marked_and_the_rest_is_kept() -> None:
    assert word_diff("The supplier shipped late", "The supplier shipped parts late again") == [
        Piece(SAME, "The supplier shipped "),
        Piece(ADDED, "parts "),
        Piece(SAME, "late"),
        Piece(ADDED, " again"),
    ]


def test_a_replaced_phrase_reads_as_one_struck_and_one_new_phrase() -> None:
    assert word_diff("the quick brown fox", "a slow red fox") == [
        Piece(REMOVED, "the quick brown"),
        Piece(ADDED, "a slow red"),
        Piece(SAME, " fox"),
    ]


def test_whole_words_change_never_parts_of_words() -> None:
    assert word_diff("Containment at the plant.", "Containment at both plants.") == [
        Piece(SAME, "Containment at "),
        Piece(REMOVED, "the plant"),
        Piece(ADDED, "both plants"),
        Piece(SAME, "."),
    ]


def test_an_emptied_or_new_text_is_one_piece() -> None:
    assert word_diff("", "new text") == [Piece(ADDED, "new text")]
    assert word_diff("old text", "") == [Piece(REMOVED, "old text")]
    assert word_diff("same", "same") == [Piece(SAME, "same")]


@given(st.text(max_size=60), st.text(max_size=60))
def test_the_pieces_give_back_both_texts(base: str, changed: str) -> None:
    pieces = word_diff(base, changed)
    assert "".join(p.text for p in pieces if p.change is not ADDED) == base
    assert "".join(p.text for p in pieces if p.change is not REMOVED) == changed
    assert all(p.text for p in pieces)


def test_html_escapes_user_text_and_keeps_line_breaks() -> None:
    html = word_diff_html("R&D <closed>\nsecond line", "R&D <open>\nsecond line", LIGHT)
    assert "R&amp;D &lt;" in html
    assert "<closed>" not in html
    assert "<br>" in html
    assert "<del" in html
    assert "<ins" in html


def _format_at(html: str, word: str) -> tuple[bool, bool]:
    document = QTextDocument()
    document.setHtml(html)
    cursor = QTextCursor(document)
    cursor.setPosition(document.toPlainText().index(word) + 1)
    text_format = cursor.charFormat()
    return text_format.fontStrikeOut(), text_format.fontUnderline()


def test_qt_shows_removed_words_struck_through_and_added_words_underlined() -> None:
    html = word_diff_html("Sort the parts daily", "Sort the parts weekly", LIGHT)
    assert _format_at(html, "daily") == (True, False)
    assert _format_at(html, "weekly") == (False, True)
    assert _format_at(html, "parts") == (False, False)


def test_single_values_are_not_prose() -> None:
    assert not is_prose("2026-03-01", "2026-03-04")
    assert not is_prose("approved", "probation")
    assert is_prose("approved", "approved with conditions")
