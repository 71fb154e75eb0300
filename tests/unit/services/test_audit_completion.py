"""Completing an audit with questions unanswered: refused without a reason that names how many
and which, allowed with one, which is stored, trailed and cleared again when nothing is left."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from sqms_desktop.services import audits
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.models import Audit
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import Scheme
from tests.support.checklist_audits import DAY, LEAD, SchemeAudits, build_scheme_audits


@pytest.fixture
def scheme_audits(uow: Callable[[], UnitOfWork]) -> SchemeAudits:
    return build_scheme_audits(uow)


def _as_lead(store: Store) -> UnitOfWork:
    return UnitOfWork(store, WriteContext(user=LEAD))


def test_unanswered_questions_refuse_completion_naming_them(
    store: Store, scheme_audits: SchemeAudits
) -> None:
    audit_id = scheme_audits.audit_ids[Scheme.VDA63]
    with _as_lead(store) as uow:
        audits.record_answer(uow, audit_id, scheme_audits.questions[Scheme.VDA63]["P5.1"], "8")
        uow.commit()
    with _as_lead(store) as uow, pytest.raises(audits.UnansweredQuestions) as refused:
        audits.complete_after_closing_meeting(uow, audit_id, DAY, conclusions="Effective.")
    assert str(refused.value) == (
        f"audit {_reference(store, audit_id)} has 5 unanswered questions (P5.2, P6.1.1, "
        "P6.1.2, P6.1.3, P6.1.4); completing it anyway needs the reason they stay unanswered"
    )
    with store.session() as session:
        assert session.get_one(Audit, audit_id).status == "in_progress"


def test_a_refusal_names_the_first_five_and_counts_the_rest() -> None:
    refused = audits.UnansweredQuestions("AUD-X-0001", [f"q{n}" for n in range(1, 9)])
    assert str(refused) == (
        "audit AUD-X-0001 has 8 unanswered questions (q1, q2, q3, q4, q5 and 3 more); "
        "completing it anyway needs the reason they stay unanswered"
    )
    assert refused.qids[-1] == "q8"


def test_a_reason_completes_it_and_is_stored_and_trailed(
    store: Store, scheme_audits: SchemeAudits
) -> None:
    audit_id = scheme_audits.audit_ids[Scheme.YES_NO]
    with _as_lead(store) as uow:
        audits.complete_after_closing_meeting(
            uow,
            audit_id,
            DAY,
            conclusions="Not assessed.",
            incomplete_reason="  The plant was shut for a strike  ",
        )
        uow.commit()
    with store.session() as session:
        audit = session.get_one(Audit, audit_id)
        trailed = session.scalars(
            select(TrailEntry.new_value).where(
                TrailEntry.record_id == audit_id, TrailEntry.field == "incomplete_reason"
            )
        ).all()
    assert (audit.status, audit.incomplete_reason) == (
        "completed",
        "The plant was shut for a strike",
    )
    assert trailed == ['"The plant was shut for a strike"']


def test_completed_with_every_question_answered_keeps_no_reason(
    store: Store, scheme_audits: SchemeAudits
) -> None:
    audit_id = scheme_audits.audit_ids[Scheme.YES_NO]
    with _as_lead(store) as uow:
        audits.complete_audit(uow, audit_id, DAY, conclusions="Open.", incomplete_reason="Strike")
        uow.commit()
    with _as_lead(store) as uow:
        audits.reopen_audit(uow, audit_id, reason="The plant reopened")
        for question_id in scheme_audits.questions[Scheme.YES_NO].values():
            audits.record_answer(uow, audit_id, question_id, "yes")
        audits.complete_audit(uow, audit_id, DAY)
        uow.commit()
    with store.session() as session:
        assert session.get_one(Audit, audit_id).incomplete_reason is None


def _reference(store: Store, audit_id: str) -> str:
    with store.session() as session:
        return session.get_one(Audit, audit_id).reference
