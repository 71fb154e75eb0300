"""Take the README's screenshots: every page of the main window at 1280×720 on the demo store.

Builds a demo store around a fixed day in a temporary folder (so the pictures do not change with
the calendar), asks the main window for its pages, then runs `sqms-desktop --screenshot` once a
page, signed in as the demo's lead auditor, the checklist with the audit in progress that has the
most findings. A page added to the window later is taken too.

Usage::

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--size 1280x720]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from sqms_desktop.demo import DemoOptions
from sqms_desktop.demo.store_file import create_demo_store
from sqms_desktop.demo.words import DEMO_PASSWORDS
from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.queries.audits import list_audits
from sqms_desktop.store.engine import open_store
from sqms_desktop.vocab import AuditStatus

DEMO_DAY = dt.date(2026, 11, 24)
USER = "anna.kowalczyk"  # a lead auditor: every page's actions are hers to use


def _pages_and_audit(db: Path, folder: Path) -> tuple[list[str], str]:
    """The window's page names, and the audit in progress whose checklist to show."""
    app = QApplication.instance() or QApplication([])
    store = open_store(f"sqlite:///{db}")
    try:
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings=settings, user=USER)
        names = list(window.page_names)
        window.deleteLater()
        with store.session() as session:
            audits = list_audits(session, status=AuditStatus.IN_PROGRESS)
    finally:
        store.close()
    app.processEvents()
    if not audits:
        raise SystemExit("the demo store has no audit in progress to show on the checklist")
    return names, max(audits, key=lambda a: (a.findings, a.reference)).reference


def _shoot(db: Path, out: Path, name: str, size: str, audit: str) -> None:
    command = [sys.executable, "-m", "sqms_desktop", "--db", str(db), "--screenshot"]
    command += [str(out / f"{name}.png"), "--user", USER, "--page", name, "--size", size]
    if name == "checklist":
        command += ["--open-audit", audit]
    subprocess.run(command, input=DEMO_PASSWORDS[USER] + "\n", text=True, check=True)
    print(f"{out / name}.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--size", default="1280x720")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sqms-demo-") as tmp:
        folder = Path(tmp)
        db = folder / "demo.sqlite"
        print("building the demo store …", flush=True)
        create_demo_store(db, DemoOptions(today=DEMO_DAY))
        names, audit = _pages_and_audit(db, folder)
        for name in names:
            _shoot(db, args.out, name, args.size, audit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
