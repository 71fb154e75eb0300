"""When the next audit of a supplier is due (DESIGN §6), with the reason in words.

The regular audit is due a number of months after the last audit held, by risk class (high 12,
medium 24, low 36 by default). An audit graded C brings a follow-up within 6 months, one graded
B within 12; the earlier of the two dates is the one due. A supplier never audited is due at
once: a prospect for its qualification audit, any other for a system audit. A disqualified
supplier is not in the programme. An audit planned (or under way) for the supplier covers what
is due; planned later than the due date, it is flagged late.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqms_desktop.i18n import date_text, translate
from sqms_desktop.vocab import AuditType, RiskClass, SupplierStatus


@dataclass(frozen=True)
class Frequencies:
    """Months between audits per risk class, and to the follow-up after a B or C grade."""

    high: int = 12
    medium: int = 24
    low: int = 36
    follow_up_c: int = 6
    follow_up_b: int = 12

    def months_for(self, risk_class: str) -> int:
        by_class = {RiskClass.HIGH: self.high, RiskClass.MEDIUM: self.medium}
        return by_class.get(RiskClass(risk_class), self.low)


@dataclass(frozen=True)
class HeldAudit:
    """The last audit held at a supplier: its reference, the day it ended, its grade."""

    reference: str
    held_on: dt.date
    grade: str | None
    template_id: str


@dataclass(frozen=True)
class Due:
    due: dt.date
    audit_type: str
    reason: str


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day (31 January + 1 → 28/29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def next_due(
    status: str,
    risk_class: str,
    risk_reason: str,
    last: HeldAudit | None,
    frequencies: Frequencies,
    today: dt.date,
) -> Due | None:
    """The next audit due at a supplier, or None for a disqualified one.

    `risk_reason` says where the risk class comes from (the supplier's own class, or an open
    risk of the register that raises it) and goes into the reason as it is."""
    if status == SupplierStatus.DISQUALIFIED:
        return None
    if last is None:
        if status == SupplierStatus.PROSPECT:
            reason = translate("programme", "prospect never audited: qualification audit")
            return Due(today, AuditType.QUALIFICATION, reason)
        return Due(today, AuditType.SYSTEM, translate("programme", "no audit on record"))
    months = frequencies.months_for(risk_class)
    regular = Due(
        add_months(last.held_on, months),
        AuditType.SYSTEM,
        translate("programme", "{reason}: every {months} months since {reference} ({date})").format(
            reason=risk_reason,
            months=months,
            reference=last.reference,
            date=date_text(last.held_on),
        ),
    )
    follow_months = {"C": frequencies.follow_up_c, "B": frequencies.follow_up_b}.get(
        last.grade or ""
    )
    if follow_months is None:
        return regular
    follow_up = Due(
        add_months(last.held_on, follow_months),
        AuditType.FOLLOW_UP,
        translate(
            "programme", "{reference} graded {grade}: follow-up within {months} months"
        ).format(reference=last.reference, grade=last.grade, months=follow_months),
    )
    return follow_up if follow_up.due < regular.due else regular
