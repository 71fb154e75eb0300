"""Whether a large store file is as this computer last left it, so its quick check can be skipped.

SQLite's `PRAGMA quick_check` on open (store/migrate.check_on_open) reads every page of the
file: 0.1 s for a laptop's store, but about 11 s of CPU and two minutes of disk for a central
store of 9,000 audits (3.8 GB; benchmarks/README.md, "Start-up"). Paying that at every start of
the window and every `sqms` command would make a large store unusable, so a file of at least
`LARGE_STORE_BYTES` is checked only when it is not the file this computer closed cleanly after
checking it: a store that was checked (or skipped as unchanged) on open and then closed with no
journal left behind is remembered by its size, modification time, inode and device. Anything
else is checked again: a file copied or restored over it (another inode), written by another
program or another computer (time, size), a journal left by a crash (`-wal`), or no record at
all. `sqms store check` always runs the full check, whatever the record says.

What the record cannot see: bytes changed in place with the modification time set back by hand.
That is tampering, not damage by accident, and is the trail's to find (its hash chain and
checkpoints, store/trail.py); SQLite still refuses a damaged page when it is read.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from sqms_desktop.paths import user_data_dir, write_atomically

log = logging.getLogger(__name__)

# Below this size the quick check always runs (a laptop's store of a few hundred audits: well
# under a second). A test lowers it to try the skip on a small file.
LARGE_STORE_BYTES = 256 * 1024 * 1024


def _record_path(path: Path) -> Path:
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
    return user_data_dir() / "checked" / f"{digest}.json"


def _fingerprint(path: Path) -> dict[str, int | str] | None:
    """What identifies this version of the file; None while a journal beside it holds changes
    (a process still has it open, or one crashed)."""
    for suffix in ("-wal", "-journal"):
        journal = path.with_name(path.name + suffix)
        if journal.exists() and journal.stat().st_size > 0:
            return None
    state = path.stat()
    return {
        "path": str(path.resolve()),
        "size": state.st_size,
        "mtime_ns": state.st_mtime_ns,
        "inode": state.st_ino,
        "device": state.st_dev,
    }


def unchanged_since_checked(path: Path) -> bool:
    """True when the file is large and is exactly what this computer closed after checking it."""
    try:
        if path.stat().st_size < LARGE_STORE_BYTES:
            return False
        wanted = _fingerprint(path)
        if wanted is None:
            return False
        record = json.loads(_record_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(record == wanted)


def remember_checked(path: Path) -> None:
    """Note the file as checked, as it is now (after its last connection closed). A record that
    cannot be written only means the next open checks again."""
    record = _record_path(path)
    try:
        if path.stat().st_size < LARGE_STORE_BYTES:
            return  # checked at every open anyway
        fingerprint = _fingerprint(path)
        if fingerprint is None:
            record.unlink(missing_ok=True)
            return
        record.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(record, (json.dumps(fingerprint, indent=2) + "\n").encode("utf-8"))
    except OSError as exc:
        log.warning("could not note %s as checked: %s", path, exc)


def forget_checked(path: Path) -> None:
    """The next open checks the file again (it is being replaced, or was found damaged)."""
    try:
        _record_path(path).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not forget the check of %s: %s", path, exc)
