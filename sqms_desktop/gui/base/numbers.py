"""Figures as the window shows them: grouped and with the decimal mark of the user's language
("1,240.50" in English, "1.240,50" in German), from `QLocale`."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def decimal_text(value: float, digits: int = 1) -> str:
    """`value` with `digits` decimals, grouped by thousands."""
    return QLocale().toString(float(value), "f", digits)


def integer_text(value: int) -> str:
    """A count, grouped by thousands."""
    return QLocale().toString(int(value))


def short_number_text(value: float) -> str:
    """A weight or limit as people write it: 2 rather than 2.0, 1.5 as "1.5" ("1,5" in
    German)."""
    return QLocale().toString(float(value), "g", 6)
