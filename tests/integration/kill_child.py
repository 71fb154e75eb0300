"""The child of test_kill_resilience.py: answers an audit's questions until it is killed.

Each answer is one action, committed on its own, and its line is printed only after the commit:
every line the parent reads names an answer that must survive the kill.
Usage: python kill_child.py DB AUDIT_ID USER ROUND
"""

from __future__ import annotations

import sys

from sqlalchemy import select

from sqms_desktop.services import audits
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.models import Audit, Question
from sqms_desktop.store.uow import UnitOfWork, WriteContext

VALUES = ("0", "1", "2", "3")


def answer_forever(db: str, audit_id: str, user: str, round_: int) -> None:
    store = open_store(f"sqlite:///{db}")
    with store.session() as session:
        template_id = session.get_one(Audit, audit_id).template_id
        questions = session.execute(
            select(Question.id, Question.qid)
            .where(Question.template_id == template_id)
            .order_by(Question.position)
        ).all()
    step = 0
    while True:
        question_id, qid = questions[step % len(questions)]
        value = VALUES[(step + round_) % len(VALUES)]
        note = f"round {round_} step {step}"
        with UnitOfWork(store, WriteContext(user=user)) as uow:
            audits.record_answer(uow, audit_id, question_id, value, note=note)
            uow.commit()
        print(qid, value, round_, step, flush=True)
        step += 1


if __name__ == "__main__":
    answer_forever(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
