"""The command line's own cost: `sqms --version` against a bare Python start, and each read
command against `--version` plus the work the command does (issue 19).

    .venv/bin/python benchmarks/cli.py [--db STORE] [--runs N] [--no-record]

A read command should cost less than twice `sqms --version` plus its work: the work is measured
in one process that has already run the command once (imports done, store opened), so what is
left over in a fresh process is start-up: the interpreter, our imports, opening the store.
Without --db a small demo store is made first (8 suppliers, 40 audits, in a temporary folder).

Each figure is given twice: wall time, and CPU time (user + system of the process, or of this
process for the work in process). On a machine shared with other jobs the wall time mostly
measures the wait for a core; the CPU time is what the command itself costs, so its targets are
the ones to compare between runs. The code measured is the `sqms_desktop` Python imports: run
with `PYTHONPATH=/path/to/other/checkout` to measure another commit with the same script.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import io
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from run_info import code_commit

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


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def wall_and_cpu(run: Callable[[], object]) -> tuple[float, float]:
    """Wall time of `run`, and the CPU time it used: its child process's, or this process's."""
    started, own, children = time.perf_counter(), time.process_time(), children_cpu()
    run()
    wall = time.perf_counter() - started
    return wall, (time.process_time() - own) + (children_cpu() - children)


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


class Figure(tuple[float, float]):
    """Medians of wall and CPU time, in seconds."""

    @property
    def wall(self) -> float:
        return self[0]

    @property
    def cpu(self) -> float:
        return self[1]


def median_of(runs: int, run: Callable[[], object]) -> Figure:
    run()  # warm-up: the file cache, the first import's byte-code
    times = [wall_and_cpu(run) for _ in range(runs)]
    return Figure((statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)))


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


def code_root() -> Path:
    """The checkout whose `sqms_desktop` is measured (PYTHONPATH may name another one)."""
    spec = importlib.util.find_spec("sqms_desktop")
    if spec is None or spec.origin is None:
        return ROOT
    return Path(spec.origin).resolve().parent.parent


def machine(note: str = "") -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    noted = f" ({note})" if note else ""
    commit = code_commit(code_root())
    return (
        f"Code at {commit}{noted}; {platform.machine()}, {os.cpu_count()} vCPU shared "
        f"with other jobs (load {load}), Python {platform.python_version()}"
    )


Read = tuple[str, Figure, Figure]  # the command, the fresh process, the work in process


def measure(db: Path, runs: int) -> tuple[dict[str, Figure], list[Read]]:
    base = {
        "python": median_of(runs, process(PYTHON, "-c", "pass")),
        "version": median_of(runs, process(SQMS, "--version")),
        # What any command that opens a store must import, whoever writes it: the floor.
        "orm": median_of(runs, process(PYTHON, "-c", "import sqlalchemy.orm")),
    }
    reads = []
    for words in READS:
        cold = median_of(runs, process(SQMS, "--db", str(db), *words))
        work = median_of(runs, in_process(db, words))
        reads.append((" ".join(words), cold, work))
        print(
            f"sqms {' '.join(words)}: {cold.wall:.3f} s, CPU {cold.cpu:.3f} s "
            f"(work {work.wall:.3f} s, CPU {work.cpu:.3f} s)",
            flush=True,
        )
    return base, reads


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def met(value: float, bound: float) -> str:
    return "yes" if value < bound else "**no**"


def table(base: dict[str, Figure], reads: list[Read]) -> list[str]:
    python, version, orm = base["python"], base["version"], base["orm"]
    lines = [
        "| measured | wall | target | met | CPU | target | met |",
        "|---|---|---|---|---|---|---|",
        f"| `python -c pass` (baseline) | {ms(python.wall)} | | | {ms(python.cpu)} | | |",
        f"| `sqms --version` | {ms(version.wall)} | < {ms(TARGET)} | "
        f"{met(version.wall, TARGET)} | {ms(version.cpu)} | < {ms(TARGET)} "
        f"| {met(version.cpu, TARGET)} |",
        f"| `python -c 'import sqlalchemy.orm'` (floor of a store command) | {ms(orm.wall)} "
        f"| | | {ms(orm.cpu)} | | |",
    ]
    for name, cold, work in reads:
        wall_bound = 2 * version.wall + work.wall
        cpu_bound = 2 * version.cpu + work.cpu
        lines.append(
            f"| `sqms {name}` (work {ms(work.wall)}, CPU {ms(work.cpu)}) | {ms(cold.wall)} "
            f"| < {ms(wall_bound)} | {met(cold.wall, wall_bound)} | {ms(cold.cpu)} "
            f"| < {ms(cpu_bound)} | {met(cold.cpu, cpu_bound)} |"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the store to read (default: a new small demo)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument("--note", default="", help="said after the commit in RESULTS.md")
    parser.add_argument("--json", type=Path, help="also write the figures to this file (suite.py)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sqms-cli-bench-") as folder:
        db = args.db or demo_store(Path(folder))
        base, reads = measure(db, args.runs)
        what = "the small demo store (8 suppliers, 40 audits)" if args.db is None else db.name
        lines = [
            "",
            f"## Command line (`cli.py`), {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
            "",
            f"{machine(args.note)}. Read commands on {what}; median of {args.runs} runs after "
            "a warm-up.",
            "",
            *table(base, reads),
            "",
        ]
    print("\n".join(lines))
    if args.json:
        figures = {
            "runs": args.runs,
            **{name: {"wall": f.wall, "cpu": f.cpu} for name, f in base.items()},
            "reads": [
                {
                    "command": name,
                    "wall": c.wall,
                    "cpu": c.cpu,
                    "work_wall": w.wall,
                    "work_cpu": w.cpu,
                }
                for name, c, w in reads
            ],
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    if not args.no_record:
        with (HERE / "RESULTS.md").open("a", encoding="utf-8") as out:
            out.write("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
