"""Start-up around the store: a second window is refused with the holder's name; a damaged
store offers its newest good backup; the window makes the daily and the exit backups."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sqms_desktop.gui.app.application import main
from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.gui.app.store_lock import StoreLock
from sqms_desktop.services import suppliers, users
from sqms_desktop.services.actor import Actor
from sqms_desktop.store import backups
from sqms_desktop.store.engine import Store, open_store
from tests.support.modal import through_dialog

pytestmark = pytest.mark.gui


def _nobody(store: Store) -> None:
    return None


def _tess(store: Store) -> str:
    return "tess.tester"


def _new_store(db: Path, *codes: str) -> None:
    store = open_store(f"sqlite:///{db}")
    actor = Actor(store, "root")
    actor.run(users.create_user, "root", "Root Admin", "admin")
    for code in codes:
        actor.run(suppliers.create_supplier, suppliers.SupplierInput(code=code, name=code))
    store.close()


def test_a_second_window_on_a_store_is_told_who_holds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "store.sqlite"
    _new_store(db)
    first = StoreLock(f"sqlite:///{db}")
    assert first.acquire("ada") is None
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text: shown.append((title, text))
    )
    try:
        assert main(["--db", str(db)], sign_in=_tess) == 1
    finally:
        first.release()
    ((title, text),) = shown
    assert title == "The store is open in another window"
    assert f"process {os.getpid()} of ada" in text


def _damage(db: Path) -> None:
    size = db.stat().st_size
    with db.open("r+b") as handle:
        handle.seek((size // 4096 // 2) * 4096)
        handle.write(b"\x0d" + b"\xa5" * 4095)


def test_a_damaged_store_offers_its_newest_good_backup(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    _new_store(db, *(f"S{n:03d}" for n in range(60)))
    good = backups.create_backup(db)
    _damage(db)

    def restore(box: QMessageBox) -> None:
        assert good.name in box.text()
        assert "would be lost" in box.text() or "nothing would be lost" in box.text()
        (button,) = [b for b in box.buttons() if "Restore" in b.text()]
        button.click()

    through_dialog(lambda: main(["--db", str(db)], sign_in=_nobody), restore)
    assert backups.list_backups(db)[0].label in {"daily", "before-restore"}
    labels = {b.label for b in backups.list_backups(db)}
    assert "before-restore" in labels  # the damaged file was kept
    reopened = open_store(f"sqlite:///{db}")  # whole again
    reopened.close()


def test_closing_the_window_makes_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    _new_store(db)

    def close_main_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.close()

    QTimer.singleShot(0, close_main_window)
    assert main(["--db", str(db)], sign_in=_tess) == 0
    labels = sorted(b.label for b in backups.list_backups(db))
    assert labels == ["daily", "exit"]
    assert not Path(f"{db}.lock").exists()  # released
