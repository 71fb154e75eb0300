"""The window's resident memory on a store: the main window started, every page shown (so each
reads), the largest audit's checklist opened; the peak against a bare PySide6 window's.

Each run is a process of its own (a fresh interpreter, as a user's start), alternating with the
baseline so machine noise hits both alike; the figure is the median of the runs' peaks
(`VmHWM` of /proc/self/status, the most the process ever held in RAM), with the resident size
(`VmRSS`) after each step to show where it grows. Offscreen, 1280×720, the settings in a
throw-away file (never the user's), acting for the store's first administrator as if signed in.
Usage: .venv/bin/python benchmarks/memory.py --db STORE [--runs N] [--json FILE] [--no-record]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this checkout's sqms_desktop, in the runs too
sys.path.insert(0, str(HERE))

from read_only_store import read_only, schema_problem  # noqa: E402

RESULTS = HERE / "results"
TARGET_MB = 400
SIZE = (1280, 720)

BARE_WINDOW = """
import json
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
kb = {name: int(status[name].split()[0]) for name in ("VmHWM", "VmRSS")}
print(json.dumps({"peak_kb": kb["VmHWM"], "rss_kb": kb["VmRSS"]}))
"""


def memory_kb() -> tuple[int, int]:
    """(VmHWM, VmRSS) of this process, in kB."""
    fields = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            name, _, value = line.partition(":")
            fields[name] = value
    return int(fields["VmHWM"].split()[0]), int(fields["VmRSS"].split()[0])


def largest_audit(db: Path) -> tuple[str, str, int]:
    """The audit with the most answers (its checklist is the one opened)."""
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
        row = connection.execute(
            "SELECT a.id, a.reference, count(*) AS n FROM answer JOIN audit a "
            "ON a.id = answer.audit_id GROUP BY a.id ORDER BY n DESC, a.reference LIMIT 1"
        ).fetchone()
    if row is None:
        raise SystemExit("the store has no answered audit to open")
    return row[0], row[1], row[2]


def child(db: Path) -> dict[str, Any]:
    """One run: the window, every page, the checklist; memory after each step."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    steps: list[dict[str, Any]] = []

    def note(step: str, started: float) -> None:
        peak, rss = memory_kb()
        steps.append(
            {
                "step": step,
                "rss_mb": round(rss / 1024, 1),
                "peak_mb": round(peak / 1024, 1),
                "seconds": round(time.perf_counter() - started, 2),
            }
        )

    started = time.perf_counter()
    note("interpreter", started)
    from PySide6.QtCore import QSettings, QThreadPool, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from sqms_desktop.gui.app.main_window import MainWindow
    from sqms_desktop.queries.people import list_users
    from sqms_desktop.store.engine import open_store

    def quiet(_kind: object, _context: object, text: str) -> None:
        if "propagateSizeHints" not in text:
            print(text, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication([])
    note("imports and QApplication", started)
    audit_id, reference, answers = largest_audit(db)
    store = open_store(read_only(db), migrate=False)
    with store.session() as session:
        users = [u for u in list_users(session) if u.active]
    user = next((u.username for u in users if u.role == "admin"), users[0].username)
    pool = QThreadPool.globalInstance()
    window: MainWindow | None = None

    def reading() -> bool:
        """A job on the pool, or a page that reads in the background and says so (`is_busy`)."""
        if pool.activeThreadCount() > 0:
            return True
        if window is None:
            return False
        pages = [window.stack.widget(i) for i in range(window.stack.count())]
        return any(bool(getattr(page, "is_busy", lambda: False)()) for page in pages)

    def settle() -> None:
        app.processEvents()
        deadline = time.perf_counter() + 300
        while reading() and time.perf_counter() < deadline:
            pool.waitForDone(50)
            app.processEvents()
        app.processEvents()

    with tempfile.TemporaryDirectory(prefix="sqms-memory-") as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings=settings, user=user)
        window.resize(*SIZE)
        window.show()
        settle()
        note(f"main window shown ({window.page_names[window.stack.currentIndex()]})", started)
        for number, name in enumerate(window.page_names):
            if name == "checklist":
                continue
            window.show_page(number)
            settle()
            note(f"page {name}", started)
        window.open_checklist(audit_id)
        settle()
        note(f"checklist of {reference} ({answers} answers)", started)
        window.hide()
        settle()
        store.close()
    peak, rss = memory_kb()
    return {"peak_kb": peak, "rss_kb": rss, "steps": steps, "user": user, "audit": reference}


def run_child(db: Path) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--db", str(db), "--child"],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run_bare() -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", BARE_WINDOW], check=True, capture_output=True, text=True, env=env
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def record(result: dict[str, Any]) -> None:
    steps = result["steps_of_median_run"]
    lines = [
        "",
        f"## The window's resident memory (`memory.py`), {result['started']}",
        "",
        f"Code at {result['commit']}; {result['machine']}; Python {result['python']}; load "
        f"{result['load_before']} before, {result['load_after']} after. Store {result['store']} "
        f"({result['store_mb']} MB: {result['store_rows']}). Median of {result['runs']} runs, "
        "each a process of its own, in turns with the baseline.",
        "",
        "| measured | peak resident (VmHWM) | baseline: bare PySide6 window | ratio | target "
        "| met |",
        "|---|---|---|---|---|---|",
        f"| main window, every page shown, the checklist of {result['audit']} opened | "
        f"{result['peak_mb']} MB | {result['bare_peak_mb']} MB | {result['ratio']}× | "
        f"< {TARGET_MB} MB | {'yes' if result['met'] else '**no**'} |",
        "",
        "Resident size after each step (the median run): "
        + "; ".join(f"{s['step']} {s['rss_mb']} MB" for s in steps)
        + ".",
        "",
    ]
    with (HERE / "RESULTS.md").open("a", encoding="utf-8") as out:
        out.write("\n".join(lines))


def store_rows(db: Path) -> str:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
        counted = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("supplier", "audit", "finding", "answer")
        }
    return ", ".join(f"{n:,} {table}s" for table, n in counted.items())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="the store (read, never written)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures to this file (suite.py)")
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.db.exists():
        parser.error(f"no store at {args.db}")
    if args.child:  # the parent checked the store
        print(json.dumps(child(args.db)))
        return 0
    problem = schema_problem(args.db)
    if problem:
        parser.error(problem)
    sys.path.insert(0, str(HERE))
    from run_info import code_commit

    started = dt.datetime.now(dt.UTC)
    load_before = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    runs, bares = [], []
    for _ in range(args.runs):
        runs.append(run_child(args.db))
        bares.append(run_bare())
    peaks = [r["peak_kb"] / 1024 for r in runs]
    bare_peaks = [b["peak_kb"] / 1024 for b in bares]
    peak, bare = statistics.median(peaks), statistics.median(bare_peaks)
    median_run = sorted(runs, key=lambda r: r["peak_kb"])[len(runs) // 2]
    result = {
        "started": f"{started:%Y-%m-%d %H:%M} UTC",
        "commit": code_commit(HERE.parent),
        "machine": f"{platform.machine()} {os.cpu_count()} CPUs, {platform.platform()}",
        "python": platform.python_version(),
        "load_before": load_before,
        "load_after": ", ".join(f"{x:.2f}" for x in os.getloadavg()),
        "store": str(args.db),
        "store_mb": round(args.db.stat().st_size / 1e6, 1),
        "store_rows": store_rows(args.db),
        "runs": args.runs,
        "audit": median_run["audit"],
        "peak_mb": round(peak, 1),
        "bare_peak_mb": round(bare, 1),
        "ratio": round(peak / bare, 1),
        "met": peak < TARGET_MB,
        "peaks_mb": [round(p, 1) for p in peaks],
        "bare_peaks_mb": [round(p, 1) for p in bare_peaks],
        "steps_of_median_run": median_run["steps"],
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"memory-{started:%Y-%m-%dT%H%M%S}.json"
    text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    out.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(text, encoding="utf-8")
    print(text)
    print(
        f"peak resident {result['peak_mb']} MB (median of {args.runs}); bare PySide6 window "
        f"{result['bare_peak_mb']} MB; ratio {result['ratio']}; target < {TARGET_MB} MB: "
        f"{'met' if result['met'] else 'not met'}"
    )
    if not args.no_record:
        record(result)
        print(f"appended to {HERE / 'RESULTS.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
