"""What the checklist page writes, each as one trailed action: an answer's new state (answer,
N/A, note, or nothing), and a finding raised again or withdrawn by undo and redo.

Qt-free, so the same steps serve the page's undo stack and tests without a window; the rules are
the field-work services' (services/fieldwork.py), which `sqms audit` calls too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqms_desktop.queries.checklists import AnswerState
from sqms_desktop.queries.findings import FindingValues
from sqms_desktop.services import fieldwork
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store


class ChecklistWriter:
    def __init__(
        self, store: Store, user: str, audit_id: str, today: Callable[[], dt.date]
    ) -> None:
        self.actor = Actor(store, user)
        self.audit_id = audit_id
        self.today = today

    def write_state(
        self, question_id: str, current: AnswerState | None, state: AnswerState | None
    ) -> bool:
        """Make the store hold `state` for the question. A planned audit starts with its first
        answer; returns whether it did."""
        return self.actor.run(
            fieldwork.set_answer_state,
            self.audit_id,
            question_id,
            current,
            state,
            on=self.today(),
        )

    def withdraw_finding(self, finding_id: str, reason: str) -> None:
        """Undo of raising: its photos are unlinked first, then it is withdrawn (trailed)."""
        self.actor.run(fieldwork.withdraw_finding_keeping_evidence, finding_id, reason=reason)

    def raise_finding(self, words: FindingValues, question_id: str | None) -> str:
        """Redo of raising: the same words and photos, under the next free reference."""
        raised = self.actor.run(
            fieldwork.raise_finding_with_evidence,
            self.audit_id,
            words.finding_class,
            words.statement,
            question_id=question_id,
            requirement=words.requirement,
            objective_evidence=words.objective_evidence,
            photo_ids=words.photo_ids,
            on=self.today(),
        )
        return raised.finding.id
