"""The small demo store the session shares: its reference day, its size, and how to copy it."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

DEMO_TODAY = dt.date(2026, 11, 24)
SMALL_DEMO = {"suppliers": 8, "audits": 40, "seed": 11}


def build_small_demo(path: Path) -> None:
    """Write the small demo store (and its photos beside it) to `path`."""
    from sqms_desktop.demo import DemoOptions, create_demo_store

    create_demo_store(path, DemoOptions(**SMALL_DEMO, today=DEMO_TODAY))


def copy_demo(source: Path, folder: Path) -> Path:
    """A private copy of the demo store in `folder`, with its photos, that a test may change."""
    target = folder / "demo-copy.sqlite"
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    evidence = source.parent / "attachments"
    if evidence.is_dir():  # the demo's photos, so reports and the evidence strip find them
        shutil.copytree(evidence, folder / "attachments")
    return target
