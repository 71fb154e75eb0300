"""The idle lock: it engages after the idle time; only the signed-in user's password opens it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sqlalchemy import select

from sqms_desktop.gui.app.idle_lock import IdleLock
from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.gui.base import settings as opts
from sqms_desktop.gui.base.forms import child
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import TrailEntry
from tests.support.people import LEAD_PW

pytestmark = pytest.mark.gui

IDLE_MS = 50


@pytest.fixture
def window(qtbot, people_store: Store, settings: QSettings) -> MainWindow:
    main = MainWindow(people_store, settings=settings, user="lena")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def lock(window: MainWindow, people_store: Store) -> Iterator[IdleLock]:
    idle = IdleLock(window, window.actor, timeout_ms=IDLE_MS)
    idle.install(QApplication.instance())  # type: ignore[arg-type]
    yield idle
    idle.uninstall()  # the filter is on the shared application: never leave it behind


def test_the_lock_engages_and_opens_only_with_the_right_password(
    qtbot, window: MainWindow, lock: IdleLock
) -> None:
    window.suppliers_page.filter_edit.setText("half typed")
    qtbot.waitUntil(lock.is_locked, timeout=5000)
    dialog = lock.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.isModal()
    assert "Locked — enter your password" in child(dialog, QLabel, "message_label").text()
    cover = child(window, QWidget, "lock_cover")
    assert cover.isVisible()
    assert cover.geometry() == window.rect()

    dialog.password_edit.setText("not-the-password")
    dialog.accept()
    assert lock.is_locked()
    assert dialog.error_label.text() == "wrong user name or password"
    dialog.reject()  # Escape does not unlock either
    assert lock.is_locked()

    dialog.password_edit.setText(LEAD_PW)
    with qtbot.waitSignal(lock.unlocked):
        dialog.accept()
    assert not lock.is_locked()
    assert not cover.isVisible()
    assert window.suppliers_page.filter_edit.text() == "half typed"  # nothing lost
    assert _session_trail(lock)[-3:] == ["lock", "refused", "unlock"]


def test_input_starts_the_idle_time_again(window: MainWindow, people_store: Store) -> None:
    idle = IdleLock(window, window.actor, timeout_ms=60_000)
    idle.install(QApplication.instance())  # type: ignore[arg-type]
    try:
        idle._timer.stop()
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
        QApplication.sendEvent(window.suppliers_page.filter_edit, press)
        assert idle._timer.isActive()
        assert not idle.is_locked()
    finally:
        idle.uninstall()


def test_signing_out_from_the_lock(qtbot, lock: IdleLock) -> None:
    lock.lock()
    dialog = lock.dialog
    assert dialog is not None
    with qtbot.waitSignal(lock.signed_out):
        dialog.sign_out_button.click()
    assert not lock.is_locked()
    assert lock.has_signed_out
    assert _session_trail(lock)[-2:] == ["lock", "sign-out"]


def _session_trail(lock: IdleLock) -> list[str]:
    """What the trail says happened to lena's session, oldest first."""
    with lock._actor.store.session() as session:
        return list(
            session.scalars(
                select(TrailEntry.action)
                .where(TrailEntry.user == "lena", TrailEntry.field.is_(None))
                .where(TrailEntry.entity == "user_account")
                .order_by(TrailEntry.seq)
            )
        )


def test_the_idle_time_is_a_setting_of_fifteen_minutes(settings: QSettings) -> None:
    assert opts.idle_lock_ms(settings) == 15 * 60_000
    opts.IDLE_LOCK_MINUTES.write(settings, 5)
    assert opts.idle_lock_ms(settings) == 5 * 60_000
    opts.IDLE_LOCK_MINUTES.write(settings, 0)  # never off: a minute at least
    assert opts.idle_lock_ms(settings) == 60_000
