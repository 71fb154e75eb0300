"""Domain rules the services enforce, whoever calls them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.services import audits, capas, signatures, suppliers, templates, users
from sqms_desktop.services.identity import PermissionDenied
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Audit, Capa
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.store import acting

D = dt.date(2026, 3, 2)


@pytest.fixture
def world(uow: Callable[[], UnitOfWork]) -> dict[str, str]:
    with uow() as u:
        lead = users.create_user(u, "lena", "Lena Größ", "lead_auditor", "lena-password-1")
        auditor = users.create_user(u, "omar", "Omar Şen", "auditor")
        users.create_user(u, "quinn", "Quinn Quality", "quality_engineer")
        supplier = suppliers.create_supplier(
            u, suppliers.SupplierInput(code="S1", name="Kowalczyk Sp. z o.o.")
        )
        template = templates.create_template(
            u,
            TemplateSpec(
                key="t1",
                title="Test checklist",
                scheme="weighted",
                sections=[
                    SectionSpec(
                        "A",
                        "Section A",
                        [
                            QuestionSpec("q1", "Are gauges calibrated?", clause="7.1.5"),
                            QuestionSpec("q2", "Is the area clean?", type="yes_no"),
                        ],
                    )
                ],
            ),
        )
        u.commit()
    return {
        "lead": lead.id,
        "auditor": auditor.id,
        "supplier": supplier.id,
        "template": template.id,
    }


def _plan(u: UnitOfWork, world: dict[str, str], **extra: object) -> Audit:
    plan = audits.AuditPlan(
        supplier_id=world["supplier"],
        template_id=world["template"],
        lead_auditor_id=world["lead"],
        planned_start=D,
        **extra,  # type: ignore[arg-type]
    )
    return audits.plan_audit(u, plan)


def test_audits_use_released_templates_only(
    uow: Callable[[], UnitOfWork], world: dict[str, str]
) -> None:
    with uow() as u:
        with pytest.raises(StateError, match="draft; audits use released templates only"):
            _plan(u, world)
        templates.release_template(u, world["template"])
        audit = _plan(u, world)
        u.commit()
    assert audit.reference == "AUD-2026-0001"
    with uow() as u, pytest.raises(StateError, match="only a draft can be released"):
        templates.release_template(u, world["template"])


def test_only_a_lead_auditor_leads(uow: Callable[[], UnitOfWork], world: dict[str, str]) -> None:
    with uow() as u:
        templates.release_template(u, world["template"])
        with pytest.raises(ValidationError, match="Omar Şen is a auditor"):
            audits.plan_audit(
                u,
                audits.AuditPlan(
                    supplier_id=world["supplier"],
                    template_id=world["template"],
                    lead_auditor_id=world["auditor"],
                    planned_start=D,
                ),
            )


def test_audit_life_cycle_and_lock(
    store: Store, uow: Callable[[], UnitOfWork], world: dict[str, str]
) -> None:
    with uow() as u:
        templates.release_template(u, world["template"])
        audit = _plan(u, world)
        u.commit()
    question_ids = {}
    with uow() as u:
        from sqlalchemy import select

        from sqms_desktop.store.models import Question

        question_ids = {q.qid: q.id for q in u.session.scalars(select(Question))}
        with pytest.raises(StateError, match="start it before answering"):
            audits.record_answer(u, audit.id, question_ids["q1"], "3")
    with uow() as u:
        audits.start_audit(u, audit.id, D)
        with pytest.raises(ValidationError, match="weighted scheme scores 0, 1, 2, 3; got '7'"):
            audits.record_answer(u, audit.id, question_ids["q1"], "7")
        with pytest.raises(ValidationError, match="answer yes, no; got 'maybe'"):
            audits.record_answer(u, audit.id, question_ids["q2"], "maybe")
        with pytest.raises(ValidationError, match="needs a justification"):
            audits.record_answer(u, audit.id, question_ids["q2"], None, not_applicable=True)
        audits.record_answer(u, audit.id, question_ids["q1"], "3")
        audits.record_answer(u, audit.id, question_ids["q1"], "2", note="second look")
        audits.record_answer(u, audit.id, question_ids["q2"], "no")
        finding = audits.raise_finding(
            u, audit.id, "minor_nc", "Area dirty", question_id=question_ids["q2"]
        )
        audits.complete_audit(u, audit.id, D, conclusions="Mostly fine.", score=83.3, grade="B")
        with pytest.raises(StateError, match="signed by its lead auditor with a password"):
            audits.change_audit_status(u, audit.id, "signed")
        u.commit()
    with UnitOfWork(store, WriteContext(user="lena")) as u:
        signatures.sign_audit(u, audit.id, "lena", "lena-password-1")
        u.commit()
    assert finding.reference == "AUD-2026-0001-F01"
    with uow() as u:
        with pytest.raises(StateError, match="signed and locked; reopen it with a reason"):
            audits.record_answer(u, audit.id, question_ids["q1"], "0")
        with pytest.raises(ValidationError, match="needs a reason"):
            audits.change_audit_status(u, audit.id, "in_progress")
        with pytest.raises(StateError, match="it can move to report_issued, in_progress"):
            audits.change_audit_status(u, audit.id, "closed")
        audits.change_audit_status(u, audit.id, "in_progress", reason="auditee sent new records")
        audits.record_answer(u, audit.id, question_ids["q1"], "0")
        u.commit()


def test_capa_moves_forward_one_stage_at_a_time(
    store: Store, context: WriteContext, uow: Callable[[], UnitOfWork], world: dict[str, str]
) -> None:
    with acting(store, "quinn", context) as u:
        capa = capas.raise_capa(
            u, capas.CapaInput(supplier_id=world["supplier"], title="Burrs", owner="Jan")
        )
        u.commit()
    with uow() as u, pytest.raises(PermissionDenied, match="needs the quality engineer role"):
        capas.issue_capa(u, capa.id, D)
    with acting(store, "quinn", context) as u:
        with pytest.raises(StateError, match="the next stage is issued, not root_cause"):
            capas.advance_capa(u, capa.id, "root_cause", on=D)
        capas.issue_capa(u, capa.id, D)
        capas.advance_capa(u, capa.id, "containment", on=D)
        with pytest.raises(StateError, match="next stage is root_cause, not issued"):
            capas._require_next(u.session.get_one(Capa, capa.id), capas.C.ISSUED)
        u.commit()
    with uow() as u:
        stored = u.session.get_one(Capa, capa.id)
        assert stored.root_cause_due == D + dt.timedelta(days=7)
        assert stored.closure_due == D + dt.timedelta(days=30)
        assert capas.overdue_stage(stored, D + dt.timedelta(days=7)) is None
        assert capas.overdue_stage(stored, D + dt.timedelta(days=8)) == "root_cause_due"
    with acting(store, "quinn", context) as u:
        with pytest.raises(ValidationError, match="reason"):
            capas.cancel_capa(u, capa.id, reason="")
        capas.cancel_capa(u, capa.id, reason="raised twice")
        u.commit()
    with acting(store, "quinn", context) as u, pytest.raises(StateError, match="cancelled; it"):
        capas.advance_capa(u, capa.id, "root_cause", on=D)


def test_kpi_figures_are_checked_and_corrected_in_place(
    uow: Callable[[], UnitOfWork], world: dict[str, str]
) -> None:
    kpi = suppliers.KpiInput("2026-02", 10, 9, 5000, 3)
    with uow() as u:
        with pytest.raises(ValidationError, match="YYYY-MM"):
            suppliers.record_kpi(u, world["supplier"], suppliers.KpiInput("2026-13", 1, 1, 1, 0))
        with pytest.raises(ValidationError, match="more on-time deliveries than deliveries"):
            suppliers.record_kpi(u, world["supplier"], suppliers.KpiInput("2026-02", 1, 2, 1, 0))
        with pytest.raises(ValidationError, match="more parts rejected than received"):
            suppliers.record_kpi(u, world["supplier"], suppliers.KpiInput("2026-02", 1, 1, 1, 5))
        first = suppliers.record_kpi(u, world["supplier"], kpi)
        u.commit()
    with uow() as u:
        again = suppliers.record_kpi(
            u, world["supplier"], suppliers.KpiInput("2026-02", 10, 9, 5000, 4)
        )
        u.commit()
    assert again.id == first.id
    assert again.quantity_rejected == 4


def test_user_names_are_checked(uow: Callable[[], UnitOfWork]) -> None:
    with uow() as u:
        with pytest.raises(ValidationError, match="must start with a letter"):
            users.create_user(u, "1bad name", "X", "auditor")
        with pytest.raises(ValidationError, match="role must be one of"):
            users.create_user(u, "good", "Good Name", "boss")
        users.create_user(u, "good", "Good Name", "auditor")
        with pytest.raises(ValidationError, match="taken"):
            users.create_user(u, "good", "Other", "auditor")


def test_reference_numbers_keep_counting_past_four_digits(
    uow: Callable[[], UnitOfWork],
) -> None:
    from sqms_desktop.services import next_number
    from sqms_desktop.store.models import Supplier

    with uow() as u:
        for code in ("X-0001", "X-9999", "X-10000", "XA-99999"):
            suppliers.create_supplier(u, suppliers.SupplierInput(code=code, name=code))
        u.commit()
    with uow() as u:
        assert next_number(u, Supplier.code, "X-") == 10001
        assert next_number(u, Supplier.code, "Y-") == 1
