"""File ▸ Back up the trail key: the same backup as `sqms store key export`, from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.queries.store import trail_key_ids
from sqms_desktop.store import trail_key
from sqms_desktop.store.engine import Store

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, sample_store: Store, sample, settings: QSettings) -> MainWindow:
    main = MainWindow(sample_store, settings=settings, today=lambda: sample.today)
    qtbot.addWidget(main)
    return main


def _save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "*.json")
    )


def test_the_trail_key_is_saved_where_the_user_says(
    qtbot, window: MainWindow, sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "usb" / "trail-key.json"
    _save_as(monkeypatch, target)
    action = window.store_actions.action_key_backup
    assert action in window.menuBar().actions()[0].menu().actions()
    with qtbot.waitSignal(window.store_actions.message_posted) as posted:
        action.trigger()
    assert "1 trail key(s) saved to" in posted.args[0]
    keys = trail_key.parse_backup(target.read_bytes(), source=str(target))
    with sample_store.session() as session:
        assert [k.key_id for k in keys] == trail_key_ids(session)
    assert target.stat().st_mode & 0o077 == 0  # private: whoever has it can rewrite the trail


def test_the_trail_key_is_never_written_over_the_store(
    window: MainWindow, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_file = sample_store.sqlite_path
    assert store_file is not None
    before = store_file.read_bytes()[:100]
    _save_as(monkeypatch, store_file)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window.store_actions.action_key_backup.trigger()
    assert warned
    assert "is the store itself" in warned[0]
    assert store_file.read_bytes()[:100] == before
