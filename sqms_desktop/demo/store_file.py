"""A new demo store file, all or nothing: built in a side file and renamed into place.

The GUI builds the demo on first use behind a cancellable dialog, and the CLI may be
interrupted; either way no half-made store, and no store naming evidence that is not there,
may be left where the application would open it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sqms_desktop.demo.generate import generate_demo
from sqms_desktop.demo.options import DemoOptions, DemoSummary
from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.progress import Progress
from sqms_desktop.store.engine import open_store


def create_demo_store(
    path: Path, options: DemoOptions, progress: Progress | None = None
) -> DemoSummary:
    """Build a demo store at `path` all or nothing: in a side file, renamed into place at the end.

    The evidence is written to a side folder too and moved into `attachments/` beside `path`
    before the store is renamed into place, so the finished store never names missing bytes.
    A cancel or an error leaves no file behind.
    """
    if path.exists():
        raise ValidationError(
            translate(
                "demo",
                "{path} already exists; demo data are written to a new file only (delete "
                "it or choose another --db)",
            ).format(path=path)
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    side = path.with_name(f".{path.name}.partial-attachments")
    _remove_sqlite(partial)
    shutil.rmtree(side, ignore_errors=True)
    store = open_store(f"sqlite:///{partial}")
    try:
        try:
            summary = generate_demo(store, options, progress, attachments=side)
            with store.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            store.close()
        _merge_attachments(side, path.parent / "attachments")
    except BaseException:
        _remove_sqlite(partial)
        raise
    finally:
        shutil.rmtree(side, ignore_errors=True)
    os.replace(partial, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    return summary


def _merge_attachments(side: Path, folder: Path) -> None:
    """Move the new evidence into the store's folder. Names are SHA-256s, so a file already
    there holds the same bytes and is kept; another store's evidence beside it is untouched."""
    if not side.is_dir():
        return
    for source in sorted(side.rglob("*")):
        if not source.is_file() or source.name.startswith(".incoming-"):
            continue
        target = folder / source.relative_to(side)
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)


def _remove_sqlite(path: Path) -> None:
    """Delete an SQLite file with its WAL, shared-memory and journal companions."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
