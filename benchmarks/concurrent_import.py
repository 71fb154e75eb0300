"""Concurrent bundle import: several laptops' bundles into one central store, one after another
in one process (the baseline) and all at once, one OS process per bundle, on PostgreSQL and on
SQLite; then the central store is checked for lost changes and duplicated numbers.

The laptops are real replicas (`tests.support.sync_stores.SyncWorld`: enrolled, trusting the
central store); on each, a lead auditor plans and runs audits (answers, findings) and a quality
engineer raises CAPAs on the findings, all through the services, so every audit, finding and
CAPA carries a provisional reference that the central store numbers for good on import. The
stores and bundles are cached under benchmarks/data/. Every import runs into a fresh copy of the
central store: a new PostgreSQL database (SQMS_TEST_POSTGRES_URL) or a copy of the SQLite file.
See README.md, "Concurrent bundle import".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
RESULTS = HERE / "results"
# The trail keys of the cached stores live beside them, not in the user's configuration folder:
# set before sqms_desktop is imported (platformdirs follows XDG), and inherited by the workers.
CONFIG = DATA / "concurrent-config"
os.environ["XDG_CONFIG_HOME"] = str(CONFIG)
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))  # tests.support: the SyncWorld the sync tests use

import sqlalchemy  # noqa: E402
from bundles import copy_store, pg_database, pg_url_for  # noqa: E402
from run_info import code_commit  # noqa: E402
from sqlalchemy import func, insert, select, text  # noqa: E402
from suite import code_version  # noqa: E402

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec  # noqa: E402
from sqms_desktop.services import audits, templates  # noqa: E402
from sqms_desktop.services.actor import Actor  # noqa: E402
from sqms_desktop.services.bundles import ImportReceipt, import_bundle  # noqa: E402
from sqms_desktop.services.capas import CapaInput, raise_capa  # noqa: E402
from sqms_desktop.services.suppliers import SupplierInput, create_supplier  # noqa: E402
from sqms_desktop.store import trail_key  # noqa: E402
from sqms_desktop.store.base import Base  # noqa: E402
from sqms_desktop.store.engine import Store, open_store  # noqa: E402
from sqms_desktop.store.ledger import BundleLog, Change, Replica, TrailEntry  # noqa: E402
from sqms_desktop.store.models import Audit, Capa, Finding, Question, User  # noqa: E402
from sqms_desktop.sync.check import differences  # noqa: E402
from tests.support.sync_stores import SyncWorld  # noqa: E402

CHANGES = 12_500  # per laptop: four laptops send the 50,000 changes of bundles.py
LAPTOPS = 4
SUPPLIERS = 40
QUESTIONS = 12
PG_DATABASE = "sqms_bench_concurrent"
PROFILE_VARIABLE = "SQMS_BENCH_PROFILE_INTO"  # set by --profile for the importing processes
YEAR = 2026


# -- the data: laptops with audits, findings and CAPAs ---------------------------------------


@dataclass(frozen=True)
class World:
    """The cached central store and laptops, and one bundle from each laptop."""

    folder: Path
    changes: int = CHANGES
    laptops: int = LAPTOPS

    @property
    def central(self) -> Path:
        return self.folder / "central" / "central.sqlite"

    def names(self) -> list[str]:
        return [f"laptop-{n + 1}" for n in range(self.laptops)]

    def laptop(self, name: str) -> Path:
        return self.folder / name / "laptop.sqlite"

    def bundle(self, name: str) -> Path:
        return self.folder / "bundles" / f"{name}.sqmsbundle"


def _library(world: SyncWorld) -> None:
    """On the central store: the suppliers and a released checklist every laptop audits with."""
    admin = world.central.actor("ada")
    with admin.unit_of_work() as uow:
        for n in range(SUPPLIERS):
            create_supplier(uow, SupplierInput(code=f"S{n:03d}", name=f"Zulieferer {n} GmbH"))
        spec = TemplateSpec(
            key="process",
            title="Process audit",
            scheme="yes_no",
            sections=[
                SectionSpec(
                    str(s + 7),
                    f"Section {s + 7}",
                    [
                        QuestionSpec(f"q{s}{k}", f"Question {k} of section {s + 7}?",
                                     type="yes_no", clause=f"{s + 7}.{k + 1}")
                        for k in range(QUESTIONS // 3)
                    ],
                )
                for s in range(3)
            ],
        )  # fmt: skip
        template = templates.create_template(uow, spec)
        templates.release_template(uow, template.id)
        uow.commit()


def _local_changes(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(Replica.last_seq).where(Replica.is_local.is_(True))) or 0)


def _one_audit(laptop: Any, number: int, ids: dict[str, Any]) -> None:
    """A lead auditor's audit on a laptop (planned, started, every question answered, two
    findings) and the quality engineer's CAPA on its major finding."""
    lead = laptop.actor("lena")
    supplier = ids["suppliers"][number % len(ids["suppliers"])]
    start = dt.date(YEAR, 1, 5) + dt.timedelta(days=number % 300)
    with lead.unit_of_work() as uow:
        audit = audits.plan_audit(
            uow,
            audits.AuditPlan(
                supplier_id=supplier,
                template_id=ids["template"],
                lead_auditor_id=ids["lena"],
                planned_start=start,
                objectives=f"Process audit {number} of the machining line",
            ),
        )
        audits.start_audit(uow, audit.id, start)
        for k, question in enumerate(ids["questions"]):
            audits.record_answer(uow, audit.id, question, "no" if k in (2, 7) else "yes")
        major = audits.raise_finding(
            uow,
            audit.id,
            "major_nc",
            f"Gauge {number} out of calibration",
            question_id=ids["questions"][2],
            objective_evidence="calibration sticker expired",
        )
        audits.raise_finding(
            uow, audit.id, "minor_nc", "Training record missing", question_id=ids["questions"][7]
        )
        uow.commit()
        major_id, major_ref = major.id, major.reference
    with laptop.actor("quinn").unit_of_work() as uow:
        raise_capa(
            uow,
            CapaInput(
                supplier_id=supplier,
                title=f"Calibration of gauge {number}",
                owner="Jana Novak",
                finding_ids=[major_id],
                problem_description=f"{major_ref}: gauge out of calibration",
            ),
        )
        uow.commit()


def generate(world: World, version: str) -> dict[str, Any]:
    """Make the central store, the laptops (about `world.changes` unsent changes each) and
    one bundle from each laptop for the central store."""
    partial = world.folder.with_name(world.folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    built = SyncWorld(partial, world.names())
    _library(built)
    with built.central.store.session() as session:
        template = session.scalar(select(Question.template_id).limit(1))
        ids: dict[str, Any] = {
            "suppliers": [str(i) for i in session.scalars(text("SELECT id FROM supplier"))],
            "template": template,
            "questions": list(
                session.scalars(
                    select(Question.id)
                    .where(Question.template_id == template)
                    .order_by(Question.qid)
                )
            ),
            "lena": session.scalar(select(User.id).where(User.username == "lena")),
        }
    made: dict[str, Any] = {"code": version, "laptops": {}}
    for name in world.names():
        built.deliver(built.send(built.central, name), name)  # the suppliers and the checklist
        laptop = built.laptops[name]
        before = _local_changes(laptop.store)
        number = 0
        while _local_changes(laptop.store) - before < world.changes:
            _one_audit(laptop, number, ids)
            number += 1
            if number % 20 == 0:
                done = _local_changes(laptop.store) - before
                print(f"  {name}: {number} audits, {done} changes", flush=True)
        made["laptops"][name] = {"audits": number, "changes": _local_changes(laptop.store)}
    bundles = partial / "bundles"
    bundles.mkdir()
    for name in world.names():
        sent = built.send(built.laptops[name])
        sent.rename(bundles / f"{name}.sqmsbundle")
    made["seconds"] = round(time.perf_counter() - started, 1)
    built.close()
    (partial / "made.json").write_text(json.dumps(made, indent=2) + "\n", encoding="utf-8")
    partial.rename(world.folder)
    return made


def ensure_world(world: World) -> dict[str, Any]:
    """The cached stores and bundles, made on first use (about a minute) and again when the code
    that writes a store changed (suite.code_version): an old bundle may not be what it makes."""
    made = world.folder / "made.json"
    version = code_version()
    if made.exists():
        found = json.loads(made.read_text(encoding="utf-8"))
        if found.get("code") == version:
            return {**found, "cached": True}
        print(f"removing {world.folder}: made by other code", flush=True)
        shutil.rmtree(world.folder)
    print(f"creating {world.folder} ({world.laptops} laptops, {world.changes} changes each)")
    return {**generate(world, version), "cached": False}


def laptop_changes(world: World, name: str) -> tuple[str, set[str]]:
    """A laptop's replica id and the ids of its own changes: what its bundle carries."""
    with closing(sqlite3.connect(world.laptop(name))) as db:
        local = db.execute("SELECT id FROM replica WHERE is_local").fetchone()[0]
        ids = {
            r[0] for r in db.execute("SELECT change_id FROM change WHERE replica_id = ?", (local,))
        }
    return local, ids


# -- fresh central stores --------------------------------------------------------------------


def fresh_central(world: World, backend: str, run: Path, pg_url: str | None) -> str:
    """The URL of a fresh copy of the cached central store: a new PostgreSQL database (migrated
    by open_store, then every table's rows copied, parents first) or a copy of the SQLite file.
    The trail head this computer remembers for that location is forgotten (an earlier run's)."""
    if backend == "sqlite":
        copy_store(world.central, run / "central.sqlite")
        url = f"sqlite:///{run / 'central.sqlite'}"
        store = open_store(url)
    else:
        assert pg_url is not None
        pg_database(pg_url, create=True, name=PG_DATABASE)
        url = pg_url_for(pg_url, PG_DATABASE)
        store = open_store(url)
        source = open_store(f"sqlite:///{world.central}", migrate=False)
        with source.engine.connect() as src, store.engine.begin() as dst:
            for table in Base.metadata.sorted_tables:
                rows = [dict(r) for r in src.execute(select(table)).mappings()]
                if rows:
                    dst.execute(insert(table), rows)
        source.close()
    trail_key.forget_heads(store.describe())
    store.close()
    return url


# -- the two ways of importing ---------------------------------------------------------------


@dataclass
class Imported:
    """One bundle's import: when it began and ended (time.monotonic, the same clock in every
    process on Linux), this process's CPU time, and what the receipt said."""

    bundle: str
    start: float
    end: float
    cpu: float
    new_changes: int = 0
    duplicates: int = 0
    renumbered: int = 0
    error: str = ""


def _receipt(bundle: str, start: float, cpu: float, receipt: ImportReceipt) -> Imported:
    return Imported(
        bundle,
        start,
        time.monotonic(),
        time.process_time() - cpu,
        receipt.new_changes,
        receipt.duplicates,
        len(receipt.renumbered),
    )


def import_serial(url: str, bundles: list[Path]) -> list[Imported]:
    """Each bundle in turn, in this process, each in its own unit of work."""
    store = open_store(url)  # checks the schema: not timed
    done = []
    try:
        for bundle in bundles:
            start, cpu = time.monotonic(), time.process_time()
            receipt = Actor(store, "quinn").run(import_bundle, bundle)
            done.append(_receipt(bundle.name, start, cpu, receipt))
    finally:
        store.close()
    return done


def worker(url: str, bundle: Path) -> int:
    """One importing process: opens the store, says it is ready, waits for "go" on its standard
    input, imports, and prints what happened as one JSON line (a traceback if it failed)."""
    store = open_store(url)
    profile = os.environ.get(PROFILE_VARIABLE)  # a folder: profile this import into it
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.001)
    print("ready", flush=True)
    sys.stdin.readline()
    start, cpu = time.monotonic(), time.process_time()
    if profiler is not None:
        profiler.start()
    try:
        receipt = Actor(store, "quinn").run(import_bundle, bundle)
        done = _receipt(bundle.name, start, cpu, receipt)
    except Exception:
        done = Imported(bundle.name, start, time.monotonic(), time.process_time() - cpu)
        done.error = traceback.format_exc()
    finally:
        store.close()
    if profiler is not None:
        profiler.stop()
        Path(profile, bundle.stem + ".txt").write_text(
            profiler.output_text(unicode=True, show_all=False), encoding="utf-8"
        )
    print(json.dumps(done.__dict__), flush=True)
    return 1 if done.error else 0


def import_concurrent(url: str, bundles: list[Path], profile: Path | None = None) -> list[Imported]:
    """One OS process per bundle; each opens the store first (not timed), then all are told to
    go at the same moment. With `profile`, each process profiles its import into that folder."""
    env = {**os.environ, **({PROFILE_VARIABLE: str(profile)} if profile else {})}
    workers = [
        subprocess.Popen(
            [sys.executable, __file__, "--worker", url, str(bundle)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for bundle in bundles
    ]
    for process in workers:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        if line != "ready":
            raise RuntimeError(f"worker did not start: {line} {process.communicate()[1]}")
    for process in workers:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    done = []
    for process, bundle in zip(workers, bundles, strict=True):
        out, err = process.communicate(timeout=1800)
        lines = [line for line in out.splitlines() if line.startswith("{")]
        if lines:
            done.append(Imported(**json.loads(lines[-1])))
        else:
            done.append(Imported(bundle.name, 0.0, 0.0, 0.0, error=err or "no output"))
    return done


# -- the checks ------------------------------------------------------------------------------

NUMBERED = (
    (Audit, r"^(AUD-\d{4}-)(\d+)$"),
    (Finding, r"^(.*-F)(\d+)$"),
    (Capa, r"^(CAPA-\d{4}-)(\d+)$"),
)
COUNTED = ("supplier", "audit", "answer", "finding", "capa", "capa_finding", "change",
           "trail_entry", "bundle_log")  # fmt: skip


def _gaps_or_repeats(references: list[str], pattern: str) -> list[str]:
    """Per prefix, the numbers must be 1..n, each once (the imports queue, so no gaps)."""
    numbers: dict[str, list[int]] = {}
    odd = []
    for reference in references:
        found = re.match(pattern, reference)
        if found is None:
            odd.append(reference)
        else:
            numbers.setdefault(found.group(1), []).append(int(found.group(2)))
    problems = [f"not a final reference: {r}" for r in odd[:5]]
    for prefix, taken in numbers.items():
        if sorted(taken) != list(range(1, len(taken) + 1)):
            repeated = [n for n, k in Counter(taken).items() if k > 1]
            problems.append(
                f"{prefix}: {len(taken)} numbers, highest {max(taken)}, repeated {repeated[:5]}"
            )
    return problems


def check_central(
    url: str, expected: dict[str, tuple[str, set[str]]], done: list[Imported]
) -> dict[str, Any]:
    """What the central store holds after the imports, and every way it is wrong (none
    expected): a failed import, a change missing or twice, a provisional or repeated reference,
    a gap or repeat in the trail's or a replica's sequence numbers, a broken trail, a table that
    differs from the fold of its change log."""
    from sqms_desktop.queries.trail_integrity import verify_trail

    # The last line of the traceback (the whole one is in the JSON beside RESULTS.md).
    problems = [
        f"{d.bundle}: import failed after {d.end - d.start:.1f} s: "
        + d.error.strip().splitlines()[-1]
        for d in done
        if d.error
    ]
    by_bundle = {d.bundle: d for d in done}
    store = open_store(url)
    try:
        with store.session() as session:
            counts = {
                name: int(session.scalar(text(f'SELECT count(*) FROM "{name}"')) or 0)
                for name in COUNTED
            }
            for name, (replica, ids) in expected.items():
                held = set(
                    session.scalars(select(Change.change_id).where(Change.replica_id == replica))
                )
                if held != ids:
                    problems.append(
                        f"{name}: {len(ids - held)} changes missing, {len(held - ids)} unexpected"
                    )
                receipt = by_bundle.get(f"{name}.sqmsbundle")
                if receipt and not receipt.error and receipt.new_changes != len(ids):
                    problems.append(f"{name}: receipt says {receipt.new_changes} new changes")
            references: dict[str, list[str]] = {}
            for model, pattern in NUMBERED:
                found = list(session.scalars(select(model.reference)))
                references[model.__tablename__] = sorted(found)
                problems += [f"{model.__tablename__} {p}" for p in _gaps_or_repeats(found, pattern)]
            first, last, entries = session.execute(
                select(func.min(TrailEntry.seq), func.max(TrailEntry.seq), func.count())
            ).one()
            if (first, last) != (1, entries):
                problems.append(f"trail seq {first}..{last} for {entries} entries")
            repeated = session.execute(
                select(Change.replica_id, Change.seq, func.count())
                .group_by(Change.replica_id, Change.seq)
                .having(func.count() > 1)
                .limit(5)
            ).all()
            if repeated:
                problems.append(f"change seq repeated (replica, seq, times): {repeated}")
            for replica in session.scalars(select(Replica)):
                seqs = session.execute(
                    select(func.min(Change.seq), func.max(Change.seq), func.count()).where(
                        Change.replica_id == replica.id
                    )
                ).one()
                if seqs[2] and (seqs[0], seqs[1]) != (1, seqs[2]):
                    problems.append(f"replica {replica.name}: change seq {seqs[0]}..{seqs[1]}")
                if replica.is_local and seqs[2] and replica.last_seq != seqs[1]:
                    problems.append(f"central last_seq {replica.last_seq}, changes to {seqs[1]}")
            received = session.scalar(
                select(func.count()).select_from(BundleLog).where(BundleLog.direction == "received")
            )
            if received != len(done) - sum(1 for d in done if d.error):
                problems.append(f"{received} bundles logged as received")
            trail = verify_trail(session, location=store.describe())
            problems += [f"trail: {p.message}" for p in trail.problems]
            problems += [f"fold: {d}" for d in differences(session)]
    finally:
        store.close()
    return {"counts": counts, "references": references, "problems": problems}


# -- the run ---------------------------------------------------------------------------------


@dataclass
class Case:
    backend: str  # "postgresql" or "sqlite"
    laptops: int
    mode: str  # "serial" or "concurrent"

    @property
    def key(self) -> str:
        return f"{self.backend}-{self.laptops}-{self.mode}"


def run_case(
    world: World, case: Case, run: Path, pg_url: str | None, expected: dict[str, Any]
) -> dict[str, Any]:
    """One import of `case.laptops` bundles into a fresh central store, then the checks."""
    names = world.names()[: case.laptops]
    url = fresh_central(world, case.backend, run, pg_url)
    bundles = [world.bundle(name) for name in names]
    importing = import_serial if case.mode == "serial" else import_concurrent
    done = importing(url, bundles)
    ok = [d for d in done if not d.error]
    wall = max(d.end for d in ok) - min(d.start for d in ok) if ok else 0.0
    checked = check_central(url, {n: expected[n] for n in names}, done)
    return {
        "wall": wall,
        "changes": sum(d.new_changes for d in ok),
        "cpu": sum(d.cpu for d in done),
        "longest": max((d.end - d.start for d in done), default=0.0),
        "imports": [d.__dict__ for d in done],
        **checked,
    }


def compare(serial: dict[str, Any], concurrent: dict[str, Any]) -> list[str]:
    """The concurrent run must leave what the serial one left: the same counts, and the same
    numbers given (which laptop's audit became AUD-2026-0001 may differ)."""
    problems = []
    if serial["counts"] != concurrent["counts"]:
        problems.append(
            f"counts differ: serial {serial['counts']}, concurrent {concurrent['counts']}"
        )
    for entity, refs in serial["references"].items():
        if refs != concurrent["references"][entity]:
            problems.append(f"{entity} references differ from the serial run's")
    return problems


def summarise(runs: dict[str, list[dict[str, Any]]], cases: list[Case]) -> list[dict[str, Any]]:
    rows = []
    for backend in dict.fromkeys(c.backend for c in cases):
        for laptops in dict.fromkeys(c.laptops for c in cases):
            serial = runs.get(f"{backend}-{laptops}-serial", [])
            concurrent = runs.get(f"{backend}-{laptops}-concurrent", [])
            if not serial or not concurrent:
                continue
            s_wall = statistics.median(r["wall"] for r in serial)
            c_wall = statistics.median(r["wall"] for r in concurrent)
            changes = serial[0]["changes"]
            problems = sorted(
                {p for r in [*serial, *concurrent] for p in r["problems"]}
                | {p for s, c in zip(serial, concurrent, strict=False) for p in compare(s, c)}
            )
            rows.append(
                {
                    "backend": backend,
                    "laptops": laptops,
                    "changes": changes,
                    "serial_wall": round(s_wall, 3),
                    "serial_rate": round(changes / s_wall) if s_wall else 0,
                    "concurrent_wall": round(c_wall, 3),
                    "concurrent_rate": round(
                        statistics.median(r["changes"] for r in concurrent) / c_wall
                    )
                    if c_wall
                    else 0,
                    "ratio": round(c_wall / s_wall, 3) if s_wall else 0,
                    "longest_concurrent": round(max(r["longest"] for r in concurrent), 3),
                    "failed_imports": sum(
                        1 for r in [*serial, *concurrent] for d in r["imports"] if d["error"]
                    ),
                    "problems": problems,
                }
            )
    return rows


def table(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| central store | laptops | changes | serial (median) | changes/s | concurrent (median) "
        "| changes/s | concurrent / serial | longest wait + import | checks |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        checks = "all passed" if not r["problems"] else f"**{len(r['problems'])} problems**"
        concurrent = (
            f"{r['concurrent_wall']:.2f} s | {r['concurrent_rate']:,} | **{r['ratio']:.2f}**"
        )
        if r["failed_imports"]:
            # The imports that were refused took nothing: time and rate would flatter.
            checks = f"**{r['failed_imports']} imports refused**; " + checks
            concurrent = "— | — | —"
        lines.append(
            f"| {'PostgreSQL' if r['backend'] == 'postgresql' else 'SQLite'} | {r['laptops']} "
            f"| {r['changes']:,} | {r['serial_wall']:.2f} s | {r['serial_rate']:,} "
            f"| {concurrent} | {r['longest_concurrent']:.1f} s | {checks} |"
        )
    return lines


def machine(commit: str, pg: str | None) -> str:
    with open("/proc/loadavg", encoding="ascii") as found:
        load = " ".join(found.read().split()[:3])
    return (
        f"Code at {commit}; {platform.machine()}, {os.cpu_count()} vCPU shared with other jobs "
        f"(/proc/loadavg {load}), Python {platform.python_version()}, "
        f"SQLAlchemy {sqlalchemy.__version__}, SQLite {sqlite3.sqlite_version}"
        + (f", PostgreSQL {pg} on the same machine" if pg else "")
    )


def pg_version(base_url: str) -> str:
    engine = sqlalchemy.create_engine(base_url)
    with engine.connect() as connection:
        version = str(connection.execute(text("SHOW server_version")).scalar_one())
    engine.dispose()
    return version.split(maxsplit=1)[0]


def append_results(result: dict[str, Any]) -> Path:
    path = HERE / "RESULTS.md"
    lines = [
        "",
        f"## Concurrent bundle import (`concurrent_import.py`), {result['date']}",
        "",
        f"{result['machine']}. Laptops with {result['per_laptop']:,} changes each (audits with "
        f"answers and findings, CAPAs; every reference provisional); median of {result['runs']} "
        "runs; wall time from the first import's start to the last one's end. Checks: every "
        "change of every bundle held once, no provisional, repeated or skipped reference, trail "
        "and change sequence numbers without gap or repeat, `sqms trail verify`, tables equal "
        "to the fold of the change log, counts and numbers given equal to the serial run's.",
        "",
        *table(result["rows"]),
        "",
    ]
    for row in result["rows"]:
        for problem in row["problems"][:10]:
            lines.append(f"- {row['backend']}, {row['laptops']} laptops: {problem}")
    if result.get("note"):
        lines += [result["note"], ""]
    with path.open("a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    return path


def profile_imports(world: World, backend: str, scratch: Path, pg_url: str | None) -> Path:
    """Every laptop's bundle imported at once, each process under pyinstrument, then the same
    bundles one after another in this process, under pyinstrument too; the profiles go to
    benchmarks/results/concurrent-<time>-profile.<backend>/ (pyinstrument: `pip install` it)."""
    from pyinstrument import Profiler

    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    out = RESULTS / f"concurrent-{stamp}-profile.{backend}"  # ignored by git, as *-profile.*
    (out / "concurrent").mkdir(parents=True)
    bundles = [world.bundle(name) for name in world.names()]
    for mode in ("concurrent", "serial"):
        run = scratch / f"profile-{backend}-{mode}"
        run.mkdir()
        url = fresh_central(world, backend, run, pg_url)
        if mode == "concurrent":
            done = import_concurrent(url, bundles, out / "concurrent")
        else:
            profiler = Profiler(interval=0.001)
            with profiler:
                done = import_serial(url, bundles)
            (out / "serial.txt").write_text(
                profiler.output_text(unicode=True, show_all=False), encoding="utf-8"
            )
        print(
            f"profiled {backend} {mode}: "
            + ", ".join(
                f"{d.end - d.start:.2f} s" + (" (failed: see its profile)" if d.error else "")
                for d in done
            )
        )
        for d in done:
            if d.error:
                print(d.error)
    return out


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        return worker(sys.argv[2], Path(sys.argv[3]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=CHANGES, help="per laptop")
    parser.add_argument("--laptops", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument("--profile", action="store_true", help="also profile one import")
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument("--json", type=Path, help="also write the figures to this file (suite.py)")
    args = parser.parse_args()

    commit = code_commit(ROOT)
    world = World(DATA / f"concurrent-{max(args.laptops)}x{args.changes}", args.changes,
                  max(args.laptops))  # fmt: skip
    made = ensure_world(world)
    print(f"data: {made}", flush=True)
    pg_url = os.environ.get("SQMS_TEST_POSTGRES_URL")
    backends = (["postgresql"] if pg_url else []) + ([] if args.no_sqlite else ["sqlite"])
    expected = {name: laptop_changes(world, name) for name in world.names()}
    cases = [
        Case(backend, laptops, mode)
        for backend in backends
        for laptops in args.laptops
        for mode in ("serial", "concurrent")
    ]
    runs: dict[str, list[dict[str, Any]]] = {c.key: [] for c in cases}
    with tempfile.TemporaryDirectory(prefix="sqms-bench-concurrent-") as tmp:
        scratch = Path(tmp)
        for n in range(args.runs):
            # Serial first in even runs, concurrent first in odd ones: noise hits both alike.
            for case in cases if n % 2 == 0 else cases[::-1]:
                folder = scratch / f"{case.key}-{n + 1}"
                folder.mkdir()
                result = run_case(world, case, folder, pg_url, expected)
                runs[case.key].append(result)
                shutil.rmtree(folder, ignore_errors=True)
                print(
                    f"run {n + 1} {case.key}: {result['wall']:.2f} s, {result['changes']} "
                    f"changes, longest {result['longest']:.2f} s, "
                    f"{len(result['problems'])} problems",
                    flush=True,
                )
                for problem in result["problems"][:5]:
                    print(f"  {problem}", flush=True)
        if args.profile:
            for backend in backends:
                print(f"profiles in {profile_imports(world, backend, scratch, pg_url)}")
    if pg_url:
        pg_database(pg_url, create=False, name=PG_DATABASE)

    rows = summarise(runs, cases)
    result: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(commit, pg_version(pg_url) if pg_url else None),
        "per_laptop": args.changes,
        "data": made,
        "runs": args.runs,
        "rows": rows,
        "seconds": {k: [round(r["wall"], 3) for r in v] for k, v in runs.items()},
        "longest": {k: [round(r["longest"], 3) for r in v] for k, v in runs.items()},
        "note": "" if pg_url else "PostgreSQL not measured: SQMS_TEST_POSTGRES_URL was not set.",
        "postgres": bool(pg_url),
    }
    RESULTS.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    detail = {**result, "runs_detail": {k: [{**r, "references": None} for r in v]
                                        for k, v in runs.items()}}  # fmt: skip
    (RESULTS / f"concurrent-{stamp}.json").write_text(
        json.dumps(detail, indent=2, default=str) + "\n", encoding="utf-8"
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print("\n" + "\n".join(table(rows)))
    for row in rows:
        for problem in row["problems"]:
            print(f"{row['backend']}, {row['laptops']} laptops: {problem}")
    if not args.no_record:
        print(f"appended to {append_results(result)}")
    return 1 if any(row["problems"] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
