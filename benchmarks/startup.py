"""Start-up benchmark: whole process to a shown main window, against a bare PySide6 window.

Both are measured in the same run, alternating, so machine noise hits both alike. See README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
RESULTS = HERE / "results"
BIN = Path(sys.executable).parent

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def ensure_store(path: Path, suppliers: int, audits: int) -> float | None:
    """Create the scale store with the demo generator if it is missing; returns seconds taken."""
    if path.exists():
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"creating {path} ({suppliers} suppliers, {audits} audits); this takes a while")
    started = time.perf_counter()
    subprocess.run(
        [
            str(BIN / "sqms"),
            "--db",
            str(path),
            "demo",
            "--suppliers",
            str(suppliers),
            "--audits",
            str(audits),
            "--seed",
            "7",
            "--today",
            "2026-11-24",
        ],
        check=True,
    )
    return time.perf_counter() - started


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, default=DATA / "scale-1000x20000.sqlite")
    parser.add_argument("--suppliers", type=int, default=1000)
    parser.add_argument("--audits", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures to this file (suite.py)")
    args = parser.parse_args()

    generation = ensure_store(args.store, args.suppliers, args.audits)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    app = [str(BIN / "sqms-desktop"), "--db", str(args.store), "--quit-after-show"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    timed(app, env)  # warm the file cache once for both
    timed(bare, env)
    app_times, bare_times = [], []
    for _ in range(args.runs):
        app_times.append(timed(app, env))
        bare_times.append(timed(bare, env))
    app_median = statistics.median(app_times)
    bare_median = statistics.median(bare_times)
    result = {
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.machine()} {os.cpu_count()} CPUs, {platform.platform()}",
        "python": platform.python_version(),
        "store": str(args.store),
        "store_mb": round(args.store.stat().st_size / 1e6, 1),
        "generation_seconds": None if generation is None else round(generation, 1),
        "runs": args.runs,
        "app_seconds": [round(t, 3) for t in app_times],
        "bare_seconds": [round(t, 3) for t in bare_times],
        "app_median": round(app_median, 3),
        "bare_median": round(bare_median, 3),
        "ratio": round(app_median / bare_median, 2),
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"startup-{result['date']}.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    print(
        f"start-up to shown main window: {app_median:.2f} s (median of {args.runs}); "
        f"bare PySide6 window: {bare_median:.2f} s; ratio {result['ratio']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
