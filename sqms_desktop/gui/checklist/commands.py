"""Undo and redo on the checklist page (QUndoStack): answers, notes and findings.

Each command is pushed after its change was saved, so its first redo does nothing; later undos
and redos save through the services again, each as its own trailed action.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from sqms_desktop.queries.checklists import AnswerState

StateWriter = Callable[[str, AnswerState | None], None]


class AnswerCommand(QUndoCommand):
    """An answer, N/A or note changed from `before` to `after` (None: nothing stored)."""

    def __init__(
        self,
        write: StateWriter,
        question_id: str,
        before: AnswerState | None,
        after: AnswerState | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self._write = write
        self.question_id = question_id
        self.before = before
        self.after = after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._write(self.question_id, self.after)

    def undo(self) -> None:
        self._write(self.question_id, self.before)


class FindingCommand(QUndoCommand):
    """A finding raised: undo withdraws it, redo raises it again with the same words."""

    def __init__(
        self,
        withdraw: Callable[[str], None],
        raise_again: Callable[[], str],
        finding_id: str,
        text: str,
    ) -> None:
        super().__init__(text)
        self._withdraw = withdraw
        self._raise_again = raise_again
        self.finding_id = finding_id
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.finding_id = self._raise_again()

    def undo(self) -> None:
        self._withdraw(self.finding_id)
