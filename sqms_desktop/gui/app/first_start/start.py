"""When the first-start wizard is shown at start-up, and what it answers.

It is shown on an interactive start when the usual store (the default location, with neither
--db nor SQMS_DB) does not exist, and whenever `sqms-desktop --first-start` asks for it. A path
named with --db or SQMS_DB that has no store still gets the plain question of application.py
instead: a mistyped path must not lead to a new store.

A store the wizard made away from the usual place is remembered in the user's settings and
opened by later starts that name no store (the window only: the command line takes --db or
SQMS_DB), for as long as its file is there.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog

from sqms_desktop import paths
from sqms_desktop.gui.base import settings as opts
from sqms_desktop.gui.base.screen import fit_to_screen

# The store the wizard made elsewhere than the usual place ("" when it made it there).
STORE_LOCATION = opts.Setting("first_start/store_location", "", str)


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
    if named or _remembered() is not None:
        return None
    usual = paths.default_store_path()
    return None if usual.exists() else usual


def store_to_open(db: str | None) -> str | None:
    """The store a start names (--db, else SQMS_DB: None lets `paths.resolve_db` read it); when
    it names none, the store the wizard made elsewhere, while it is there."""
    if db or os.environ.get("SQMS_DB"):
        return db
    return _remembered()


def _remembered() -> str | None:
    kept = STORE_LOCATION.read(opts.user_settings())
    return kept if kept and Path(kept).is_file() else None


def _remember(made: Path) -> None:
    settings = opts.user_settings()
    usual = made.resolve() == paths.default_store_path().resolve()
    STORE_LOCATION.write(settings, "" if usual else str(made))
    settings.sync()


def run_first_start(proposed: Path) -> FirstStartChoice | None:
    """Show the wizard and wait for it."""
    # The wizard (and the services it builds a store with) only when it is shown: a start-up
    # with a store never loads it.
    from sqms_desktop.gui.app.first_start.wizard import FirstStartWizard

    wizard = FirstStartWizard(proposed)
    fit_to_screen(wizard, wizard.width(), wizard.height())
    try:
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        if wizard.wants_demo():
            return FirstStartChoice(demo=True)
        made = wizard.made
        if made is None:
            return None
        _remember(made.path)
        return FirstStartChoice(False, made.path, made.username)
    finally:
        wizard.deleteLater()
