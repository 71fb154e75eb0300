"""Who uses the window: the first administrator of a new store, or the sign-in.

Signing in is trailed like the session's other events (lock, unlock, sign-out), and the person
signed in is whom every change and signature of the window is recorded for. The dialogs check
the password through the identity service when accepted and stay open with the service's message
when it refuses, so a wrong password or a locked account reads the same here as on the command
line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from sqms_desktop import paths
from sqms_desktop.demo.words import DEMO_PASSWORDS
from sqms_desktop.errors import SqmsError, ValidationError
from sqms_desktop.gui.base.feedback import show_error, wait_cursor
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import label
from sqms_desktop.queries.people import has_users, list_users
from sqms_desktop.services import access, identity
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store

log = logging.getLogger(__name__)
VISIBLE_ACCOUNTS = 6  # rows shown before the account list scrolls
MAX_TABLE_WIDTH = 900  # wider lists scroll sideways: the dialog must fit a laptop screen


# Asks who is at the keyboard; the user name, or None when nobody signed in (the app stops).
SignIn = Callable[[Store], str | None]


def check_password(store: Store, username: str, password: str) -> None:
    """Sign `username` in: raise `AuthenticationError` unless the password is right (failures
    count towards the lockout); a success is trailed as `sign-in`."""
    Actor(store, username).run(identity.sign_in, username, password)


def trail_session_event(actor: Actor, event: str) -> None:
    """Trail `lock` or `sign-out`; a busy store must not keep the window from locking."""
    try:
        actor.run(identity.session_event, event)
    except SqmsError as exc:
        log.warning("could not trail %s for %s: %s", event, actor.user, exc)


def store_has_users(store: Store) -> bool:
    with store.session() as session:
        return has_users(session)


class SignInDialog(QDialog):
    """User name and password; accepted only once the identity service accepts them."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        demo_passwords: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("sign_in_dialog", self)
        self._store = store
        self._demo_passwords = demo_passwords or {}
        self.signed_in: str | None = None
        if demo_passwords:
            # The demo store only: its made-up users are there to be tried.
            intro = child(self, QLabel, "intro_label")
            intro.setText(
                intro.text()
                + "\n\n"
                + self.tr("This is the demo store: each user's password is in the list.")
            )
        self.user_edit = child(self, QLineEdit, "user_edit")
        self.accounts_table = child(self, QTableWidget, "accounts_table")
        self._fill_accounts()
        self.password_edit = child(self, QLineEdit, "password_edit")
        self.error_label = child(self, QLabel, "error_label")
        show_error(self.error_label, "")
        buttons = child(self, QDialogButtonBox, "button_box")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.adjustSize()  # as wide as the account list, as high as the wrapped intro needs

    def _fill_accounts(self) -> None:
        """Who can sign in, by full name and role; the list scrolls, the dialog stays small."""
        with self._store.session() as session:
            users = [u for u in list_users(session) if u.active]
        table = self.accounts_table
        titles = [self.tr("Name"), self.tr("Role"), self.tr("User name")]
        if self._demo_passwords:
            titles.append(self.tr("Demo password"))
        table.setColumnCount(len(titles))
        table.setHorizontalHeaderLabels(titles)
        table.setRowCount(len(users))
        for row, user in enumerate(users):
            cells = [user.full_name, label(user.role), user.username]
            if self._demo_passwords:
                cells.append(self._demo_passwords.get(user.username, ""))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.username)
                table.setItem(row, column, item)
        table.setWordWrap(False)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        frame = 2 * table.frameWidth()
        rows = min(len(users), VISIBLE_ACCOUNTS)
        height = table.horizontalHeader().sizeHint().height() + frame
        height += sum(table.rowHeight(r) for r in range(rows))
        table.setFixedHeight(height)  # the rest scroll: a store may have a hundred users
        width = sum(table.columnWidth(c) for c in range(table.columnCount())) + frame
        width += table.verticalScrollBar().sizeHint().width()
        table.setMinimumWidth(min(width, MAX_TABLE_WIDTH))  # full names, never cut
        table.setVisible(bool(users))
        table.itemSelectionChanged.connect(self._on_accounts_table_item_selection_changed)

    @Slot()
    def _on_accounts_table_item_selection_changed(self) -> None:
        items = self.accounts_table.selectedItems()
        if not items:
            return
        username = str(items[0].data(Qt.ItemDataRole.UserRole))
        self.user_edit.setText(username)
        self.password_edit.setText(self._demo_passwords.get(username, ""))
        self.password_edit.setFocus()

    def accept(self) -> None:
        username = self.user_edit.text().strip()
        try:
            with wait_cursor():
                check_password(self._store, username, self.password_edit.text())
        except SqmsError as exc:
            log.info("sign-in refused for %r: %s", username, exc)
            show_error(self.error_label, str(exc))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        log.info("%s signed in", username)
        self.signed_in = username
        super().accept()


class FirstAdminDialog(QDialog):
    """The first administrator of a store without users; the creator is signed in as them."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("first_admin_dialog", self)
        self._store = store
        self.signed_in: str | None = None
        self.user_edit = child(self, QLineEdit, "user_edit")
        self.full_name_edit = child(self, QLineEdit, "full_name_edit")
        self.password_edit = child(self, QLineEdit, "password_edit")
        self.repeat_edit = child(self, QLineEdit, "repeat_edit")
        child(self, QLabel, "rules_label").setText(
            self.tr(
                "The password needs at least {n} characters and must not start or end with a "
                "space. It also opens your signing key: nobody can recover it."
            ).format(n=identity.MIN_PASSWORD_LENGTH)
        )
        self.error_label = child(self, QLabel, "error_label")
        show_error(self.error_label, "")
        buttons = child(self, QDialogButtonBox, "button_box")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create and sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        username = self.user_edit.text().strip()
        password = self.password_edit.text()
        try:
            if password != self.repeat_edit.text():
                raise ValidationError(self.tr("the two passwords differ"))
            with wait_cursor():
                Actor(self._store, username).run(
                    access.create_first_administrator,
                    username,
                    self.full_name_edit.text().strip(),
                    password,
                )
        except SqmsError as exc:
            show_error(self.error_label, str(exc))
            return
        log.info("first administrator %s created", username)
        self.signed_in = username
        super().accept()


def ask_sign_in(store: Store) -> str | None:
    """The interactive sign-in at start-up: the first administrator, or a user of the store."""
    dialog: FirstAdminDialog | SignInDialog
    if store_has_users(store):
        demo = store.sqlite_path is not None and store.sqlite_path == paths.demo_store_path()
        dialog = SignInDialog(store, demo_passwords=DEMO_PASSWORDS if demo else None)
    else:
        dialog = FirstAdminDialog(store)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.signed_in
    finally:
        dialog.deleteLater()
