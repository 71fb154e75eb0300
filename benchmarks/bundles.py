"""Bundle benchmark: export and import of 50,000 changes with 200 attachments, against a plain
`sqlite3` `executemany` of the same change rows into a table of the same shape, in the same run.

The data are made through the services (a laptop quality engineer creating and editing
suppliers, contacts and certificates with scans) and cached under benchmarks/data/. Every
import runs into a fresh copy of the central store (SQLite's backup API), and on PostgreSQL too
when SQMS_TEST_POSTGRES_URL is set. See README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple

import sqlalchemy
from bundle_data import CHANGES, PASSPHRASE, SCANS, World, ensure_world
from run_info import code_commit
from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import make_url

from sqms_desktop.services.actor import Actor
from sqms_desktop.services.bundles import ImportReceipt, export_bundle, import_bundle
from sqms_desktop.store.base import Base
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.ledger import Change

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
RESULTS = HERE / "results"


class Timing(NamedTuple):
    """Wall time (what is tracked) and this process's CPU time (steadier on a shared machine;
    it leaves out waiting for the disk and, for PostgreSQL, the server's work)."""

    wall: float
    cpu: float


class Stopwatch:
    def __enter__(self) -> Stopwatch:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_: object) -> None:
        self.timing = Timing(time.perf_counter() - self._wall, time.process_time() - self._cpu)


def copy_store(source: Path, target: Path) -> None:
    """A fresh copy of a store and its attachment folder (SQLite's backup API, as a user's
    backup does: the WAL is folded in)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    attachments = source.parent / "attachments"
    if attachments.exists():
        shutil.copytree(attachments, target.parent / "attachments")


# -- the three measurements ----------------------------------------------------------------


def time_export(world: World, laptop: Store, out: Path) -> Timing:
    """The laptop's bundle for the central store; the unit of work is not committed, so every
    run exports the same changes (the bundle file is written all the same)."""
    out.unlink(missing_ok=True)
    with Stopwatch() as watch, Actor(laptop, "quinn").unit_of_work() as uow:
        result = export_bundle(uow, out, passphrase=PASSPHRASE)
    assert (result.changes, result.attachments) == (world.changes, world.scans), result
    return watch.timing


def check_receipt(world: World, receipt: ImportReceipt) -> None:
    assert (receipt.new_changes, receipt.duplicates) == (world.changes, 0), receipt
    assert receipt.bundle.attachments == world.scans, receipt.bundle


def time_import(world: World, bundle: Path, run: Path) -> Timing:
    """The bundle imported into a fresh copy of the central store, committed."""
    copy_store(world.central, run / "central.sqlite")
    store = open_store(f"sqlite:///{run / 'central.sqlite'}")  # checks the schema: not timed
    try:
        with Stopwatch() as watch:
            receipt = Actor(store, "quinn").run(import_bundle, bundle)
    finally:
        store.close()
    check_receipt(world, receipt)
    return watch.timing


def change_rows(world: World) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The DDL of the change table and its indexes, and the bundle's rows as the store keeps
    them (value and parents as JSON text)."""
    with closing(sqlite3.connect(world.laptop)) as db:
        ddl = [
            sql
            for (sql,) in db.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = 'change' AND sql IS NOT NULL"
                " ORDER BY type != 'table'"  # the table, then its indexes and triggers
            )
        ]
        local = db.execute("SELECT id FROM replica WHERE is_local").fetchone()[0]
        # Every column the table has, in its order (schema 0013 added `trail_seq`).
        columns = ", ".join(f'"{row[1]}"' for row in db.execute("PRAGMA table_info(change)"))
        rows = db.execute(
            f"SELECT {columns} FROM change WHERE replica_id = ? ORDER BY seq", (local,)
        ).fetchall()
    assert len(rows) == world.changes, len(rows)
    return ddl, rows


def time_baseline(ddl: list[str], rows: list[tuple[Any, ...]], run: Path) -> Timing:
    """Plain sqlite3: the same rows into a table of the same shape in a fresh file, one
    transaction, with the store's pragmas (WAL, synchronous=NORMAL)."""
    run.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(run / "plain.sqlite", isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        for statement in ddl:
            db.execute(statement)
        with Stopwatch() as watch:
            db.execute("BEGIN")
            db.executemany(f"INSERT INTO change VALUES ({', '.join('?' * len(rows[0]))})", rows)
            db.execute("COMMIT")
    return watch.timing


# -- PostgreSQL ----------------------------------------------------------------------------


def pg_url_for(base_url: str, database: str) -> str:
    return make_url(base_url).set(database=database).render_as_string(hide_password=False)


PG_DATABASE = "sqms_bench_bundles"


def pg_database(base_url: str, *, create: bool, name: str = PG_DATABASE) -> None:
    """Drop a benchmark's own database `name` on the server of `base_url` (and make it anew)."""
    admin = sqlalchemy.create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if create:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()


def pg_fresh_central(base_url: str, world: World, run: Path) -> Store:
    """A new PostgreSQL database holding what the central SQLite store holds: migrated by
    open_store, then every table's rows copied (parents first)."""
    pg_database(base_url, create=True)
    store = open_store(pg_url_for(base_url, PG_DATABASE))
    source = open_store(f"sqlite:///{world.central}", migrate=False)
    with source.engine.connect() as src, store.engine.begin() as dst:
        for table in Base.metadata.sorted_tables:
            rows = [dict(r) for r in src.execute(select(table)).mappings()]
            if rows:
                dst.execute(insert(table), rows)
    source.close()
    # On main a PostgreSQL store keeps no attachment folder; the scans go to one beside the run.
    return replace(store, attachments_dir=run / "pg-attachments")


def time_pg_import(base_url: str, world: World, bundle: Path, run: Path) -> Timing:
    store = pg_fresh_central(base_url, world, run)
    try:
        with Stopwatch() as watch:
            receipt = Actor(store, "quinn").run(import_bundle, bundle)
        with store.session() as session:
            held = session.scalar(select(func.count()).select_from(Change))
    finally:
        store.close()
    check_receipt(world, receipt)
    assert (held or 0) >= world.changes, held
    return watch.timing


# -- the run -------------------------------------------------------------------------------


def profile_import(world: World, bundle: Path, run: Path, out: Path) -> None:
    """One import under pyinstrument (installed in the venv only), text and HTML."""
    from pyinstrument import Profiler

    copy_store(world.central, run / "central.sqlite")
    store = open_store(f"sqlite:///{run / 'central.sqlite'}")
    profiler = Profiler(interval=0.001)
    with profiler:
        Actor(store, "quinn").run(import_bundle, bundle)
    store.close()
    out.with_suffix(".txt").write_text(
        profiler.output_text(unicode=True, show_all=False), encoding="utf-8"
    )
    out.with_suffix(".html").write_text(profiler.output_html(), encoding="utf-8")
    print(profiler.output_text(unicode=True, show_all=False))


def machine(commit: str) -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"Code at {commit}; {platform.machine()}, {os.cpu_count()} vCPU shared with other jobs "
        f"(load {load}), Python {platform.python_version()}, "
        f"SQLAlchemy {sqlalchemy.__version__}, SQLite {sqlite3.sqlite_version}"
    )


def pg_version(base_url: str) -> str:
    engine = sqlalchemy.create_engine(base_url)
    with engine.connect() as connection:
        version = str(connection.execute(text("SHOW server_version")).scalar_one())
    engine.dispose()
    return version.split(maxsplit=1)[0]


LABELS = {
    "plain": "plain `executemany`",
    "import": "import (SQLite)",
    "export": "export",
    "pg-import": "import (PostgreSQL)",
}


def summarise(times: dict[str, list[Timing]]) -> dict[str, dict[str, float]]:
    """Median wall and CPU time of each step, and their ratios to the plain executemany."""
    medians = {
        name: {
            "wall": statistics.median(t.wall for t in found),
            "cpu": statistics.median(t.cpu for t in found),
        }
        for name, found in times.items()
    }
    plain = medians["plain"]
    for values in medians.values():
        values["wall_ratio"] = values["wall"] / plain["wall"]
        values["cpu_ratio"] = values["cpu"] / plain["cpu"]
    return medians


def table(medians: dict[str, dict[str, float]]) -> list[str]:
    lines = [
        "| measured | wall (median) | ratio to plain | CPU of this process | CPU ratio |",
        "|---|---|---|---|---|",
    ]
    for name, m in medians.items():
        ratio = f"**{m['wall_ratio']:.1f}**" if name == "import" else f"{m['wall_ratio']:.1f}"
        lines.append(
            f"| {LABELS[name]} | {m['wall']:.3f} s | {ratio} | {m['cpu']:.3f} s "
            f"| {m['cpu_ratio']:.1f} |"
        )
    return lines


def append_results(result: dict[str, Any]) -> Path:
    """Add this run's table to benchmarks/RESULTS.md (made on first use)."""
    path = HERE / "RESULTS.md"
    if not path.exists():
        path.write_text(
            "# Benchmark results\n\nEach script appends its table here, with the machine and "
            "the date; README.md says what each one measures and why.\n",
            encoding="utf-8",
        )
    lines = [
        "",
        f"## Bundles (`bundles.py`), {result['date']}",
        "",
        f"{result['machine']}. {result['changes']:,} changes with {result['attachments']} "
        f"attachments ({result['bundle_mb']} MB bundle); median of {result['runs']} runs.",
        "",
        *table(result["medians"]),
        "",
    ]
    if result.get("note"):
        lines += [result["note"], ""]
    with path.open("a", encoding="utf-8") as out:
        out.write("\n".join(lines))
    return path


def alternate(runs: int, steps: dict[str, Callable[[int], Timing]]) -> dict[str, list[Timing]]:
    """One warm-up of each, then `runs` rounds taking turns, so noise hits all alike."""
    for name, step in steps.items():
        print(f"warm-up: {name} {step(-1).wall:.3f} s", flush=True)
    times: dict[str, list[Timing]] = {name: [] for name in steps}
    for n in range(runs):
        for name, step in steps.items():
            times[name].append(step(n))
        print(
            f"run {n + 1}: " + ", ".join(f"{k} {v[-1].wall:.3f} s" for k, v in times.items()),
            flush=True,
        )
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--changes", type=int, default=CHANGES)
    parser.add_argument("--scans", type=int, default=SCANS)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="also profile one import")
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument("--json", type=Path, help="also write the figures to this file (suite.py)")
    args = parser.parse_args()

    commit = code_commit(ROOT)
    world = World(DATA / f"bundles-{args.changes}x{args.scans}", args.changes, args.scans)
    made = ensure_world(world)
    print(f"data: {made}")
    pg_url = os.environ.get("SQMS_TEST_POSTGRES_URL")
    ddl, rows = change_rows(world)
    laptop = open_store(f"sqlite:///{world.laptop}")
    with tempfile.TemporaryDirectory(prefix="sqms-bench-bundles-") as tmp:
        scratch = Path(tmp)
        bundle = scratch / "laptop.sqmsbundle"
        time_export(world, laptop, bundle)  # the bundle every import reads

        def fresh(kind: str, n: int) -> Path:
            folder = scratch / f"{kind}-{n + 1}"
            shutil.rmtree(folder, ignore_errors=True)
            return folder

        steps: dict[str, Callable[[int], Timing]] = {
            "plain": lambda n: time_baseline(ddl, rows, fresh("plain", n)),
            "import": lambda n: time_import(world, bundle, fresh("import", n)),
            "export": lambda n: time_export(world, laptop, scratch / "export.sqmsbundle"),
        }
        if pg_url:
            steps["pg-import"] = lambda n: time_pg_import(pg_url, world, bundle, fresh("pg", n))
        times = alternate(args.runs, steps)
        if pg_url:
            pg_database(pg_url, create=False)
        bundle_mb = round(bundle.stat().st_size / 1e6, 2)
        if args.profile:
            RESULTS.mkdir(exist_ok=True)
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
            profile_import(world, bundle, fresh("profile", 0), RESULTS / f"bundles-{stamp}-profile")
    laptop.close()

    medians = summarise(times)
    result: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(commit),
        "changes": world.changes,
        "attachments": world.scans,
        "bundle_mb": bundle_mb,
        "data": made,
        "runs": args.runs,
        "seconds": {k: [[round(t.wall, 4), round(t.cpu, 4)] for t in v] for k, v in times.items()},
        "medians": {k: {n: round(x, 4) for n, x in v.items()} for k, v in medians.items()},
    }
    result["note"] = (
        f"PostgreSQL {pg_version(pg_url)} on the same machine."
        if pg_url
        else "PostgreSQL not measured: SQMS_TEST_POSTGRES_URL was not set."
    )
    RESULTS.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    (RESULTS / f"bundles-{stamp}.json").write_text(
        json.dumps(result, indent=2) + "\n", encoding="utf-8"
    )
    if args.json:
        result["postgres"] = bool(pg_url)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print("\n" + "\n".join(table(medians)))
    if not pg_url:
        print(result["note"])
    if not args.no_record:
        print(f"appended to {append_results(result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
