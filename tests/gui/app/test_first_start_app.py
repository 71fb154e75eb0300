"""The first start of the application: when the wizard is shown instead of the plain question,
the window it opens (signed in, no second prompt), and a store that fails midway leaves
nothing behind."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from sqms_desktop import paths
from sqms_desktop.errors import NotFoundError
from sqms_desktop.gui.app.application import main
from sqms_desktop.gui.app.first_start.build import NewStorePlan, create_new_store
from sqms_desktop.gui.app.first_start.start import FirstStartChoice, wizard_location
from sqms_desktop.gui.app.first_start.wizard import FirstStartWizard
from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.progress import Progress
from sqms_desktop.store.engine import Store, open_store
from tests.support.modal import through_dialog

pytestmark = pytest.mark.gui

PASSWORD = "first-audit-2026"


def _nobody_signs_in(store: object) -> str | None:
    raise AssertionError("the wizard's administrator is signed in already")


def _no_question(path: Path) -> bool:
    raise AssertionError("the wizard, not the question, handles the usual store")


def test_a_first_start_without_the_usual_store_shows_the_wizard(tmp_path: Path) -> None:
    asked: list[Path] = []

    def cancelled(proposed: Path) -> FirstStartChoice | None:
        asked.append(proposed)
        return None

    assert main([], first_start=cancelled, new_store=_no_question) == 1
    assert asked == [paths.default_store_path()]
    assert not paths.default_store_path().parent.exists()  # cancelled: nothing made


def test_a_mistyped_db_still_gets_the_question_not_the_wizard(tmp_path: Path) -> None:
    """--db and SQMS_DB name a store on purpose: a wrong path must not become a new store."""
    db = tmp_path / "tpyo" / "sqms.sqlite"
    asked: list[Path] = []

    def no(path: Path) -> bool:
        asked.append(path)
        return False

    def no_wizard(proposed: Path) -> FirstStartChoice | None:
        raise AssertionError("no wizard for a path named on purpose")

    assert main(["--db", str(db)], new_store=no, first_start=no_wizard) == 1
    assert asked == [db]
    assert not db.parent.exists()


def test_where_the_wizard_is_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    usual = paths.default_store_path()
    assert wizard_location(None, forced=False) == usual
    assert wizard_location(str(tmp_path / "x.sqlite"), forced=False) is None
    assert wizard_location(str(tmp_path / "x.sqlite"), forced=True) == tmp_path / "x.sqlite"
    monkeypatch.setenv("SQMS_DB", str(tmp_path / "y.sqlite"))
    assert wizard_location(None, forced=False) is None
    monkeypatch.delenv("SQMS_DB")
    open_store(f"sqlite:///{usual}").close()
    assert wizard_location(None, forced=False) is None  # the usual store exists: sign in
    assert wizard_location(None, forced=True) == usual  # --first-start: shown anyway


def test_first_start_is_refused_with_the_demo_and_the_headless_modes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for extra in (["--demo"], ["--quit-after-show"], ["--screenshot", str(tmp_path / "x.png")]):
        with pytest.raises(SystemExit) as stopped:
            main(["--first-start", *extra])
        assert stopped.value.code == 2
        assert "--first-start shows a window" in capsys.readouterr().err


def _fill_and_create(wizard: object) -> None:
    assert isinstance(wizard, FirstStartWizard)
    wizard.next()
    admin = wizard.administrator_page
    admin.user_edit.setText("jane.doe")
    admin.full_name_edit.setText("Jane Doe")
    admin.password_edit.setText(PASSWORD)
    admin.repeat_edit.setText(PASSWORD)
    wizard.next()
    wizard.company_page.company_edit.setText("Example Components GmbH")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == 4
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.is_busy()  # closing now is refused until the store is made


@contextmanager
def _main_window_closed(seen: list[str]) -> Iterator[None]:
    """Closes the main window as soon as it shows, noting whom it is signed in for."""

    def close_main_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.actor.user)
                widget.close()

    closer = QTimer()
    closer.timeout.connect(close_main_window)
    closer.start(50)
    try:
        yield
    finally:
        closer.stop()


def test_the_wizard_opens_the_window_signed_in_as_the_new_administrator(
    qtbot: QtBot, tmp_path: Path
) -> None:
    db = tmp_path / "quality" / "sqms.sqlite"
    seen: list[str] = []
    codes: list[int] = []
    with _main_window_closed(seen):
        through_dialog(
            lambda: codes.append(
                main(
                    ["--first-start", "--db", str(db)],
                    sign_in=_nobody_signs_in,
                    new_store=_no_question,
                )
            ),
            _fill_and_create,
        )
    assert codes == [0]
    assert seen == ["jane.doe"]
    assert db.is_file()


def test_a_store_made_elsewhere_is_opened_by_the_next_start(qtbot: QtBot, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere" / "quality.sqlite"

    def elsewhere_then_create(wizard: object) -> None:
        assert isinstance(wizard, FirstStartWizard)
        wizard.welcome_page.location_edit.setText(str(elsewhere))
        _fill_and_create(wizard)

    seen: list[str] = []
    with _main_window_closed(seen):
        through_dialog(
            lambda: main([], sign_in=_nobody_signs_in, new_store=_no_question),
            elsewhere_then_create,
        )
    assert seen == ["jane.doe"]
    assert elsewhere.is_file()
    assert not paths.default_store_path().exists()

    opened: list[Path | None] = []

    def sign_in(store: Store) -> str:
        opened.append(store.sqlite_path)
        return "jane.doe"

    def no_wizard(proposed: Path) -> FirstStartChoice | None:
        raise AssertionError("the store made elsewhere exists: no wizard")

    with _main_window_closed(seen):
        assert main([], sign_in=sign_in, first_start=no_wizard, new_store=_no_question) == 0
    assert opened == [elsewhere]


def test_a_store_that_fails_midway_leaves_nothing_behind(tmp_path: Path) -> None:
    """The administrator is made, then a checklist cannot be found: no file, no folder stays."""
    target = tmp_path / "new" / "deeper" / "sqms.sqlite"
    plan = NewStorePlan(
        path=target,
        username="jane.doe",
        full_name="Jane Doe",
        password=PASSWORD,
        checklists=("iso9001-supplier", "no-such-checklist"),
    )
    with pytest.raises(NotFoundError, match="no built-in checklist 'no-such-checklist'"):
        create_new_store(plan, Progress())
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_failure_in_a_folder_with_other_files_touches_none_of_them(tmp_path: Path) -> None:
    (tmp_path / "attachments").mkdir()
    (tmp_path / "attachments" / "kept.bin").write_bytes(b"someone's")
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    plan = NewStorePlan(
        path=tmp_path / "sqms.sqlite",
        username="jane.doe",
        full_name="Jane Doe",
        password=PASSWORD,
        checklists=("no-such-checklist",),
    )
    with pytest.raises(NotFoundError):
        create_new_store(plan, Progress())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["attachments", "notes.txt"]
    assert (tmp_path / "attachments" / "kept.bin").read_bytes() == b"someone's"


def test_the_demo_chosen_in_the_wizard_opens_the_demo_store(demo_store_file: Path) -> None:
    demo = paths.demo_store_path()
    demo.parent.mkdir(parents=True)
    shutil.copyfile(demo_store_file, demo)  # built already: the test does not wait for it
    opened: list[Path | None] = []

    def sign_in(store: Store) -> str | None:
        opened.append(store.sqlite_path)
        return None  # nobody signs in: the application stops

    code = main(
        [],
        sign_in=sign_in,
        new_store=_no_question,
        first_start=lambda proposed: FirstStartChoice(demo=True),
    )
    assert code == 1
    assert opened == [demo]  # the demo's own sign-in, with its users' passwords
    assert not paths.default_store_path().exists()
