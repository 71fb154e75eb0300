"""Demo generation benchmark: `sqms demo` through the services, per 1,000 audits, against plain
`sqlite3` inserts of the same rows and (optionally) the same run on the code before a change,
in the same run.

Every run is a fresh process writing a fresh store (`sqms --db <new file> demo ...`), as a user
runs it; its wall time and CPU time (of that process, from `os.wait4`) are taken. The plain
baseline copies every row of the store the first run made into an empty file of the same
schema, one `executemany` per table in one transaction, with the store's pragmas. With
`--before PATH` (a checkout of older code, such as `git archive <commit> | tar -x -C PATH`),
the same command runs with that code first on `PYTHONPATH`, taking turns with ours; the two
stores are then compared table by table, since a faster generator must write the same store.
See README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path
from typing import Any, NamedTuple

from run_info import code_commit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
# Tables whose rows hold random salts, nonces or what is signed with them (passwords, the
# sealed replica key, the sync story's bundle files): they differ between any two runs.
RANDOM_TABLES = frozenset({"credential", "replica", "bundle_log"})


class Timing(NamedTuple):
    """Wall time and the generating process's CPU time (steadier on a shared machine)."""

    wall: float
    cpu: float


def generate(code: Path, store: Path, args: argparse.Namespace) -> Timing:
    """One `sqms demo` run in a fresh process with the code at `code` first on the path."""
    command = [
        sys.executable,
        "-c",
        "import sys; from sqms_desktop.cli import main; sys.exit(main(sys.argv[1:]))",
        "--db",
        str(store),
        "demo",
        "--suppliers",
        str(args.suppliers),
        "--audits",
        str(args.audits),
        "--seed",
        str(args.seed),
        "--today",
        args.today,
    ]
    env = {**os.environ, "PYTHONPATH": str(code), "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=store.parent, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"sqms demo failed with {code}:\n{errors.decode(errors='replace')}")
    return Timing(wall, usage.ru_utime + usage.ru_stime)


def store_rows(store: Path) -> tuple[list[str], dict[str, list[tuple[Any, ...]]]]:
    """The schema (tables, then indexes and triggers) and every row of a made store."""
    with closing(sqlite3.connect(store)) as db:
        ddl = [
            sql
            for (sql,) in db.execute(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
                " ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name"
            )
        ]
        names = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return ddl, {name: db.execute(f'SELECT * FROM "{name}"').fetchall() for name in names}


def time_plain(ddl: list[str], rows: dict[str, list[tuple[Any, ...]]], target: Path) -> Timing:
    """The same rows into a fresh file of the same schema (indexes included), one transaction,
    WAL and synchronous=NORMAL as the store."""
    with closing(sqlite3.connect(target, isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        for statement in ddl:
            db.execute(statement)
        wall, cpu = time.perf_counter(), time.process_time()
        db.execute("BEGIN")
        for name, found in rows.items():
            if found:
                marks = ", ".join("?" * len(found[0]))
                db.executemany(f'INSERT INTO "{name}" VALUES ({marks})', found)
        db.execute("COMMIT")
        return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def table_digests(store: Path) -> dict[str, tuple[int, str]]:
    """Each table's row count and a digest of its rows in key order."""
    found: dict[str, tuple[int, str]] = {}
    with closing(sqlite3.connect(store)) as db:
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ):
            digest, count = hashlib.sha256(), 0
            for row in db.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
                digest.update(repr(row).encode())
                count += 1
            found[name] = (count, digest.hexdigest())
    return found


def differing_tables(ours: Path, before: Path) -> list[str]:
    mine, theirs = table_digests(ours), table_digests(before)
    return sorted(
        name for name in mine.keys() | theirs.keys() if mine.get(name) != theirs.get(name)
    )


def machine(commit: str) -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"Code at {commit}; {platform.machine()}, {os.cpu_count()} vCPU shared with other jobs "
        f"(load {load} at the start), Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )


LABELS = {"ours": "`sqms demo` (this code)", "before": "`sqms demo` (before)", "plain": "plain"}


def summarise(times: dict[str, list[Timing]], audits: int) -> dict[str, dict[str, float]]:
    """Medians, per 1,000 audits, and ratios to the plain inserts."""
    per = 1000 / audits
    medians = {
        name: {
            "wall": statistics.median(t.wall for t in found) * per,
            "cpu": statistics.median(t.cpu for t in found) * per,
        }
        for name, found in times.items()
    }
    plain = medians["plain"]
    for values in medians.values():
        values["wall_ratio"] = values["wall"] / plain["wall"]
        values["cpu_ratio"] = values["cpu"] / plain["cpu"]
        values["wall_20000"] = values["wall"] * 20
    return medians


def table(medians: dict[str, dict[str, float]]) -> list[str]:
    lines = [
        "| measured | wall per 1,000 audits (median) | ratio to plain | CPU per 1,000 audits "
        "| CPU ratio | wall × 20 (20,000 audits) |",
        "|---|---|---|---|---|---|",
    ]
    for name, m in medians.items():
        ratio = f"**{m['wall_ratio']:.0f}**" if name == "ours" else f"{m['wall_ratio']:.0f}"
        lines.append(
            f"| {LABELS[name]} | {m['wall']:.1f} s | {ratio} | {m['cpu']:.1f} s "
            f"| {m['cpu_ratio']:.0f} | {m['wall_20000'] / 60:.1f} min |"
        )
    return lines


def append_results(result: dict[str, Any]) -> Path:
    path = HERE / "RESULTS.md"
    lines = [
        "",
        f"## Demo generation (`demo.py`), {result['date']}",
        "",
        f"{result['machine']}. `sqms demo --suppliers {result['suppliers']} --audits "
        f"{result['audits']} --seed {result['seed']} --today {result['today']}` "
        f"({result['rows']:,} rows in the store); median of {result['runs']} runs, "
        "scaled to 1,000 audits.",
        "",
        *table(result["medians"]),
        "",
    ]
    if result.get("differing") is not None:
        lines += [f"Tables that differ from the store made before: {result['differing']}.", ""]
    with path.open("a", encoding="utf-8") as out:
        out.write("\n".join(lines))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--suppliers", type=int, default=10)
    parser.add_argument("--audits", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--today", default="2026-11-24")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=Path, help="a checkout of the code to compare with")
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument("--json", type=Path, help="also write the figures to this file (suite.py)")
    args = parser.parse_args()
    commit = code_commit(ROOT)
    about = machine(commit)
    print(about, flush=True)
    codes = {"ours": ROOT}
    if args.before is not None:
        codes = {"before": args.before.resolve(), **codes}
    times: dict[str, list[Timing]] = {name: [] for name in [*codes, "plain"]}
    kept: dict[str, Path] = {}
    rows = 0
    with tempfile.TemporaryDirectory(prefix="sqms-demo-bench-") as scratch:
        for n in range(args.runs):
            for name, code in codes.items():
                folder = Path(scratch) / f"{name}-{n}"
                folder.mkdir()
                times[name].append(generate(code, folder / "demo.sqlite", args))
                kept.setdefault(name, folder / "demo.sqlite")
            ddl, found = store_rows(kept["ours"])
            rows = sum(len(r) for r in found.values())
            target = Path(scratch) / f"plain-{n}.sqlite"
            times["plain"].append(time_plain(ddl, found, target))
            target.unlink()
            print(
                f"run {n + 1}: "
                + ", ".join(
                    f"{k} {v[-1].wall:.1f} s (CPU {v[-1].cpu:.1f} s)" for k, v in times.items()
                ),
                flush=True,
            )
            for name in codes:  # keep the first store of each for the comparison only
                folder = Path(scratch) / f"{name}-{n}"
                if n:
                    shutil.rmtree(folder)
        differing = None
        if "before" in kept:
            differing = differing_tables(kept["ours"], kept["before"])
            unexpected = [t for t in differing if t not in RANDOM_TABLES]
            print(f"tables differing from before: {differing or 'none'}", flush=True)
            if unexpected:
                print(f"WARNING: not only the random tables differ: {unexpected}", flush=True)
    medians = summarise(times, args.audits)
    print("\n".join(table(medians)))
    stamp = dt.datetime.now(dt.UTC)
    result = {
        "date": stamp.strftime("%Y-%m-%d %H:%M UTC"),
        "machine": about,
        "suppliers": args.suppliers,
        "audits": args.audits,
        "seed": args.seed,
        "today": args.today,
        "runs": args.runs,
        "rows": rows,
        "before": str(args.before) if args.before else None,
        "differing": ", ".join(differing) if differing is not None else None,
        "load_at_end": os.getloadavg(),
        "medians": medians,
        "raw": {name: [t._asdict() for t in found] for name, found in times.items()},
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"demo-{stamp:%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"raw times: {out}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    if not args.no_record:
        print(f"appended to {append_results(result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
