"""Where the new store goes: the file a typed or chosen place means, and why it cannot go there.

Only looked at, never written: the wizard writes nothing before its last page. Whether a folder
can be written is asked by making and removing a nameless file in the nearest folder that
exists, the only answer that holds for network shares, read-only media and access lists alike.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

STORE_FILE_NAME = "sqms.sqlite"


def store_file_for(text: str) -> Path | None:
    """The store file a typed place names: a folder that exists means its `sqms.sqlite`."""
    cleaned = text.strip()
    if not cleaned:
        return None
    path = Path(cleaned).expanduser()
    if path.is_dir():
        path = path / STORE_FILE_NAME
    return path.absolute()


def location_problem(path: Path | None) -> str | None:
    """Why no new store can be made at `path`, in words for the person choosing; None if it can."""
    if path is None:
        return QCoreApplication.translate("first_start", "Choose where the new store is kept.")
    if path.exists() or path.is_symlink():
        return QCoreApplication.translate(
            "first_start",
            "There is a store (or another file) at {path} already, and the wizard never writes "
            "over a file. Choose another place, or start SQMS Desktop with --db to open that "
            "store.",
        ).format(path=path)
    folder = _nearest_existing(path.parent)
    if not folder.is_dir():
        return QCoreApplication.translate(
            "first_start", "{folder} is a file, not a folder: no store can be made under it."
        ).format(folder=folder)
    reason = _write_refused(folder)
    if reason is not None:
        return QCoreApplication.translate(
            "first_start",
            "The folder {folder} cannot be written to ({reason}). Choose a folder of yours, "
            "such as one in your home folder.",
        ).format(folder=folder, reason=reason)
    return None


def _nearest_existing(folder: Path) -> Path:
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def _write_refused(folder: Path) -> str | None:
    """Why nothing can be written in `folder` (the system's words), or None when it can."""
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=".sqms-write-check-")
    except OSError as exc:
        return exc.strerror or str(exc)
    os.close(handle)
    Path(name).unlink(missing_ok=True)
    return None
