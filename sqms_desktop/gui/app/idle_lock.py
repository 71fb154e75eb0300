"""The idle lock (21 CFR Part 11 §11.300): after a while without input the window is covered
until the signed-in user enters the password again.

The cover and the dialog sit on top of the window; no widget under them is touched, so a half
typed entry is still there after unlocking.
"""

from __future__ import annotations

import logging
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.app.sign_in import trail_session_event
from sqms_desktop.gui.base.feedback import show_error, wait_cursor
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.services.access import unlock
from sqms_desktop.services.actor import Actor

log = logging.getLogger(__name__)

# Input that shows someone is at the keyboard; anything else (paint, timers) is not.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class LockDialog(QDialog):
    """The password of the signed-in user, and only theirs, unlocks; or they sign out.

    Signals:
        sign_out_requested(): the user chose to sign out instead of unlocking.
    """

    sign_out_requested = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("lock_dialog", self)
        self._actor = actor
        self.username = actor.user
        child(self, QLineEdit, "user_edit").setText(actor.user)
        self.password_edit = child(self, QLineEdit, "password_edit")
        self.error_label = child(self, QLabel, "error_label")
        show_error(self.error_label, "")
        buttons = child(self, QDialogButtonBox, "button_box")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        self.sign_out_button.clicked.connect(self._on_sign_out_button_clicked)

    def accept(self) -> None:
        try:
            with wait_cursor():
                self._actor.run(unlock, self.username, self.password_edit.text())
        except SqmsError as exc:
            log.info("unlock refused for %s: %s", self.username, exc)
            show_error(self.error_label, str(exc))
            self.password_edit.clear()
            return
        super().accept()

    def reject(self) -> None:
        """Escape and the window's close button do not unlock."""

    @Slot()
    def _on_sign_out_button_clicked(self) -> None:
        emit(self.sign_out_requested)


class IdleLock(QObject):
    """Watches the application's input; locks `window` after `timeout_ms` without any, until the
    `actor`'s user enters their password again.

    Signals:
        locked(): the window is covered and the lock dialog is open.
        unlocked(): the user entered the password; the window is as it was.
        signed_out(): the user signed out from the lock; the caller closes the window.
    """

    locked = Signal()
    unlocked = Signal()
    signed_out = Signal()

    def __init__(self, window: QWidget, actor: Actor, *, timeout_ms: int) -> None:
        super().__init__(window)
        # No Python reference to the window: the window owns this object, and a reference
        # back would make a cycle that the garbage collector may break on any thread.
        self._actor = actor
        self._app: QCoreApplication | None = None
        self.dialog: LockDialog | None = None
        self._cover: QWidget | None = None
        self.has_signed_out = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self._on_timer_timeout)

    def install(self, app: QCoreApplication) -> None:
        """Start watching every input event of `app`."""
        self._app = app
        app.installEventFilter(self)
        self._timer.start()

    def uninstall(self) -> None:
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None
        self._timer.stop()

    def set_timeout(self, timeout_ms: int) -> None:
        """A new idle time (from the preferences), counted from now."""
        self._timer.setInterval(max(1, timeout_ms))
        if not self.is_locked():
            self._timer.start()

    def is_locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> None:
        if self.is_locked():
            return
        log.info(
            "locking the window for %s after %d ms idle", self._actor.user, self._timer.interval()
        )
        self._timer.stop()
        self._cover = self._make_cover()
        trail_session_event(self._actor, "lock")
        dialog = LockDialog(self._actor, self._window())
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.sign_out_requested.connect(self._on_dialog_sign_out_requested)
        self.dialog = dialog
        dialog.open()
        emit(self.locked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            if not self.is_locked():
                self._timer.start()
        elif kind == QEvent.Type.Resize and watched is self.parent() and self._cover is not None:
            self._cover.setGeometry(self._window().rect())
        return False

    # -- internals -------------------------------------------------------------------------

    def _window(self) -> QWidget:
        return cast(QWidget, self.parent())

    def _make_cover(self) -> QWidget:
        """An opaque sheet over the window's contents, so nothing can be read while locked."""
        cover = QWidget(self._window())
        cover.setObjectName("lock_cover")
        cover.setAutoFillBackground(True)
        layout = QVBoxLayout(cover)
        text = QLabel(self.tr("Locked — {user} is signed in.").format(user=self._actor.user))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        cover.setGeometry(self._window().rect())
        cover.show()
        cover.raise_()
        return cover

    def _remove_lock(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        if self._cover is not None:
            self._cover.hide()
            self._cover.deleteLater()
            self._cover = None

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.lock()

    @Slot()
    def _on_dialog_accepted(self) -> None:
        log.info("%s unlocked the window", self._actor.user)
        self._remove_lock()
        self._timer.start()
        emit(self.unlocked)

    @Slot()
    def _on_dialog_sign_out_requested(self) -> None:
        log.info("%s signed out from the lock", self._actor.user)
        trail_session_event(self._actor, "sign-out")
        self.has_signed_out = True
        self._remove_lock()
        self.uninstall()
        emit(self.signed_out)
