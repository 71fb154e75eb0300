"""An audit's checklist as the auditor works through it: answers in memory, conditions, progress,
navigation, search and the live score — read once from the store, then kept up to date by the
page after each saved change, so moving and rescoring never read the store again.

Qt-free: the checklist page drives it, and so can tests and scripts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from sqms_desktop.checklists.conditions import Condition, ConditionError, parse_condition
from sqms_desktop.queries.checklists import (
    AnswerState,
    AuditChecklist,
    ChecklistItem,
    ChecklistSectionRow,
    checklist_of_audit,
)
from sqms_desktop.queries.scores import ScoringBasis, StoredAnswer, scoring_basis
from sqms_desktop.scoring import ScoreResult
from sqms_desktop.vocab import SCORE_VALUES

# Keys for the score buttons: each value's first digit, so "1" stands for 10 (one key per value,
# no waiting for a second).
SCORE_KEYS = {
    scheme: {value[0]: value for value in values} for scheme, values in SCORE_VALUES.items()
}
YES_NO_KEYS = {"y": "yes", "n": "no"}


@dataclass(frozen=True)
class SectionProgress:
    answered: int
    visible: int

    @property
    def done(self) -> bool:
        return self.answered >= self.visible


@dataclass(frozen=True)
class Unanswered:
    """A shown, required question without an answer or N/A."""

    qid: str
    text: str


def unanswered_questions(session: Session, audit_id: str) -> list[Unanswered]:
    """The audit's required questions that are shown (their conditions hold) and unanswered,
    in checklist order: completing the audit with any of them needs a reason
    (`services/audits.complete_audit`). An optional question ("Remarks") may stay empty."""
    return ChecklistSession.open(session, audit_id).unanswered()


class ChecklistSession:
    """One audit's checklist with its answers, as the store held them when it was opened."""

    def __init__(self, checklist: AuditChecklist, basis: ScoringBasis) -> None:
        self.checklist = checklist
        self.basis = basis
        self.items: list[ChecklistItem] = checklist.items()
        self._index = {item.id: n for n, item in enumerate(self.items)}
        self._section_of = {q.id: s for s in checklist.sections for q in s.questions}
        self.answers: dict[str, AnswerState] = {
            item.id: item.answer for item in self.items if item.answer is not None
        }
        self._conditions: dict[str, Condition | None] = {}
        for item in self.items:
            try:
                self._conditions[item.id] = (
                    parse_condition(item.condition) if item.condition else None
                )
            except ConditionError:  # released templates were checked on import
                self._conditions[item.id] = None
        self._score: ScoreResult | None = None
        self._visible: dict[str, bool] | None = None

    @classmethod
    def open(cls, session: Session, audit_id: str) -> ChecklistSession:
        checklist = checklist_of_audit(session, audit_id)
        return cls(checklist, scoring_basis(session, audit_id, checklist))

    # -- questions ---------------------------------------------------------------------------

    @property
    def scheme(self) -> str:
        return self.checklist.scheme

    @property
    def sections(self) -> list[ChecklistSectionRow]:
        return self.checklist.sections

    def item(self, question_id: str) -> ChecklistItem:
        return self.items[self._index[question_id]]

    def position(self, question_id: str) -> int:
        return self._index[question_id]

    def section_of(self, question_id: str) -> ChecklistSectionRow:
        return self._section_of[question_id]

    def answer(self, question_id: str) -> AnswerState | None:
        return self.answers.get(question_id)

    def is_answered(self, question_id: str) -> bool:
        state = self.answers.get(question_id)
        return state is not None and state.answered

    def visible(self, question_id: str) -> bool:
        """Whether the question's condition holds for the answers given so far."""
        if self._visible is None:
            values = {
                self.items[self._index[qid]].qid: state.value
                for qid, state in self.answers.items()
                if state.value is not None
            }
            self._visible = {
                qid: condition is None or condition.evaluate(values)
                for qid, condition in self._conditions.items()
            }
        return self._visible[question_id]

    # -- changes (after the store has saved them) -----------------------------------------------

    def set_answer(self, question_id: str, state: AnswerState | None) -> None:
        if state is None or (not state.answered and not state.note):
            self.answers.pop(question_id, None)
        else:
            self.answers[question_id] = state
        self._score = None
        self._visible = None

    def with_note(self, question_id: str, note: str, by: str, at: dt.datetime) -> None:
        current = self.answers.get(question_id)
        if current is None:
            self.set_answer(question_id, AnswerState(None, False, "", note, by, at))
        else:
            self.set_answer(question_id, dataclasses.replace(current, note=note))

    # -- progress and navigation -------------------------------------------------------------

    def progress(self, section: ChecklistSectionRow | None = None) -> SectionProgress:
        questions = section.questions if section is not None else self.items
        shown = [q for q in questions if self.visible(q.id)]
        return SectionProgress(sum(1 for q in shown if self.is_answered(q.id)), len(shown))

    def next_visible(self, question_id: str | None, step: int = 1) -> str | None:
        """The next (step 1) or previous (step -1) question that is shown."""
        start = -1 if question_id is None else self._index[question_id]
        n = start + step
        while 0 <= n < len(self.items):
            if self.visible(self.items[n].id):
                return self.items[n].id
            n += step
        return None

    def next_unanswered(self, question_id: str | None) -> str | None:
        """The next shown question without an answer, wrapping round to the start."""
        start = -1 if question_id is None else self._index[question_id]
        count = len(self.items)
        for offset in range(1, count + 1):
            item = self.items[(start + offset) % count]
            if self.visible(item.id) and not self.is_answered(item.id):
                return item.id
        return None

    def unanswered(self) -> list[Unanswered]:
        return [
            Unanswered(item.qid, item.text)
            for item in self.items
            if item.required and self.visible(item.id) and not self.is_answered(item.id)
        ]

    def find(self, text: str, after: str | None = None) -> str | None:
        """The next question (wrapping) whose id, clause, text, guidance or note holds `text`."""
        needle = text.strip().casefold()
        if not needle:
            return None
        start = -1 if after is None else self._index[after]
        count = len(self.items)
        for offset in range(1, count + 1):
            item = self.items[(start + offset) % count]
            state = self.answers.get(item.id)
            haystack = " ".join(
                (item.qid, item.clause, item.text, item.guidance, state.note if state else "")
            )
            if needle in haystack.casefold():
                return item.id
        return None

    # -- score ---------------------------------------------------------------------------------

    def score(self) -> ScoreResult:
        """The live score from the answers in memory (recomputed only after a change)."""
        if self._score is None:
            self._score = self.basis.score(
                StoredAnswer(qid, s.value, s.not_applicable, s.na_justification)
                for qid, s in self.answers.items()
                if self.visible(qid)
            )
        return self._score
