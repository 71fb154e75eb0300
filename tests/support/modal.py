"""Driving a modal dialog the way a person does: the action opens it, the test answers it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def through_dialog(open_it: Callable[[], Any], answer: Callable[[Any], None]) -> QDialog:
    """Call `open_it` (which shows a modal dialog and waits for it); `answer` gets the dialog
    while it is open. A dialog still open after `answer` is closed, so a failed check never
    leaves the test waiting; the dialog is returned for checks after it closed."""
    seen: list[QDialog] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog), f"no modal dialog is open (found {dialog!r})"
        seen.append(dialog)
        try:
            answer(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    open_it()
    assert seen, "the action opened no dialog"
    return seen[0]


def yes_new_store(path: Path) -> bool:
    """Answers the start-up's "create a new store there?" with yes, for tests that start the
    application on a new store (tests/gui/app/test_new_store.py answers the real question)."""
    return True
