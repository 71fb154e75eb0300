"""What the checklist page writes, each as one trailed action: an answer's new state (answer,
N/A, note, or nothing), and a finding raised again or withdrawn by undo and redo.

Qt-free, so the same steps serve the page's undo stack and tests without a window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from sqms_desktop.queries.checklists import AnswerState
from sqms_desktop.services import audits, findings
from sqms_desktop.services.evidence import link_to_finding
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Attachment
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import AuditStatus


@dataclass(frozen=True)
class FindingWords:
    """A finding as raised: what raising it again needs."""

    finding_class: str
    statement: str
    requirement: str
    objective_evidence: str
    photo_ids: tuple[str, ...]


class ChecklistWriter:
    def __init__(
        self, store: Store, user: str, audit_id: str, today: Callable[[], dt.date]
    ) -> None:
        self.store = store
        self.user = user
        self.audit_id = audit_id
        self.today = today

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.store, WriteContext(user=self.user))

    def write_state(
        self, question_id: str, current: AnswerState | None, state: AnswerState | None, status: str
    ) -> bool:
        """Make the store hold `state` for the question. A planned audit starts with its first
        answer; returns whether it did."""
        starting = status == AuditStatus.PLANNED
        with self.unit_of_work() as uow:
            if starting:
                audits.start_audit(uow, self.audit_id, self.today())
            if state is not None and state.answered:
                audits.record_answer(
                    uow,
                    self.audit_id,
                    question_id,
                    state.value,
                    not_applicable=state.not_applicable,
                    na_justification=state.na_justification,
                    note=state.note,
                )
            else:
                if current is not None and current.answered:
                    audits.clear_answer(uow, self.audit_id, question_id)
                note = state.note if state else ""
                if (current.note if current else "") != note:
                    audits.record_note(uow, self.audit_id, question_id, note)
            uow.commit()
        return starting

    def withdraw_finding(self, finding_id: str, reason: str) -> None:
        """Undo of raising: its photos are unlinked first, then it is withdrawn (trailed)."""
        with self.unit_of_work() as uow:
            linked = uow.session.scalars(
                select(Attachment.id).where(Attachment.finding_id == finding_id)
            ).all()
            for photo_id in linked:
                link_to_finding(uow, photo_id, None)
            findings.withdraw_finding(uow, finding_id, reason=reason)
            uow.commit()

    def raise_finding(self, words: FindingWords, question_id: str | None) -> str:
        """Redo of raising: the same words and photos, under the next free reference."""
        with self.unit_of_work() as uow:
            finding = audits.raise_finding(
                uow,
                self.audit_id,
                words.finding_class,
                words.statement,
                question_id=question_id,
                requirement=words.requirement,
                objective_evidence=words.objective_evidence,
            )
            for photo_id in words.photo_ids:
                link_to_finding(uow, photo_id, finding.id)
            uow.commit()
            return finding.id
