"""Take the README's screenshots: every page of the main window at 1280×720 on the demo store,
and with `--matrix` every page in light and dark, English and German, at scale 1 and 2.

Builds a demo store around a fixed day in a temporary folder (so the pictures do not change with
the calendar), asks the main window for its pages, then runs `sqms-desktop --screenshot` once a
page and combination, signed in as the demo's lead auditor, the checklist with the audit in
progress that has the most findings. A page added to the window later is taken too. The user's
own settings (theme, language, column widths) are left out: each run has a settings folder of
its own.

Names: `PAGE.png` in light, English, scale 1 (the README's); every other combination
`PAGE-THEME-LANG.png`, with `@2x` before `.png` at scale 2 (`QT_SCALE_FACTOR=2`: the same
1280×720 window drawn with twice the pixels), e.g. `suppliers-dark-de@2x.png`.

Usage::

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--size 1280x720]
        [--matrix | --theme light,dark --lang en,de --scale 1,2] [--pages suppliers,audits]
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


def shot_name(page: str, theme: str, lang: str, scale: int) -> str:
    """The file name of one screenshot (see the module's docstring)."""
    base = page if (theme, lang) == ("light", "en") else f"{page}-{theme}-{lang}"
    return f"{base}@{scale}x.png" if scale != 1 else f"{base}.png"


def _shoot(db: Path, out: Path, shot: Shot, size: str, audit: str) -> None:
    page, theme, lang, scale = shot
    target = out / shot_name(page, theme, lang, scale)
    command = [sys.executable, "-m", "sqms_desktop", "--db", str(db), "--screenshot"]
    command += [str(target), "--user", USER, "--page", page, "--size", size]
    command += ["--theme", theme, "--lang", lang]
    if page == "checklist":
        command += ["--open-audit", audit]
    env = dict(os.environ, QT_SCALE_FACTOR=str(scale))
    subprocess.run(command, input=DEMO_PASSWORDS[USER] + "\n", text=True, check=True, env=env)
    print(target, flush=True)


Shot = tuple[str, str, str, int]  # page, theme, language, scale


def _listed(text: str, allowed: tuple[str, ...]) -> list[str]:
    chosen = [part.strip() for part in text.split(",") if part.strip()]
    wrong = [c for c in chosen if c not in allowed]
    if wrong or not chosen:
        raise SystemExit(f"choose from {', '.join(allowed)}; got {text!r}")
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--size", default="1280x720")
    parser.add_argument(
        "--matrix", action="store_true", help="light and dark, en and de, scale 1 and 2"
    )
    parser.add_argument("--theme", default="light", help="light, dark or both: light,dark")
    parser.add_argument("--lang", default="en", help="en, de or both: en,de")
    parser.add_argument("--scale", default="1", help="1, 2 or both: 1,2")
    parser.add_argument("--pages", help="only these pages, e.g. suppliers,audits (default: all)")
    args = parser.parse_args()
    themes = ["light", "dark"] if args.matrix else _listed(args.theme, ("light", "dark"))
    langs = ["en", "de"] if args.matrix else _listed(args.lang, ("en", "de"))
    scales = [1, 2] if args.matrix else [int(s) for s in _listed(args.scale, ("1", "2"))]
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sqms-demo-") as tmp:
        folder = Path(tmp)
        # The user's own settings stay out (theme, language, column widths); the demo store's
        # trail key goes to this folder too, where the screenshots' sign-in finds it.
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
        db = folder / "demo.sqlite"
        print("building the demo store …", flush=True)
        create_demo_store(db, DemoOptions(today=DEMO_DAY))
        names, audit = _pages_and_audit(db, folder)
        if args.pages:
            names = _listed(args.pages, tuple(names))
        shots = [
            (name, theme, lang, scale)
            for theme in themes
            for lang in langs
            for scale in scales
            for name in names
        ]
        for shot in shots:
            _shoot(db, args.out, shot, args.size, audit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
