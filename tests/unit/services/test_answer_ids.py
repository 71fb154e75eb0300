"""An answer is one record per audit and question on every replica, so two auditors answering
the same question offline make a field conflict, not two rows that clash on import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from sqms_desktop.services import audits
from sqms_desktop.store.base import ID_LENGTH
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import Change, ChangeHead
from sqms_desktop.store.models import Answer
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.sync.check import differences
from sqms_desktop.sync.fold import fold, read_changes
from sqms_desktop.vocab import Scheme
from tests.support.checklist_audits import build_scheme_audits
from tests.support.replicas import copy_as_replica, deliver

Uow = Callable[[], UnitOfWork]


def _answer(store: Store, context: WriteContext, audit_id: str, qid: str, value: str) -> str:
    with UnitOfWork(store, context) as u:
        answer = audits.record_answer(u, audit_id, qid, value)
        u.commit()
        return answer.id


def _value_heads(store: Store, answer_id: str) -> list[str]:
    """The values of the answer's `value` field that no later change has seen."""
    with store.session() as session:
        changes = read_changes(session)
    named = {parent for change in changes for parent in change.parents}
    return sorted(
        str(c.value)
        for c in changes
        if c.entity_id == answer_id and c.field == "value" and c.change_id not in named
    )


def test_the_same_question_answered_on_two_laptops_is_one_record_in_conflict(
    store: Store, store_path: Path, context: WriteContext, uow: Uow, tmp_path: Path
) -> None:
    built = build_scheme_audits(uow)
    audit_id, q1 = built.audit_ids[Scheme.YES_NO], built.questions[Scheme.YES_NO]["q1"]
    other = copy_as_replica(store_path, tmp_path / "other.sqlite", "0b0b0b0b", "laptop")
    here = _answer(store, context, audit_id, q1, "yes")
    there = _answer(other, context, audit_id, q1, "no")
    assert here == there == audits.answer_id(audit_id, q1)
    assert len(here) <= ID_LENGTH

    assert deliver(other, store) > 0
    with store.session() as session:
        rows = session.scalars(select(Answer).where(Answer.audit_id == audit_id)).all()
        assert differences(session) == []
    assert [(r.question_id, r.value) for r in rows] == [(q1, rows[0].value)]
    assert _value_heads(store, here) == ["no", "yes"]  # both kept: a conflict to resolve
    other.close()


def test_answer_ids_differ_by_audit_and_question() -> None:
    ids = {audits.answer_id(a, q) for a in ("a1", "a2") for q in ("q1", "q2")}
    assert len(ids) == 4
    assert audits.answer_id("a1", "q1") == audits.answer_id("a1", "q1")


def test_a_withdrawn_answer_can_be_given_again_and_the_fold_shows_it(
    store: Store, context: WriteContext, uow: Uow
) -> None:
    built = build_scheme_audits(uow)
    audit_id, q1 = built.audit_ids[Scheme.YES_NO], built.questions[Scheme.YES_NO]["q1"]
    first = _answer(store, context, audit_id, q1, "yes")
    with uow() as u:
        assert audits.clear_answer(u, audit_id, q1)
        u.commit()
    with store.session() as session:
        assert session.get(Answer, first) is None
        assert differences(session) == []
    again = _answer(store, context, audit_id, q1, "no")
    assert again == first
    with store.session() as session:
        assert session.get_one(Answer, again).value == "no"
        assert differences(session) == []
        folded = fold(read_changes(session))
        # The head index names only the new answer's change, not the withdrawn one.
        heads = session.scalars(
            select(ChangeHead.change_id).where(
                ChangeHead.entity_id == again, ChangeHead.field == "value"
            )
        ).all()
        latest = session.scalars(
            select(Change.change_id)
            .where(Change.entity_id == again, Change.field == "value")
            .order_by(Change.seq.desc())
        ).first()
    assert folded["answer"][again]["value"] == "no"
    assert heads == [latest]
    # Withdrawn again and answered in one action: still one record, still consistent.
    with uow() as u:
        audits.clear_answer(u, audit_id, q1)
        audits.record_answer(u, audit_id, q1, "yes")
        u.commit()
    with store.session() as session:
        assert session.get_one(Answer, again).value == "yes"
        assert differences(session) == []
