"""One window per store: a QLockFile beside the store while the window has it open.

QLockFile holds an OS-level lock and clears a lock whose process has died on this host (a
crash, a power cut), so a stale lock never keeps a user out. The lock carries no age limit
(`setStaleLockTime(0)`): a window open for days keeps its store. Beside it the window writes
its user and start time (store/lockfile.py), which a second start shows, and which `sqms
backup restore` reads to refuse restoring under an open window.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QLockFile

from sqms_desktop.store.lockfile import Holder, info_path, lock_path, read_holder, write_info

log = logging.getLogger(__name__)


class StoreLock:
    """The lock of the store at `url`; `acquire` it, `release` it when the window closes."""

    def __init__(self, url: str) -> None:
        self.path = lock_path(url)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)
        self.held = False

    def acquire(self, user: str) -> Holder | None:
        """Take the lock: None when it is ours now, else who holds it. A folder where no lock
        file can be made (a read-only medium) is not locked: writes there fail anyway, with
        their own message."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no lock file for %s: %s", self.path, exc)
            return None
        if self._lock.tryLock(0):
            self.held = True
            try:
                write_info(self.path, user, dt.datetime.now().astimezone())
            except OSError as exc:
                log.warning("cannot write %s: %s", info_path(self.path), exc)
            return None
        if self._lock.error() == QLockFile.LockError.PermissionError:
            log.warning("no lock file for %s: the folder is not writable", self.path)
            return None
        holder = read_holder(self.path)
        if holder is None:
            pid, host, _app = self._lock.getLockInfo()
            holder = Holder(int(pid or 0), str(host or "?"), "", None)
        return holder

    def release(self) -> None:
        if not self.held:
            return
        info_path(self.path).unlink(missing_ok=True)
        self._lock.unlock()
        self.held = False


def in_use_message(store: str, holder: Holder) -> str:
    """What a second start says; read-only viewing beside a working window is not offered."""
    return QCoreApplication.translate(
        "store_lock",
        "The store {store} is open in {holder}. One window works on a store at a time, so that "
        "nothing one of them writes is lost to the other: switch to that window, or close it "
        "and start again. (A window on another computer must be closed there; a window that "
        "crashed does not block the store.)",
    ).format(store=store, holder=holder_text(holder))


def holder_text(holder: Holder) -> str:
    """The window holding the lock, as the user reads it: its process, user, computer, start."""
    values = {
        "pid": holder.pid,
        "user": holder.user,
        "host": holder.host,
        "since": f"{holder.started:%Y-%m-%d %H:%M}" if holder.started else "",
    }
    if holder.user and holder.started:
        text = QCoreApplication.translate(
            "store_lock", "SQMS Desktop (process {pid} of {user} on {host}, since {since})"
        )
    elif holder.user:
        text = QCoreApplication.translate(
            "store_lock", "SQMS Desktop (process {pid} of {user} on {host})"
        )
    elif holder.started:
        text = QCoreApplication.translate(
            "store_lock", "SQMS Desktop (process {pid} on {host}, since {since})"
        )
    else:
        text = QCoreApplication.translate("store_lock", "SQMS Desktop (process {pid} on {host})")
    return text.format(**values)
