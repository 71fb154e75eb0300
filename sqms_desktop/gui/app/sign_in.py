"""Who uses the window: the first administrator of a new store, or the sign-in (DESIGN §7).

The dialogs check the password through the identity service when accepted and stay open with
the service's message when it refuses, so a wrong password or a locked account reads the same
here as on the command line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from sqms_desktop import paths
from sqms_desktop.demo.words import DEMO_PASSWORDS
from sqms_desktop.errors import SqmsError, ValidationError
from sqms_desktop.gui.base.feedback import show_error, wait_cursor
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.services import identity, users
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import UserRole

log = logging.getLogger(__name__)


# Asks who is at the keyboard; the user name, or None when nobody signed in (the app stops).
SignIn = Callable[[Store], str | None]


def check_password(store: Store, username: str, password: str, *, event: str = "sign-in") -> None:
    """Raise `AuthenticationError` unless the password is right; failures count to the lockout.

    A success is trailed as `event` (`sign-in`, or `unlock` for the idle lock)."""
    with UnitOfWork(store, WriteContext(user=username)) as uow:
        if event == "sign-in":
            identity.sign_in(uow, username, password)
        else:
            identity.authenticate(uow, username, password)
            identity.session_event(uow, event)
        uow.commit()


def trail_session_event(store: Store, username: str, event: str) -> None:
    """Trail `lock` or `sign-out`; a busy store must not keep the window from locking."""
    try:
        with UnitOfWork(store, WriteContext(user=username)) as uow:
            identity.session_event(uow, event)
            uow.commit()
    except SqmsError as exc:
        log.warning("could not trail %s for %s: %s", event, username, exc)


def store_has_users(store: Store) -> bool:
    with UnitOfWork(store, WriteContext(user="")) as uow:
        return identity.has_users(uow)


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
        self.signed_in: str | None = None
        if demo_passwords:
            # The demo store only: its made-up users are there to be tried.
            intro = child(self, QLabel, "intro_label")
            lines = "".join(
                f"<br><tt>{escape(name)}</tt> / <tt>{escape(password)}</tt>"
                for name, password in demo_passwords.items()
            )
            intro.setText(
                escape(intro.text())
                + "<br><br>"
                + escape(self.tr("This is the demo store. Its users and passwords:"))
                + lines
            )
        self.user_edit = child(self, QLineEdit, "user_edit")
        self.password_edit = child(self, QLineEdit, "password_edit")
        self.error_label = child(self, QLabel, "error_label")
        show_error(self.error_label, "")
        buttons = child(self, QDialogButtonBox, "button_box")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

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
            with wait_cursor(), UnitOfWork(self._store, WriteContext(user=username)) as uow:
                if identity.has_users(uow):  # someone was quicker, on this or another computer
                    raise ValidationError(
                        self.tr("this store has users now; start again to sign in")
                    )
                users.create_user(
                    uow,
                    username,
                    self.full_name_edit.text().strip(),
                    UserRole.ADMIN.value,
                    password,
                )
                uow.commit()
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
