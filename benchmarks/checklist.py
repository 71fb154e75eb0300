"""Checklist page speed: opening a 300-question audit with 60 photos of 12 MP, and answering by key.

Measured in the same run as their baselines, so the ratios mean something on any machine:
- open: `ChecklistPage(...)` constructed, shown and painted (first question on screen), and,
  separately, the first question's thumbnails shown (rendered in the background); baseline: a
  bare QTreeWidget filled with the same 15 sections and 300 rows, shown and painted;
- answer: a score key sent to the section tree (saved through the services, score and tree
  updated, next question shown and painted); baseline: one INSERT + COMMIT in plain SQLite.
A second, identical audit is opened and answered with SQL counting on (statements, rows
fetched, SQLite VM steps, full-table scans), so the counting never slows the timed runs.
Usage: .venv/bin/python benchmarks/checklist.py [--runs N] [--answers N]  (see README.md)
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from PySide6.QtCore import QEventLoop, Qt, QThreadPool, QTimer, qInstallMessageHandler  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem  # noqa: E402
from report import make_photos  # noqa: E402  (the same 60 cached 12 MP JPEGs)
from sqlalchemy import Engine, event, select  # noqa: E402

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec  # noqa: E402
from sqms_desktop.demo import DemoOptions, create_demo_store  # noqa: E402
from sqms_desktop.evidence import is_image  # noqa: E402
from sqms_desktop.gui.checklist import evidence_strip  # noqa: E402
from sqms_desktop.gui.checklist.page import ChecklistPage  # noqa: E402
from sqms_desktop.services.audit_plan import AuditPlan, plan_audit  # noqa: E402
from sqms_desktop.services.audits import start_audit  # noqa: E402
from sqms_desktop.services.evidence import attach_evidence_bytes  # noqa: E402
from sqms_desktop.services.suppliers import SupplierInput, add_site, create_supplier  # noqa: E402
from sqms_desktop.services.templates import create_template, release_template  # noqa: E402
from sqms_desktop.services.users import create_user  # noqa: E402
from sqms_desktop.store.engine import Store, open_store  # noqa: E402
from sqms_desktop.store.models import Question  # noqa: E402
from sqms_desktop.store.uow import UnitOfWork, WriteContext  # noqa: E402

RESULTS = HERE / "results"
KEYS = "3231"  # weighted scheme: 0..3; no "0", so every conditional question turns visible
DATA = HERE / "data"
TODAY = dt.date(2026, 11, 24)
BASE_OPTIONS = DemoOptions(suppliers=40, audits=300, seed=7, today=TODAY)
BASE = DATA / "checklist-base" / "demo-40x300.sqlite"
ADMIN, QUALITY, LEAD = "admin", "bench.quality", "bench.lead"  # the demo's admin creates the others
SECTION_TITLES = (
    "Context and leadership",
    "Planning and risk",
    "Resources and competence",
    "Documented information",
    "Customer requirements",
    "Design and development",
    "Purchasing and sub-tier suppliers",
    "Production planning",
    "Process control",
    "Identification and traceability",
    "Preservation and logistics",
    "Inspection and testing",
    "Measuring equipment",
    "Nonconforming product",
    "Improvement and CAPA",
)
PER_SECTION = 20  # 15 x 20 = 300 questions
FIRST_PHOTOS = 4  # on the first question; the other 56 go two each to 28 later questions


@dataclass
class Bench:
    """The store with two identical audits: one timed, one counted."""

    store: Store
    audit_id: str
    counted_audit_id: str
    sections: list[tuple[str, list[str]]]

    def describe(self) -> dict[str, int]:
        """Row counts of the biggest tables: what "the store read whole" would mean."""
        with self.store.engine.connect() as connection:
            names = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).scalars()
            counts = {
                name: connection.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar_one()
                for name in list(names)
            }
        return dict(sorted(counts.items(), key=lambda kv: -kv[1])[:10])


def ensure_base(base: Path) -> float | None:
    """The demo store the audits are added to (made once, cached like the other benchmarks')."""
    if base.exists():
        return None
    print(f"creating {base} ({BASE_OPTIONS.suppliers} suppliers, {BASE_OPTIONS.audits} audits)")
    started = time.perf_counter()
    create_demo_store(base, BASE_OPTIONS)
    return time.perf_counter() - started


def template_spec() -> TemplateSpec:
    sections = []
    for s, title in enumerate(SECTION_TITLES):
        questions = []
        for k in range(PER_SECTION):
            n = s * PER_SECTION + k + 1
            questions.append(
                QuestionSpec(
                    qid=f"q{n}",
                    text=f"{title}, point {k + 1}: is the requirement defined, followed and "
                    "effective, with records that show it?",
                    weight=float(1 + n % 3),
                    clause=f"ISO 9001 {4 + s % 7}.{1 + k % 5}",
                    star=n % 25 == 0,
                    guidance="Sample three records; ask the operator, not the manager.",
                    # The last question of a section shows only after the one before it.
                    condition=f'q{n - 1} != "0"' if k == PER_SECTION - 1 else "",
                )
            )
        sections.append(SectionSpec(f"S{s + 1:02d}", title, questions))
    return TemplateSpec("bench-300", "Supplier system audit, 300 questions", "weighted", sections)


def build_bench(base: Path, root: Path) -> Bench:
    """A copy of the demo store plus, through the services, the template and two audits."""
    path = root / "store" / "sqms.sqlite"
    path.parent.mkdir(parents=True)
    source, target = sqlite3.connect(base), sqlite3.connect(path)
    source.backup(target)
    target.close()
    source.close()
    store = open_store(f"sqlite:///{path}")

    def uow(user: str) -> UnitOfWork:
        return UnitOfWork(store, WriteContext(user=user))

    with uow(ADMIN) as u:
        create_user(u, QUALITY, "Quinn Quality", "quality_engineer")
        lead = create_user(u, LEAD, "Lena Lead", "lead_auditor")
        supplier = create_supplier(u, SupplierInput(code="BENCH-01", name="Benchmark Pressworks"))
        site = add_site(u, supplier.id, "Plant 1", city="Bielefeld", country="DE")
        u.commit()
    spec = template_spec()
    with uow(QUALITY) as u:
        template = create_template(u, spec)
        release_template(u, template.id)
        u.commit()
    plan = AuditPlan(supplier.id, template.id, lead.id, TODAY, site_id=site.id, type="system")
    audit_ids = []
    for _ in range(2):
        with uow(LEAD) as u:
            audit = plan_audit(u, plan)
            start_audit(u, audit.id, TODAY)
            u.commit()
            audit_ids.append(audit.id)
    with store.session() as session:
        question_ids = session.scalars(
            select(Question.id)
            .where(Question.template_id == template.id)
            .order_by(Question.position)
        ).all()
    targets = [0] * FIRST_PHOTOS + [5 + 10 * (n // 2) for n in range(60 - FIRST_PHOTOS)]
    for audit_id in audit_ids:
        for number, (photo, position) in enumerate(zip(make_photos(), targets, strict=True)):
            with uow(LEAD) as u:
                attach_evidence_bytes(
                    u,
                    audit_id,
                    photo.read_bytes(),
                    f"IMG_{number:04d}.jpg",
                    caption=f"Photo {number + 1}",
                    question_id=question_ids[position],
                )
                u.commit()
    sections = [
        (f"{section.code}  {section.title}", [f"{q.qid}  {q.text}" for q in section.questions])
        for section in spec.sections
    ]
    return Bench(store, audit_ids[0], audit_ids[1], sections)


@dataclass
class Counts:
    """What one operation asked of SQLite."""

    statements: int = 0
    rows: int = 0
    vm_steps: int = 0
    executed: list[tuple[str, Any]] = field(default_factory=list)

    def distinct_statements(self) -> list[str]:
        return sorted({" ".join(sql.split())[:160] for sql, _ in self.executed})


class SqlCounter:
    """Counts statements (before_cursor_execute), rows fetched (a row factory) and SQLite VM
    steps (a progress handler) while a `counting()` block runs; instruments, so never timed."""

    STEP = 100

    def __init__(self, engine: Engine, path: Path) -> None:
        self.path = path
        self.current: Counts | None = None
        event.listen(engine, "before_cursor_execute", self._on_execute)
        event.listen(engine, "checkout", self._on_checkout)
        engine.pool.dispose()  # connections made from now on are checked out through us

    def _on_execute(self, _conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if self.current is not None:
            self.current.statements += 1
            self.current.executed.append((statement, parameters))

    def _on_checkout(self, dbapi_connection, _record, _proxy) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.row_factory = self._row
        dbapi_connection.set_progress_handler(self._step, self.STEP)

    def _row(self, _cursor: object, row: tuple[Any, ...]) -> tuple[Any, ...]:
        if self.current is not None:
            self.current.rows += 1
        return row

    def _step(self) -> int:
        if self.current is not None:
            self.current.vm_steps += self.STEP
        return 0

    @contextmanager
    def counting(self) -> Iterator[Counts]:
        self.current = counts = Counts()
        try:
            yield counts
        finally:
            self.current = None

    def full_scans(self, counts: Counts) -> list[str]:
        """Tables a statement reads from start to end (EXPLAIN QUERY PLAN says SCAN)."""
        found = set()
        with closing(sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)) as connection:
            sizes = {
                name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
            for sql, parameters in counts.executed:
                if not sql.lstrip().upper().startswith("SELECT"):
                    continue
                plan = connection.execute(f"EXPLAIN QUERY PLAN {sql}", parameters or ()).fetchall()
                for *_, detail in plan:
                    words = detail.split()
                    if words[0] == "SCAN" and words[1] in sizes:
                        # An index read backwards to a LIMIT stops after the rows it returns.
                        limited = ", stops at LIMIT" if " LIMIT " in sql.upper() else ""
                        found.add(f"{detail} ({sizes[words[1]]} rows{limited})")
        return sorted(found)


def settle(app: QApplication) -> None:
    """Deliver posted events and paint, as the event loop would before the next key."""
    app.processEvents()
    app.processEvents()


def open_page(app: QApplication, store: Store, audit_id: str) -> tuple[ChecklistPage, float, float]:
    """Seconds to the first question painted, and to its thumbnails painted (cold cache)."""
    # As after a restart: the strip's shared cache holds no thumbnails of this audit.
    evidence_strip.THUMBNAILS = type(evidence_strip.THUMBNAILS)()
    start = time.perf_counter()
    page = ChecklistPage(store, LEAD, audit_id, today=lambda: TODAY)
    page.resize(1400, 900)
    page.show()
    settle(app)
    shown = time.perf_counter() - start
    wait_for_thumbnails(app, page)
    return page, shown, time.perf_counter() - start


def wait_for_thumbnails(app: QApplication, page: ChecklistPage, limit_ms: int = 60_000) -> None:
    """Run the event loop (no busy polling: the worker needs the GIL) until they are shown."""

    def ready() -> bool:
        cache = evidence_strip.THUMBNAILS
        rows = [r for r in page.evidence.rows if is_image(r.media_type)]
        return all(cache.get(r.thumb_key) is not None for r in rows)

    loop = QEventLoop()
    page.evidence.thumbnails_loaded.connect(loop.quit)
    timer = QTimer(singleShot=True, interval=limit_ms)
    timer.timeout.connect(loop.quit)
    timer.start()
    if not ready():
        loop.exec()
    timer.stop()
    page.evidence.thumbnails_loaded.disconnect(loop.quit)
    if not ready():
        raise RuntimeError("the thumbnails of the first question did not arrive within a minute")
    settle(app)


def close_page(app: QApplication, page: ChecklistPage) -> None:
    # Let thumbnails still rendering for passed questions finish, so they do not run on
    # into the next measurement (or past the end of the process).
    QThreadPool.globalInstance().waitForDone(60_000)
    settle(app)
    page.close()
    page.deleteLater()
    settle(app)


def bare_tree(app: QApplication, sections: list[tuple[str, list[str]]]) -> float:
    """The cheapest way to show the same tree: no store, no score, no panels."""
    start = time.perf_counter()
    tree = QTreeWidget()
    tree.setHeaderLabels(["Question", "Answer"])
    tree.setUniformRowHeights(True)
    for title, questions in sections:
        top = QTreeWidgetItem(tree, [title, f"0/{len(questions)}"])
        for text in questions:
            QTreeWidgetItem(top, [text, ""])
    tree.expandAll()
    tree.resize(1400, 900)
    tree.show()
    settle(app)
    took = time.perf_counter() - start
    tree.close()
    tree.deleteLater()
    settle(app)
    return took


def bare_insert(connection: sqlite3.Connection, number: int) -> float:
    """One row written and committed by plain sqlite3, with the store's pragmas."""
    start = time.perf_counter()
    connection.execute("BEGIN")
    connection.execute("INSERT INTO answer (n, value) VALUES (?, ?)", (number, "3"))
    connection.execute("COMMIT")
    return time.perf_counter() - start


def bare_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, n INTEGER, value TEXT)")
    return connection


def key_answer(app: QApplication, page: ChecklistPage, key: str) -> float:
    """Seconds from the key press to the next question painted; checks that it moved."""
    before = page.current
    start = time.perf_counter()
    QTest.keyClick(page.tree, Qt.Key(ord(key)))  # Key_0..Key_9 are their digits
    settle(app)
    took = time.perf_counter() - start
    if page.current == before or not page.session.is_answered(before or ""):
        raise RuntimeError(f"the key {key} did not answer and move on from {before}")
    return took


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms(values: list[float]) -> list[float]:
    return [round(v * 1000, 2) for v in values]


def measure(app: QApplication, bench: Bench, runs: int, answers: int, root: Path) -> dict[str, Any]:
    store = bench.store
    page, first_shown, first_thumbs = open_page(app, store, bench.audit_id)  # warm-up
    close_page(app, page)
    bare_tree(app, bench.sections)
    opened, thumbs, trees = [], [], []
    for _ in range(runs):  # alternating, so machine noise hits both alike
        page, shown, shown_thumbs = open_page(app, store, bench.audit_id)
        close_page(app, page)
        opened.append(shown)
        thumbs.append(shown_thumbs)
        trees.append(bare_tree(app, bench.sections))

    page, _, _ = open_page(app, store, bench.audit_id)
    page.tree.setFocus()
    connection = bare_connection(root / "bare.sqlite")
    keys = itertools.cycle(KEYS)
    blocks: list[dict[str, list[float]]] = []
    for _ in range(3):  # three blocks: the first, middle and last hundred questions
        took, bare = [], []
        for number in range(answers):
            if page.session.next_visible(page.current) is None:
                break  # the last question: answering it has nowhere to move to
            took.append(key_answer(app, page, next(keys)))
            bare.append(bare_insert(connection, number))
        if took:
            blocks.append({"answer_ms": ms(took), "bare_ms": ms(bare)})
    close_page(app, page)
    connection.close()

    counts = count_sql(app, bench)
    answer_medians = [statistics.median(b["answer_ms"]) for b in blocks]
    bare_medians = [statistics.median(b["bare_ms"]) for b in blocks]
    all_answers = [t for b in blocks for t in b["answer_ms"]]
    return {
        "first_open_in_process_ms": round(first_shown * 1000, 1),
        "first_open_thumbnails_ms": round(first_thumbs * 1000, 1),
        "open_ms": ms(opened),
        "open_thumbnails_ms": ms(thumbs),
        "bare_tree_ms": ms(trees),
        "open_median_ms": round(statistics.median(opened) * 1000, 1),
        "open_thumbnails_median_ms": round(statistics.median(thumbs) * 1000, 1),
        "bare_tree_median_ms": round(statistics.median(trees) * 1000, 1),
        "open_ratio": round(statistics.median(opened) / statistics.median(trees), 1),
        "answer_blocks": [
            {
                "answers": len(b["answer_ms"]),
                "median_ms": statistics.median(b["answer_ms"]),
                "p95_ms": p95(b["answer_ms"]),
                "bare_median_ms": statistics.median(b["bare_ms"]),
            }
            for b in blocks
        ],
        "answer_median_ms": round(statistics.median(answer_medians), 2),
        "answer_p95_ms": round(p95(all_answers), 2),
        "answer_max_ms": max(all_answers),
        "bare_insert_median_ms": round(statistics.median(bare_medians), 3),
        "answer_ratio": round(statistics.median(answer_medians) / statistics.median(bare_medians)),
        "answer_raw_ms": [b["answer_ms"] for b in blocks],
        "sql": counts,
    }


def count_sql(app: QApplication, bench: Bench, answers: int = 20) -> dict[str, Any]:
    """Statements, rows fetched and VM steps on the second audit: one open, then `answers`."""
    path = bench.store.sqlite_path
    assert path is not None
    counter = SqlCounter(bench.store.engine, path)
    with counter.counting() as opening:
        page, _, _ = open_page(app, bench.store, bench.counted_audit_id)
    page.tree.setFocus()
    keys = itertools.cycle(KEYS)
    per_answer = []
    for _ in range(answers):
        with counter.counting() as answering:
            key_answer(app, page, next(keys))
        per_answer.append(answering)
    close_page(app, page)
    fields = ("statements", "rows", "vm_steps")
    return {
        "open": {f: getattr(opening, f) for f in fields},
        "open_full_scans": counter.full_scans(opening),
        "open_statements": opening.distinct_statements(),
        "answer_median": {f: statistics.median(getattr(c, f) for c in per_answer) for f in fields},
        "answer_max": {f: max(getattr(c, f) for c in per_answer) for f in fields},
        "answer_full_scans": sorted({s for c in per_answer for s in counter.full_scans(c)}),
        "answer_statements": per_answer[-1].distinct_statements(),
    }


def qt_message(_kind: object, _context: object, text: str) -> None:
    # The offscreen platform says this at every show(); anything else is worth seeing.
    if "propagateSizeHints" not in text:
        print(text, file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="opens of the page (and of the tree)")
    parser.add_argument("--answers", type=int, default=100, help="answers per block (3 blocks)")
    parser.add_argument("--base", type=Path, default=BASE, help="demo store to add the audits to")
    parser.add_argument("--json", type=Path, help="also write the figures to this file (suite.py)")
    args = parser.parse_args()
    generation = ensure_base(args.base)
    qInstallMessageHandler(qt_message)
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="sqms-checklist-bench-") as temporary:
        root = Path(temporary)
        started = time.perf_counter()
        bench = build_bench(args.base, root)
        setup = time.perf_counter() - started
        try:
            result = measure(app, bench, args.runs, args.answers, root)
            result["store"] = bench.describe()
        finally:
            bench.store.close()
    result = {
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.machine()} {os.cpu_count()} CPUs, {platform.platform()}",
        "python": platform.python_version(),
        "load_average_after": [round(x, 2) for x in os.getloadavg()],  # others share the CPUs
        "base": str(args.base),
        "base_generation_seconds": None if generation is None else round(generation, 1),
        "setup_seconds": round(setup, 1),
        "runs": args.runs,
        **result,
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"checklist-{dt.datetime.now():%Y-%m-%dT%H%M%S}.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(
            json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    summary = {k: v for k, v in result.items() if k != "answer_raw_ms"}
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    print(
        f"open to first question: {result['open_median_ms']} ms (median of {args.runs}), "
        f"thumbnails {result['open_thumbnails_median_ms']} ms; bare tree "
        f"{result['bare_tree_median_ms']} ms; ratio {result['open_ratio']}\n"
        f"answer and next: {result['answer_median_ms']} ms median, p95 "
        f"{result['answer_p95_ms']} ms; bare INSERT+COMMIT {result['bare_insert_median_ms']} ms; "
        f"ratio {result['answer_ratio']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
