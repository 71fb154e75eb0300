"""The checklist as the page works through it: conditions, progress, moving, finding, live score."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.queries.checklist_session import ChecklistSession
from sqms_desktop.queries.checklists import AnswerState
from sqms_desktop.queries.scores import score_audit
from sqms_desktop.services import audits, suppliers, templates, users
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork

D = dt.date(2026, 3, 2)
AT = dt.datetime(2026, 3, 2, 9, 0)
SPEC = TemplateSpec(
    key="press",
    title="Press line",
    scheme="weighted",
    sections=[
        SectionSpec(
            "A",
            "Profile",
            [
                QuestionSpec("a1", "Does the site heat-treat?", type="yes_no"),
                QuestionSpec("a2", "Furnace survey date?", type="date", condition='a1 == "yes"'),
            ],
        ),
        SectionSpec(
            "B",
            "Gauges",
            [
                QuestionSpec("b1", "Are gauges calibrated?", clause="7.1.5"),
                QuestionSpec("b2", "Is the gauge room clean?", guidance="Look for coolant"),
            ],
        ),
    ],
)


@pytest.fixture
def audit_id(uow: Callable[[], UnitOfWork]) -> str:
    with uow() as u:
        lead = users.create_user(u, "lena", "Lena Größ", "lead_auditor")
        supplier = suppliers.create_supplier(u, suppliers.SupplierInput(code="S1", name="Acme"))
        template = templates.create_template(u, SPEC)
        templates.release_template(u, template.id)
        audit = audits.plan_audit(
            u,
            audits.AuditPlan(
                supplier_id=supplier.id,
                template_id=template.id,
                lead_auditor_id=lead.id,
                planned_start=D,
            ),
        )
        audits.start_audit(u, audit.id, D)
        u.commit()
        return audit.id


def _open(store: Store, audit_id: str) -> ChecklistSession:
    with store.session() as session:
        return ChecklistSession.open(session, audit_id)


def _id(checklist: ChecklistSession, qid: str) -> str:
    return next(q.id for q in checklist.items if q.qid == qid)


def _given(value: str | None, *, na: bool = False) -> AnswerState:
    return AnswerState(value, na, "not here" if na else "", "", "lena", AT)


def test_conditions_hide_questions_and_progress_counts_only_what_is_shown(
    store: Store, audit_id: str
) -> None:
    checklist = _open(store, audit_id)
    a1, a2 = _id(checklist, "a1"), _id(checklist, "a2")
    assert not checklist.visible(a2)
    assert checklist.progress().visible == 3
    assert checklist.next_visible(a1) == _id(checklist, "b1")  # a2 is skipped while hidden
    checklist.set_answer(a1, _given("yes"))
    assert checklist.visible(a2)
    assert checklist.next_visible(a1) == a2
    section = checklist.section_of(a1)
    assert (checklist.progress(section).answered, checklist.progress(section).visible) == (1, 2)


def test_next_unanswered_wraps_and_find_searches_text_clause_and_notes(
    store: Store, audit_id: str
) -> None:
    checklist = _open(store, audit_id)
    b1, b2 = _id(checklist, "b1"), _id(checklist, "b2")
    checklist.set_answer(b1, _given("3"))
    assert checklist.next_unanswered(b1) == b2
    assert checklist.next_unanswered(b2) == _id(checklist, "a1")  # wraps round
    assert checklist.find("7.1.5") == b1
    assert checklist.find("COOLANT") == b2  # guidance, any case
    checklist.with_note(_id(checklist, "a1"), "met Ms Öztürk", "lena", AT)
    assert checklist.find("öztürk") == _id(checklist, "a1")
    assert checklist.find("nothing like this") is None


def test_the_live_score_equals_the_stored_score(
    store: Store, audit_id: str, uow: Callable[[], UnitOfWork]
) -> None:
    checklist = _open(store, audit_id)
    given = {"a1": "no", "b1": "3", "b2": "1"}
    with uow() as u:
        for qid, value in given.items():
            audits.record_answer(u, audit_id, _id(checklist, qid), value)
        u.commit()
    for qid, value in given.items():
        checklist.set_answer(_id(checklist, qid), _given(value))
    with store.session() as session:
        stored = score_audit(session, audit_id)
    assert checklist.score().total == stored.total
    assert checklist.score().grade == stored.grade
    reopened = _open(store, audit_id)  # and a fresh read agrees with the one kept up to date
    assert reopened.score() == checklist.score()
    checklist.set_answer(_id(checklist, "b2"), None)
    assert checklist.score().total != stored.total
