"""The command line's own cost: `sqms --version` against a bare Python start, and each read
command against `--version` plus the work the command does (issue 19).

    .venv/bin/python benchmarks/cli.py [--db STORE] [--runs N] [--no-record]

A read command should cost less than twice `sqms --version` plus its work: the work is measured
in one process that has already run the command once (imports done, store opened), so what is
left over in a fresh process is start-up: the interpreter, our imports, opening the store.
Without --db a small demo store is made first (8 suppliers, 40 audits, in a temporary folder).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable
SQMS = str(Path(PYTHON).parent / "sqms")
# The read commands measured, as a person types them.
READS: list[list[str]] = [
    ["supplier", "list"],
    ["audit", "list"],
    ["capa", "list"],
    ["programme"],
    ["scorecard"],
    ["trail", "verify"],
    ["store", "info"],
]
TARGET = 0.150  # s, sqms --version


def wall(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def process(*args: str) -> Callable[[], object]:
    def run() -> object:
        done = subprocess.run(args, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()}")
        return done

    return run


def in_process(db: Path, words: list[str]) -> Callable[[], object]:
    """The command run inside this process (after a first run: imports and caches warm),
    its output thrown away: the work itself."""
    from sqms_desktop.cli import main

    def run() -> object:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = main(["--db", str(db), *words])
        if code not in (0, None):
            raise SystemExit(f"sqms {' '.join(words)} failed in process ({code})")
        return code

    return run


def median_of(runs: int, run: Callable[[], object]) -> float:
    run()  # warm-up: the file cache, the first import's byte-code
    return statistics.median(wall(run) for _ in range(runs))


def demo_store(folder: Path) -> Path:
    db = folder / "demo.sqlite"
    process(
        SQMS,
        "--db",
        str(db),
        "demo",
        "--suppliers",
        "8",
        "--audits",
        "40",
        "--seed",
        "11",
        "--today",
        "2026-11-24",
    )()
    return db


def code_commit() -> str:
    def git(*args: str) -> str:
        found = subprocess.run(
            ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False
        )
        return found.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "an unknown commit"
    return commit + (" with local changes" if git("status", "--porcelain", "sqms_desktop") else "")


def machine() -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"Code at {code_commit()}; {platform.machine()}, {os.cpu_count()} vCPU shared with other "
        f"jobs (load {load}), Python {platform.python_version()}"
    )


def measure(db: Path, runs: int) -> tuple[dict[str, float], list[tuple[str, float, float, float]]]:
    base = {
        "python": median_of(runs, process(PYTHON, "-c", "pass")),
        "version": median_of(runs, process(SQMS, "--version")),
    }
    reads = []
    for words in READS:
        cold = median_of(runs, process(SQMS, "--db", str(db), *words))
        work = median_of(runs, in_process(db, words))
        reads.append((" ".join(words), cold, work, 2 * base["version"] + work))
        print(f"sqms {' '.join(words)}: {cold:.3f} s (work {work:.3f} s)", flush=True)
    return base, reads


def table(base: dict[str, float], reads: list[tuple[str, float, float, float]]) -> list[str]:
    version = base["version"]
    lines = [
        "| measured | median | target | met |",
        "|---|---|---|---|",
        f"| `python -c pass` (baseline) | {base['python'] * 1000:.0f} ms | | |",
        f"| `sqms --version` | {version * 1000:.0f} ms | < {TARGET * 1000:.0f} ms "
        f"| {'yes' if version < TARGET else '**no**'} |",
    ]
    for name, cold, work, bound in reads:
        lines.append(
            f"| `sqms {name}` (work in process {work * 1000:.0f} ms) | {cold * 1000:.0f} ms "
            f"| < {bound * 1000:.0f} ms | {'yes' if cold < bound else '**no**'} |"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the store to read (default: a new small demo)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sqms-cli-bench-") as folder:
        db = args.db or demo_store(Path(folder))
        base, reads = measure(db, args.runs)
        what = "the small demo store (8 suppliers, 40 audits)" if args.db is None else db.name
        lines = [
            "",
            f"## Command line (`cli.py`), {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
            "",
            f"{machine()}. Read commands on {what}; median of {args.runs} runs after a warm-up.",
            "",
            *table(base, reads),
            "",
        ]
    print("\n".join(lines))
    if not args.no_record:
        with (HERE / "RESULTS.md").open("a", encoding="utf-8") as out:
            out.write("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
