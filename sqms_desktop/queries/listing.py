"""What the lists read a window at a time share: the filter text matched in the store, stored
values matched and sorted by the words a screen shows for them, and an order that is always the
same (a tie-breaker, empty values last either way).

A list page asks the store for the ids of every record that matches, in order, then reads the
rows of the ids it shows (queries/audits.py, queries/suppliers.py, queries/finding_register.py),
so the filter and the sort must mean in SQL what the columns show on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy import Select, SQLColumnExpression, case, false, or_
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from sqms_desktop.vocab import word

# IN lists stay well below SQLite's limit on bound parameters.
CHUNK = 500
# The grades an audit may carry (scoring.GRADE_ORDER and "not rated", named here so a list
# need not load the scoring), for sorting and the filter text.
GRADES = ("A", "B", "C", "not rated")


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


Row = TypeVar("Row", bound=_Identified)


def ids_of(session: Session, query: Select[Any]) -> list[str]:
    """The ids a SELECT of one id column returns, in order, taken from the driver's rows as
    they are: an id needs no conversion, and the result's work per row would take longer than
    the query itself over fifty thousand audits."""
    result = session.connection().execute(query)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def rows_in_order(ids: Sequence[str], read: Callable[[list[str]], Iterable[Row]]) -> list[Row]:
    """The rows `read` returns for `ids` (asked `CHUNK` ids at a time), in the order of `ids`:
    a window of a list whose order the store gave. An id no longer in the store is left out."""
    by_id: dict[str, Row] = {}
    for start in range(0, len(ids), CHUNK):
        by_id.update((row.id, row) for row in read(list(ids[start : start + CHUNK])))
    return [by_id[i] for i in ids if i in by_id]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(column: Any, needle: str) -> ColumnElement[bool]:
    """`column` holds `needle` anywhere, in any case; % and _ in it are plain characters.

    ILIKE: case-insensitive on PostgreSQL too (SQLite's LIKE is, PostgreSQL's is not). SQLite
    folds the case of ASCII letters only, so the needle is lower-cased here ("MÜNCHEN" finds
    "München"), and one starting with another letter is also looked for capitalised ("çelik"
    finds "Çelik Dövme"); a capital such letter inside a word is matched only as typed."""
    lowered = needle.lower()
    variants = [lowered]
    if not lowered[:1].isascii():
        variants.append(lowered[:1].upper() + lowered[1:])
    matches = [column.ilike(f"%{_escaped(v)}%", escape="\\") for v in variants]
    return matches[0] if len(matches) == 1 else or_(*matches)


def worded_as(column: Any, values: Iterable[str], needle: str) -> ColumnElement[bool]:
    """`column` holds one of `values` whose word (as screens show it, `vocab.word`) contains
    `needle`: typing "progr" finds the audits "In progress"."""
    folded = needle.casefold()
    found = sorted(v for v in values if folded in word(v).casefold())
    return column.in_(found) if found else false()


def by_word(column: Any, values: Iterable[str]) -> ColumnElement[int]:
    """A sort key that puts `values` in the alphabetical order of their words (what a column
    shows, in the language in use); a value not among them sorts after them, none is empty."""
    ranked = sorted(values, key=lambda value: word(value).casefold())
    return case(
        (column.is_(None), None),
        *((column == value, n) for n, value in enumerate(ranked)),
        else_=len(ranked),
    )


def in_order(
    key: SQLColumnExpression[Any], tie: SQLColumnExpression[Any], *, descending: bool
) -> tuple[Any, Any]:
    """ORDER BY `key`, empty values last either way, then `tie` the same way round, so records
    with the same value always come in the same order (a window read later fits the first)."""
    if descending:
        return key.desc().nulls_last(), tie.desc()
    return key.asc().nulls_last(), tie.asc()
