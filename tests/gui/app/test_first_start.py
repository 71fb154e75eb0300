"""The first-start wizard, driven page by page on a real folder: each page refuses what it
cannot take in words beside the field, nothing is written before the last page, and the store
it makes at the end has the administrator, the released checklists and the company."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from sqms_desktop.gui.app.first_start import ids
from sqms_desktop.gui.app.first_start.location import location_problem
from sqms_desktop.gui.app.first_start.wizard import FirstStartWizard
from sqms_desktop.gui.app.sign_in import check_password
from sqms_desktop.gui.base.screen import fit_to_screen
from sqms_desktop.queries.people import list_users
from sqms_desktop.queries.store_settings import company_name, report_logo_bytes
from sqms_desktop.queries.templates import list_templates
from sqms_desktop.store.engine import open_store
from tests.support.screens import LAPTOP_AREA

pytestmark = pytest.mark.gui

PASSWORD = "first-audit-2026"


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """Where the person wants the store: a folder that does not exist yet."""
    return tmp_path / "quality" / "sqms.sqlite"


@pytest.fixture
def logo(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    assert image.save(str(path))
    return path


@pytest.fixture
def wizard(qtbot: QtBot, place: Path) -> FirstStartWizard:
    shown = FirstStartWizard(place)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _click(qtbot: QtBot, wizard: FirstStartWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _next(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)


def _to_administrator(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    _next(qtbot, wizard)
    assert wizard.currentId() == ids.ADMINISTRATOR


def _fill_administrator(
    wizard: FirstStartWizard,
    *,
    user: str = "jane.doe",
    name: str = "Jane Doe",
    password: str = PASSWORD,
    repeat: str = PASSWORD,
) -> None:
    page = wizard.administrator_page
    page.user_edit.setText(user)
    page.full_name_edit.setText(name)
    page.password_edit.setText(password)
    page.repeat_edit.setText(repeat)


def _to_company(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    _to_administrator(qtbot, wizard)
    _fill_administrator(wizard)
    _next(qtbot, wizard)
    assert wizard.currentId() == ids.COMPANY


def _to_checklists(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    _to_company(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.currentId() == ids.CHECKLISTS


def _nothing_made(tmp_path: Path) -> list[str]:
    """Everything in the test's folder but the test's own files (settings, the logo)."""
    own = {"settings.ini", "logo.png", "bad.png", "user", "locked"}
    return sorted(p.name for p in tmp_path.iterdir() if p.name not in own)


def test_the_wizard_makes_a_store_ready_for_a_first_audit(
    qtbot: QtBot,
    wizard: FirstStartWizard,
    place: Path,
    logo: Path,
) -> None:
    _to_administrator(qtbot, wizard)
    _fill_administrator(wizard)
    _next(qtbot, wizard)
    wizard.company_page.company_edit.setText("Example Components GmbH")
    wizard.company_page.set_logo(logo)
    assert not wizard.company_page.preview.pixmap().isNull()  # the logo is previewed
    _next(qtbot, wizard)
    wizard.checklists_page.set_ticked({"iso9001-supplier", "vda63-process"})
    _next(qtbot, wizard)
    assert wizard.currentId() == ids.DONE
    summary = wizard.done_page.summary_label.text()
    assert str(place) in summary
    assert "Jane Doe (jane.doe), administrator" in summary
    assert "Example Components GmbH" in summary
    assert "Plan audit… (Ctrl+N)" in wizard.done_page.next_label.text()
    assert not place.parent.exists()  # nothing written before Create

    with qtbot.waitSignal(wizard.store_created, timeout=60_000) as created:
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert created.args == [str(place)]
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.made is not None
    assert wizard.made.username == "jane.doe"

    assert sorted(p.name for p in place.parent.iterdir()) == ["attachments", "sqms.sqlite"]
    store = open_store(f"sqlite:///{place}")
    try:
        check_password(store, "jane.doe", PASSWORD)  # signs in with the password typed
        with store.session() as session:
            users = [(u.username, u.full_name, u.role) for u in list_users(session)]
            released = sorted((t.key, t.status) for t in list_templates(session))
            company = company_name(session)
            logo_bytes = report_logo_bytes(session)
    finally:
        store.close()
    assert users == [("jane.doe", "Jane Doe", "admin")]
    assert released == [("iso9001-supplier", "released"), ("vda63-process", "released")]
    assert company == "Example Components GmbH"  # for every report of the store
    assert logo_bytes == logo.read_bytes()


def test_the_demo_ends_the_wizard_on_its_first_page(
    qtbot: QtBot, wizard: FirstStartWizard, tmp_path: Path
) -> None:
    wizard.welcome_page.demo_radio.click()
    assert not wizard.welcome_page.location_edit.isEnabled()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Open the demo"
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.wants_demo()
    assert wizard.made is None
    assert _nothing_made(tmp_path) == []


def test_an_existing_store_is_never_written_over(
    qtbot: QtBot, wizard: FirstStartWizard, place: Path
) -> None:
    """Running the wizard a second time on the same place refuses, on the first page."""
    place.parent.mkdir()
    place.write_bytes(b"records of someone")
    _next(qtbot, wizard)
    assert wizard.currentId() == ids.WELCOME
    assert wizard.welcome_page.errors.message("location").startswith(
        f"There is a store (or another file) at {place} already, and the wizard never writes "
        "over a file."
    )
    assert place.read_bytes() == b"records of someone"


def test_a_store_made_meanwhile_is_not_written_over_at_the_end(
    qtbot: QtBot, wizard: FirstStartWizard, place: Path
) -> None:
    _to_checklists(qtbot, wizard)
    _next(qtbot, wizard)
    place.parent.mkdir()
    place.write_bytes(b"another window was quicker")
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.is_busy(), timeout=60_000)
    assert wizard.made is None
    assert wizard.isVisible()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # change and try again
    assert wizard.done_page.error_label.text() == (
        f"The store was not made: There is a file at {place} already; nothing was written over it."
    )
    assert place.read_bytes() == b"another window was quicker"
    assert sorted(p.name for p in place.parent.iterdir()) == ["sqms.sqlite"]


def test_a_folder_that_cannot_be_written_is_refused(
    qtbot: QtBot, wizard: FirstStartWizard, tmp_path: Path
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    if location_problem(locked / "sqms.sqlite") is None:  # root writes anywhere
        locked.chmod(0o755)
        locked = Path("/sys")  # a folder nobody writes in, root included
    try:
        wizard.welcome_page.location_edit.setText(str(locked / "store" / "sqms.sqlite"))
        _next(qtbot, wizard)
        assert wizard.currentId() == ids.WELCOME
        message = wizard.welcome_page.errors.message("location")
        assert message.startswith(f"The folder {locked} cannot be written to (")
        assert "Choose a folder of yours" in message
        assert not (locked / "store").exists()
    finally:
        if locked != Path("/sys"):
            locked.chmod(0o755)


def test_a_file_where_a_folder_should_be_is_refused(
    qtbot: QtBot, wizard: FirstStartWizard, tmp_path: Path
) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    wizard.welcome_page.location_edit.setText(str(blocker / "sqms.sqlite"))
    _next(qtbot, wizard)
    assert wizard.welcome_page.errors.message("location") == (
        f"{blocker} is a file, not a folder: no store can be made under it."
    )


def test_an_empty_location_is_refused(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    wizard.welcome_page.location_edit.clear()
    _next(qtbot, wizard)
    assert wizard.currentId() == ids.WELCOME
    assert wizard.welcome_page.errors.message("location") == "Choose where the new store is kept."


def test_a_folder_means_the_store_file_in_it(
    qtbot: QtBot, wizard: FirstStartWizard, tmp_path: Path
) -> None:
    wizard.welcome_page.location_edit.setText(str(tmp_path))
    _next(qtbot, wizard)
    assert wizard.currentId() == ids.ADMINISTRATOR
    assert wizard.welcome_page.store_path() == tmp_path / "sqms.sqlite"


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        (
            {"password": PASSWORD, "repeat": PASSWORD + "!"},
            "repeat",
            "The two passwords differ: type the same password twice.",
        ),
        ({"name": "  "}, "full_name", "Enter your full name, as reports show it."),
        ({"user": ""}, "user", "Enter a user name: you sign in with it."),
        (
            {"user": "Jane Doe"},
            "user",
            "A user name starts with a small letter and has 2 to 64 of the characters a-z, 0-9, "
            "'.', '_' and '-' (no capitals, spaces or accents).",
        ),
        (
            {"password": "short", "repeat": "short"},
            "password",
            "The password is too short: it needs at least 10 characters.",
        ),
        (
            {"password": PASSWORD + " ", "repeat": PASSWORD + " "},
            "password",
            "The password must not start or end with a space.",
        ),
    ],
)
def test_the_administrator_page_says_what_is_wrong_beside_the_field(
    qtbot: QtBot,
    wizard: FirstStartWizard,
    tmp_path: Path,
    values: dict[str, str],
    field: str,
    message: str,
) -> None:
    _to_administrator(qtbot, wizard)
    _fill_administrator(wizard, **values)
    _next(qtbot, wizard)
    assert wizard.currentId() == ids.ADMINISTRATOR
    errors = wizard.administrator_page.errors
    assert errors.marked() == [field]
    assert errors.message(field) == message
    assert _nothing_made(tmp_path) == []


def test_every_refusal_of_the_administrator_page_shows_at_once(
    qtbot: QtBot, wizard: FirstStartWizard
) -> None:
    _to_administrator(qtbot, wizard)
    _fill_administrator(wizard, user="", name="", password="x", repeat="y")
    _next(qtbot, wizard)
    assert wizard.administrator_page.errors.marked() == ["user", "full_name", "password", "repeat"]


def test_an_unreadable_logo_is_refused_and_not_previewed(
    qtbot: QtBot, wizard: FirstStartWizard, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.png"
    bad.write_text("not a picture", encoding="utf-8")
    _to_company(qtbot, wizard)
    wizard.company_page.set_logo(bad)
    assert wizard.company_page.errors.message("logo").startswith(
        "bad.png cannot be read as a picture ("
    )
    assert wizard.company_page.preview.text() == "No logo"
    _next(qtbot, wizard)
    assert wizard.currentId() == ids.COMPANY
    assert _nothing_made(tmp_path) == []


def test_a_missing_logo_and_a_picture_of_another_kind_are_refused(
    qtbot: QtBot, wizard: FirstStartWizard, tmp_path: Path
) -> None:
    _to_company(qtbot, wizard)
    gone = tmp_path / "gone.png"
    wizard.company_page.logo_edit.setText(str(gone))
    _next(qtbot, wizard)
    assert wizard.company_page.errors.message("logo") == (
        f"There is no file {gone}: choose the logo again."
    )
    bitmap = tmp_path / "logo.bmp"
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(bitmap), "BMP")
    wizard.company_page.set_logo(bitmap)
    assert wizard.company_page.errors.message("logo") == (
        "logo.bmp is a BMP picture; reports take a PNG or JPEG logo."
    )
    bitmap.unlink()
    huge = tmp_path / "huge.png"
    huge.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(6 * 1024 * 1024))
    wizard.company_page.set_logo(huge)
    assert wizard.company_page.errors.message("logo") == (
        "huge.png has 6.0 MB; a logo may have at most 5 MB."
    )
    huge.unlink()


def test_no_checklist_ticked_is_refused(
    qtbot: QtBot, wizard: FirstStartWizard, tmp_path: Path
) -> None:
    _to_checklists(qtbot, wizard)
    page = wizard.checklists_page
    assert page.keys() == ("iso9001-supplier",)  # ticked at first
    assert page.list.count() == 4
    page.set_ticked(set())
    _next(qtbot, wizard)
    assert wizard.currentId() == ids.CHECKLISTS
    assert page.general_label.text() == (
        "Tick at least one checklist: an audit is planned with a released checklist."
    )
    assert _nothing_made(tmp_path) == []


def test_cancel_on_the_last_page_leaves_nothing_behind(
    qtbot: QtBot, wizard: FirstStartWizard, tmp_path: Path
) -> None:
    _to_checklists(qtbot, wizard)
    wizard.company_page.company_edit.setText("Not kept GmbH")
    _next(qtbot, wizard)
    assert wizard.currentId() == ids.DONE
    _click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert _nothing_made(tmp_path) == []


def test_the_wizard_fits_a_laptop_screen(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    fit_to_screen(wizard, wizard.width(), wizard.height())
    for page_id in (ids.WELCOME, ids.ADMINISTRATOR, ids.COMPANY, ids.CHECKLISTS, ids.DONE):
        page = wizard.page(page_id)
        assert page.sizeHint().width() <= LAPTOP_AREA.width()
    assert wizard.frameGeometry().width() <= LAPTOP_AREA.width()
    assert wizard.frameGeometry().height() <= LAPTOP_AREA.height()
    assert wizard.minimumSizeHint().height() <= LAPTOP_AREA.height() - 40
