"""Date edits that may also say "any day": the filters of the Trail and Findings pages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

# The edits' minimum, shown through their special value text as "any day".
NO_DATE = QDate(2000, 1, 1)


def allow_any_day(edit: QDateEdit) -> None:
    """Let the edit's first day stand for "any day", and start there."""
    edit.setMinimumDate(NO_DATE)
    edit.setDate(NO_DATE)


def day_of(date: QDate) -> dt.date | None:
    """The chosen day, or None for "any day"."""
    if not date.isValid() or date <= NO_DATE:
        return None
    return dt.date(date.year(), date.month(), date.day())


def to_qdate(day: dt.date | None) -> QDate:
    """What the edit shows for `day` (None: "any day")."""
    return NO_DATE if day is None else QDate(day.year, day.month, day.day)
