"""Sign-in at start-up: the first administrator, the password check, the lockout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from sqms_desktop.gui.app import sign_in
from sqms_desktop.gui.app.application import main
from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.gui.app.sign_in import FirstAdminDialog, SignInDialog, ask_sign_in
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.models import User
from tests.support.modal import yes_new_store
from tests.support.people import LEAD_PW

pytestmark = pytest.mark.gui

ADA_PW = "ada-lovelace-1815"


def _first_admin(qtbot, store: Store, password: str, repeat: str) -> FirstAdminDialog:
    dialog = FirstAdminDialog(store)
    qtbot.addWidget(dialog)
    dialog.user_edit.setText("ada")
    dialog.full_name_edit.setText("Ada <Admin> & Co")
    dialog.password_edit.setText(password)
    dialog.repeat_edit.setText(repeat)
    dialog.accept()
    return dialog


def _users(store: Store) -> list[tuple[str, str, str]]:
    with store.session() as session:
        return [(u.username, u.full_name, u.role) for u in session.scalars(select(User))]


def test_the_first_administrator_is_created_and_signed_in(qtbot, store: Store) -> None:
    assert not sign_in.store_has_users(store)
    dialog = _first_admin(qtbot, store, ADA_PW, ADA_PW)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed_in == "ada"
    assert _users(store) == [("ada", "Ada <Admin> & Co", "admin")]
    assert sign_in.store_has_users(store)
    sign_in.check_password(store, "ada", ADA_PW)  # the password works from now on


@pytest.mark.parametrize(
    ("password", "repeat", "message"),
    [
        ("short", "short", "at least 10 characters"),
        (ADA_PW, ADA_PW + "x", "the two passwords differ"),
        (" " + ADA_PW, " " + ADA_PW, "must not start or end with a space"),
    ],
)
def test_the_first_administrator_needs_a_good_password_typed_twice(
    qtbot, store: Store, password: str, repeat: str, message: str
) -> None:
    dialog = _first_admin(qtbot, store, password, repeat)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.signed_in is None
    assert message in dialog.error_label.text()
    assert not dialog.error_label.isHidden()
    assert _users(store) == []  # nothing half made


def test_the_first_administrator_needs_a_valid_user_name(qtbot, store: Store) -> None:
    dialog = FirstAdminDialog(store)
    qtbot.addWidget(dialog)
    dialog.user_edit.setText("Ada Admin")
    dialog.full_name_edit.setText("Ada")
    dialog.password_edit.setText("short")
    dialog.repeat_edit.setText("short")
    dialog.accept()
    assert "must start with a letter" in dialog.error_label.text()
    assert _users(store) == []


def _signed_in(qtbot, store: Store, user: str, password: str) -> SignInDialog:
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)
    dialog.accept()
    return dialog


def test_sign_in_accepts_the_right_password(qtbot, people_store: Store) -> None:
    dialog = _signed_in(qtbot, people_store, " lena ", LEAD_PW)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed_in == "lena"
    assert dialog.error_label.isHidden()
    with people_store.session() as session:
        last = session.scalars(select(TrailEntry).order_by(TrailEntry.seq.desc()).limit(1)).one()
    assert (last.user, last.entity, last.action) == ("lena", "user_account", "sign-in")


def test_sign_in_shows_the_error_for_a_wrong_password(qtbot, people_store: Store) -> None:
    dialog = _signed_in(qtbot, people_store, "lena", "not-the-password")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.signed_in is None
    assert dialog.error_label.text() == "wrong user name or password"
    assert dialog.password_edit.text() == ""  # to be typed again
    assert dialog.user_edit.text() == "lena"


def test_sign_in_shows_the_lockout_after_five_wrong_passwords(qtbot, people_store: Store) -> None:
    dialog = SignInDialog(people_store)
    qtbot.addWidget(dialog)
    dialog.user_edit.setText("lena")
    for attempt in range(5):
        dialog.password_edit.setText(f"wrong-{attempt}")
        dialog.accept()
        assert dialog.error_label.text() == "wrong user name or password"
    dialog.password_edit.setText(LEAD_PW)  # now even the right one is refused
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "lena is locked after 5 wrong passwords until" in dialog.error_label.text()


@pytest.mark.parametrize("has_users", [False, True])
def test_ask_sign_in_offers_the_dialog_the_store_needs(
    people_store: Store, store: Store, has_users: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def refuse(self: QDialog) -> int:
        opened.append(type(self).__name__)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(FirstAdminDialog, "exec", refuse)
    monkeypatch.setattr(SignInDialog, "exec", refuse)
    assert ask_sign_in(people_store if has_users else store) is None
    assert opened == ["SignInDialog" if has_users else "FirstAdminDialog"]


def test_cancelling_the_sign_in_stops_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FirstAdminDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    assert main(["--db", str(tmp_path / "x.sqlite")], new_store=yes_new_store) == 1
    after = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    assert after <= before  # no window of its own was opened


def test_the_signed_in_user_acts_and_shows_in_the_status_bar(tmp_path: Path) -> None:
    seen: list[tuple[str, str]] = []

    def close_main_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append((widget.user, widget.user_label.text()))
                widget.close()

    QTimer.singleShot(0, close_main_window)
    assert (
        main(
            ["--db", str(tmp_path / "x.sqlite")],
            sign_in=lambda store: "ada",
            new_store=yes_new_store,
        )
        == 0
    )
    assert seen == [("ada", "Signed in: ada")]


def test_the_headless_modes_ask_nobody(tmp_path: Path) -> None:
    def refuse(store: Store) -> str | None:
        raise AssertionError("no sign-in in a headless mode")

    assert main(["--db", str(tmp_path / "x.sqlite"), "--quit-after-show"], sign_in=refuse) == 0


def _table(dialog: SignInDialog) -> list[list[str]]:
    table = dialog.accounts_table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_only_the_demo_store_shows_its_users_passwords(qtbot, people_store: Store) -> None:
    from PySide6.QtWidgets import QLabel

    plain = SignInDialog(people_store)
    qtbot.addWidget(plain)
    demo = SignInDialog(people_store, demo_passwords={"lena": LEAD_PW})
    qtbot.addWidget(demo)
    assert "This is the demo store" not in plain.findChild(QLabel, "intro_label").text()
    assert "This is the demo store" in demo.findChild(QLabel, "intro_label").text()
    assert plain.accounts_table.columnCount() == 3
    assert not any(LEAD_PW in cell for row in _table(plain) for cell in row)
    (lena,) = [row for row in _table(demo) if row[2] == "lena"]
    assert lena[3] == LEAD_PW
    demo.accounts_table.selectRow(_table(demo).index(lena))
    assert (demo.user_edit.text(), demo.password_edit.text()) == ("lena", LEAD_PW)
    demo.accept()
    assert demo.signed_in == "lena"


def test_the_accounts_show_full_name_and_role_and_choosing_one_fills_the_name(
    qtbot, people_store: Store
) -> None:
    dialog = SignInDialog(people_store)
    qtbot.addWidget(dialog)
    rows = _table(dialog)
    with people_store.session() as session:
        active = session.scalars(select(User).where(User.active).order_by(User.username)).all()
    assert [row[2] for row in rows] == [u.username for u in active]
    assert [row[0] for row in rows] == [u.full_name for u in active]
    assert "Lead auditor" in [row[1] for row in rows]
    dialog.accounts_table.selectRow(len(rows) - 1)
    assert dialog.user_edit.text() == active[-1].username
    assert dialog.password_edit.text() == ""  # typed by the person, never filled in
    assert dialog.password_edit.hasFocus() or not dialog.isActiveWindow()


def test_many_accounts_scroll_and_the_dialog_fits_a_laptop_screen(
    qtbot, team_store: Store, uow
) -> None:
    from sqms_desktop.services.users import create_user

    with uow() as u:
        for n in range(30):
            create_user(u, f"auditor{n:02}", f"Auditor Number {n:02} Of A Long Name", "auditor")
        u.commit()
    dialog = SignInDialog(team_store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.accounts_table
    assert table.rowCount() == 33
    assert table.verticalScrollBar().maximum() > 0  # the rest are a scroll away
    sixth = table.visualItemRect(table.item(5, 0))
    assert table.viewport().rect().contains(sixth)  # the sixth account is shown whole
    assert dialog.height() <= 720
    assert dialog.width() <= 1280
    table.scrollToBottom()
    table.selectRow(32)
    assert dialog.user_edit.text() == "quinn"  # by user name: a, auditor00…29, omar, quinn


def test_a_second_first_administrator_is_told_to_start_again(qtbot, store: Store) -> None:
    """Two people set up one new store at once: the one who is later gets no account."""
    late = FirstAdminDialog(store)
    qtbot.addWidget(late)
    _first_admin(qtbot, store, ADA_PW, ADA_PW)  # meanwhile, Ada was quicker
    late.user_edit.setText("bob")
    late.full_name_edit.setText("Bob")
    late.password_edit.setText(ADA_PW)
    late.repeat_edit.setText(ADA_PW)
    late.accept()
    assert late.result() != QDialog.DialogCode.Accepted
    assert late.signed_in is None
    assert "this store has users now; start again to sign in" in late.error_label.text()
    assert _users(store) == [("ada", "Ada <Admin> & Co", "admin")]
