"""File ▸ Export register: each register `sqms export` writes, from the window, with progress
and Cancel, through the same report code."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.gui.app.register_exports import RegisterExports
from sqms_desktop.reports.registers import export_register
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import Register
from tests.support.findings import TODAY, build_register
from tests.support.findings import Register as Built
from tests.support.threads import held

pytestmark = pytest.mark.gui
TIMEOUT = 10_000


@pytest.fixture
def built(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> Built:
    return build_register(store, context, uow)


@pytest.fixture
def window(qtbot, built: Built, settings: QSettings) -> MainWindow:
    main = MainWindow(built.store, settings=settings, user="anna", today=lambda: TODAY)
    qtbot.addWidget(main)
    return main


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    own = QThreadPool()
    yield own
    own.waitForDone(TIMEOUT)


def _rows(path: Path) -> list[tuple[object, ...]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return list(sheet.iter_rows(values_only=True))


def test_the_file_menu_offers_every_register(window: MainWindow) -> None:
    menu = window.findChild(QMenu, "menu_export_register")
    assert menu is not None
    assert menu.menuAction() in window.findChild(QMenu, "menu_file").actions()
    names = [a.objectName() for a in menu.actions()]
    assert names == [f"action_export_{kind}_register" for kind in Register.values()]
    assert all("…" in a.text() for a in menu.actions())


@pytest.mark.parametrize(("kind", "records"), [("findings", 5), ("capas", 2), ("suppliers", 2)])
def test_each_register_is_written_as_the_command_line_writes_it(
    qtbot, window: MainWindow, built: Built, tmp_path: Path, kind: str, records: int
) -> None:
    exports = window.register_exports
    with qtbot.waitSignal(exports.export_finished, timeout=TIMEOUT) as blocker:
        assert exports.export_to(Register(kind), tmp_path / "gui") is not None
        assert not exports.menu.isEnabled()
    assert blocker.args == [kind, True]
    assert exports.menu.isEnabled()
    assert f"{records} " in window.statusBar().currentMessage()
    from_window = _rows(tmp_path / "gui.xlsx")
    export_register(built.store, kind, tmp_path / "cli.xlsx", today=TODAY)
    assert from_window == _rows(tmp_path / "cli.xlsx")
    assert len(from_window) == records + 1


def test_a_cancelled_register_export_writes_nothing(
    qtbot, built: Built, pool: QThreadPool, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    exports = RegisterExports(parent, built.store, today=lambda: TODAY, pool=pool)
    with qtbot.waitSignal(exports.export_finished, timeout=TIMEOUT) as blocker, held(pool):
        run = exports.export_to(Register.FINDINGS, tmp_path / "findings.xlsx")
        assert run is not None
        cancel = run.dialog.findChild(QPushButton)
        assert cancel is not None
        cancel.click()
    assert blocker.args == ["findings", False]
    assert not (tmp_path / "findings.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["store"]
