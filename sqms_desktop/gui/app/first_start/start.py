"""When the first-start wizard is shown at start-up, and what it answers.

It is shown on an interactive start when the usual store (the default location, with neither
--db nor SQMS_DB) does not exist, and whenever `sqms-desktop --first-start` asks for it. A path
named with --db or SQMS_DB that has no store still gets the plain question of application.py
instead: a mistyped path must not lead to a new store.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog

from sqms_desktop import paths
from sqms_desktop.gui.app.first_start.wizard import FirstStartWizard
from sqms_desktop.gui.base.screen import fit_to_screen


@dataclass(frozen=True)
class FirstStartChoice:
    """The demo store, or the new store made at `path` with `username` signed in."""

    demo: bool
    path: Path | None = None
    username: str | None = None


# Shows the wizard with a proposed store file; None when it was cancelled.
FirstStart = Callable[[Path], FirstStartChoice | None]


def wizard_location(db: str | None, *, forced: bool) -> Path | None:
    """The store file the wizard proposes, or None when the start needs no wizard."""
    named = db or os.environ.get("SQMS_DB")
    if forced:
        chosen = paths.sqlite_file(paths.resolve_db(named)) if named else None
        return chosen or paths.default_store_path()
    if named:
        return None
    usual = paths.default_store_path()
    return None if usual.exists() else usual


def run_first_start(proposed: Path) -> FirstStartChoice | None:
    """Show the wizard and wait for it."""
    wizard = FirstStartWizard(proposed)
    fit_to_screen(wizard, wizard.width(), wizard.height())
    try:
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        if wizard.wants_demo():
            return FirstStartChoice(demo=True)
        made = wizard.made
        return None if made is None else FirstStartChoice(False, made.path, made.username)
    finally:
        wizard.deleteLater()
