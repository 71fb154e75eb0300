"""What the window does around its store: the lock, the damaged-store offer, the backups.

At start, before the store is opened: the store's lock (store_lock.py); a second window on the
same store is refused with the name of the process holding it. Opening: a store that fails
SQLite's check is refused with the file named, and the newest good backup is offered with what
restoring it would lose; nothing is ever reset. Once open: a daily backup when the newest is
older than a day. On exit: a backup. Backups of a PostgreSQL store are its server's job.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sqms_desktop.errors import SqmsError, StoreDamagedError
from sqms_desktop.gui.app.store_lock import StoreLock, in_use_message
from sqms_desktop.queries.policy import policy_value
from sqms_desktop.store import backups
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.lockfile import store_name
from sqms_desktop.vocab import PolicyKey

log = logging.getLogger(__name__)

Report = Callable[[str, str], None]  # title, message


def claim_store(url: str, user: str, report: Report) -> StoreLock | None:
    """The store's lock, held; None (after saying who holds it) when another window has it."""
    lock = StoreLock(url)
    holder = lock.acquire(user)
    if holder is None:
        return lock
    where = store_name(url)
    log.warning("store %s is held by process %s on %s", where, holder.pid, holder.host)
    report(
        QCoreApplication.translate("store_start", "The store is open in another window"),
        in_use_message(where, holder),
    )
    return None


def open_offering_restore(url: str, report: Report, *, interactive: bool) -> Store | None:
    """The store, opened; a damaged one is refused, and in the window its newest good backup
    is offered (restoring keeps the damaged file as a backup first)."""
    try:
        return open_store(url)
    except StoreDamagedError as exc:
        log.error("damaged store: %s", exc)
        if not interactive or exc.backup is None or not _ask_restore(str(exc)):
            report(QCoreApplication.translate("store_start", "The store is damaged"), str(exc))
            return None
        db = Path(exc.path)
        try:
            chosen = backups.find_backup(db, exc.backup)
            _with_wait_cursor(lambda: backups.restore_backup(db, chosen))
            return open_store(url)
        except SqmsError as again:
            report(
                QCoreApplication.translate("store_start", "Cannot restore the backup"), str(again)
            )
            return None
    except SqmsError as exc:
        log.error("cannot open the store: %s", exc)
        report(QCoreApplication.translate("store_start", "Cannot open the store"), str(exc))
        return None


def _ask_restore(message: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("store_start", "The store is damaged"),
        message,
    )
    restore = box.addButton(
        QCoreApplication.translate("store_start", "&Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("store_start", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def _with_wait_cursor(job: Callable[[], object]) -> None:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        job()
    finally:
        QApplication.restoreOverrideCursor()


def keep_days(store: Store) -> int:
    """The store's `backup_keep_days` policy; the default when the store cannot say."""
    try:
        with store.session() as session:
            return policy_value(session, PolicyKey.BACKUP_KEEP_DAYS)
    except Exception as exc:  # a damaged store is the backup's business, not this read's
        log.warning("cannot read how long backups of %s are kept: %s", store.sqlite_path, exc)
        return backups.KEEP_DAYS


def rolling_backup(store: Store, label: str) -> None:
    """The daily backup at start (`daily`: only when the newest is a day old) or the one on exit
    (`exit`); a failure is logged, never a reason to refuse the window or to lose the exit."""
    db = store.sqlite_path
    if db is None:
        return
    try:
        only_after = backups.DAILY if label == "daily" else None
        backups.rolling_backup(db, label, only_after=only_after, keep_days=keep_days(store))
    except SqmsError as exc:
        log.error("the %s backup of %s failed: %s", label, db, exc)
