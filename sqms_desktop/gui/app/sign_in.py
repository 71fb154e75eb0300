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
from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from sqms_desktop import paths
from sqms_desktop.demo.words import DEMO_PASSWORDS
from sqms_desktop.errors import SqmsError, ValidationError
from sqms_desktop.gui.base.feedback import show_error, wait_cursor
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.queries.people import has_users
from sqms_desktop.services import access, identity
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store

log = logging.getLogger(__name__)


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
