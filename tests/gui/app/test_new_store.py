"""Start-up on a store path where there is no store: the window asks before it makes a new,
empty one, so a mistyped --db or SQMS_DB is not taken for a store whose records are gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from sqms_desktop.gui.app.application import ask_new_store, main
from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.store.engine import open_store
from tests.support.modal import through_dialog

pytestmark = pytest.mark.gui


def _close_main_window() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.close()


def _sign_in_then_close(store: object) -> str:
    """Signs in as ada; the window closes as soon as it runs."""
    QTimer.singleShot(0, _close_main_window)
    return "ada"


def _answer(button: QMessageBox.StandardButton, seen: list[str]):  # type: ignore[no-untyped-def]
    def answer(dialog: object) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.button(button).click()

    return answer


def test_no_keeps_the_path_free_and_stops(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "tpyo" / "sqms.sqlite"
    seen: list[str] = []
    through_dialog(
        lambda: seen.append(str(main(["--db", str(db)], sign_in=lambda store: "ada"))),
        _answer(QMessageBox.StandardButton.No, seen),
    )
    assert seen[0] == f"There is no store at\n{db}\n\nCreate a new, empty store there?"
    assert seen[1] == "1"
    assert not db.exists()
    assert not db.parent.exists()


def test_yes_makes_the_new_store_and_opens_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "new" / "sqms.sqlite"
    seen: list[str] = []
    through_dialog(
        lambda: seen.append(str(main(["--db", str(db)], sign_in=_sign_in_then_close))),
        _answer(QMessageBox.StandardButton.Yes, seen),
    )
    assert seen[1] == "0"
    assert db.is_file()


def test_an_existing_store_opens_without_a_question(tmp_path: Path) -> None:
    db = tmp_path / "sqms.sqlite"
    open_store(f"sqlite:///{db}").close()
    asked: list[Path] = []
    code = main(
        ["--db", str(db)],
        sign_in=_sign_in_then_close,
        new_store=lambda p: asked.append(p) or True,
    )
    assert (code, asked) == (0, [])


def test_no_is_the_default_answer_for_a_path_that_is_not_the_usual_store(
    qtbot: QtBot, tmp_path: Path
) -> None:
    def check(dialog: object) -> None:
        assert isinstance(dialog, QMessageBox)
        assert dialog.defaultButton() is dialog.button(QMessageBox.StandardButton.No)

    answered: list[bool] = []
    through_dialog(lambda: answered.append(ask_new_store(tmp_path / "x.sqlite")), check)
    assert answered == [False]  # closed without an answer: no store


def test_a_screenshot_of_a_missing_store_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "sqms.sqlite"
    assert main(["--db", str(db), "--screenshot", str(tmp_path / "x.png")]) == 2
    assert f"there is no store at {db}" in capsys.readouterr().err
    assert not db.exists()
