"""Reading back a date as the window shows it ("3 Dec 2026", in the tests' C locale)."""

from __future__ import annotations

import datetime as dt


def shown_day(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%d %b %Y").date()
