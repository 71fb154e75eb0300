"""The audit programme as `sqms programme` and the Programme page read it: per supplier the next
audit due, from its risk class and last grade, and whether an audit is planned for it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from sqms_desktop.demo.templates import ISO9001_EXTRACT
from sqms_desktop.queries.programme import ProgrammeRow, programme
from sqms_desktop.services import audits, supplier_risks, suppliers, templates, users
from sqms_desktop.services.policy import set_policy
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import AuditType, PolicyKey, ProgrammeState

TODAY = dt.date(2026, 12, 3)


def _held(u: UnitOfWork, plan: audits.AuditPlan, ended: dt.date, grade: str, **more: str) -> None:
    """An audit held and graded (set on the record: the scoring has its own tests)."""
    audit = audits.plan_audit(u, plan)
    u.update(audit, {"status": "signed", "actual_end": ended, "grade": grade, **more})


@pytest.fixture
def codes(store: Store, uow: Callable[[], UnitOfWork]) -> Callable[..., dict[str, ProgrammeRow]]:
    with uow() as u:
        lead = users.create_user(u, "lena", "Lena Lead", "lead_auditor")
        template = templates.create_template(u, ISO9001_EXTRACT)
        templates.release_template(u, template.id)
        ids = {}
        for code, status, risk in (
            ("NEW", "prospect", "low"),
            ("GRADEC", "approved", "low"),
            ("CALM", "approved", "medium"),
            ("LATE", "approved", "high"),
            ("GONE", "disqualified", "high"),
        ):
            made = suppliers.create_supplier(
                u, suppliers.SupplierInput(code, f"{code} Ltd", status=status, risk_class=risk)
            )
            ids[code] = made.id
        u.commit()

    def plan(code: str, day: dt.date, kind: str = AuditType.SYSTEM) -> audits.AuditPlan:
        return audits.AuditPlan(ids[code], template.id, lead.id, day, type=kind)

    with uow() as u:
        _held(u, plan("GRADEC", dt.date(2026, 3, 1)), dt.date(2026, 3, 10), "C")
        _held(u, plan("CALM", dt.date(2026, 6, 1)), dt.date(2026, 6, 1), "A")
        _held(u, plan("LATE", dt.date(2026, 1, 10)), dt.date(2026, 1, 15), "A")
        _held(u, plan("GONE", dt.date(2026, 1, 10)), dt.date(2026, 1, 15), "C")
        audits.plan_audit(u, plan("LATE", dt.date(2027, 2, 1)))
        # The supplier's own self-assessment is no audit held at NEW.
        _held(u, plan("NEW", dt.date(2026, 5, 1), AuditType.SELF_ASSESSMENT), TODAY, "A")
        u.commit()

    def read(months: int = 12) -> dict[str, ProgrammeRow]:
        with store.session() as session:
            return {r.code: r for r in programme(session, TODAY, months)}

    return read


def test_each_supplier_gets_its_due_date_and_state_in_words(codes: Callable[..., dict]) -> None:
    rows = codes()
    assert set(rows) == {"NEW", "GRADEC", "LATE"}  # CALM is due beyond a year; GONE never
    assert (rows["NEW"].due, rows["NEW"].state) == (TODAY, ProgrammeState.DUE)
    assert rows["NEW"].audit_type == AuditType.QUALIFICATION
    assert rows["GRADEC"].due == dt.date(2026, 9, 10)
    assert rows["GRADEC"].state == ProgrammeState.OVERDUE
    assert rows["GRADEC"].month == "2026-09"
    assert "graded C: follow-up within 6 months" in rows["GRADEC"].reason
    late = rows["LATE"]
    assert (late.due, late.state) == (dt.date(2027, 1, 15), ProgrammeState.PLANNED_LATE)
    assert (late.planned_start, late.month) == (dt.date(2027, 2, 1), "2027-02")
    assert late.planned_reference is not None
    assert late.last_grade == "A"


def test_a_longer_horizon_lists_what_is_due_later(codes: Callable[..., dict]) -> None:
    calm = codes(24)["CALM"]
    assert (calm.due, calm.state) == (dt.date(2028, 6, 1), ProgrammeState.DUE)
    assert calm.reason == "risk class medium: every 24 months since " + (
        f"{calm.last_reference} (2026-06-01)"
    )


def test_the_frequencies_are_store_policies(
    codes: Callable[..., dict], uow: Callable[[], UnitOfWork]
) -> None:
    with uow() as u:
        set_policy(u, PolicyKey.AUDIT_MONTHS_MEDIUM, 6, reason="tighter programme")
        u.commit()
    calm = codes()["CALM"]
    assert (calm.due, calm.state) == (dt.date(2026, 12, 1), ProgrammeState.OVERDUE)


def test_an_open_risk_raises_the_risk_class_and_so_brings_the_audit_forward(
    codes: Callable[..., dict], uow: Callable[[], UnitOfWork], store: Store
) -> None:
    calm_id = codes(24)["CALM"].supplier_id
    with uow() as u:
        supplier_risks.add_risk(
            u, calm_id, supplier_risks.RiskInput("single_source", "Only die caster", 4, 4)
        )
        u.commit()
    calm = codes()["CALM"]  # high now: every 12 months, so due within the year
    assert (calm.risk_class, calm.due) == ("high", dt.date(2027, 6, 1))
    assert calm.reason.startswith("risk class high, raised from medium by the open single")
    assert "4 × impact 4 = 16" in calm.reason


def test_an_empty_store_has_an_empty_programme(store: Store) -> None:
    with store.session() as session:
        assert programme(session, TODAY) == []
