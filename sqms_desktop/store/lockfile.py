"""Who has a store open in a window: the lock file beside it, read without Qt.

The window holds `<store file>.lock` with Qt's QLockFile (gui/app/store_lock.py), which takes
an OS-level lock and clears a lock whose process has died on this host. QLockFile writes the
process id, its program name and the host name; the window adds the user and its start time
in `<lock>.json`. This module reads both, so the command line can refuse to restore a backup
under a window, and the window can say who holds the store (docs/design.md, "One window per
store").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from sqms_desktop.i18n import translate
from sqms_desktop.paths import user_data_dir


@dataclass(frozen=True)
class Holder:
    """The process that holds a store's lock."""

    pid: int
    host: str
    user: str
    started: dt.datetime | None

    def describe(self) -> str:
        since = f"{self.started:%Y-%m-%d %H:%M}" if self.started else ""
        if self.user and since:
            text = translate(
                "lockfile", "SQMS Desktop (process {pid} of {user} on {host}, since {since})"
            )
        elif self.user:
            text = translate("lockfile", "SQMS Desktop (process {pid} of {user} on {host})")
        elif since:
            text = translate("lockfile", "SQMS Desktop (process {pid} on {host}, since {since})")
        else:
            text = translate("lockfile", "SQMS Desktop (process {pid} on {host})")
        return text.format(pid=self.pid, user=self.user, host=self.host, since=since)


def store_name(url: str) -> str:
    """The store as a person names it: the file, or the URL without its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return str(parsed.database)
    return parsed.render_as_string(hide_password=True)


def lock_path(url: str) -> Path:
    """`<file>.lock` beside an SQLite store; for a server store, a file named by the URL in the
    user's data folder (one window per store on this computer)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return Path(f"{parsed.database}.lock")
    name = parsed.render_as_string(hide_password=True)
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
    return user_data_dir() / "locks" / f"{digest}.lock"


def info_path(lock: Path) -> Path:
    return lock.with_name(lock.name + ".json")


def write_info(lock: Path, user: str, started: dt.datetime) -> None:
    data = {"pid": os.getpid(), "host": socket.gethostname(), "user": user,
            "started": started.isoformat()}  # fmt: skip
    info_path(lock).write_text(json.dumps(data) + "\n", encoding="utf-8")


def read_holder(lock: Path) -> Holder | None:
    """The holder the lock file names, or None when there is no lock file."""
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None
    host = lines[2] if len(lines) > 2 else ""
    user, started = "", None
    try:
        info = json.loads(info_path(lock).read_text(encoding="utf-8"))
        if int(info["pid"]) == pid:  # written by this holder, not left by an earlier one
            user = str(info.get("user", ""))
            started = dt.datetime.fromisoformat(info["started"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return Holder(pid, host, user, started)


def live_holder(lock: Path) -> Holder | None:
    """The holder, unless its process is gone from this host (a stale lock)."""
    holder = read_holder(lock)
    if holder is None:
        return None
    if holder.host == socket.gethostname() and not _running(holder.pid):
        return None
    return holder


def _running(pid: int) -> bool:
    if os.name != "posix":
        return True  # no portable check without a helper library: assume it runs
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
