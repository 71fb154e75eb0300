"""A report speaks its own language, whatever the window or the command line speaks.

Each report is built inside `printing(settings)`, which sets the report's language for the
thread doing the work (`i18n.speaking`, a context variable): every `translate("reports", …)`,
every word of `vocab.word` and every sentence the core makes while the report is read and laid
out comes out in that language, and a report built on a worker thread leaves the window's
thread speaking the user's language (docs/design.md, "Languages").

Dates and figures follow the report's language too: English reports keep ISO dates
(2026-12-03) and the decimal point, German ones write 03.12.2026 and the decimal comma.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqms_desktop.i18n import date_text, number_text, speaking


@contextmanager
def printing(code: str) -> Iterator[str]:
    """Build a report in the language `code` (see the module's doc)."""
    with speaking(code) as chosen:
        yield chosen


def day(value: dt.date | None) -> str:
    """A date as the report's language writes it; "—" for none."""
    return "—" if value is None else date_text(value)


def number(value: float, digits: int = 1, *, grouped: bool = False) -> str:
    """A figure with `digits` decimals (thousands grouped if asked): 1,234.5 or 1.234,5."""
    return number_text(value, digits, grouped=grouped)


def integer(value: int) -> str:
    """A count with its thousands grouped: 12,500 or 12.500."""
    return number(value, 0, grouped=True)


def percent(value: float, digits: int = 1) -> str:
    """A percentage: 87.5 % or 87,5 %."""
    return f"{number(value, digits)} %"


def money(cents: int, currency: str) -> str:
    """An amount kept in cents, with its currency: 1,250.00 EUR or 1.250,00 EUR."""
    return f"{number(cents / 100, 2, grouped=True)} {currency}"
