"""Dates as the window shows them, and date edits that may also say "any day".

Every date the GUI shows goes through `date_text` (and a moment through `moment_text`): the
day, the month's name in the user's language and the year ("3 Dec 2026"), from `QLocale`, so
no screen shows an ISO date beside a "3 12 2026" and the day and month cannot be mistaken.
Date edits take the same form through `show_dates_in_locale`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QDateEdit

# Day, abbreviated month name, year: unambiguous in every locale ("3 Dec 2026").
DATE_FORMAT = "d MMM yyyy"
TIME_FORMAT = "HH:mm"

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


def date_text(day: dt.date | None) -> str:
    """`day` as the window shows dates: "3 Dec 2026" in the user's language ("" for none)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def moment_text(moment: dt.datetime, *, seconds: bool = False) -> str:
    """A moment as the window shows it: its date as `date_text`, then the time of day, in
    the moment's own offset (a naive moment is shown as it is)."""
    fmt = TIME_FORMAT + (":ss" if seconds else "")
    time = QTime(moment.hour, moment.minute, moment.second)
    return f"{date_text(moment.date())} {QLocale().toString(time, fmt)}"


def show_dates_in_locale(edit: QDateEdit) -> None:
    """Let a date edit show its date as `date_text` does."""
    edit.setDisplayFormat(DATE_FORMAT)
