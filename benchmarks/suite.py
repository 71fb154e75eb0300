"""The whole benchmark suite of issue 19 in one command: stores, every benchmark, one table.

    .venv/bin/python benchmarks/suite.py [--scale issue|small] [--only NAME ...] [--no-record]
    make benchmark                 (the issue's sizes; hours on a 2-core machine)
    make benchmark SCALE=small     (a few minutes: checks that the suite itself works)

1. The stores: the demo store (`sqms demo`, at the issue's scale 2,000 suppliers and 50,000
   audits) and the laptop store (`sqms demo`, 300 audits), under benchmarks/data/suite-<scale>/;
   and for the list pages and the window's memory, the *multiplied store*: a copy of the demo
   store (or of `--rows-source`) whose suppliers, audits and findings `scale_rows.py` multiplies
   by plain SQL to 2,000 × 50,000 × 200,000 (40 × 500 × 2,000 small), remade when its source,
   its sizes or scale_rows.py change.
   A store is reused when its stamp (a JSON file beside it) names the same options and the same
   code version, and made anew otherwise. The code version is a SHA-256 over the files of
   `sqms_desktop/` (except `gui/`, which never writes a store) and `migrations/`: what writes a
   store's rows and schema. The same goes for the bundle benchmark's cached stores.
2. Every benchmark script runs in its own process (one's imports do not warm the next), with
   `--json FILE`; each measures its own baseline in the same run and takes medians.
3. One table (figure, ours, baseline, ratio, target, met) is printed and appended to
   benchmarks/RESULTS.md with the machine, the commit, the load and the date; everything the
   scripts wrote goes to benchmarks/results/suite-<time>/ (not committed).

PostgreSQL: SQMS_TEST_POSTGRES_URL when set, else a throw-away cluster started with
`.ci/postgres start` (and stopped at the end) when PostgreSQL is installed; without one the
PostgreSQL row says "not measured: no PostgreSQL".
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
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
RESULTS = HERE / "results"
PYTHON = sys.executable
SQMS = str(Path(PYTHON).parent / "sqms")
SEED, TODAY = "7", "2026-11-24"


@dataclass(frozen=True)
class Scale:
    """Sizes and numbers of runs: the issue's, or small ones that check the suite works."""

    demo: tuple[int, int]  # suppliers, audits of the demo store
    laptop: tuple[int, int]  # suppliers, audits of the laptop store
    runs: int  # runs of each timed step, for the scripts that take --runs
    cli_runs: int  # `trail verify` reads the whole trail: minutes a run on the store
    report_runs: int
    checklist_answers: int  # per block, three blocks
    demo_bench: tuple[int, int]  # suppliers, audits made by each run of demo.py
    demo_runs: int
    bundles: tuple[int, int]  # changes, attachments
    scorecard_suppliers: int
    rows: tuple[int, int, int]  # suppliers, audits, findings of the multiplied store
    memory_runs: int


SCALES = {
    "issue": Scale(
        demo=(2000, 50_000),
        laptop=(40, 300),
        runs=7,
        cli_runs=3,
        report_runs=3,
        checklist_answers=100,
        demo_bench=(50, 1000),
        demo_runs=3,
        bundles=(50_000, 200),
        scorecard_suppliers=2000,
        rows=(2000, 50_000, 200_000),
        memory_runs=3,
    ),
    "small": Scale(
        demo=(20, 200),
        laptop=(10, 40),
        runs=3,
        cli_runs=3,
        report_runs=1,
        checklist_answers=10,
        demo_bench=(5, 50),
        demo_runs=2,
        bundles=(2000, 20),
        scorecard_suppliers=200,
        # The proportions (1 : 25 : 100) on the small demo store's 20 × 200.
        rows=(40, 500, 2000),
        memory_runs=1,
    ),
}

# The figures that no benchmark here measures yet.
NOT_MEASURED = [
    "test suite on 2 cores < 90 s (a test-run figure, not a benchmark)",
]


# -- the code version and the stores -------------------------------------------------------


def code_version() -> str:
    """SHA-256 of what writes a store: sqms_desktop/ without gui/, and migrations/."""
    digest = hashlib.sha256()
    package = ROOT / "sqms_desktop"
    files = [
        *(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts),
        *(
            p
            for p in (ROOT / "migrations").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        ),
    ]
    for path in sorted(files):
        if path.is_relative_to(package / "gui"):
            continue
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def stamp_of(path: Path) -> Path:
    return path.with_name(path.name + ".stamp.json")


def is_current(stamp: Path, wanted: dict[str, Any]) -> bool:
    if not stamp.exists():
        return False
    made = json.loads(stamp.read_text(encoding="utf-8"))
    return all(made.get(key) == value for key, value in wanted.items())


def ensure_demo_store(path: Path, suppliers: int, audits: int, version: str) -> dict[str, Any]:
    """The store `sqms demo` makes, reused when made with the same options by the same code."""
    wanted = {
        "suppliers": suppliers,
        "audits": audits,
        "seed": SEED,
        "today": TODAY,
        "code": version,
    }
    stamp = stamp_of(path)
    if path.exists() and is_current(stamp, wanted):
        made = json.loads(stamp.read_text(encoding="utf-8"))
        return {**made, "path": str(path), "reused": True}
    for old in (
        path,
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        stamp,
    ):
        old.unlink(missing_ok=True)
    shutil.rmtree(path.parent / "attachments", ignore_errors=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"making {path} ({suppliers} suppliers, {audits} audits)", flush=True)
    command = [
        SQMS,
        "--db",
        str(path),
        "demo",
        "--suppliers",
        str(suppliers),
        "--audits",
        str(audits),
        "--seed",
        SEED,
        "--today",
        TODAY,
    ]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=environment())
    made = {
        **wanted,
        "seconds": round(time.perf_counter() - started, 1),
        "made": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    stamp.write_text(json.dumps(made, indent=2) + "\n", encoding="utf-8")
    return {**made, "path": str(path), "reused": False}


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def schema_of(db: Path) -> str:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else ""


def head_revision() -> str:
    """This code's schema revision (store/migrate.HEAD_REVISION), asked in a process of its
    own: the suite itself imports nothing of the package."""
    found = subprocess.run(
        [PYTHON, "-c", "from sqms_desktop.store.migrate import HEAD_REVISION as h; print(h)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return found.stdout.strip()


def ensure_rows_store(
    source: Path, target: Path, rows: tuple[int, int, int], source_made: dict[str, Any]
) -> dict[str, Any]:
    """The multiplied store (scale_rows.py), reused when made from the same source (its size,
    time and stamp) with the same sizes by the same scale_rows.py."""
    suppliers, audits, findings = rows
    status = source.stat()
    wanted = {
        "source": str(source),
        "source_size": status.st_size,
        "source_mtime": round(status.st_mtime, 3),
        "source_stamp": source_made.get("code", ""),
        "suppliers": suppliers,
        "audits": audits,
        "findings": findings,
        "scale_rows": file_digest(HERE / "scale_rows.py"),
    }
    stamp = stamp_of(target)
    if target.exists() and is_current(stamp, wanted) and schema_of(target) == head_revision():
        made = json.loads(stamp.read_text(encoding="utf-8"))
        return {**made, "path": str(target), "reused": True}
    stamp.unlink(missing_ok=True)
    print(f"making {target} ({suppliers} suppliers, {audits} audits, {findings} findings)")
    report = target.with_name(target.name + ".made.json")
    started = time.perf_counter()
    subprocess.run(
        [
            PYTHON,
            str(HERE / "scale_rows.py"),
            str(source),
            str(target),
            "--suppliers",
            str(suppliers),
            "--audits",
            str(audits),
            "--findings",
            str(findings),
            "--check",
            "--json",
            str(report),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        env=environment(),
    )
    made = {
        **wanted,
        "seconds": round(time.perf_counter() - started, 1),
        "made": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "counts": json.loads(report.read_text(encoding="utf-8"))["after"],
    }
    stamp.write_text(json.dumps(made, indent=2) + "\n", encoding="utf-8")
    return {**made, "path": str(target), "reused": False}


def bundle_world_checked(changes: int, scans: int, version: str) -> Path:
    """bundles.py caches its stores in data/bundles-<changes>x<scans>/; one made by other code
    (or of unknown origin) is removed so that bundles.py makes it anew."""
    folder = DATA / f"bundles-{changes}x{scans}"
    if folder.exists() and not is_current(folder / "suite.stamp.json", {"code": version}):
        print(f"removing {folder}: not made by this code version", flush=True)
        shutil.rmtree(folder)
    return folder


def stamp_bundle_world(folder: Path, version: str) -> None:
    if folder.exists() and not (folder / "suite.stamp.json").exists():
        (folder / "suite.stamp.json").write_text(
            json.dumps({"code": version}) + "\n", encoding="utf-8"
        )


# -- PostgreSQL ----------------------------------------------------------------------------


@dataclass
class Postgres:
    url: str | None = None
    how: str = ""
    folder: Path | None = None

    def stop(self) -> None:
        if self.folder is not None:
            subprocess.run(
                [str(ROOT / ".ci" / "postgres"), "stop", str(self.folder)],
                check=False,
                capture_output=True,
            )
            shutil.rmtree(self.folder.parent, ignore_errors=True)
            self.folder = None


def find_postgres(allowed: bool) -> Postgres:
    if not allowed:
        return Postgres(how="not measured: PostgreSQL left out (--no-postgres)")
    if os.environ.get("SQMS_TEST_POSTGRES_URL"):
        return Postgres(os.environ["SQMS_TEST_POSTGRES_URL"], "SQMS_TEST_POSTGRES_URL")
    folder = Path(tempfile.mkdtemp(prefix="sqms-suite-pg-")) / "cluster"
    folder.parent.chmod(0o755)  # as root the cluster belongs to `postgres`, who must get in
    started = subprocess.run(
        [str(ROOT / ".ci" / "postgres"), "start", str(folder)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "SQMS_PG_PORT": os.environ.get("SQMS_PG_PORT", "55491")},
    )
    if started.returncode != 0 or not started.stdout.strip():
        shutil.rmtree(folder.parent, ignore_errors=True)
        reason = (started.stderr.strip().splitlines() or ["no reason given"])[-1]
        print(f"no PostgreSQL: {reason}", flush=True)
        return Postgres(how="not measured: no PostgreSQL")
    url = started.stdout.strip().splitlines()[-1]
    return Postgres(url, "a throw-away local cluster (.ci/postgres, fsync off)", folder)


# -- running the benchmarks ----------------------------------------------------------------


def environment(**extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}


@dataclass
class Outcome:
    name: str
    seconds: float
    figures: dict[str, Any] | None
    error: str = ""


def run_script(name: str, args: list[str], folder: Path, env: dict[str, str]) -> Outcome:
    """One benchmark script in its own process; its output goes to <folder>/<name>.log."""
    out, log = folder / f"{name}.json", folder / f"{name}.log"
    command = [PYTHON, str(HERE / f"{name}.py"), *args, "--json", str(out)]
    print(f"{name}: {' '.join(command[1:])}", flush=True)
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as written:
        done = subprocess.run(
            command, check=False, stdout=written, stderr=subprocess.STDOUT, env=env, cwd=ROOT
        )
    took = time.perf_counter() - started
    if done.returncode != 0 or not out.exists():
        tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-15:]
        print(f"{name}: FAILED after {took:.0f} s\n  " + "\n  ".join(tail), flush=True)
        return Outcome(name, took, None, f"failed (exit {done.returncode}), see {log.name}")
    print(f"{name}: done in {took:.0f} s", flush=True)
    return Outcome(name, took, json.loads(out.read_text(encoding="utf-8")))


# -- the table ------------------------------------------------------------------------------


@dataclass
class Row:
    figure: str
    ours: str = ""
    baseline: str = ""
    ratio: str = ""
    target: str = ""
    met: str = ""

    def line(self) -> str:
        cells = (self.figure, self.ours, self.baseline, self.ratio, self.target, self.met)
        return "| " + " | ".join(cells) + " |"


def s(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.0f} ms"


def yes(ok: bool) -> str:
    return "yes" if ok else "**no**"


def missing(figure: str, why: str) -> Row:
    return Row(figure, why, "", "", "", "")


@dataclass
class Context:
    scale_name: str
    scale: Scale
    demo_store: dict[str, Any]
    postgres: Postgres
    notes: list[str] = field(default_factory=list)
    rows_store: dict[str, Any] = field(default_factory=dict)


def rows_startup(o: Outcome, c: Context) -> list[Row]:
    label = (
        f"cold start to a shown main window ({c.demo_store['suppliers']:,} suppliers × "
        f"{c.demo_store['audits']:,} audits), vs a bare PySide6 window"
    )
    if o.figures is None:
        return [missing(label, o.error)]
    f = o.figures
    return [
        Row(
            label,
            s(f["app_median"]),
            s(f["bare_median"]),
            f"{f['ratio']:.1f}×",
            "≤ 3.5×",
            yes(f["ratio"] <= 3.5),
        )
    ]


def rows_cli(o: Outcome, c: Context) -> list[Row]:
    if o.figures is None:
        return [missing("`sqms --version`; read commands", o.error)]
    f = o.figures
    version, python = f["version"], f["python"]
    rows = [
        Row(
            "`sqms --version`, vs `python -c pass`",
            s(version["wall"]),
            s(python["wall"]),
            f"{version['wall'] / python['wall']:.1f}×",
            "< 150 ms",
            yes(version["wall"] < 0.150),
        )
    ]
    c.notes.append(
        f"`sqms --version` CPU time {s(version['cpu'])} (the wall time on a loaded machine is "
        f"mostly the wait for a core); `import sqlalchemy.orm` alone, the floor of any command "
        f"that opens a store: {s(f['orm']['wall'])} wall, {s(f['orm']['cpu'])} CPU."
    )
    for read in f["reads"]:
        bound = 2 * version["wall"] + read["work_wall"]
        rows.append(
            Row(
                f"`sqms {read['command']}` on the demo store, vs 2 × `--version` + its "
                f"work ({s(read['work_wall'])})",
                s(read["wall"]),
                s(bound),
                f"{read['wall'] / bound:.2f}",
                "ratio < 1",
                yes(read["wall"] < bound),
            )
        )
    return rows


def rows_report(o: Outcome, c: Context) -> list[Row]:
    label = "PDF report, 300 questions, 60 photos of 12 MP, vs plain ReportLab"
    if o.figures is None:
        return [missing(label, o.error)]
    f = o.figures
    c.notes.append(
        f"PDF report CPU time (all threads) {s(f['ours_cpu_median'])}, plain ReportLab "
        f"{s(f['plain_cpu_median'])}."
    )
    return [
        Row(
            label,
            s(f["ours_median"]),
            s(f["plain_median"]),
            f"{f['ratio']:.2f}",
            "< 3 s",
            yes(f["ours_median"] < 3.0),
        )
    ]


def rows_checklist(o: Outcome, c: Context) -> list[Row]:
    labels = (
        "open a 300-question audit with 60 photos, vs a bare tree of its rows",
        "answer by key and move on, vs one plain INSERT + COMMIT",
    )
    if o.figures is None:
        return [missing(label, o.error) for label in labels]
    f = o.figures
    # "Kept": the ratios recorded on 2026-11-25 (113 ms, ratio 9.4; 34.3 ms, ratio 285) are
    # not to grow; the ratio, not the milliseconds, because the machine's speed varies.
    open_ms, tree_ms = f["open_median_ms"], f["bare_tree_median_ms"]
    answer_ms, insert_ms = f["answer_median_ms"], f["bare_insert_median_ms"]
    open_ratio, answer_ratio = open_ms / tree_ms, answer_ms / insert_ms
    return [
        Row(
            labels[0],
            f"{open_ms:.0f} ms",
            f"{tree_ms:.0f} ms",
            f"{open_ratio:.1f}×",
            "kept: ≤ 9.4× (113 ms)",
            yes(open_ratio <= 9.4),
        ),
        Row(
            labels[1],
            f"{answer_ms:.1f} ms",
            f"{insert_ms:.2f} ms",
            f"{answer_ratio:.0f}×",
            "kept: ≤ 285× (34 ms)",
            yes(answer_ratio <= 285),
        ),
    ]


def rows_demo(o: Outcome, c: Context) -> list[Row]:
    audits = c.scale.demo_bench[1]
    label = (
        f"demo generation, per 1,000 audits × 20 (runs of {audits} audits), vs plain "
        "`sqlite3` inserts of the same rows"
    )
    if o.figures is None:
        return [missing(label, o.error)]
    m = o.figures["medians"]
    ours, plain = m["ours"], m["plain"]
    c.notes.append(
        f"Demo generation CPU time per 1,000 audits {ours['cpu']:.1f} s "
        f"(plain inserts {plain['cpu']:.2f} s)."
    )
    return [
        Row(
            label,
            f"{ours['wall_20000'] / 60:.1f} min",
            f"{plain['wall_20000']:.1f} s",
            f"{ours['wall_ratio']:.0f}×",
            "< 3 min",
            yes(ours["wall_20000"] < 180),
        )
    ]


def rows_store_size(o: Outcome, c: Context) -> list[Row]:
    label = (
        "store size per audit (the demo store's file), vs its tables without change log and trail"
    )
    if o.figures is None:
        return [missing(label, o.error)]
    f = o.figures
    kb = 1000
    if f["method"] != "dbstat":
        return [
            Row(
                label,
                f"{f['file_per_audit'] / kb:.1f} KB",
                "no dbstat in this SQLite",
                "",
                "< 25 KB",
                yes(f["file_per_audit"] < 25 * kb),
            )
        ]
    return [
        Row(
            label,
            f"{f['file_per_audit'] / kb:.1f} KB",
            f"{f['data_per_audit'] / kb:.1f} KB",
            f"{f['file_per_audit'] / f['data_per_audit']:.1f}×",
            "< 25 KB",
            yes(f["file_per_audit"] < 25 * kb),
        ),
        Row(
            "  of which change log and trail (change, change_head, trail_entry, trail_checkpoint)",
            f"{f['log_per_audit'] / kb:.1f} KB",
            "",
            "",
            "",
            "",
        ),
    ]


def rows_bundles(o: Outcome, c: Context) -> list[Row]:
    changes, scans = c.scale.bundles
    label = f"bundle import, {changes:,} changes with {scans} attachments, vs plain `executemany`"
    pg_label = label.replace("bundle import,", "bundle import into PostgreSQL,")
    if o.figures is None:
        return [missing(label, o.error), missing(pg_label, o.error)]
    m = o.figures["medians"]
    plain = m["plain"]
    rows = [
        Row(
            label,
            s(m["import"]["wall"]),
            s(plain["wall"]),
            f"{m['import']['wall_ratio']:.1f}×",
            "≤ 5×",
            yes(m["import"]["wall_ratio"] <= 5),
        )
    ]
    if "pg-import" in m:
        pg = m["pg-import"]
        rows.append(
            Row(
                pg_label,
                s(pg["wall"]),
                s(plain["wall"]) + " (SQLite)",
                f"{pg['wall_ratio']:.1f}×",
                "≤ 5×",
                yes(pg["wall_ratio"] <= 5),
            )
        )
        c.notes.append(f"PostgreSQL: {c.postgres.how}.")
    else:
        rows.append(missing(pg_label, c.postgres.how or "not measured: no PostgreSQL"))
    return rows


def rows_scorecards(o: Outcome, c: Context) -> list[Row]:
    label = f"scorecards of {c.scale.scorecard_suppliers:,} suppliers for a period, vs listing them"
    if o.figures is None:
        return [missing(label, o.error)]
    f = o.figures
    ours, listing = f["scorecards_median"], f["list_suppliers_median"]
    return [Row(label, s(ours), s(listing), f"{ours / listing:.1f}×", "< 1 s", yes(ours < 1.0))]


def ms_row(label: str, figure: dict[str, Any]) -> Row:
    ours, base = figure["median_ms"], figure["baseline_median_ms"]
    return Row(
        label,
        f"{ours:.0f} ms (CPU {figure['cpu_median_ms']:.0f} ms)",
        f"{base:.1f} ms (CPU {figure.get('baseline_cpu_median_ms', 0):.1f} ms)",
        f"{ours / base:.0f}×" if base else "",
        "< 100 ms",
        yes(ours < 100),
    )


PAGE_LABELS = {
    "suppliers": "Suppliers page",
    "audits": "Audits page",
    "findings": "Findings page (the findings register)",
}


def rows_pages(o: Outcome, c: Context) -> list[Row]:
    if o.figures is None:
        return [
            missing(f"{label}: first paint, sort, filter", o.error)
            for label in PAGE_LABELS.values()
        ]
    rows = []
    for name, page in o.figures["pages"].items():
        label = f"{PAGE_LABELS.get(name, name)}, {page['total_rows']:,} rows"
        rows.append(
            ms_row(f"{label}: first paint, vs a SELECT of the first 200", page["first_paint"])
        )
        for title, figure in page["sorts"].items():
            rows.append(ms_row(f"  sort by {title} (header click), vs the same ORDER BY", figure))
        typed = page["filter"]
        rows.append(
            ms_row(
                f"  filter “{typed['text']}” (the first after reading), vs a LIKE",
                typed["first_after_read"],
            )
        )
        c.notes.append(
            f"{PAGE_LABELS.get(name, name)}: the model holds "
            f"{page['model_rows_after_first_paint']:,} of {page['total_rows']:,} rows after "
            "the first paint; a second filter "
            f"{typed['again']['median_ms']:.0f} ms; the first paint of the process (SQL "
            f"compiled) {page['first_paint_in_process_ms']:.0f} ms."
        )
    return rows


def rows_memory(o: Outcome, c: Context) -> list[Row]:
    label = (
        "the window's peak resident memory, every page shown and a checklist open, vs a bare "
        "PySide6 window"
    )
    if o.figures is None:
        return [missing(label, o.error)]
    f = o.figures
    return [
        Row(
            label,
            f"{f['peak_mb']:.0f} MB",
            f"{f['bare_peak_mb']:.0f} MB",
            f"{f['ratio']:.1f}×",
            "< 400 MB",
            yes(f["peak_mb"] < 400),
        )
    ]


def rows_concurrent(o: Outcome, c: Context) -> list[Row]:
    """Several laptops' bundles into one central store at once (one process each), vs the same
    bundles one after another; "met" also needs every check of the central store to pass."""
    label = "{n} laptops' bundles ({changes:,} changes) imported at once into {where}, vs serially"
    if o.figures is None:
        return [missing(label.format(n=4, changes=c.scale.bundles[0], where="PostgreSQL"), o.error)]
    rows = []
    for r in o.figures["rows"]:
        where = "PostgreSQL" if r["backend"] == "postgresql" else "SQLite"
        checks = "all checks passed" if not r["problems"] else f"{len(r['problems'])} problems"
        rows.append(
            Row(
                label.format(n=r["laptops"], changes=r["changes"], where=where),
                s(r["concurrent_wall"]),
                s(r["serial_wall"]),
                f"{r['ratio']:.2f}×",
                "≤ 1.2×, checks pass",
                yes(r["ratio"] <= 1.2 and not r["problems"]) + f" ({checks})",
            )
        )
    if not o.figures["postgres"]:
        rows.append(missing("concurrent import into PostgreSQL", c.postgres.how or "no PostgreSQL"))
    return rows


# -- the run --------------------------------------------------------------------------------


def git(*args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False
    )
    return done.stdout.strip()


def load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def versions() -> str:
    found = subprocess.run(
        [
            PYTHON,
            "-c",
            "import PySide6, sqlalchemy as a; print(PySide6.__version__, a.__version__)",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    pyside, alchemy = [*found.stdout.split(), "?", "?"][:2]
    return (
        f"Python {platform.python_version()}, PySide6 {pyside}, SQLAlchemy {alchemy}, "
        f"SQLite {sqlite3.sqlite_version}"
    )


BENCHMARKS = (
    "startup",
    "cli",
    "report",
    "checklist",
    "demo",
    "store_size",
    "bundles",
    "scorecards",
    "pages",
    "memory",
    "concurrent_import",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="issue")
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, help="run only these benchmarks")
    parser.add_argument("--runs", type=int, help="runs of each timed step (default: the scale's)")
    parser.add_argument("--no-postgres", action="store_true", help="do not look for PostgreSQL")
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument("--label", default="", help="said in the RESULTS.md heading")
    parser.add_argument(
        "--rows-source",
        type=Path,
        help="the demo store scale_rows.py multiplies for the pages and the memory (default: "
        "the suite's demo store); e.g. a 1,000 × 20,000 store made beforehand",
    )
    args = parser.parse_args()
    scale = SCALES[args.scale]
    runs = args.runs or scale.runs
    chosen = args.only or list(BENCHMARKS)
    started_at = dt.datetime.now(dt.UTC)
    load_before = load()
    commit = (git("rev-parse", "--short", "HEAD") or "an unknown commit") + (
        " with local changes" if git("status", "--porcelain", "sqms_desktop") else ""
    )
    version = code_version()
    folder = RESULTS / f"suite-{started_at:%Y%m%dT%H%M%S}"
    folder.mkdir(parents=True)
    print(
        f"suite at scale {args.scale}, code {commit} (store code version {version}), "
        f"load {load_before}"
    )
    print(f"logs and figures: {folder}", flush=True)

    data = DATA / f"suite-{args.scale}"
    needs_rows = {"pages", "memory"} & set(chosen)
    needs_demo = {"startup", "cli", "store_size"} & set(chosen) or (
        needs_rows and args.rows_source is None
    )
    demo_store = ensure_demo_store(data / "demo.sqlite", *scale.demo, version) if needs_demo else {}
    rows_store: dict[str, Any] = {}
    if needs_rows:
        source = args.rows_source or data / "demo.sqlite"
        source_made = demo_store if args.rows_source is None else {}
        rows_store = ensure_rows_store(
            source, data / "rows" / "store.sqlite", scale.rows, source_made
        )
    laptop = (
        ensure_demo_store(data / "laptop.sqlite", *scale.laptop, version)
        if "checklist" in chosen
        else {}
    )
    wants_pg = {"bundles", "concurrent_import"} & set(chosen)
    postgres = find_postgres(not args.no_postgres) if wants_pg else Postgres()
    context = Context(
        args.scale,
        scale,
        demo_store or {"suppliers": 0, "audits": 0},
        postgres,
        rows_store=rows_store,
    )

    env = environment()
    demo_path = str(data / "demo.sqlite")
    rows_path = str(data / "rows" / "store.sqlite")
    plans: dict[str, tuple[list[str], dict[str, str], Callable[[Outcome, Context], list[Row]]]] = {
        "startup": (["--store", demo_path, "--runs", str(runs)], env, rows_startup),
        "cli": (
            ["--db", demo_path, "--runs", str(args.runs or scale.cli_runs), "--no-record"],
            env,
            rows_cli,
        ),
        "report": (["--runs", str(args.runs or scale.report_runs)], env, rows_report),
        "checklist": (
            [
                "--base",
                str(data / "laptop.sqlite"),
                "--runs",
                str(runs),
                "--answers",
                str(scale.checklist_answers),
            ],
            env,
            rows_checklist,
        ),
        "demo": (
            [
                "--suppliers",
                str(scale.demo_bench[0]),
                "--audits",
                str(scale.demo_bench[1]),
                "--runs",
                str(args.runs or scale.demo_runs),
                "--no-record",
            ],
            env,
            rows_demo,
        ),
        "store_size": ([demo_path], env, rows_store_size),
        "bundles": (
            [
                "--changes",
                str(scale.bundles[0]),
                "--scans",
                str(scale.bundles[1]),
                "--runs",
                str(runs),
                "--no-record",
            ],
            environment(**({"SQMS_TEST_POSTGRES_URL": postgres.url} if postgres.url else {})),
            rows_bundles,
        ),
        "scorecards": (
            ["--suppliers", str(scale.scorecard_suppliers), "--runs", str(runs)],
            env,
            rows_scorecards,
        ),
        "pages": (["--db", rows_path, "--runs", str(runs), "--no-record"], env, rows_pages),
        "memory": (
            ["--db", rows_path, "--runs", str(args.runs or scale.memory_runs), "--no-record"],
            env,
            rows_memory,
        ),
        "concurrent_import": (
            ["--changes", str(scale.bundles[0] // 4), "--runs", str(min(runs, 3)), "--no-record"],
            environment(**({"SQMS_TEST_POSTGRES_URL": postgres.url} if postgres.url else {})),
            rows_concurrent,
        ),
    }
    outcomes: list[Outcome] = []
    rows: list[Row] = []
    try:
        for name in chosen:
            script_args, script_env, to_rows = plans[name]
            world = None
            if name == "bundles":
                world = bundle_world_checked(*scale.bundles, version)
            outcome = run_script(name, script_args, folder, script_env)
            if world is not None and outcome.figures is not None:
                stamp_bundle_world(world, version)
            outcomes.append(outcome)
            try:
                rows += to_rows(outcome, context)
            except (KeyError, TypeError, ValueError, ZeroDivisionError) as error:
                rows.append(missing(name, f"figures not read: {error!r}, see {name}.json"))
    finally:
        postgres.stop()

    finished = dt.datetime.now(dt.UTC)
    minutes = (finished - started_at).total_seconds() / 60
    table = [
        "| figure | ours (median) | baseline (median) | ratio | target | met |",
        "|---|---|---|---|---|---|",
        *(row.line() for row in rows),
    ]
    stores = []
    for what, made in (("demo store", demo_store), ("laptop store", laptop)):
        if made:
            size = Path(made["path"]).stat().st_size / 1e6
            how = "reused" if made["reused"] else "made in this run"
            stores.append(
                f"{what} {made['suppliers']:,} suppliers × {made['audits']:,} audits "
                f"({size:.0f} MB, `sqms demo` took {made['seconds']:.0f} s, {how})"
            )
    if rows_store:
        counts = rows_store["counts"]
        how = "reused" if rows_store["reused"] else "made in this run"
        stores.append(
            f"multiplied store {counts['supplier']:,} suppliers × {counts['audit']:,} audits × "
            f"{counts['finding']:,} findings (scale_rows.py from {rows_store['source']}, "
            f"{rows_store['seconds']:.0f} s, {how})"
        )
    heading = f"## Suite (`suite.py --scale {args.scale}`), {started_at:%Y-%m-%d %H:%M} UTC"
    if args.label:
        heading += f", {args.label}"
    lines = [
        "",
        heading,
        "",
        f"Code at {commit} (store code version {version}); {platform.machine()}, "
        f"{os.cpu_count()} vCPU shared with other jobs (load {load_before} at the start, "
        f"{load()} at the end); {versions()}. Took {minutes:.1f} min. "
        + ("Stores: " + "; ".join(stores) + ". " if stores else "")
        + f"Each figure is a median of {runs} runs (the command line: "
        f"{args.runs or scale.cli_runs}, the report: {args.runs or scale.report_runs}, "
        f"demo generation: {args.runs or scale.demo_runs}) with its baseline measured in the "
        "same run; wall times.",
        "",
        *table,
        "",
        *(f"- {note}" for note in context.notes),
        "- Not measured by any benchmark yet: " + "; ".join(NOT_MEASURED) + ".",
        "- Time per benchmark: " + ", ".join(f"{o.name} {o.seconds:.0f} s" for o in outcomes) + ".",
        "",
    ]
    print("\n".join(lines), flush=True)
    summary = {
        "scale": args.scale,
        "commit": commit,
        "code_version": version,
        "started": started_at.isoformat(),
        "finished": finished.isoformat(),
        "load": [load_before, load()],
        "stores": {"demo": demo_store, "laptop": laptop, "multiplied": rows_store},
        "postgres": postgres.how or (postgres.url and "used"),
        "rows": [row.__dict__ for row in rows],
        "outcomes": [o.__dict__ for o in outcomes],
    }
    (folder / "suite.json").write_text(
        json.dumps(summary, indent=2, default=str) + "\n", encoding="utf-8"
    )
    if not args.no_record:
        with (HERE / "RESULTS.md").open("a", encoding="utf-8") as out:
            out.write("\n".join(lines))
        print(f"appended to {HERE / 'RESULTS.md'}")
    return 0 if all(o.figures is not None for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
