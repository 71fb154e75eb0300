"""When the next audit is due (DESIGN §6), against dates worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from sqms_desktop.performance.programme import Frequencies, HeldAudit, add_months, next_due
from sqms_desktop.vocab import AuditType, RiskClass, SupplierStatus

TODAY = dt.date(2026, 12, 3)
HELD_ON = dt.date(2026, 3, 10)
DEFAULTS = Frequencies()


def _last(grade: str | None) -> HeldAudit:
    return HeldAudit("AUD-2026-0007", HELD_ON, grade, "template-1")


@pytest.mark.parametrize(
    ("risk", "due"),
    [
        (RiskClass.HIGH, dt.date(2027, 3, 10)),
        (RiskClass.MEDIUM, dt.date(2028, 3, 10)),
        (RiskClass.LOW, dt.date(2029, 3, 10)),
    ],
)
def test_the_regular_audit_is_due_by_risk_class(risk: str, due: dt.date) -> None:
    result = next_due(SupplierStatus.APPROVED, risk, "risk class x", _last("A"), DEFAULTS, TODAY)
    assert result is not None
    assert result.due == due
    assert result.audit_type == AuditType.SYSTEM
    assert "since AUD-2026-0007 (2026-03-10)" in result.reason


def test_a_c_grade_brings_a_follow_up_within_six_months() -> None:
    result = next_due(SupplierStatus.APPROVED, RiskClass.LOW, "r", _last("C"), DEFAULTS, TODAY)
    assert result is not None
    assert (result.due, result.audit_type) == (dt.date(2026, 9, 10), AuditType.FOLLOW_UP)
    assert result.reason == "AUD-2026-0007 graded C: follow-up within 6 months"


def test_a_b_grade_brings_a_follow_up_within_twelve_months_unless_the_regular_is_sooner() -> None:
    low = next_due(SupplierStatus.APPROVED, RiskClass.LOW, "r", _last("B"), DEFAULTS, TODAY)
    assert low is not None
    assert (low.due, low.audit_type) == (dt.date(2027, 3, 10), AuditType.FOLLOW_UP)
    tight = Frequencies(high=9)
    high = next_due(SupplierStatus.APPROVED, RiskClass.HIGH, "r", _last("B"), tight, TODAY)
    assert high is not None
    assert (high.due, high.audit_type) == (dt.date(2026, 12, 10), AuditType.SYSTEM)


def test_a_supplier_never_audited_is_due_at_once() -> None:
    prospect = next_due(SupplierStatus.PROSPECT, RiskClass.LOW, "r", None, DEFAULTS, TODAY)
    approved = next_due(SupplierStatus.APPROVED, RiskClass.LOW, "r", None, DEFAULTS, TODAY)
    assert prospect is not None
    assert approved is not None
    assert (prospect.due, prospect.audit_type) == (TODAY, AuditType.QUALIFICATION)
    assert (approved.due, approved.audit_type) == (TODAY, AuditType.SYSTEM)


def test_a_disqualified_supplier_is_not_in_the_programme() -> None:
    assert next_due(SupplierStatus.DISQUALIFIED, "high", "r", _last("C"), DEFAULTS, TODAY) is None


def test_months_are_added_to_the_calendar_and_clamped_to_the_month_end() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2027, 12, 31), 2) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 11, 15), 14) == dt.date(2028, 1, 15)
