"""`sqms-desktop` end to end: start-up modes, store errors, the demo store."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from sqms_desktop import __version__, paths
from sqms_desktop.gui.app.application import main
from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.store.engine import Store, open_store
from tests.support.modal import yes_new_store
from tests.support.screens import LAPTOP_AREA

pytestmark = pytest.mark.gui


def _signed_in_as_tess(store: Store) -> str:
    """Answers the sign-in at start-up (tests/gui/test_sign_in.py tests the dialogs)."""
    return "tess.tester"


def _too_new_store(path: Path) -> Path:
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999'")
    return path


def test_screenshot_writes_the_main_window_as_png(
    sample_store: Store, store_path: Path, tmp_path: Path
) -> None:
    png = tmp_path / "shots" / "main.png"
    assert main(["--db", str(store_path), "--screenshot", str(png)]) == 0
    assert png.stat().st_size > 10_000
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 720)  # a laptop screen, by default
    assert not QApplication.topLevelWidgets() or not any(
        isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_quit_after_show_on_a_fresh_store(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    assert main(["--db", str(db), "--quit-after-show"]) == 0
    assert db.is_file()


def test_sqms_db_environment_variable_chooses_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("SQMS_DB", str(db))
    assert main(["--quit-after-show"]) == 0
    assert db.is_file()


def test_a_too_new_store_is_refused_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _too_new_store(tmp_path / "new.sqlite")
    assert main(["--db", str(db), "--quit-after-show"]) == 1
    err = capsys.readouterr().err
    assert "newer SQMS Desktop" in err
    assert "9999" in err
    assert "Traceback" not in err


def test_a_too_new_store_gets_a_message_box_when_interactive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    db = _too_new_store(tmp_path / "new.sqlite")
    assert main(["--db", str(db)]) == 1
    ((title, text),) = shown
    assert title == "Cannot open the store"
    assert "newer SQMS Desktop" in text


def test_interactive_run_saves_settings_in_the_redirected_place(tmp_path: Path) -> None:
    def close_main_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.close()

    QTimer.singleShot(0, close_main_window)
    assert (
        main(
            ["--db", str(tmp_path / "x.sqlite")],
            sign_in=_signed_in_as_tess,
            new_store=yes_new_store,
        )
        == 0
    )
    ini = tmp_path / "user" / "config" / "SQMS" / "SQMS Desktop.ini"
    assert "geometry" in ini.read_text(encoding="utf-8")
    assert (tmp_path / "user" / "log" / "sqms.log").is_file()


def test_the_first_window_fits_the_screen(tmp_path: Path) -> None:
    """No saved size yet: the window opens within a 1280×720 laptop's screen (the form says 800
    high), its title bar included."""
    sizes: list[tuple[int, int]] = []

    def close_main_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                sizes.append((widget.width(), widget.height()))
                widget.close()

    QTimer.singleShot(0, close_main_window)
    assert (
        main(
            ["--db", str(tmp_path / "x.sqlite")],
            sign_in=_signed_in_as_tess,
            new_store=yes_new_store,
        )
        == 0
    )
    ((width, height),) = sizes
    assert width <= LAPTOP_AREA.width()
    assert height <= LAPTOP_AREA.height() - 40


def _demo_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_cancelling_the_demo_creation_leaves_nothing(tmp_path: Path) -> None:
    demo = paths.demo_store_path()
    assert tmp_path in demo.parents  # redirected by the conftest

    def click_cancel() -> None:
        (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        assert dialog.isVisible()
        (button,) = dialog.findChildren(QPushButton)
        button.click()

    QTimer.singleShot(0, click_cancel)
    assert main(["--demo", "--quit-after-show"]) == 1
    assert not demo.exists()
    assert _demo_files(demo.parent) == []


@pytest.mark.slow
def test_demo_store_is_created_once_and_then_opened(qtbot, tmp_path: Path) -> None:
    from sqms_desktop.demo import DemoOptions
    from sqms_desktop.gui.app.demo_setup import DemoStoreBuilder

    demo = paths.demo_store_path()
    builder = DemoStoreBuilder(demo, options=DemoOptions(suppliers=3, audits=4))
    progress: list[int] = []
    builder.operation.progressed.connect(lambda done, total, message: progress.append(done))
    assert builder.run()
    assert builder.summary.suppliers == 3
    assert progress
    assert progress[-1] == 7  # the last report always arrives
    assert demo.is_file()
    assert main(["--demo", "--quit-after-show"]) == 0  # opens it, does not build it again


def test_python_m_sqms_desktop_runs_the_app() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sqms_desktop", "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"SQMS Desktop {__version__}"


class _Boom(RuntimeError):
    pass


def _explode(*args: object, **kwargs: object) -> None:
    raise _Boom("a bug while building the window")


def test_a_bug_at_start_up_is_reported_not_swallowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sqms_desktop.gui.app.main_window.MainWindow.__init__", _explode)
    assert main(["--db", str(tmp_path / "x.sqlite"), "--quit-after-show"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err
    assert "a bug while building the window" in err


def test_a_bug_at_start_up_shows_the_crash_dialog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqms_desktop.gui.dialogs.about import CrashDialog

    shown: list[CrashDialog] = []
    monkeypatch.setattr("sqms_desktop.gui.app.main_window.MainWindow.__init__", _explode)
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    assert (
        main(
            ["--db", str(tmp_path / "x.sqlite")],
            sign_in=_signed_in_as_tess,
            new_store=yes_new_store,
        )
        == 1
    )
    (dialog,) = shown
    assert "a bug while building the window" in dialog.details_edit.toPlainText()
    assert str(tmp_path / "user" / "log" / "sqms.log") in dialog.log_label.text()
    dialog.deleteLater()


def test_refuses_to_start_when_openpyxl_lacks_defusedxml(tmp_path, monkeypatch, capsys) -> None:
    import openpyxl.xml

    from sqms_desktop.gui.app.application import main

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    code = main(["--db", str(tmp_path / "x.sqlite"), "--quit-after-show"])
    assert code == 1
    assert "not using defusedxml" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()
